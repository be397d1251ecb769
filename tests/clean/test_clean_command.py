"""``tawatur clean``: kept lines as they are, cut lines marked with their reason; exit codes."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tawatur.cli import main

RAW = ("حلب-محلي\n"
       "انفجار في مدينة الباب بريف حلب الشرقي\n"
       "قتل ثلاثة مدنيين وأصيب آخرون في انفجار سيارة مفخخة وسط مدينة الباب بريف حلب الشرقي صباح اليوم السبت.\n"
       "تابعنا على تلغرام\n")


def test_clean_prints_kept_and_marked_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "bab.txt").write_text(RAW, encoding="utf-8")
    assert main(["clean", str(tmp_path / "bab.txt")]) == 0
    out = capsys.readouterr().out
    assert "✂ [section label] حلب-محلي" in out
    assert "✂ [follow-us line] تابعنا على تلغرام" in out
    assert "\nقتل ثلاثة مدنيين" in out


def test_clean_json_and_keep_all(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "bab.txt").write_text(RAW, encoding="utf-8")
    assert main(["clean", "--json", str(tmp_path / "bab.txt")]) == 0
    rec = json.loads(capsys.readouterr().out)
    assert rec["title"] == "انفجار في مدينة الباب بريف حلب الشرقي"
    assert [r["line"] for r in rec["removed"]] == [1, 2, 4]
    assert main(["clean", "--json", "--keep-all", str(tmp_path / "bab.txt")]) == 0
    rec = json.loads(capsys.readouterr().out)
    assert rec["removed"] == [] and len(rec["body_spans"]) == 4


def test_clean_exit_1_when_every_input_failed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    assert main(["clean", str(tmp_path / "empty.txt"), str(tmp_path / "missing.txt")]) == 1
    err = capsys.readouterr().err
    assert "empty" in err and "no such file" in err
