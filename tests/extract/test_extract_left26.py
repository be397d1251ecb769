"""Constructions this morning's tasks left (task left26): a deal's terms beside the deal made, an institution named
with its town, a kidnapping told by where the victim was led, a denial over a demonstrative plural. Sentences
written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2025-03-01") -> set[tuple[str, str, str]]:
    evs = analyze(Article(id="l26", raw=text, published=published)).events
    return {(e.type, e.polarity, e.place.name) for e in evs}


def test_a_release_a_deal_sets_out_stays_expected_beside_the_deal() -> None:
    got = events("وينص الاتفاق الموقع في بلدة تلبيسة على الإفراج عن المعتقلين من أبنائها.", "2018-05-01")
    assert got == {("other", "asserted", "تلبيسة"), ("other", "expected", "تلبيسة")}
    # told done, the release is asserted and no term stands expected
    got = events("وأفرجت السلطات عن المعتقلين في بلدة تلبيسة بموجب الاتفاق.", "2018-05-01")
    assert ("other", "expected", "تلبيسة") not in got


def test_a_town_in_an_institutions_name_is_not_where_it_reports() -> None:
    assert events("وأفادت مديرية صحة حماة بأنها استقبلت جرحى مدنيين.") == set()
    assert events("وأعلنت قيادة الأمن الداخلي بحمص مقتل عنصر من عناصرها.") == set()
    # the sentence's own place still is
    got = events("وأعلنت قيادة الأمن الداخلي بحمص مقتل عنصر من عناصرها في حي الوعر.")
    assert got == {("casualties", "asserted", "الوعر")}


def test_led_to_an_unknown_place_is_a_kidnapping() -> None:
    assert events("واعترض مسلحون سيارة موظف قرب بلدة المزيريب قبل أن يقتادوه إلى جهة مجهولة.") == {
        ("other", "asserted", "المزيريب")}
    assert events("وأوقف مسلحون حافلة قرب مدينة إزرع واقتادوا سائقها إلى مكان مجهول.") == {
        ("other", "asserted", "إزرع")}


def test_a_demonstrative_plural_points_at_the_list_named_before() -> None:
    got = events("وتقدمت قوات النظام نحو قريتي الزلاقيات والبويضة. ونفى مصدر عسكري أن تكون القوات انسحبت من "
                 "تلك النقاط.", "2018-03-01")
    assert {e for e in got if e[0] == "withdraw"} == {
        ("withdraw", "denied", "الزلاقيات"), ("withdraw", "denied", "البويضة")}
    # after one town only, "هذه المناطق" names a region: no place
    got = events("ووصلت القوات إلى بلدة تل تمر. وقال المصدر إن الهدف منعه من التوسع باتجاه هذه المناطق.", "2019-10-14")
    assert ("advance", "asserted", "تل تمر") not in got


def test_a_whereabouts_after_a_preposition_of_motion_is_no_party() -> None:
    """"وتقتادهم إلى جهة مجهولة": the force that arrested them led them away; "جهة مجهولة" is where, not who.
    As a subject it still names an unknown party. (Left: the led-away row still gives a second arrest event
    beside the arrest it continues, with the captives' side.)"""
    led = analyze(Article(id="w1", raw="داهمت القوة الإسرائيلية منازل في بلدة جملة قبل أن تعتقل ثلاثة شبان "
                                       "وتقتادهم إلى جهة مجهولة.", published="2025-11-05")).events
    sides = {e.actor.side for e in led if e.type == "other"}
    assert "israel" in sides and "unknown" not in sides
    hit = analyze(Article(id="w2", raw="واستهدفت جهة مجهولة حاجزاً للأمن العام في بلدة طفس.",
                          published="2025-11-05")).events
    assert [(e.type, e.actor.side) for e in hit] == [("attack", "unknown")]
