"""Protests (issue 12: stories the visible sets hardly cover: Suwayda 2023, Idlib against HTS 2024).
Sentences written for these tests, with invented details. A protest is an event at the place where people
demonstrate (eval/GUIDELINES.md, types); the strike a protest condemns is its cause, not a second event."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events_of(text: str, published: str = "2023-08-25"):
    return analyze(Article(id="pr", raw=text, published=published)).events


def typed(evs) -> set[tuple[str, str]]:
    return {(e.type, e.place.name) for e in evs}


def test_the_perfect_and_imperfect_of_ihtajja_are_a_protest():
    """"احتج المئات في X" and "يحتجون": the verb, not only its verbal noun احتجاج."""
    assert ("protest", "إدلب") in typed(events_of("احتج مئات الأهالي في مدينة إدلب على سياسات الهيئة.", "2024-03-01"))
    assert ("protest", "شهبا") in typed(events_of("ويحتج السكان في مدينة شهبا منذ أيام على غلاء الوقود."))


def test_protesters_told_by_their_participle_protest_where_they_are():
    """"مئات المتظاهرين"، "المحتجون": the participle of تظاهر or احتج names a protest at its place (it is no
    longer read as a civilian actor name that hides the trigger)."""
    assert ("protest", "شهبا") in typed(events_of("تجمع مئات المتظاهرين في مدينة شهبا مطالبين بالتغيير."))
    assert ("protest", "السويداء") in typed(events_of("وهتف المحتجون في مدينة السويداء ضد الحكومة."))


def test_a_square_of_suwayda_is_a_place():
    evs = events_of("تجمع المتظاهرون في ساحة الكرامة للأسبوع الثاني على التوالي.")
    assert ("protest", "ساحة الكرامة") in typed(evs)


def test_firing_on_protesters_keeps_the_place_of_the_shooting():
    """"أطلقوا النار على محتجين أمام X": the protesters as the object do not cut the strike's scope."""
    evs = events_of("أطلق عناصر الأمن النار على محتجين في مدينة شهبا، ما أدى إلى إصابة اثنين.", "2023-09-13")
    assert {("attack", "شهبا"), ("protest", "شهبا")} <= typed(evs)
    assert {e.actor.side for e in evs if e.type == "attack"} == {"government"}


def test_the_strike_a_protest_condemns_is_no_event_of_its_own():
    """"تنديداً بالقصف"، "احتجاجاً على الغارات": the cause of the protest."""
    evs = events_of("خرج الآلاف في مظاهرة في مدينة القامشلي تنديدا بالقصف التركي.", "2022-11-25")
    assert typed(evs) == {("protest", "القامشلي")}
    evs = events_of("تظاهر أهالي مدينة عامودا احتجاجا على الغارات التي طالت المنطقة.", "2022-11-25")
    assert "attack" not in {e.type for e in evs}


def test_a_detainee_is_no_protester():
    """محتجز (detained) shares its first letters with محتج: it names no protest."""
    evs = events_of("أفرجت السلطات عن محتجزين في مدينة السويداء.")
    assert "protest" not in {e.type for e in evs}


def test_the_cause_after_a_protest_verb_is_no_event_of_its_own():
    """"احتج العشرات في X على اعتقال ناشط"، "تظاهروا ضد القصف": what they protest against."""
    evs = events_of("احتج العشرات في بلدة الأتارب على اعتقال طبيب من قبل الأمنيين.", "2024-05-01")
    assert typed(evs) == {("protest", "الأتارب")}
    evs = events_of("تظاهر المئات في مدينة عامودا ضد القصف الذي طال المنطقة.", "2022-11-26")
    assert typed(evs) == {("protest", "عامودا")}


def test_a_strike_of_work_told_by_the_perfect_of_adraba():
    evs = events_of("وأضرب أصحاب المحال في مدينة شهبا يوم أمس وأغلقوا أبوابها.")
    assert ("protest", "شهبا") in typed(evs)
    assert "attack" not in {e.type for e in evs}


def test_going_out_in_a_demonstration_is_a_protest_not_a_flight():
    """"خرج أهالي X في مظاهرة": خرج with a demonstration or a march is a protest; civilians leaving without
    one are still displaced."""
    evs = events_of("وخرج أهالي بلدة القريا في مظاهرة جابت شوارعها.")
    assert {(e.type, e.place.name) for e in evs} == {("protest", "القريا")}
    evs = events_of("وخرجت عائلات من بلدة القريا هربا من القصف.")
    assert "displacement" in {e.type for e in evs}


def test_a_vigil_and_the_verb_of_a_sit_in_are_protests():
    """"وقفة تضامنية/صامتة" and "اعتصم العشرات": protests; "وقفة قصيرة" is a pause."""
    assert ("protest", "إدلب") in typed(events_of("ونظم ناشطون وقفة صامتة في مدينة إدلب.", "2024-04-01"))
    assert ("protest", "شهبا") in typed(events_of("واعتصم العشرات في مدينة شهبا حتى المساء."))
    assert not events_of("وعقد الوفدان جلسة ثانية بعد وقفة قصيرة في مدينة شهبا.")
