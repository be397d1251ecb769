"""``tawatur gazetteer import`` and ``lookup`` through the real CLI entry point."""
from __future__ import annotations

from pathlib import Path

import pytest

from tawatur.cli import main
from tawatur.read.gazetteer import Gazetteer


@pytest.fixture()
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TAWATUR_HOME", str(tmp_path))
    Gazetteer.default.cache_clear()
    yield tmp_path
    Gazetteer.default.cache_clear()


def test_import_geonames_dump(home: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    row = ["9999001", "Qaryat Tajriba", "Qaryat Tajriba", "Qaryat Tajriba,قرية تجربة", "35.2", "36.6",
           "P", "PPL", "SY", "", "10", "", "", "", "1200", "", "300", "Asia/Damascus", "2020-01-01"]
    dump = tmp_path / "SY.txt"
    dump.write_text("\t".join(row) + "\nbroken line\n", encoding="utf-8")
    assert main(["gazetteer", "import", str(dump)]) == 0
    out = capsys.readouterr()
    assert "imported 1 places" in out.out and "line 2" in out.err
    e = Gazetteer.default().resolve("بقرية تجربة")
    assert e is not None and e.id == "gn:9999001" and e.admin1 == "Hama" and e.layer == "user"


def test_import_csv_needs_columns(home: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    bad = tmp_path / "places.csv"
    bad.write_text("name,lat\nx,1\n", encoding="utf-8")
    assert main(["gazetteer", "import", str(bad)]) == 2
    assert "missing column" in capsys.readouterr().err


def test_import_csv_and_lookup(home: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    good = tmp_path / "ocha.csv"
    good.write_text("name_ar,name_en,lat,lon,admin1\nمزرعة الاختبار,Test Farm,33.1,36.1,Daraa\n",
                    encoding="utf-8")
    assert main(["gazetteer", "import", str(good), "--format", "csv"]) == 0
    capsys.readouterr()
    assert main(["gazetteer", "lookup", "مزرعة الاختبار"]) == 0
    assert "Test Farm" in capsys.readouterr().out


def test_lookup_unknown_name(home: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["gazetteer", "lookup", "لامكان"]) == 1
    assert "no place" in capsys.readouterr().out
