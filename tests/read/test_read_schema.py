"""Every shipped data table has a declared schema and loads; a bad row is an error naming file:line."""
from __future__ import annotations

from pathlib import Path

import pytest

import tawatur
from tawatur.extract.patterns import compile_pattern, load_patterns
from tawatur.read.lexicon import read_tsv, read_tsv_lines
from tawatur.read.schema import DataError, schema_for

PACKAGE = Path(tawatur.__file__).parent
TABLES = sorted(p for d in ("data", "lang") for p in (PACKAGE / d).rglob("*.tsv"))


def test_tables_found() -> None:
    assert len(TABLES) > 30


@pytest.mark.parametrize("path", TABLES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_shipped_table_is_declared_and_loads(path: Path) -> None:
    assert schema_for(path) is not None, f"{path.name} has no schema in tawatur/read/schema.py"
    assert read_tsv(path)  # raises DataError on any bad row


def _write(tmp_path: Path, folder: str, name: str, text: str) -> Path:
    d = tmp_path / folder
    d.mkdir(parents=True, exist_ok=True)
    p = d / name
    p.write_text(text, encoding="utf-8")
    return p


TRIGGERS_HEAD = "# a comment\npattern\ttype\tflags\tnote\n"


def test_good_trigger_rows_load_with_their_file_lines(tmp_path: Path) -> None:
    p = _write(tmp_path, "extract", "triggers.tsv", TRIGGERS_HEAD + "قصف*\tattack\tverb\t\n# x\nهاجم*\tattack\tverb,mutual\t\n")
    lines = read_tsv_lines(p)
    assert [n for n, _ in lines] == [3, 5]
    assert lines[1][1]["flags"] == "verb,mutual"


@pytest.mark.parametrize(("row", "message"), [
    ("قصف*\tatack\tverb\t", "triggers.tsv:3: unknown type 'atack'"),
    ("قصف*\tattack\tverb,loserr\t", "triggers.tsv:3: unknown flags 'loserr'"),
    ("\tattack\tverb\t", "triggers.tsv:3: column 'pattern' needs a value"),
    ("قصف*\t\tverb\t", "triggers.tsv:3: column 'type' needs a value"),
    ("قصف*\tattack\tverb\tملاحظة\tزائد", "triggers.tsv:3: 5 fields"),
])
def test_a_bad_trigger_row_fails_naming_file_and_line(tmp_path: Path, row: str, message: str) -> None:
    p = _write(tmp_path, "extract", "triggers.tsv", TRIGGERS_HEAD + row + "\n")
    with pytest.raises(DataError) as err:
        read_tsv(p)
    assert str(err.value).startswith(message)


def test_flags_are_a_set_not_a_substring() -> None:
    # "dist" must not be read inside another flag, and a flag list is split on commas
    p = compile_pattern("وصل*", {"type": "advance", "flags": "verb, dist"})
    assert p.flags == {"verb", "dist"}
    assert "dis" not in p.flags
    q = compile_pattern("هاجم*", {"type": "attack", "flags": "origin_only"})
    assert "origin" not in q.flags and "only" not in q.flags


def test_unknown_column_and_effect_fail(tmp_path: Path) -> None:
    p = _write(tmp_path, "extract", "cues.tsv", "cue\teffect\twindow\tunless\tnote\tcolour\n")
    with pytest.raises(DataError, match=r"cues.tsv:1: unknown column 'colour'"):
        read_tsv(p)
    p = _write(tmp_path, "extract", "cues.tsv", "cue\teffect\twindow\tunless\tnote\n=لعل\tmaybe\t3\t\t\n")
    with pytest.raises(DataError, match=r"cues.tsv:2: unknown effect 'maybe'"):
        read_tsv(p)
    p = _write(tmp_path, "extract", "cues.tsv", "cue\teffect\twindow\tunless\tnote\n=لعل\thypo\tثلاث\t\t\n")
    with pytest.raises(DataError, match=r"cues.tsv:2: window 'ثلاث' is not a number"):
        read_tsv(p)


def test_a_gazetteer_layer_checks_kind_and_coordinates(tmp_path: Path) -> None:
    head = "id\tname\tvariants\tname_en\tvariants_en\tlat\tlon\tkind\tadmin1\tpopulation\tsource\tcountry\n"
    ok = _write(tmp_path, "gazetteer", "mine.tsv", head + "x1\tتل المشمش\t\tTal\t\t35.1\t36.2\tvillage\t\t\tme\tSY\n")
    assert read_tsv(ok)[0]["name"] == "تل المشمش"
    bad = _write(tmp_path, "gazetteer", "bad.tsv", head + "x1\tتل المشمش\t\tTal\t\t35.1\t36.2\tvilage\t\t\tme\tSY\n")
    with pytest.raises(DataError, match=r"bad.tsv:2: unknown kind 'vilage'"):
        read_tsv(bad)


def test_a_missing_required_column_fails(tmp_path: Path) -> None:
    p = _write(tmp_path, "extract", "sides.tsv", "adversary\tlabel_en\nopposition\tx\n")
    with pytest.raises(DataError, match=r"sides.tsv:1: missing column 'side'"):
        read_tsv(p)


def test_shipped_trigger_flags_are_known() -> None:
    for p in load_patterns("triggers.tsv"):
        assert p.flags <= {"verb", "noun", "purpose_ok", "loser", "dist", "toward", "mutual", "exposed",
                           "origin_only", "by_subject", "need_subject", "transitive", "receiver", "object_after",
                           "part_of_takeover", "own_sentence", "goal"}
