"""Every person and tense of the main trigger verbs (issue 12): the future and the imperfect plural that
stem rows missed ("ستدخل"، "سيدخلون"، "سيسحب"، "سيخرجون"). Sentences written for these tests."""
from __future__ import annotations

import pytest

from tawatur.model import Article
from tawatur.pipeline import analyze


def events_of(text: str, published: str = "2017-05-02"):
    return analyze(Article(id="i", raw=text, published=published)).events


def kinds_at(evs, place: str) -> set[tuple[str, str]]:
    return {(e.type, e.polarity) for e in evs if e.place and e.place.name == place}


@pytest.mark.parametrize("verb", ["ستدخل", "سيدخلون", "وستدخل"])
def test_the_future_of_enter_is_an_expected_entry(verb):
    evs = events_of(f"وقال قائد ميداني إن الوحدات {verb} مدينة الباب قبل نهاية الأسبوع.")
    assert ("enter", "expected") in kinds_at(evs, "الباب")


def test_the_imperfect_plural_of_enter_is_an_entry():
    evs = events_of("وأكد ناشطون أن عناصر الفصائل يدخلون بلدة تادف من جهتها الشرقية.")
    assert ("enter", "asserted") in kinds_at(evs, "تادف")


@pytest.mark.parametrize("sentence, place, kind", [
    ("وذكر المصدر أن الجيش سيسحب وحداته من بلدة تادف خلال يومين.", "تادف", "withdraw"),
    ("وذكر المصدر أن المقاتلين سيخرجون من بلدة تادف مساء الغد.", "تادف", "withdraw"),
    ("وذكر المصدر أن الفصائل ستحرر بلدة تادف قريبا.", "تادف", "take_control"),
    ("وذكر المصدر أن الجيش سيحاصر بلدة تادف من ثلاث جهات.", "تادف", "advance"),
    ("وذكر المصدر أن الطيران سيشن غارات على بلدة تادف.", "تادف", "attack"),
    ("وذكر المصدر أن القوات ستصل إلى بلدة تادف صباحا.", "تادف", "enter"),
    ("وذكر المصدر أن الأهالي سيعودون إلى بلدة تادف بعد أيام.", "تادف", "displacement"),
    ("وذكر المصدر أن الشرطة ستغلق الطرق في بلدة تادف.", "تادف", "other"),
])
def test_the_future_of_other_main_verbs_is_expected(sentence, place, kind):
    assert (kind, "expected") in kinds_at(events_of(sentence), place)


def test_fire_in_the_imperfect_is_a_strike_into_the_air_none():
    assert ("attack", "asserted") in kinds_at(
        events_of("وأفاد شهود أن المسلحين يطلقون القذائف على بلدة تادف منذ الفجر."), "تادف")
    assert not events_of("وأفاد شهود أن المسلحين يطلقون النار في الهواء في بلدة تادف.")


def test_a_word_that_only_starts_like_the_future_is_not_future():
    # "وسيطرت" is و + سيطرت, not the future س before "يطرت"
    evs = events_of("وسيطرت الفصائل على بلدة تادف صباح اليوم.")
    assert kinds_at(evs, "تادف") == {("take_control", "asserted")}


def test_where_those_who_left_head_is_no_advance():
    evs = events_of("وخرجت صباح اليوم حافلات تقل مقاتلين وعائلاتهم من حي القابون، وستتوجه إلى مدينة إدلب.")
    assert ("withdraw", "asserted") in kinds_at(evs, "القابون")
    assert not {e for e in evs if e.type == "advance"}
    # a force heading somewhere is still an advance
    assert ("advance", "asserted") in kinds_at(events_of("وتوجهت أرتال الجيش إلى مدينة إدلب."), "إدلب")


def test_ambulances_leaving_with_the_wounded_do_not_hide_the_departure():
    evs = events_of("وقال المصدر إن عدة سيارات إسعاف خرجت تقل جرحى من حي القابون صباح اليوم.")
    assert evs and all(e.place.name == "القابون" for e in evs)


def test_the_future_of_the_light_verb_makes_its_verbal_noun_expected():
    planned = events_of("وأعلن مصدر عسكري أن الوحدات ستقوم باقتحام بلدة تادف فجر الغد.")
    assert kinds_at(planned, "تادف") == {("enter", "expected")}
    done = events_of("وأعلن مصدر عسكري أن الوحدات قامت باقتحام بلدة تادف فجر اليوم.")
    assert kinds_at(done, "تادف") == {("enter", "asserted")}
