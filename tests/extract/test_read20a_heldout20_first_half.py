"""Constructions read in heldout20's first half (task read20a): the coming weekday of a planned event, a strike
opened by the ف of consequence on persons placed one clause back, "أسفرت عن تحييدهم", a counterfactual ("كان
سيـ"), an attacking group named by its participle, examples after "ومن بينها", a concentration noun ("أكبر
تجمع"). Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def run(text: str, published: str = "2025-09-09"):
    return analyze(Article(id="r20a", raw=text, published=published)).events


def events(text: str, published: str = "2025-09-09") -> set[tuple[str, str, str]]:
    return {(e.type, e.polarity, e.place.name) for e in run(text, published)}


def test_planned_weekday_is_the_coming_one() -> None:
    # 2025-09-09 is a Tuesday: the planned Thursday is the 11th, the past one the 4th
    got = run("ومن المقرر أن يعقد اجتماع للمصالحة يوم الخميس في بلدة الشحيل")
    assert [(e.type, e.polarity, e.date.value) for e in got] == [("other", "expected", "2025-09-11")]
    got = run("وعقد اجتماع للمصالحة يوم الخميس في بلدة الشحيل")
    assert [(e.type, e.polarity, e.date.value) for e in got] == [("other", "asserted", "2025-09-04")]


def test_strike_on_persons_placed_one_clause_back() -> None:
    text = "ورصدت الطائرات مسلحين في محيط بلدة تل تمر، فاستهدفتهم المدفعية التركية بضربات أسفرت عن تحييدهم جميعا"
    got = {(e.type, e.actor.side) for e in run(text, "2025-03-11") if "تل تمر" in e.place.name}
    assert got == {("attack", "turkey"), ("casualties", "turkey")}
    # a verb with its own object names its own place
    got = events("رصدت الطائرات مسلحين في بلدة تل تمر، فقصفت المدفعية التركية بلدة عين عيسى", "2025-03-11")
    assert got == {("attack", "asserted", "عين عيسى")}
    # keeping them out of a conflict kills no one
    assert events("وتسعى أنقرة إلى تحييدهم عن الصراع الدائر في بلدة تل تمر", "2025-03-11") == set()


def test_counterfactual_gives_nothing() -> None:
    assert events("وقال المسؤول إن أي تأخير في الحملة كان سيتيح للمسلحين شن هجمات داخل مدينة حمص") == set()
    assert events("وكانت سيارة مفخخة انفجرت في مدينة حمص") == {("attack", "asserted", "حمص")}


def test_attacking_group_named_by_its_participle() -> None:
    text = 'ونقلت وسائل إعلام رسمية عن قائد الشرطة في منطقة القلمون قوله إن "المجموعة المهاجمة معروفة لدينا"'
    assert events(text) == set()
    # the participle of a force that takes places keeps the verb's scope
    got = events("وسيطرت القوات المهاجمة على بلدتي زملكا وعربين")
    assert got == {("take_control", "asserted", "زملكا"), ("take_control", "asserted", "عربين")}


def test_examples_after_min_baynaha() -> None:
    text = "في إشارة إلى هجمات شنها مسلحون على حواجز في ريف إدلب، ومن بينها هجوم على حاجز في بلدة أريحا"
    assert events(text) == {("attack", "asserted", "أريحا")}


def test_largest_concentration_is_no_protest() -> None:
    assert events("وتحول مخيم الهول لاحقا إلى أكبر تجمع لعائلات مقاتلي التنظيم") == set()
    assert events("وتجمع أهالي بلدة الهول أمام المخفر مطالبين بالإفراج عن أبنائهم") == {
        ("protest", "asserted", "الهول")}
