"""A line led by a clock time (a TV ticker's "18:05 عاجل | ...", a live page's update) is body text, not a
heading, though it has no full stop (task probe18): its event is told, not summed up."""
from __future__ import annotations

from tawatur.clean.segment import is_heading_line


def test_timed_ticker_line_is_no_heading() -> None:
    assert not is_heading_line("19:02 عاجل | تعزيزات عسكرية تصل إلى مدخل تلكلخ الشمالي")
    assert not is_heading_line("10.15 – الطيران الحربي يقصف أطراف مدينة الأتارب")


def test_short_untimed_line_stays_a_heading() -> None:
    assert is_heading_line("تعزيزات عسكرية تصل إلى مدخل تلكلخ")
    assert is_heading_line("حصيلة 2013 في درعا")
