"""Task miss29 (recall on long pages): a clash told after بعد/إثر/وسط with its parties and then a place of its own
is fought there; a verb of spreading with its subject dropped goes on with the clash, past a time adverb or an
adjunct noun of another type. Sentences written for these tests (invented details, real places)."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def kinds(text: str, published: str = "2018-03-01") -> set[tuple[str, str]]:
    return {(e.type, e.place.name) for e in analyze(Article(id="t", raw=text, published=published)).events}


def test_a_clash_with_its_parties_and_a_place_of_its_own_is_fought_there():
    got = kinds("سيطرت الفصائل على بلدة كفرنبل بعد اشتباكات عنيفة مع قوات النظام قرب قرية حاس")
    assert ("take_control", "كفرنبل") in got
    assert ("attack", "حاس") in got


def test_the_clash_place_is_no_longer_the_move_place():
    got = kinds("تقدمت قوات الجيش نحو مدينة الميادين وسط اشتباكات متقطعة مع مسلحي داعش عند قرية الطيانة")
    assert ("advance", "الميادين") in got
    assert ("attack", "الطيانة") in got
    assert ("advance", "الطيانة") not in got


def test_the_same_clash_without_a_place_is_the_manner_of_the_takeover():
    got = kinds("سيطرت الفصائل على بلدة كفرنبل بعد اشتباكات عنيفة مع قوات النظام")
    assert got == {("take_control", "كفرنبل")}


def test_a_clash_in_the_countryside_around_the_town_stays_its_manner():
    got = kinds("سيطرت الفصائل على بلدة مورك بعد معارك مع قوات النظام في ريف حماة الشمالي")
    assert not any(t == "attack" for t, _ in got)


def test_spreading_past_an_adjunct_noun_goes_on_with_the_clash():
    got = kinds("وكانت مواجهات قد اندلعت في بلدة ذيبان بعد اعتقال أحد الوجهاء، وامتدت إلى بلدتي الشحيل والبصيرة")
    assert {("attack", "الشحيل"), ("attack", "البصيرة")} <= got


def test_spreading_with_a_time_adverb_before_its_preposition():
    got = kinds("خرجت مظاهرة في حي الوعر قبل أن تمتد مساءً إلى حي الخالدية")
    assert ("protest", "الخالدية") in got


def test_a_road_that_runs_on_is_no_spreading():
    assert not kinds("ويمتد الطريق لاحقاً إلى بلدة الشحيل عبر الأراضي الزراعية")


def test_an_arrival_of_displaced_counted_by_a_number_noun():
    got = kinds("وأفاد المكتب بوصول نحو ألف نازح من بلدة تل تمر إلى مخيمات الحسكة")
    assert {("displacement", "تل تمر"), ("displacement", "الحسكة")} <= got


def test_displaced_counted_where_they_stay_arrive_nowhere():
    assert not kinds("وأحصى المكتب نحو ألف نازح في مخيمات الحسكة")


def test_civilians_moved_to_shelters_past_a_long_counted_subject():
    got = kinds("ونُقل قرابة ثلاثة آلاف مدني من المدينة إلى مراكز إيواء في بلدة حرجلة")
    assert ("displacement", "حرجلة") in got
    assert not kinds("ونقل الجرحى إلى مستشفى في بلدة حرجلة")
