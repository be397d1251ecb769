"""Lines led by a ticker mark ("عاجل | ...") in a transcript of a TV ticker are body text, each an update that
tells its event without a full stop (task read14); one such line over a body stays the headline."""
from __future__ import annotations

from tawatur.clean.segment import is_ticker_line, segment
from tawatur.model import Article


def _headings(text: str) -> list[bool]:
    return [s.is_heading for s in segment(Article(id="t", raw=text, text=text)).sentences]


def test_ticker_mark_leads_a_line() -> None:
    assert is_ticker_line("عاجل | قصف مدفعي على أطراف بلدة كفرنبودة")
    assert is_ticker_line("عاجل: انفجار سيارة في مدينة اعزاز")
    assert not is_ticker_line("قصف مدفعي على أطراف بلدة كفرنبودة")
    assert not is_ticker_line("مصدر عاجل | قصف")


def test_several_ticker_lines_are_body() -> None:
    text = ("نقلت القناة في شريطها مساء اليوم:\nعاجل | قصف مدفعي على أطراف بلدة كفرنبودة\n"
            "عاجل | نزوح عشرات العائلات من قرية الحويز نحو الشمال")
    assert _headings(text) == [False, False, False]


def test_one_flash_over_a_body_stays_a_heading() -> None:
    text = "عاجل: قصف مدفعي على أطراف بلدة كفرنبودة\nقصفت قوات النظام أطراف بلدة كفرنبودة صباح اليوم."
    assert _headings(text) == [True, False]
