"""Clause boundaries with no mark before them (task scope40): a subordinator, a consequence or a relative of persons
opens a clause of its own, and a trigger's place does not come from it; a denial does not reach over a linker of
contrast. Sentences written for these tests, read as eval/GUIDELINES.md decides them."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events_of(text: str, published: str = "2019-05-10") -> list:
    return analyze(Article(id="s", raw=text, published=published)).events


def found(evs) -> set[tuple[str, str, str]]:
    return {(e.type, e.place.name if e.place else "", e.polarity) for e in evs}


def places(evs) -> set[str]:
    return {e.place.name for e in evs if e.place}


def test_a_place_after_a_subordinator_is_the_next_clauses():
    """"فيما"، "بينما"، "عندما"، "إذ" with a subject of their own: the place there is not the strike's."""
    evs = events_of("قصفت المدفعية بلدة كفرنبل فيما كان الأهالي يحتفلون في ساحة مدينة معرة النعمان")
    assert ("attack", "كفرنبل", "asserted") in found(evs)
    assert not any("معرة النعمان" in p for p in places(evs))
    evs = events_of("دوت انفجارات عنيفة قرب الحدود عندما كان المزارعون يعملون في حقول بلدة سلقين")
    assert "سلقين" not in places(evs)
    evs = events_of("داهمت دورية أمنية منزلاً في بلدة جاسم إذ كان صاحبه يقيم منذ سنوات في مدينة دمشق")
    assert "دمشق" not in places(evs)


def test_a_consequence_and_a_relative_of_persons_end_the_arguments():
    evs = events_of("استهدفت غارة جوية بلدة التمانعة ما أدى إلى انقطاع التيار عن مدينة خان شيخون")
    assert ("attack", "التمانعة", "asserted") in found(evs)
    assert "خان شيخون" not in places(evs)
    evs = events_of("قصفت طائرات مسيرة تجمعاً لمقاتلين الذين وصلوا قبل أيام من مدينة إدلب")
    assert "إدلب" not in places(evs)


def test_a_shared_subject_list_or_a_comma_keeps_the_place():
    """كان + an imperfect verb with no subject of its own tells the trigger's own people where they were; a list
    that goes on after a relative's comma, and an opener after a comma, are read as before."""
    evs = events_of("أصيب شاب برصاص قناص بينما كان يرعى الأغنام قرب بلدة التمانعة")
    assert ("casualties", "التمانعة", "asserted") in found(evs)
    evs = events_of("انسحب عناصر الفصيل الذين كانوا يتمركزون في بلدة كفرنبودة")
    assert ("withdraw", "كفرنبودة", "asserted") in found(evs)
    evs = events_of("سيطرت الفصائل على قرية الزلاقيات وتل ملح الذي يطل على عدة قرى، ومورك")
    assert {"الزلاقيات", "مورك"} <= places(evs)
    evs = events_of("وتوزع القتلى على بلدة حاس وقرية كفرومة، فيما توزع الجرحى على بلدتي كفرنبل وحيش")
    assert {"حاس", "كفرنبل", "حيش"} <= places(evs)


def test_a_denial_stops_at_a_linker_of_contrast():
    evs = events_of("نفى مصدر عسكري انسحاب قواته من بلدة حلفايا بينما سيطرت الفصائل على قرية الزلاقيات")
    assert ("withdraw", "حلفايا", "denied") in found(evs)
    assert ("take_control", "الزلاقيات", "asserted") in found(evs)
    evs = events_of("نفت وزارة الدفاع قصف طائراتها بلدة كفرنبل فيما قصفت المدفعية بلدة حاس")
    assert ("attack", "كفرنبل", "denied") in found(evs)
    assert ("attack", "حاس", "asserted") in found(evs)
    evs = events_of("نفت الفصائل قصف مدينة محردة مما أدى إلى مقتل مدنيين")
    assert ("casualties", "محردة", "denied") in found(evs)


def test_an_expectation_or_terms_stop_at_a_contrast_that_tells_a_fact():
    """A perfect verb after "بينما"/"فيما" tells what happened; an imperfect verb goes on with the terms."""
    evs = events_of("يتوقع أن تنسحب القوات من بلدة كفرنبودة بينما انتشرت الشرطة العسكرية في قرية الحماميات")
    assert ("withdraw", "كفرنبودة", "expected") in found(evs)
    assert ("deploy", "الحماميات", "asserted") in found(evs)
    evs = events_of("تستعد قوات النظام لاقتحام بلدة كفرنبودة فيما قصفت الطائرات الروسية قرية الهبيط")
    assert ("attack", "الهبيط", "asserted") in found(evs)
    evs = events_of("يقضي الاتفاق بانسحاب الفصائل من بلدة كفرنبودة فيما تدخل دورية روسية قرية الحماميات")
    assert ("enter", "الحماميات", "expected") in found(evs)


def test_the_wounded_of_a_contrast_clause_keep_their_own_count():
    evs = events_of("قتل ثلاثة مدنيين بقصف على بلدة كفرنبل بينما أصيب خمسة آخرون في بلدة حاس")
    counts = {e.place.name: e.quantity for e in evs if e.type == "casualties" and e.place}
    assert counts.get("حاس") == "5" and counts.get("كفرنبل") == "3"


def test_another_with_a_preposition_is_gapped_and_keeps_the_trigger():
    """"وآخر في Y"، "وأخرى على Y": one more of what the trigger told, at a place of its own."""
    evs = events_of("قتل مدني في بلدة كفرنبل وآخر في بلدة حاس")
    assert {("casualties", "كفرنبل", "asserted"), ("casualties", "حاس", "asserted")} <= found(evs)
    evs = events_of("سقطت قذيفة على حي الحمدانية وأخرى على حي صلاح الدين")
    assert {("attack", "الحمدانية", "asserted"), ("attack", "صلاح الدين", "asserted")} <= found(evs)
