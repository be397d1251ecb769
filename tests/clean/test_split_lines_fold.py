"""split_lines folds the article once and splits the fold: each line's fold is the fold of the line
alone, whatever diacritics, tatweel, Arabic-Indic digits or carriage returns it holds."""
from __future__ import annotations

from tawatur.clean.boilerplate import split_lines
from tawatur.clean.normalize import fold_text


def test_each_line_keeps_its_own_fold() -> None:
    raw = "دَخَلَتْ القـــوات إلى المدينة\r\n\n«تقدّم» جديد في ٢٠١٩\nأُعلن حظر التجوال\u200f"
    lines = split_lines(raw)
    assert [ln.text for ln in lines] == raw.split("\n")
    assert [ln.folded for ln in lines] == [fold_text(t) for t in raw.split("\n")]
    assert lines[2].folded != lines[2].text  # the folding did something on the way
    assert [raw[ln.start:ln.end] for ln in lines] == raw.split("\n")
