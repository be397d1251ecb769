"""Dask and the process pool must give exactly what the serial loop gives, in the same order."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from tawatur import pipeline
from tawatur.model import Article, to_dict
from tawatur.pipeline import DEFAULT_ORDER, PipelineConfig, analyze_many
from tawatur.scale import dask_map

distributed = pytest.importorskip("distributed")

TEXTS = [
    "قوات المعارضة تدخل حماة\nدخلت فصائل المعارضة مدينة حماة صباح اليوم بعد انسحاب قوات الحكومة منها. "
    "وقال مصدر محلي إن الاشتباكات توقفت في حي الأربعين.",
    "قصفت طائرات حربية روسية أطراف بلدة سراقب في ريف إدلب الشرقي، ما أدى إلى مقتل خمسة مدنيين.\n"
    "ونزحت عشرات العائلات من سراقب باتجاه مدينة إدلب.",
    "أعلنت قوات سوريا الديمقراطية سيطرتها على قرية الباغوز شرقي دير الزور. "
    "ونفى مصدر عسكري حكومي انسحاب القوات من مطار دير الزور.",
    "خرجت مظاهرات في مدينة السويداء للمطالبة بالإفراج عن المعتقلين.\n"
    "وانتشرت دوريات للشرطة في ساحة المدينة مساء الخميس.",
    "الجيش يعزز مواقعه قرب درعا\nأرسلت قوات الحكومة تعزيزات عسكرية إلى محيط مدينة درعا. "
    "ويتوقع ناشطون هجوما على بلدة طفس خلال الأيام المقبلة.",
    "تقدمت فصائل المعارضة نحو مدينة حمص وباتت على بعد خمسة كيلومترات منها، "
    "فيما أفاد المرصد بفرار مئات المدنيين من الرستن وتلبيسة.",
]


def _articles() -> list[Article]:
    return [Article(id=f"a{i}", raw=t, text=t, published="2024-12-06", outlet="test")
            for i, t in enumerate(TEXTS)]


def _available_stages() -> tuple[str, ...]:
    """The default stages whose modules have landed; the test grows as the pipeline does."""
    names = []
    for name in DEFAULT_ORDER:
        try:
            pipeline.get_stage(name)
        except (ImportError, AttributeError):
            continue
        names.append(name)
    assert "segment" in names
    return tuple(names)


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as c:
        yield c.scheduler_address


def test_dask_and_process_match_serial(cluster: str) -> None:
    config = PipelineConfig(stages=_available_stages())
    serial = [to_dict(a) for a in analyze_many(_articles(), config)]
    assert [a["id"] for a in serial] == [f"a{i}" for i in range(len(TEXTS))]
    assert all(a["sentences"] for a in serial)
    process = [to_dict(a) for a in analyze_many(_articles(), config, executor="process", workers=2)]
    dask = [to_dict(a) for a in analyze_many(_articles(), config, executor="dask",
                                             dask_address=cluster)]
    assert process == serial
    assert dask == serial


def test_dask_map_keeps_order_over_many_small_batches(cluster: str) -> None:
    items = (str(i) for i in range(200))  # a generator: never materialised by dask_map
    assert list(dask_map(int, items, address=cluster, batch_size=3)) == list(range(200))


def test_dask_map_ships_runtime_stages_and_settings_to_workers(cluster: str,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    # A stage registered at run time in this process must also run on the workers (fresh processes).
    monkeypatch.setattr(pipeline, "_cache", {})
    monkeypatch.setitem(pipeline.STAGES, "events", pipeline.STAGES["events"])
    monkeypatch.delenv("TAWATUR_LLM_URL", raising=False)
    monkeypatch.delenv("TAWATUR_LLM_MODEL", raising=False)
    pipeline.register_stage("events", "tawatur.extract.llm:llm_events")
    config = PipelineConfig(stages=("segment", "events"))
    [art] = analyze_many(_articles()[:1], config, executor="dask", dask_address=cluster)
    assert any("not configured" in w for w in art.warnings), art.warnings
    # ... and TAWATUR_* settings set here reach them too: now the stage tries the (closed) endpoint.
    monkeypatch.setenv("TAWATUR_LLM_URL", "http://127.0.0.1:9/v1")
    monkeypatch.setenv("TAWATUR_LLM_MODEL", "m")
    [art] = analyze_many(_articles()[:1], config, executor="dask", dask_address=cluster)
    assert any("llm extractor" in w and "127.0.0.1:9" in w for w in art.warnings), art.warnings


def test_dask_map_with_its_own_local_cluster() -> None:
    out = list(dask_map(len, ["ا", "بب", "ججج"], workers=1))
    assert out == [1, 2, 3]
