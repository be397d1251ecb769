"""Constructions of the types beside combat (other, defection, protest) that the probe32 first-sight pages found:
an aircraft downed or falling, a siege broken or people freed by a long-named force, a prison left, a flag brought
down, a threat after "وإلا", a denial made "في بيان", a checkpoint on a town's edge (task probe32). Sentences
written for these tests, not copied from any article."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze

HEAD = "أخبار محلية\n\n"


def events(text: str, day: str = "2026-02-10") -> set[tuple[str, str, str]]:
    evs = analyze(Article(id="a", raw=HEAD + text, published=day)).events
    return {(e.type, e.place.name, e.polarity) for e in evs if e.place is not None}


def types_at(got: set[tuple[str, str, str]], place: str) -> set[str]:
    return {t for t, p, _ in got if p == place}


# an aircraft shot down by a force named at length before the aircraft (VSO)
def test_a_downing_with_a_long_subject_is_a_strike():
    got = events("أسقطت وحدات من الدفاع الجوي التابعة للفرقة الثالثة طائرة مسيرة مجهولة قرب بلدة خناصر.")
    assert ("attack", "خناصر", "asserted") in got


# an aircraft that falls is no place taken; a town that falls is
def test_a_helicopter_that_falls_takes_no_town():
    got = events("وقال شهود إن المروحية سقطت في حقل قرب بلدة معرشورين.", day="2013-03-02")
    assert "take_control" not in types_at(got, "معرشورين")


def test_a_town_that_falls_is_still_taken():
    got = events("سقطت بلدة معرشورين بيد فصائل المعارضة بعد يومين من المعارك.", day="2013-03-02")
    assert ("take_control", "معرشورين", "asserted") in got


# a siege broken and people freed, the force named at length between the verb and its object
def test_a_siege_broken_by_a_long_named_force():
    got = events("وكسرت قوات الجيش مدعومة بمجموعات محلية مساء أمس الحصار المفروض على بلدة كفريا.", day="2016-02-04")
    assert ("other", "كفريا", "asserted") in got


def test_a_release_by_a_long_named_force():
    got = events("أفرجت دورية من قوى الأمن الداخلي في منطقة جبلة مساء اليوم عن شاب مخطوف في قرية بسنادا.")
    assert ("other", "بسنادا", "asserted") in got


# leaving a prison is a release; leaving a town stays a move
def test_a_batch_leaving_a_prison_is_a_release():
    got = events("وأوضح القاضي أن دفعة جديدة ستخرج من سجن حلب المركزي خلال أيام.", day="2019-09-20")
    assert {t for t, p, pol in got if pol == "expected"} == {"other"}


def test_no_one_leaving_a_prison_is_a_release_denied():
    got = events("وأكدت عائلات أن أحداً من أبنائها لم يخرج من سجن عدرا حتى الآن.", day="2019-09-20")
    assert {(t, pol) for t, _, pol in got} == {("other", "denied")}


def test_fighters_leaving_a_town_still_withdraw():
    got = events("وخرج مئات المسلحين من بلدة الهامة نحو الشمال.", day="2016-10-13")
    assert ("withdraw", "الهامة", "asserted") in got


# a flag brought down (form IV), not a verb of going down
def test_a_flag_brought_down_is_logged():
    evs = analyze(Article(id="a", raw=HEAD + "وأنزل طلاب علم الحزب عن مبنى الجامعة في مدينة القامشلي.",
                          published="2026-02-10")).events
    assert any(e.type == "other" and e.place is not None
               and "القامشلي" in (e.place.name, *e.place.aliases) for e in evs)


def test_going_down_with_a_flag_is_no_flag_event():
    got = events("وتنزل النساء إلى ساحة مدينة القامشلي رافعات العلم كل مساء.")
    assert "other" not in types_at(got, "القامشلي")


# the answer of "وإلا" is a threat, not a plan
def test_a_threat_after_else_is_no_storming():
    got = events("وأمهل الجيش المسلحين في بلدة بيت جن ثلاثة أيام لتسليم سلاحهم، وإلا فإنه سيقتحم البلدة.", day="2017-12-20")
    assert ("other", "بيت جن", "asserted") in got
    assert "enter" not in types_at(got, "بيت جن")


# a denial made in a statement reaches the "any" after it
def test_a_denial_in_a_statement_reaches_its_any():
    got = events("ونفت القيادة العامة للفصيل في بيان أي انشقاقات في صفوف مقاتليها في مدينة جاسم.", day="2018-07-05")
    assert ("defection", "جاسم", "denied") in got


# a checkpoint located on a town's edge: where a defection or a strike happened, no advance
def test_a_checkpoint_on_the_edge_locates_a_defection():
    got = events("وانشق خمسة جنود عن حاجز على أطراف بلدة الحراك.", day="2012-09-10")
    assert ("defection", "الحراك", "asserted") in got
    assert "advance" not in types_at(got, "الحراك")


# an "any" right after a denied verbal noun is what is denied: the place after it stays the denial's
def test_a_denied_defection_of_any_officer_keeps_its_place():
    got = events("ونفى التلفزيون الرسمي السوري انشقاق أي ضابط من الفرقة الخامسة في مدينة إزرع.", day="2012-08-30")
    assert ("defection", "إزرع", "denied") in got


def test_an_any_after_a_purpose_stays_hypothetical():
    got = events("نفت القيادة انسحاب قواتها وأكدت استعدادها لصد أي هجوم على مدينة إزرع.", day="2012-08-30")
    assert "attack" not in types_at(got, "إزرع")


# the defectors named as people tell no defection; the verb does
def test_the_defectors_as_a_class_tell_no_defection():
    got = events("وكان النقيب من أوائل الضباط المنشقين في ريف درعا الشرقي.", day="2013-05-01")
    assert not {e for e in got if e[0] == "defection"}


def test_a_defection_told_by_its_verb_stays():
    got = events("وانشق النقيب عن كتيبته في بلدة الحراك.", day="2013-05-01")
    assert ("defection", "الحراك", "asserted") in got


# "حيث" after a comma goes on at the last place its sentence named
def test_where_after_a_comma_goes_on_at_the_place_named():
    got = events("واصلت لجنة التسوية في مدينة القرداحة عملها لليوم الرابع، حيث سلم نحو مئة شخص أسلحتهم.")
    assert ("other", "القرداحة", "asserted") in got


def test_where_after_a_comma_adds_nothing_to_a_happening_told_before_it():
    got = events("وسيطرت الفصائل على تل الحمرية قرب بلدة كفرنبودة، حيث لا تزال الاشتباكات مستمرة.", day="2019-05-20")
    assert ("take_control", "تل الحمرية", "asserted") in got or ("take_control", "الحمرية", "asserted") in got
    assert "attack" not in types_at(got, "تل الحمرية") | types_at(got, "الحمرية")
