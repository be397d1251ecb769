"""Task src28: the first hop of claims on long real-outlet pages. A daily toll names its speaker once, in a
summary, and then spells out the incidents place by place ("ففي محافظة حلب، ..."، "وفي التفاصيل، ..."، "أما في
ريف إدلب، فقد ..."، a heading "في درعا: ..."): those details are still that speaker's report. A sentence that does
not open the details (its twin) stays the article's own. "مراسلنا" reports as the outlet's correspondent.
The sentences are written for these tests."""
from __future__ import annotations

import pytest

from tawatur.model import Article
from tawatur.pipeline import analyze

HEAD = "حصيلة اليوم\n\n"
SUMMARY = "قال المرصد السوري لحقوق الإنسان إن 35 شخصاً قتلوا أمس في أنحاء البلاد.\n"


def sources(text: str) -> dict[tuple[str, str], str]:
    """(type, place) -> the English name of the event's first hop."""
    art = analyze(Article(id="a", raw=HEAD + text, published="2018-02-11"))
    return {(e.type, e.place.name): e.source.name_en for e in art.events if e.place is not None}


@pytest.mark.parametrize("opening", [
    "ففي محافظة إدلب، قصفت الطائرات الحربية بلدة سراقب.",
    "وفي التفاصيل، قصفت الطائرات الحربية بلدة سراقب.",
    "أما في ريف إدلب، فقد قصفت الطائرات الحربية بلدة سراقب.",
    "في إدلب: قصفت الطائرات الحربية بلدة سراقب.",
    "محافظة إدلب: قصفت الطائرات الحربية بلدة سراقب.",
], ids=["fa-fi", "details", "amma-fi", "heading", "governorate-heading"])
def test_the_details_of_a_summed_up_report_are_its_speakers(opening: str) -> None:
    got = sources(SUMMARY + opening)
    assert got[("attack", "سراقب")] == "Syrian Observatory for Human Rights"


def test_a_sentence_that_opens_no_details_stays_the_articles() -> None:
    got = sources(SUMMARY + "وقصفت الطائرات الحربية بلدة سراقب.")
    assert got[("attack", "سراقب")] == "the article"


def test_the_details_go_on_place_by_place_until_a_sentence_of_another_kind() -> None:
    got = sources(SUMMARY + "ففي محافظة إدلب، قصفت الطائرات الحربية بلدة سراقب.\n"
                  "وفي ريف حماة، اقتحمت القوات بلدة اللطامنة.\n"
                  "وكانت فصائل المعارضة قد سيطرت على بلدة كفرزيتا الشهر الماضي.")
    assert got[("attack", "سراقب")] == got[("enter", "اللطامنة")] == "Syrian Observatory for Human Rights"
    assert got[("take_control", "كفرزيتا")] == "the article"


def test_details_with_no_speaker_before_them_stay_the_articles() -> None:
    got = sources("قتل 35 شخصاً أمس في أنحاء البلاد.\nففي محافظة إدلب، قصفت الطائرات الحربية بلدة سراقب.")
    assert got[("attack", "سراقب")] == "the article"


def test_our_correspondent_reports_as_the_correspondent() -> None:
    got = sources("وقال مراسلنا إن القوات دخلت بلدة كفرنبل صباح اليوم.")
    assert got[("enter", "كفرنبل")] == "correspondent"
