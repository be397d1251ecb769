"""Task src29: a monitor's own page is the article speaking. A page whose first line is a masthead naming a
monitor ("مرصد X | تقرير يومي") refers to itself as "المرصد": "رصد المرصد"، "وثق المرصد"، "بحسب المرصد" there are
the page's own voice, and the details it spells out after its summary are the article's too. Its twin, the same
text under a plain heading, quotes the Syrian Observatory. A first line under a live page's label ("عاجل | X:
...") is a flash of its own and does not lend its speaker to the lead written under it.
The sentences are written for these tests."""
from __future__ import annotations

import pytest

from tawatur.model import Article
from tawatur.pipeline import analyze

SOHR = "Syrian Observatory for Human Rights"
BODY = ("رصد المرصد مقتل أربعة مدنيين أمس في بلدة ذيبان بريف دير الزور الشرقي.\n"
        "وفي التفاصيل، قصفت طائرة مسيرة مجهولة منزلاً في بلدة البصيرة.\n")


def sources(raw: str, title: str = "") -> dict[tuple[str, str], str]:
    """(type, place) -> the English name of the event's first hop (a title given keeps the first line in the
    text; without one the cleaner lifts the first line as the title)."""
    art = analyze(Article(id="a", raw=raw, published="2025-11-20", title=title or None))
    return {(e.type, e.place.name): e.source.name_en for e in art.events if e.place is not None}


@pytest.mark.parametrize("masthead", [
    "مرصد الفرات لتوثيق الانتهاكات | تقرير يومي",
    "المرصد الشرقي للحقوق | الحصيلة اليومية",
], ids=["indefinite", "definite"])
def test_on_a_monitors_own_page_its_bare_name_is_the_article(masthead: str) -> None:
    got = sources(masthead + "\n\n" + BODY)
    assert got[("casualties", "ذيبان")] == "the article"
    assert got[("attack", "البصيرة")] == "the article"
    got = sources(masthead + "\n\n" + BODY, title="حصيلة الضحايا في ريف دير الزور")
    assert got[("casualties", "ذيبان")] == "the article"
    assert got[("attack", "البصيرة")] == "the article"


def test_under_a_plain_heading_the_monitor_is_quoted() -> None:
    got = sources("حصيلة يومية\n\n" + BODY)
    assert got[("casualties", "ذيبان")] == SOHR
    assert got[("attack", "البصيرة")] == SOHR


def test_a_masthead_quoting_with_a_colon_is_no_masthead() -> None:
    got = sources("عاجل | المرصد: مقتل مدنيين في ذيبان\n\n" + BODY)
    assert got[("casualties", "ذيبان")] == SOHR


def test_another_monitor_named_in_full_on_a_monitors_page_is_quoted() -> None:
    got = sources("مرصد الفرات لتوثيق الانتهاكات | تقرير يومي\n\n"
                  "وقال المرصد السوري لحقوق الإنسان إن طائرة مسيرة قصفت منزلاً في بلدة البصيرة.\n")
    assert got[("attack", "البصيرة")] == SOHR


FLASH = "الدفاع المدني: مقتل ثلاثة مدنيين بقصف على بلدة تلبيسة"
LEAD = "\nحمص - خاص\nقصفت قوات النظام بالمدفعية الثقيلة بلدة تلبيسة في ريف حمص الشمالي صباح اليوم.\n"


def test_a_labelled_flash_line_does_not_speak_for_the_lead() -> None:
    got = sources("عاجل | " + FLASH + LEAD, title="قصف على ريف حمص الشمالي")
    assert got[("attack", "تلبيسة")] == "the article"


def test_an_unlabelled_headline_speaks_for_the_lead() -> None:
    got = sources(FLASH + LEAD, title="قصف على ريف حمص الشمالي")
    assert got[("attack", "تلبيسة")] != "the article"
