"""Task sources8: an article whose title names a speaker ("تلفزيون سوريا: ..."، "المرصد: ...") relays what that
speaker reports: its lead's unattributed events are the speaker's; later paragraphs (background, other
reports) stay the article's own, and an attribution in the body still wins. The texts are written for these
tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze

TEXT = (
    "المرصد: القوات الحكومية تدخل بلدة كفرنبل\n\n"
    "دخلت وحدات من القوات الحكومية صباح اليوم بلدة كفرنبل بعد انسحاب مقاتلي الفصائل منها.\n\n"
    "وكانت الفصائل قد سيطرت على بلدة حاس المجاورة في العام الماضي.\n\n"
    "وقال ناشطون إن الطيران قصف بلدة البارة."
)


def _sources() -> dict[str, str]:
    art = analyze(Article(id="t", raw=TEXT, published="2019-08-20"))
    return {f"{e.type}@{e.place.name.split()[0]}": e.source.name_en or "the article" for e in art.events if e.place}


def test_the_lead_is_the_title_speakers() -> None:
    got = _sources()
    assert got["enter@كفرنبل"] == "Syrian Observatory for Human Rights"
    assert got["withdraw@كفرنبل"] == "Syrian Observatory for Human Rights"


def test_later_paragraphs_are_not() -> None:
    got = _sources()
    assert got["take_control@حاس"] == "the article"
    assert got["attack@البارة"] == "activists"


def test_a_title_without_speaker_gives_none() -> None:
    art = analyze(Article(id="t", raw="تقدم جديد: القوات تدخل البلدة\n\nدخلت القوات بلدة كفرنبل صباح اليوم.",
                          published="2019-08-20"))
    assert "title_source" not in art.meta
    assert art.events and all((e.source.name_en or "the article") == "the article" for e in art.events)
