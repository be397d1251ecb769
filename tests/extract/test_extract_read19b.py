"""Constructions read in heldout19's second half (task read19b): a pair of bases named under the dual of a
barracks noun, the speaker's next participle clause after a denial, a condition ("مرهونة بـ"، "فور التحقق من
وجود"), positions consolidated. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2015-03-01") -> list[tuple[str, str, str]]:
    evs = analyze(Article(id="r19b", raw=text, published=published)).events
    return [(e.type, e.polarity, e.place.name) for e in evs]


def test_dual_barracks_names_both_bases() -> None:
    got = events("سيطرت الفصائل صباح الأحد على معسكري القرميد والطلائع جنوب مدينة إدلب.")
    assert {(t, p, n) for t, p, n in got} == {("take_control", "asserted", "القرميد"),
                                              ("take_control", "asserted", "الطلائع")}
    # the singular names one
    assert events("سيطرت الفصائل صباح الأحد على معسكر المسطومة جنوب مدينة إدلب.") == [
        ("take_control", "asserted", "معسكر المسطومة")]


def test_dual_barracks_back_reference_and_bare_name_after_the_pair() -> None:
    got = events("قصفت قوات النظام معسكري القرميد والطلائع. وانسحب الجيش من المعسكرين.")
    assert {(t, n) for t, _, n in got if t == "withdraw"} == {("withdraw", "القرميد"), ("withdraw", "الطلائع")}
    got = events("سيطرت الفصائل على معسكري القرميد والطلائع. ونفى مصدر عسكري انسحاب القوات من القرميد.")
    assert ("withdraw", "denied", "القرميد") in got


def test_next_participle_clause_ends_a_denial() -> None:
    got = events("وقال مصدر عسكري إن وحدات الجيش أعادت انتشارها في محيط مدينة جسر الشغور، نافياً أن تكون القوات "
                 "قد انسحبت منها، ومتحدثاً عن مقتل عشرات المسلحين في محيطها.", "2015-04-01")
    told = {(t, p) for t, p, n in got if "جسر الشغور" in n}  # "محيط جسر الشغور" for the toll in its surroundings
    assert ("withdraw", "denied") in told
    assert ("casualties", "asserted") in told
    assert ("casualties", "denied") not in told


def test_a_condition_tells_nothing_done() -> None:
    assert events("وقال ناشط إن عودة الأهالي مرهونة بإخراج الفصائل المسلحة من بلدة جنديرس.", "2025-11-01") == []
    assert events("وقال المراقبون إنهم مستعدون للتوجه إلى بلدة كفرنبودة فور التحقق من وجود وقف لإطلاق النار.",
                  "2012-07-01") == []
    # a ceasefire declared is one
    assert events("وأعلنت الفصائل وقفاً لإطلاق النار في بلدة كفرنبودة.", "2012-07-01") == [
        ("other", "asserted", "كفرنبودة")]


def test_consolidating_positions_is_a_deployment() -> None:
    assert events("وقال مصدر عسكري إن الوحدات تثبت نقاطها في حي الشيخ سعيد.", "2016-09-01") == [
        ("deploy", "asserted", "الشيخ سعيد")]
    assert events("وبدأت وحدات الجيش تثبيت نقاطها في حي الشيخ سعيد.", "2016-09-01") == [
        ("deploy", "asserted", "الشيخ سعيد")]
