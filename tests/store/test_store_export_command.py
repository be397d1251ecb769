"""``tawatur export`` takes the REST API's filters and writes what the API's export writes for the same
filter (a real store file, the real app through FastAPI's TestClient)."""
from __future__ import annotations

import csv
import importlib.util
import io
import json
from pathlib import Path

import pytest

from tawatur.cli import main
from tawatur.commands import export as cmd
from tawatur.store import open_store
from tawatur.store.review import REVIEW_FILTERS

_spec = importlib.util.spec_from_file_location("export_factory", Path(__file__).with_name("store_factory.py"))
factory = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(factory)


@pytest.fixture
def db(tmp_path) -> str:
    url = str(tmp_path / "x.db")
    arts = [factory.make_article("a1", "سانا", "حمص", "2024-12-05"),
            factory.make_article("a2", "الجزيرة", "حماة", "2024-12-06", kind="attack", side="government"),
            factory.make_article("a3", "سانا", "درعا", "2024-12-07", side="government"),
            factory.make_article("a4", "عنب بلدي", "حمص", "2024-12-08", polarity="denied")]
    with open_store(url) as st:
        st.ingest_articles(arts)
        st.review_event("a3-e1", "reject", "محلل")
    return url


CASES = [
    ([], {}),
    (["--type", "attack", "--type", "take_control", "--from", "2024-12-06"], [("type", "attack"),
                                                                               ("type", "take_control"),
                                                                               ("from", "2024-12-06")]),
    (["--side", "government", "--review", "all"], {"side": "government", "review": "all"}),
    (["--outlet", "سانا", "--to", "2024-12-07"], {"outlet": "سانا", "to": "2024-12-07"}),
    (["--place", "حمص", "--polarity", "asserted"], {"place": "حمص", "polarity": "asserted"}),
    (["--review", "rejected"], {"review": "rejected"}),
    (["--bbox", "37,35,36,34"], {"bbox": "36,34,37,35"}),
]


@pytest.mark.parametrize("fmt", ["csv", "geojson"])
def test_export_command_writes_what_the_api_exports(db, tmp_path, fmt):
    from fastapi.testclient import TestClient

    from tawatur.serve import Settings, create_app

    with TestClient(create_app(Settings(db=db))) as client:
        for argv, params in CASES:
            out = tmp_path / f"out.{fmt}"
            assert main(["export", "--db", db, "--format", fmt, "-o", str(out), *argv]) == 0
            api = client.get(f"/api/v1/export/events.{fmt}", params=params)
            assert api.status_code == 200, api.text
            assert out.read_text(encoding="utf-8") == api.text, argv


def test_export_command_filters_and_refuses_bad_values(db, tmp_path, capsys):
    out = tmp_path / "e.csv"
    assert main(["export", "--db", db, "-o", str(out), "--side", "government", "--review", "all"]) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(rows) == 2
    assert main(["export", "--db", db, "--format", "geojson", "--max", "1"]) == 0
    assert len(json.loads(capsys.readouterr().out)["features"]) == 1
    for bad in (["--from", "2024-02-31"], ["--side", "nobody"], ["--bbox", "1,2,3"], ["--bbox", "nan,1,2,3"],
                ["--bbox", "1,inf,2,3"]):  # a NaN corner matched nothing and said nothing
        with pytest.raises(SystemExit) as exc:
            main(["export", "--db", db, *bad])
        assert exc.value.code == 2, bad


def test_export_choices_are_the_api_s():
    from tawatur.serve import api

    assert cmd.REVIEWS == REVIEW_FILTERS
    assert cmd.STATUSES == api.STATUSES
