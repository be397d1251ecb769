"""A failed `analyze` never wipes the previous contents of --out; a failing stage costs one article
(issue 10)."""
from __future__ import annotations

import json
from pathlib import Path

from tawatur.cli import main
from tawatur.model import Article
from tawatur.pipeline import DEFAULT_ORDER, PipelineConfig, analyze_many, register_stage

TEXT = "سيطرت فصائل المعارضة على مدينة حمص صباح يوم الثلاثاء بعد معارك مع قوات النظام."


def _good_run(tmp_path: Path) -> tuple[Path, dict[str, bytes]]:
    src = tmp_path / "good.txt"
    src.write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["analyze", str(src), "--out", str(out), "-q"]) == 0
    return out, {p.name: p.read_bytes() for p in out.iterdir()}


def test_a_run_where_every_input_fails_leaves_out_as_it_was(tmp_path: Path) -> None:
    out, before = _good_run(tmp_path)
    (tmp_path / "empty.txt").write_bytes(b"")
    assert main(["analyze", str(tmp_path / "empty.txt"), str(tmp_path / "missing.txt"),
                 "--out", str(out), "-q"]) == 1
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.txt", "good.txt", "out"]  # no temp left


def test_a_run_that_cannot_write_leaves_out_as_it_was(tmp_path: Path) -> None:
    out, before = _good_run(tmp_path)
    (out / "events.csv").unlink()
    (out / "events.csv").mkdir()  # one target cannot be replaced: nothing is
    other = tmp_path / "other.txt"
    other.write_text("دخلت قوات النظام بلدة تلبيسة شمالي حمص.", encoding="utf-8")
    assert main(["analyze", str(other), "--out", str(out), "-q"]) == 1
    assert (out / "analysis.json").read_bytes() == before["analysis.json"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.tmp-")]


def test_a_successful_run_replaces_its_files_and_keeps_others(tmp_path: Path) -> None:
    out, before = _good_run(tmp_path)
    (out / "notes.md").write_text("ملاحظاتي", encoding="utf-8")
    other = tmp_path / "other.txt"
    other.write_text("دخلت قوات النظام بلدة تلبيسة شمالي حمص.", encoding="utf-8")
    assert main(["analyze", str(other), "--out", str(out), "-q", "--format", "json"]) == 0
    assert (out / "notes.md").read_text(encoding="utf-8") == "ملاحظاتي"
    assert (out / "analysis.json").read_bytes() != before["analysis.json"]
    assert (out / "report.html").read_bytes() == before["report.html"]  # not asked for: untouched


def explode_on_marker(article: Article) -> Article:
    """A registered stage (the plugin interface) that fails on one article's text."""
    if "انفجار" in article.raw:
        raise KeyError("no such frame")
    return article


def test_a_stage_exception_marks_only_its_article_failed() -> None:
    register_stage("explode", explode_on_marker)
    order = (*DEFAULT_ORDER[:-1], "explode", DEFAULT_ORDER[-1])
    arts = [Article(id="a", raw=TEXT), Article(id="b", raw=TEXT + " انفجار"), Article(id="c", raw=TEXT)]
    done = list(analyze_many(arts, PipelineConfig(stages=order)))
    assert [a.id for a in done] == ["a", "b", "c"]
    assert [bool(a.meta.get("failed")) for a in done] == [False, True, False]
    assert done[1].warnings == ["pipeline error: stage 'explode' failed: KeyError: 'no such frame'"]
    assert done[1].events == [] and done[0].events and done[2].events


def test_failed_articles_are_listed_in_the_errors_of_analysis_json(tmp_path: Path) -> None:
    recs = [{"id": "ok", "text": TEXT}, {"id": "bad", "text": "{"}]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in recs) + "\n{broken", encoding="utf-8")
    assert main(["analyze", str(src), "--out", str(tmp_path / "o"), "-q"]) == 0
    data = json.loads((tmp_path / "o" / "analysis.json").read_text(encoding="utf-8"))
    assert [e["input"] for e in data["errors"]] == [f"{src}:3"]
