"""Sentence ends with no space after the stop, and lines ending in a comma (issue 12)."""
from __future__ import annotations

from tawatur.clean.segment import is_heading_line, segment
from tawatur.model import Article


def _sentences(text: str) -> list[str]:
    return [s.text for s in segment(Article(id="s", raw=text)).sentences]


def test_a_stop_with_no_space_before_an_arabic_word_ends_a_sentence():
    got = _sentences('قال إنهم انسحبوا "بسبب نفاد الذخيرة".وأشار إلى أن المعارك توقفت.')
    assert len(got) == 2 and got[1].startswith("وأشار")


def test_a_decimal_or_a_latin_address_is_not_cut():
    assert len(_sentences("بلغت النسبة 2.5 في المئة في المدينة.")) == 1
    assert len(_sentences("نشر الموقع example.com البيان كاملا.")) == 1


def test_a_line_ending_in_a_comma_is_not_a_heading():
    assert not is_heading_line("وقال المرصد إن الاشتباكات تجددت في المدينة،")
    assert is_heading_line("اشتباكات عنيفة في ريف إدلب")
