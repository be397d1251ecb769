"""Constructions behind spurious events of long real-outlet pages (task long23, causes left by probe22): control
told as a shared standing state, a call told by the circumstantial "داعياً إلى", and "المشرفة على" (overlooking).
Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2019-01-10") -> list[tuple[str, str, str]]:
    evs = analyze(Article(id="l23", raw=text, published=published)).events
    return [(e.type, e.polarity, e.place.name) for e in evs]


def test_shared_control_is_a_status_not_a_takeover() -> None:
    assert events("وكانت الفصائل تتقاسم السيطرة على المعابر الحدودية مع تركيا.") == []
    assert events("وتتقاسم القوات الحكومية والفصائل السيطرة على أحياء مدينة درعا.", "2018-04-12") == []
    assert events("وتتوزع السيطرة على مدينة القامشلي بين القوات الحكومية وقسد.", "2021-08-15") == []
    # a takeover told by its own verb stays
    got = events("سيطرت الفصائل على بلدة اللطامنة بعد معارك عنيفة.", "2017-06-20")
    assert [(e[0], e[2]) for e in got] == [("take_control", "اللطامنة")]


def test_calling_for_is_no_event() -> None:
    assert events("وطالب المجلس المحلي بوقف القصف، داعياً إلى فتح ممر آمن لإخراج الجرحى من مدينة داريا.",
                  "2016-08-01") == []
    assert events("وأصدرت المنظمات بياناً مشتركاً، داعين إلى إجلاء المرضى والجرحى من الغوطة الشرقية.", "2018-02-20") == []
    # a strike told before the call stays
    got = events("وقال المتحدث إن الطيران قصف بلدة الباغوز، داعياً الأمم المتحدة إلى التحرك.", "2019-03-05")
    assert [(e[0], e[1]) for e in got] == [("attack", "asserted")]


def test_overlooking_is_an_adjective_not_al_mishrifah() -> None:
    got = events("قصفت المدفعية المرتفعات المشرفة على قرية كنسبا.", "2016-02-10")
    assert len(got) == 1 and "المشرفة" not in got[0][2]  # the village's name, as the gazetteer spells it
    got = events("قصف الجيش التلال المشرفة على بلدة عرسال.", "2017-07-22")
    assert [e[2] for e in got] == ["عرسال"]
    # under its cue the village stays itself
    got = events("دخلت الفصائل بلدة المشرفة بريف حمص الشمالي.", "2014-03-03")
    assert [(e[0], e[2]) for e in got] == [("enter", "المشرفة")]
