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


def test_killed_by_fire_is_a_shooting() -> None:
    got = {(e.type, e.actor.side) for e in run("وقتل مزارع بنيران إسرائيلية قرب قرية الرفيد", "2025-10-01")}
    assert got == {("attack", "israel"), ("casualties", "israel")}
    assert events("واندلعت النيران في منزل بقرية الرفيد بعد ماس كهربائي", "2025-10-01") == set()


def test_post_of_a_force_is_the_target_not_the_agent() -> None:
    got = [(e.type, e.actor.side) for e in run("واستهدف هجوم مسلح ليل أمس مفرزة للأمن العام قرب بلدة كفرنبودة", "2025-03-01")]
    assert got == [("attack", "unknown")]
    got = [(e.type, e.actor.side) for e in run("وشنت مفرزة للأمن العام هجوما على مسلحين في بلدة كفرنبودة", "2025-03-01")]
    assert got == [("attack", "government")]


def test_joined_clash_verb_takes_the_named_subject() -> None:
    text = "وقالت المصادر إن قوات الأمن العام داهمت منزلا في بلدة زملكا واشتبكت مع مسلحين"
    assert {(e.type, e.actor.side) for e in run(text, "2025-07-15")} == {("other", "government"),
                                                                         ("attack", "government")}


def test_object_pronoun_after_witness_clause_is_the_town_just_taken() -> None:
    text = ("وشهد ريف الرقة الشمالي في آب 2019 معارك بين قسد ومقاتلين من العشائر، سيطر خلالها مقاتلو العشائر على "
            "بلدة سلوك قبل أن تستعيدها قسد")
    got = {(e.type, e.place.name, e.actor.side) for e in run(text, "2023-09-01")}
    assert ("take_control", "سلوك", "sdf") in got
    assert not any(t == "take_control" and "الرقة" in n for t, n, _ in got)


def test_among_them_reaches_past_a_target_and_its_owner() -> None:
    text = ("وتأتي الحادثة بعد سلسلة هجمات نفذها مجهولون على نقاط أمنية في ريف حماة الشمالي، ومن بينها هجوم على مفرزة أمنية "
            "في بلدة كفرنبودة")
    assert events(text, "2025-03-01") == {("attack", "asserted", "كفرنبودة")}


def test_present_relative_on_a_force_is_status() -> None:
    text = ("وامتدت الاشتباكات إلى بلدة الشحيل. وفرضت قوات سوريا الديمقراطية، التي تسيطر على هذه المنطقة منذ سنوات، "
            "حظر تجول في البلدة")
    assert events(text) == {("attack", "asserted", "الشحيل"), ("other", "asserted", "الشحيل")}
    got = events("وأعلنت قوات سوريا الديمقراطية التي سيطرت على بلدة الشحيل أمس فرض حظر تجول فيها")
    assert ("take_control", "asserted", "الشحيل") in got


def test_deal_term_kept_beside_a_takeover_of_another_year() -> None:
    text = ("وبحسب المسؤول، فإن التفاهم يقضي بتسلم وزارة الداخلية إدارة مخيم الهول في غضون أسبوعين. وكانت قسد قد سيطرت على مخيم "
            "الهول في 2019")
    got = {(e.type, e.polarity, e.actor.side) for e in run(text, "2026-02-03")}
    assert got == {("take_control", "expected", "government"), ("take_control", "asserted", "sdf")}
    text = ("وبحسب المسؤول، فإن التفاهم يقضي بتسلم وزارة الداخلية إدارة مخيم الهول في غضون أسبوعين. وتسلمت الحكومة إدارة مخيم "
            "الهول صباح اليوم")
    assert {(e.type, e.polarity) for e in run(text, "2026-02-03")} == {("take_control", "asserted")}


def test_fighters_leaving_under_a_sponsored_deal_are_not_the_sponsor() -> None:
    text = ("ووقعت لجنة من وجهاء الضمير صيف 2018 اتفاق مصالحة برعاية روسية، خرج بموجبه قرابة ألف مسلح من البلدة "
            "باتجاه إدلب")
    got = {(e.type, e.actor.side) for e in run(text, "2025-10-21")}
    assert got == {("other", "russia"), ("withdraw", "opposition")}
    text = ("ووقعت لجنة من وجهاء الضمير صيف 2018 اتفاق مصالحة برعاية روسية، وانتشرت الشرطة العسكرية الروسية في "
            "البلدة")
    assert {(e.type, e.actor.side) for e in run(text, "2025-10-21")} == {("other", "russia"), ("deploy", "russia")}



def test_bare_definite_force_is_the_force_named_before() -> None:
    text = "توغلت قوة إسرائيلية في قرية الرفيد. ونفى المحافظ وقوع اشتباك مسلح بين القوة وأهالي الرفيد"
    got = {(e.type, e.polarity, e.actor.side) for e in run(text, "2026-02-24")}
    assert got == {("enter", "asserted", "israel"), ("attack", "denied", "israel")}
