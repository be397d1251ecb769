"""Task left33: misreadings left by the last session. Sentences written for these tests, invented details, real
Syrian places. Types, places and polarity as eval/GUIDELINES.md sets them."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def keys(text: str, published: str = "2019-05-10") -> set[tuple[str, str, str]]:
    evs = analyze(Article(id="l33", raw=text, published=published)).events
    return {(e.type, e.place.name, e.polarity) for e in evs if e.place is not None}


def places(text: str) -> set[str]:
    return {place for _, place, _ in keys(text)}


def test_a_unit_right_after_the_verb_is_its_subject_not_a_place():
    """"وقصفت الفرقة الرابعة بلدة المزيريب": the unit strikes; the town is struck, the unit is no event place."""
    got = keys("وقصفت الفرقة الرابعة بلدة المزيريب بالمدفعية الثقيلة.")
    assert ("attack", "المزيريب", "asserted") in got
    assert "الفرقة الرابعة" not in places("وقصفت الفرقة الرابعة بلدة المزيريب بالمدفعية الثقيلة.")
    assert "الفرقة الرابعة" not in places("ودخلت الفرقة الرابعة مدينة الصنمين صباح اليوم.")


def test_a_unit_after_the_subject_is_the_object_and_stays_a_place():
    """The twin: "استهدفت الفصائل الفرقة الرابعة": after a noun (the subject) the unit is what is struck."""
    assert "الفرقة الرابعة" in places("واستهدفت الفصائل الفرقة الرابعة قرب بلدة المعضمية بصواريخ غراد.")


def test_that_denied_in_the_next_sentence_denies_the_main_claim_only():
    """"قصفت الطائرات X بعد انسحاب الفصائل من Y. ونفت الوزارة ذلك": the strike is denied; the withdrawal, told in a
    time clause, stays told, with no denied copy."""
    got = keys("قصفت الطائرات مدينة سراقب بعد انسحاب الفصائل من بلدة النيرب. ونفت وزارة الدفاع ذلك.")
    assert {("attack", "سراقب", "asserted"), ("attack", "سراقب", "denied"),
            ("withdraw", "النيرب", "asserted")} <= got
    assert ("withdraw", "النيرب", "denied") not in got


def test_that_denied_copies_two_main_verbs_joined_by_and():
    """The twin: two main verbs joined by و, no subordinator: both are the claim, both denied."""
    got = keys("دخلت قوات النظام بلدة كفرنبودة وسيطرت على بلدة الحماميات. لكن فصيلاً معارضاً نفى ذلك.")
    assert {("enter", "كفرنبودة", "denied"), ("take_control", "الحماميات", "denied")} <= got


def test_the_side_after_a_back_reference_is_no_place_of_a_closure():
    """"أغلقت مداخل المدينة من جهة X": X is the side the closed entrances face; the city is the place."""
    got = keys("انتشرت قوات الأمن في مدينة منبج صباح اليوم. وأغلقت مداخل المدينة من جهة تل رفعت.")
    assert ("other", "منبج", "asserted") in got
    assert "تل رفعت" not in {place for _, place, _ in got}


def test_the_side_after_a_back_reference_is_no_place_of_a_strike():
    """"هاجمت القوات البلدة من جهة X": the town attacked is the back-reference's; X is where they came from."""
    got = keys("دخلت الفصائل بلدة مارع فجراً. وهاجمت قوات النظام البلدة من جهة بلدة تل رفعت.")
    assert ("attack", "مارع", "asserted") in got
    assert "تل رفعت" not in {place for _, place, _ in got}


def test_a_road_closed_from_the_side_of_a_town_with_no_back_reference_keeps_the_town():
    """The twin: no back-reference before "من جهة": the town is the one place the closure has."""
    assert ("other", "تل رفعت", "asserted") in keys("وأغلقت قوات الأمن الطريق من جهة بلدة تل رفعت.")


def test_a_unit_owning_reinforcements_is_no_place_of_their_arrival():
    """"تعزيزات عسكرية جديدة للفرقة الرابعة إلى محيط مدينة X": the unit owns the reinforcements; they arrive at X."""
    got = keys("وأفاد ناشطون بوصول تعزيزات عسكرية جديدة للفرقة الرابعة إلى محيط مدينة جاسم.")
    assert any(t == "deploy" and "جاسم" in place for t, place, _ in got)
    assert "الفرقة الرابعة" not in {place for _, place, _ in got}


def test_a_unit_headquarters_as_destination_stays_the_place():
    """The twin: "إلى مقر الفرقة الرابعة": the unit's base is where the reinforcements arrive."""
    assert "الفرقة الرابعة" in places("وأفاد ناشطون بوصول تعزيزات عسكرية جديدة إلى مقر الفرقة الرابعة.")


def test_a_time_phrase_between_villages_and_their_locator_does_not_make_it_a_place():
    """"قرى X وY يوم أمس في ريف Z": the events are at each village; the countryside only locates them."""
    got = keys("قصفت المدفعية قرى الزيارة والمنصورة يوم أمس في ريف حماة الغربي.", "2018-05-10")
    assert {("attack", "الزيارة", "asserted"), ("attack", "المنصورة", "asserted")} <= got
    assert not any("ريف حماة" in place for _, place, _ in got)


def test_a_time_phrase_before_a_second_place_joined_by_and_keeps_both():
    """The twin: "بلدة X مساء الأحد ومدينة Y": two places struck, neither locates the other."""
    got = places("وقصفت الطائرات بلدة خان شيخون مساء الأحد ومدينة معرة النعمان.")
    assert {"خان شيخون", "معرة النعمان"} <= got
