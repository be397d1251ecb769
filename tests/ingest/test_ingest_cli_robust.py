"""What a user meets at the command line (``tawatur analyze``/``tawatur ingest``) with inputs that
are not what they should be: the run ends with outputs, the bad input is named with its reason on
stderr and in analysis.json's errors, and every good article is in the results."""
from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import pytest

from tawatur.cli import main

BODY = "قصفت مدفعية النظام قرية كفر عويد في جبل الزاوية صباح الثلاثاء، وأصيب طفلان بجروح."
OTHER = "دخلت قافلة مساعدات إنسانية إلى مدينة دوما في الغوطة الشرقية يوم الأربعاء بعد أشهر من الحصار."
THIRD = "اعتقلت دورية أمنية خمسة شبان عند حاجز على طريق مدينة جاسم في ريف درعا الشمالي مساء الإثنين."
FOURTH = "انفجرت عبوة ناسفة بسيارة عسكرية قرب دوار مدينة الباب شرقي حلب، دون أن تعرف حصيلة الخسائر."


def _folder(tmp_path: Path) -> Path:
    """A good file, three to read despite what they are (a name that is not UTF-8, UTF-16 without a
    mark, a page nested 3,000 levels deep) and two to refuse (a cut gzip, an empty file)."""
    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_text(BODY, encoding="utf-8")
    with open(os.fsencode(d) + b"/\xff\xfeold.txt", "wb") as fh:
        fh.write(OTHER.encode("utf-8"))
    (d / "u16.txt").write_bytes(THIRD.encode("utf-16-le"))
    whole = gzip.compress(json.dumps({"id": "z", "text": BODY}, ensure_ascii=False).encode() * 50)
    (d / "cut.jsonl.gz").write_bytes(whole[:20])
    (d / "empty.txt").write_bytes(b"")
    (d / "deep.html").write_text("<div>" * 3000 + f"<p>{FOURTH}</p>" + "</div>" * 3000, encoding="utf-8")
    return d


@pytest.mark.skipif(os.name == "nt", reason="file names are bytes only on POSIX")
def test_analyze_keeps_every_good_article_and_names_each_bad_input(tmp_path: Path, capsys) -> None:
    d = _folder(tmp_path)
    assert main(["analyze", str(d), "--out", str(tmp_path / "out"), "-q"]) == 0
    data = json.loads((tmp_path / "out" / "analysis.json").read_text(encoding="utf-8"))
    ids = sorted(a["id"] for a in data["articles"])
    assert ids == sorted(["deep", "good", "u16", "\ufffd\ufffdold"])
    err = capsys.readouterr().err
    assert "empty.txt: empty input" in err
    assert "cut.jsonl.gz: gzip file is truncated" in err
    assert {Path(e["input"]).name for e in data["errors"]} == {"empty.txt", "cut.jsonl.gz"}


@pytest.mark.skipif(os.name == "nt", reason="file names are bytes only on POSIX")
def test_ingest_stores_every_good_article_beside_bad_inputs(tmp_path: Path, capsys) -> None:
    d = _folder(tmp_path)
    db = str(tmp_path / "x.db")
    assert main(["ingest", "--db", db, str(d)]) == 0
    out = capsys.readouterr()
    assert out.out.startswith("4 added")
    assert "empty.txt: empty input" in out.err
    assert main(["ingest", "--db", db, str(d)]) == 0  # again: nothing new, nothing broken
    assert capsys.readouterr().out.startswith("0 added, 4 already stored")


def test_analyze_refuses_a_store_that_is_not_a_database_before_the_work(tmp_path: Path, capsys) -> None:
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    bad = tmp_path / "notes.db"
    bad.write_text("not a database, a user's notes", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["analyze", str(tmp_path / "a.txt"), "--out", str(out), "--db", str(bad), "-q"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"tawatur analyze: --db {bad}: ") and "not a database" in err
    assert not out.exists()  # nothing half done
    assert bad.read_text(encoding="utf-8") == "not a database, a user's notes"


@pytest.mark.parametrize("argv", [
    ["analyze", "x.txt", "--out", "o", "--max-bytes", "-1"],
    ["analyze", "x.txt", "--out", "o", "--executor", "process", "--workers", "100000"],
    ["analyze", "x.txt", "--out", "o", "--workers", "0"],
    ["ingest", "x.txt", "--db", "x.db", "--max-bytes", "0"],
    ["watch", "http://127.0.0.1:9/f", "--db", "x.db", "--max-bytes", "-5", "--once"],
    ["serve", "--db", "x.db", "--port", "99999"],
    ["serve", "--db", "x.db", "--max-body", "-1"],
    ["serve", "--db", "x.db", "--write-wait", "nan"]])
def test_numbers_out_of_range_are_usage_errors(argv: list[str], tmp_path: Path, capsys, monkeypatch) -> None:
    """A negative size, a port past 65535 or 100,000 workers (forked at once) is exit 2 with the
    range, before any work: no traceback, no run where every input 'is larger than -1 bytes'."""
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "out of range" in err and "Traceback" not in err
    assert not (tmp_path / "x.db").exists() and not (tmp_path / "o").exists()


@pytest.mark.parametrize("fmt", ["", " , ", "json,pdf"])
def test_a_format_list_naming_no_output_is_a_usage_error(fmt: str, tmp_path: Path, capsys) -> None:
    """``--format ''`` analysed everything, wrote nothing and exited 0."""
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    assert main(["analyze", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out"), "--format", fmt, "-q"]) == 2
    assert "choose among json, csv, geojson, html" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()
