"""Constructions behind the spurious events of long real-style articles that the probe22 first-sight measure showed
(bench/articles_probe22). Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2018-10-10") -> list[tuple[str, str, str]]:
    evs = analyze(Article(id="p22", raw=text, published=published)).events
    return [(e.type, e.polarity, e.place.name) for e in evs]


def test_a_condition_names_what_is_asked_for() -> None:
    assert events("وقال القيادي إن الفصائل ستلتزم بالهدنة، مشترطاً أن توقف القوات الحكومية قصفها لبلدة كفرنبودة.") == []
    assert events("وأبدى المجلس المحلي استعداده للتفاوض بشرط أن يتوقف القصف على مدينة داريا.", "2016-05-02") == []
    # a strike told before the condition, in its own clause, stays
    got = events("قصفت القوات الحكومية بلدة كفرنبودة، وقال القيادي إن الفصائل ستلتزم بالهدنة مشترطاً وقف القصف.")
    assert got == [("attack", "asserted", "كفرنبودة")]


def test_a_consequence_with_the_feminine_future_is_no_event() -> None:
    assert events("وقال الباحث إن خسارة مدينة إدلب ستعني نزوح مئات الآلاف نحو الحدود التركية.") == []


def test_the_spread_of_arms_is_no_deployment() -> None:
    assert events("ويشكو أهالي مدينة الصنمين من انتشار السلاح والفوضى منذ سنوات.", "2025-07-30") == []
    got = events("انتشرت قوات الأمن العام في مدينة الصنمين للحد من انتشار السلاح.", "2025-08-02")
    assert [(e[0], e[2]) for e in got] == [("deploy", "الصنمين")]


def test_the_two_villages_named_sentences_before() -> None:
    got = events("قصفت فصائل مسلحة قريتي أم الكيف والطويلة. وأصيب طفل في قرية أم الكيف. واندلعت اشتباكات على محور "
                 "قرية الدردارة. ونزحت عشرات العائلات من القريتين نحو مدينة الحسكة.", "2025-09-04")
    fled = {e[2] for e in got if e[0] == "displacement"}
    assert fled == {"أم الكيف", "الطويلة", "الحسكة"}
    # under its cue the town Al-Qaryatayn stays itself
    got = events("سيطر تنظيم داعش على مدينة القريتين في ريف حمص الشرقي.", "2015-08-06")
    assert [(e[0], e[2]) for e in got] == [("take_control", "القريتين")]


def test_the_quarters_of_the_capital_name_no_quarter() -> None:
    got = events("تتواصل الاشتباكات في عدد من أحياء العاصمة، وقال ناشطون إن القوات الحكومية قصفت حي التضامن.",
                 "2012-07-19")
    assert [e[2] for e in got] == ["التضامن"]


def test_about_an_hour_is_no_direction() -> None:
    got = events("واندلعت اشتباكات على محور قرية الدردارة استمرت نحو ساعة.", "2025-09-03")
    assert [(e[0], e[2]) for e in got] == [("attack", "الدردارة")]
    got = events("وفتحت الفصائل محوراً جديداً نحو بلدة خان طومان.", "2016-06-04")
    assert [(e[0], e[2]) for e in got] == [("advance", "خان طومان")]


def test_a_time_counted_from_the_uprising_tells_no_protest() -> None:
    got = events("واندلعت اشتباكات في حي القدم هي الأعنف منذ بدء الانتفاضة.", "2012-07-19")
    assert [(e[0], e[2]) for e in got] == [("attack", "القدم")]
    got = events("وخرجت مظاهرات في مدينة سراقب بعد عامين على اندلاع الثورة.", "2013-03-15")
    assert [(e[0], e[2]) for e in got] == [("protest", "سراقب")]


def test_fleeing_as_a_motive_takes_no_place_of_an_earlier_sentence() -> None:
    got = events("وقصفت القوات الحكومية حي كفرسوسة. وأضاف الناشطون أن عشرات العائلات نزحت من حي التضامن باتجاه حي "
                 "الميدان، هرباً من القصف.", "2012-07-19")
    assert len({e[2] for e in got if e[0] == "displacement"}) == 2 and "كفرسوسة" not in {e[2] for e in got if e[0] == "displacement"}
    # with where they fled from named after it, it is the flight's origin
    got = events("وصلت مئات العائلات إلى مدينة أعزاز هرباً من المعارك في ريف حلب الشمالي.", "2016-02-03")
    assert len([e for e in got if e[0] == "displacement"]) == 2


def test_where_the_shooters_are_stationed_is_no_target() -> None:
    got = events("قصفت فصائل مسلحة متمركزة في محيط مدينة رأس العين قرية أم الكيف.", "2025-09-03")
    assert [(e[0], e[2]) for e in got] == [("attack", "أم الكيف")]
    # presence told alone stays a deployment
    got = events("تتمركز القوات التركية في محيط مدينة رأس العين.", "2025-06-01")
    assert [e[0] for e in got] == ["deploy"]


def test_determined_to_is_an_intention() -> None:
    got = events("وأكد قائد في الجيش السوري أن قواته عازمة على استعادة مدينة تدمر.", "2015-03-01")
    assert [(e[0], e[1], e[2]) for e in got] == [("take_control", "expected", "تدمر")]
