"""Constructions of a mixed 2011-2019 wire found by the probe4a held-out batch (sentences written for these
tests): a one-line flash with no body is its own report; the displaced flocking/streaming from a place; a
happening named as the subject of what it stirs (يثير قلق) is analysis."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def found(text: str, day: str = "2015-06-01") -> set[tuple[str, str, str]]:
    evs = analyze(Article(id="a", raw=text, published=day)).events
    return {(e.type, e.place.name if e.place else "", e.polarity) for e in evs}


def test_a_one_line_flash_without_body_is_read() -> None:
    got = found("عاجل: الفصائل تسيطر على بلدة اللطامنة شمال حماة")
    assert ("take_control", "اللطامنة", "asserted") in got


def test_a_headline_over_a_body_still_adds_nothing() -> None:
    text = "الفصائل تسيطر على بلدة اللطامنة شمال حماة\nوقالت مصادر محلية إن الاشتباكات تجددت في بلدة كفرزيتا."
    got = found(text)
    assert not any(t == "take_control" for t, _, _ in got), got
    assert ("attack", "كفرزيتا", "asserted") in got


def test_the_displaced_flocking_from_a_town_to_a_city() -> None:
    got = found("ويتدفق آلاف النازحين من بلدة صوران إلى مدينة حماة منذ الصباح.", "2016-02-03")
    assert ("displacement", "صوران", "asserted") in got
    assert ("displacement", "حماة", "asserted") in got


def test_flocking_delegations_are_no_displacement() -> None:
    assert not found("وتتوافد الوفود الرسمية إلى مدينة اللاذقية للمشاركة في المؤتمر.")


def test_a_takeover_named_as_what_stirs_concern_is_analysis() -> None:
    assert not found("سيطرة التنظيم على مدينة السخنة تثير مخاوف سكان تدمر.", "2015-05-14")


def test_a_strike_followed_by_the_fear_it_stirs_stays_an_event() -> None:
    got = found("قصفت الطائرات الحربية بلدة التمانعة ما يثير مخاوف من موجة نزوح جديدة.", "2015-05-14")
    assert ("attack", "التمانعة", "asserted") in got


def side_of(text: str, day: str, etype: str) -> str:
    evs = [e for e in analyze(Article(id="a", raw=text, published=day)).events if e.type == etype]
    assert evs, text
    return evs[0].actor.side


def test_bare_authorities_are_the_government_of_the_day() -> None:
    assert side_of("وفرضت السلطات حظر التجوال في مدينة بانياس ليلة أمس.", "2011-05-08", "other") == "government"
    assert side_of("وفرضت السلطات حظر التجوال في مدينة القرداحة.", "2025-03-09", "other") == "government"


def test_authorities_named_with_a_nationality_take_its_side() -> None:
    assert side_of("وفرضت السلطات التركية حظر التجوال في بلدة سروج.", "2014-10-07", "other") == "turkey"


def test_defectors_who_join_a_force_left_its_adversary() -> None:
    text = "وانشق ثلاثة ضباط في مدينة معرة النعمان والتحقوا بصفوف الجيش الحر."
    ev = next(e for e in analyze(Article(id="a", raw=text, published="2012-03-02")).events if e.type == "defection")
    assert ev.actor.side == "government"
    assert ev.rule.endswith("side:joined-adversary")


def test_defectors_named_with_their_force_keep_it() -> None:
    text = "انشق عشرات المقاتلين عن تنظيم الدولة في مدينة منبج وانضموا إلى قوات سوريا الديمقراطية."
    assert side_of(text, "2016-07-20", "defection") == "isis"


def test_the_force_pursued_is_no_agent() -> None:
    text = "وقال مصدر أمني إن وحدات الجيش دخلت بلدة تلكلخ لملاحقة المجموعات المسلحة."
    assert side_of(text, "2011-05-15", "enter") == "government"


def test_a_backer_named_after_a_partitive_is_no_agent() -> None:
    text = "استعادت قوات النظام مدعومة بمقاتلين من حزب الله السيطرة على بلدة فليطة."
    assert side_of(text, "2014-04-10", "take_control") == "government"
