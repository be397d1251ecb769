"""The folding table is data (lang/ar/folding.tsv) checked on load: a bad row names its file and line."""
from __future__ import annotations

from pathlib import Path

import pytest

from tawatur.clean.normalize import fold_text, load_folding
from tawatur.read.schema import DataError

HEADER = "from\tto\tnote\n"


def _table(tmp_path: Path, rows: str) -> Path:
    path = tmp_path / "ar" / "folding.tsv"
    path.parent.mkdir(exist_ok=True)
    path.write_text(HEADER + rows, encoding="utf-8")
    return path


def test_shipped_table_folds_letters_digits_and_marks() -> None:
    deleted, mapping = load_folding()
    assert "\u064e" in deleted and "\u0640" in deleted  # fatha, tatweel
    assert mapping["أ"] == "ا" and mapping["ة"] == "ه" and mapping["٣"] == "3" and mapping["Q"] == "q"
    assert fold_text("مَدِينَةُ ـحلب ٢٠١٦") == "مدينه حلب 2016"


def test_ranges_code_points_and_deletions(tmp_path: Path) -> None:
    deleted, mapping = load_folding(_table(tmp_path, "U+0660..U+0662\t0..2\tdigits\nU+064E\t\tfatha\nى\tي\t\n"))
    assert deleted == {"\u064e"}
    assert mapping == {"٠": "0", "١": "1", "٢": "2", "ى": "ي"}


@pytest.mark.parametrize("rows, message", [
    ("U+0660..U+0662\t0..1\t\n", "3 characters map to 2"),
    ("U+ZZZZ\tا\t\n", "not a character"),
    ("اب\tا\t\n", "not a character"),
    ("U+0662..U+0660\t0\t\n", "empty range"),
    ("ى\tي\t\nى\t\t\n", "both deleted and mapped"),
    ("ى\tي\tnote\textra\n", "more than the header"),
])
def test_bad_row_is_a_load_error_naming_the_line(tmp_path: Path, rows: str, message: str) -> None:
    with pytest.raises(DataError, match=message) as err:
        load_folding(_table(tmp_path, rows))
    assert str(err.value).startswith("folding.tsv")


def test_a_superscript_digit_is_no_day_of_a_dateline() -> None:
    from tawatur.clean.boilerplate import load_cues, parse_dateline

    # "²".isdigit() is True but int("0²") fails: a day or year is read from decimal digits only
    assert parse_dateline("0² ديسمبر 2024", load_cues()) is None
    assert parse_dateline("7 ديسمبر 2024²", load_cues()) is None
    assert parse_dateline("7 ديسمبر 2024", load_cues()) == "2024-12-07"
