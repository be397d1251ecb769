"""Constructions of whole 2025-2026 articles in real outlets' shapes that the probe20 first-sight measure showed
(bench/articles_probe20). Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2025-09-09") -> list[tuple[str, str, str, str]]:
    evs = analyze(Article(id="p20", raw=text, published=published)).events
    return [(e.type, e.polarity, e.place.name, e.actor.side) for e in evs]


def test_the_fallen_regime_is_no_agent_and_ends_no_scope() -> None:
    got = events("وتوغلت القوات الإسرائيلية أمس لأول مرة منذ سقوط نظام الأسد في ريف القنيطرة.")  # (a habit: none, conv33)
    assert [(e[0], e[3]) for e in got] == [("enter", "israel")]
    got = events("وتنتشر القوات التركية منذ سقوط نظام الأسد في مدينة منبج.", "2025-06-01")
    assert [(e[0], e[2], e[3]) for e in got] == [("deploy", "منبج", "turkey")]


def test_the_bare_occupier_is_the_one_named_before() -> None:
    got = events("قصفت مدفعية جيش الاحتلال التركي قرية تل جمعة. وتستمر الهجمات التي يشنها جيش الاحتلال ومرتزقته "
                 "على محيط سد تشرين.", "2025-01-08")
    assert {e[3] for e in got} == {"turkey"}
    # alone, or after the Israeli occupier, it stays Israel's army
    assert {e[3] for e in events("قصف جيش الاحتلال أطراف بلدة كودنة في ريف القنيطرة.", "2025-03-16")} == {"israel"}
    got = events("توغلت قوات الاحتلال الإسرائيلي في بلدة جباتا الخشب. وقالت مصادر إن قوات الاحتلال اعتقلت شابين "
                 "في البلدة.", "2025-03-15")
    assert {e[3] for e in got} == {"israel"}


def test_reinforcements_deploy_nowhere_at_their_origin() -> None:
    got = events("هاجم مسلحون حاجزاً عند مدخل بلدة سلحب. وقال أحد السكان إن الاشتباك استمر ساعة، قبل أن تصل "
                 "تعزيزات من مدينة مصياف وتطوق البلدة.", "2025-12-16")
    assert "مصياف" not in [e[2] for e in got]
    assert ("advance", "سلحب") in [(e[0], e[2]) for e in got]
    got = events("هاجم مسلحون حاجزاً عند مدخل بلدة سلحب. وقال أحد السكان إن الاشتباك استمر ساعة، قبل أن تصل "
                 "تعزيزات من مدينة مصياف إلى البلدة.", "2025-12-16")
    assert [(e[0], e[2]) for e in got if e[0] == "deploy"] == [("deploy", "سلحب")]
    # with where they arrived named, they deploy there
    assert [(e[0], e[2]) for e in events("وصلت تعزيزات عسكرية من دمشق إلى مدينة حمص.")] == [("deploy", "حمص")]


def test_a_military_hill_without_a_name_is_at_its_town() -> None:
    got = events("استهدفت غارات إسرائيلية الشهر الماضي تلة عسكرية قرب مدينة الكسوة، قتل فيها ستة جنود.")
    assert {e[2] for e in got} == {"الكسوة"}
    got = events("سيطرت القوات على تلة الحمرا قرب بلدة كفرنبودة.", "2019-09-09")
    assert [e[2] for e in got] == ["تلة الحمرا"]


def test_a_fronted_subject_names_where_people_fled_from() -> None:
    got = events("وأضاف أن عشرات العائلات من قريتي الثعلة وولغا نزحت نحو مدينة السويداء.", "2025-07-21")
    assert len([e for e in got if e[0] == "displacement"]) == 3
    assert "السويداء" in [e[2] for e in got]
    # a return is at its destination only
    got = events("بدأت عائلات نازحة من بلدة اللطامنة العودة إلى منازلها في مدينة مورك.", "2025-11-02")
    assert [(e[0], e[2]) for e in got] == [("displacement", "مورك")]


def test_a_joined_nearness_word_opens_a_second_place() -> None:
    got = events("أغارت الطائرات الإسرائيلية ليلاً على مواقع في منطقة قطنا وقرب بلدة سعسع.")
    assert sorted(e[2] for e in got) == ["سعسع", "قطنا"]
    # without "و" it stays a locator
    got = events("استهدفت طائرة مسيرة حاجزاً في بلدة خان أرنبة قرب مدينة القنيطرة.", "2025-06-14")
    assert [e[2] for e in got] == ["خان أرنبة"]


def test_a_span_after_moves_the_last_named_day_on() -> None:
    a = analyze(Article(id="p20", published="2025-07-21", raw="اندلعت المواجهات في الثالث عشر من تموز في حي المقوس. "
                        "ودخلت قوات وزارة الدفاع إلى مدينة السويداء بعد يومين."))
    assert [(e.type, e.date.value) for e in a.events] == [("attack", "2025-07-13"), ("enter", "2025-07-15")]
    a = analyze(Article(id="p20", published="2025-07-21", raw="انسحبت القوات من بلدة مورك أمس بعد يومين من المعارك."))
    assert [e.date.value for e in a.events] == ["2025-07-20"]


def test_a_speakers_unit_is_no_antecedent() -> None:
    text = ("هجوم لتنظيم الدولة في ريف دير الزور\nنيوز - دير الزور\nقتل جنديان إثر هجوم على نقطة عسكرية قرب بلدة "
            "البوليل في ريف دير الزور الشرقي.\nوقال مصدر عسكري في الفرقة 86 إن المهاجمين انسحبوا.\nوأضاف المصدر أن "
            "وحدات من الجيش استقدمت تعزيزات إلى المنطقة.")
    got = events(text, "2025-11-20")
    assert [(e[0], e[2]) for e in got if e[0] == "deploy"] == [("deploy", "البوليل")]


def test_a_cause_after_what_a_place_witnessed_takes_the_place() -> None:
    got = events("وكانت مدينة صحنايا قد شهدت في آذار الماضي توتراً مماثلاً إثر مقتل عنصر من الأمن العام.", "2025-04-29")
    assert [(e[0], e[2]) for e in got] == [("casualties", "صحنايا")]


def test_the_owner_of_an_ambushed_patrol_is_no_agent() -> None:
    got = events("قتل أربعة عناصر في كمين نصب لدورية للأمن العام قرب مدينة اللاذقية.", "2025-03-09")
    assert {e[3] for e in got} == {"unknown"}
    got = events("نصبت قوات الأمن العام كميناً لمهربين قرب بلدة حوش السيد علي.", "2025-03-20")
    assert [e[3] for e in got] == ["government"]


def test_a_patrol_that_arrests_is_no_deployment() -> None:
    got = events("وفي مدينة الميادين، ألقت دورية للأمن العام ظهر اليوم القبض على شخصين يشتبه بتعاونهما مع خلايا التنظيم.",
                 "2025-11-20")
    assert [(e[0], e[2]) for e in got] == [("other", "الميادين")]


def test_a_flight_joined_to_a_strikes_toll_left_the_place_struck() -> None:
    got = events("قصفت الفصائل بلدة دير حافر بقذائف الهاون، ما أدى إلى إصابة ثلاثة مدنيين بينهم طفلة، ونزوح عشرات "
                 "العائلات نحو مدينة الطبقة.", "2026-01-15")
    assert sorted(e[2] for e in got if e[0] == "displacement") == ["الطبقة", "دير حافر"]
