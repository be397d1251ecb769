"""Task left28: constructions left over by session 20. A place after a district noun that follows a person's
title ("قائد منطقة X"، "مدير قطاع Y") names his office, no event place; an act of an unnamed force just after a
force's incursion is that force's; a toll "in the battle" falls at the clash told (not at a strike told since)
and, in the sentence of a takeover, at the town taken or the town that locates the posts taken. Sentences
written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2025-04-02") -> list[tuple[str, str, str]]:
    evs = analyze(Article(id="left28", raw=text, published=published)).events
    return [(e.type, e.place.name if e.place else "", e.actor.side) for e in evs]


def test_a_title_with_a_district_is_no_event_place() -> None:
    assert events("وصرح قائد منطقة إدلب في الجيش بأن مسلحين هاجموا نقطة عسكرية ليلاً") == []
    assert events("وذكر مدير قطاع حمص أن عبوة ناسفة انفجرت بسيارة عسكرية") == []


def test_the_district_stays_a_place_without_a_title() -> None:
    got = events("وقصفت المدفعية منطقة اللاذقية بعد منتصف الليل")
    assert any(t == "attack" and "اللاذقية" in p for t, p, _ in got)
    got = events("وقال قائد منطقة إدلب إن قواته انتشرت في بلدة سرمين")
    assert [p for t, p, _ in got if t == "deploy"] == ["سرمين"]


def test_an_unnamed_force_after_an_incursion_is_the_incursions() -> None:
    got = events("توغلت قوة إسرائيلية في بلدة الرفيد بريف القنيطرة. واعتقلت القوة شابين قرب البلدة")
    assert ("other", "الرفيد", "israel") in got


def test_a_named_force_keeps_its_side_after_an_incursion() -> None:
    got = events("توغلت قوة إسرائيلية في بلدة الرفيد بريف القنيطرة. واعتقلت دورية من الأمن العام شابين في مدينة "
                 "الصنمين")
    assert ("other", "الصنمين", "government") in got


def test_a_toll_in_the_clashes_falls_at_the_clash_not_at_a_later_strike() -> None:
    got = events("دارت اشتباكات عنيفة في قرية الكرك الشرقي. ثم قصفت المدفعية بلدة المسيفرة. وقتل أربعة مقاتلين "
                 "في الاشتباكات")
    tolls = [p for t, p, _ in got if t == "casualties"]
    assert tolls == ["الكرك الشرقي"]


def test_a_toll_in_the_battle_of_a_takeover_sentence() -> None:
    got = events("سيطرت الفصائل على بلدة تل حدية جنوب حلب، وقتل أكثر من 30 عنصراً من قوات النظام في المعركة",
                 "2016-02-01")
    assert [p for t, p, _ in got if t == "casualties"] == ["تل حدية"]


def test_a_toll_over_a_span_is_no_battle_of_the_sentence() -> None:
    got = events("سيطرت الفصائل على بلدة تل حدية جنوب حلب، وقتل 300 عنصر من قوات النظام في المعارك منذ بداية العام",
                 "2016-02-01")
    assert not any(t == "casualties" for t, _, _ in got)


def test_a_convoys_origin_is_not_the_city_it_stations_at() -> None:
    got = events("ووصل رتل من قوات الأمن العام من مدينة حمص إلى بلدة القصير وانتشر عند مداخل المدينة")
    assert [p for t, p, _ in got if t == "deploy" and p] and all("حمص" not in p for t, p, _ in got if t == "deploy")


def test_a_convoy_that_left_the_city_stationed_there_before() -> None:
    got = events("وغادر رتل لقوات الأمن العام مدينة حماة بعد أن تمركز أياماً عند مداخل المدينة")
    assert any(t == "deploy" and p == "حماة" for t, p, _ in got)


def test_past_nassa_opens_the_terms_of_the_deal_just_told() -> None:
    got = analyze(Article(id="left28", raw="وتوصلت الفعاليات الأهلية في بلدة الحراك إلى تسوية مع الحكومة. ونص الاتفاق "
                          "على تسليم السلاح الثقيل خلال عشرة أيام", published="2025-04-02")).events
    assert any(e.type == "other" and e.polarity == "expected" and e.place and e.place.name == "الحراك" for e in got)


def test_a_handover_told_done_after_a_deal_is_asserted() -> None:
    got = analyze(Article(id="left28", raw="وتوصلت الفعاليات الأهلية في بلدة الحراك إلى تسوية مع الحكومة، وسلم "
                          "المسلحون سلاحهم الثقيل مساء اليوم", published="2025-04-02")).events
    assert not any(e.polarity == "expected" for e in got)


def test_a_perfect_verb_joined_after_past_terms_is_done() -> None:
    got = analyze(Article(id="left28", raw="ونص اتفاق وقعته الحكومة مع الفصيل على خروج مقاتليه من بلدة داعل، وغادرت "
                          "دفعات منهم البلدة بالحافلات خلال الشهر", published="2025-04-02")).events
    assert any(e.type == "withdraw" and e.polarity == "asserted" for e in got)
    assert not any(e.type == "withdraw" and e.polarity == "expected" for e in got)


def test_counted_men_who_fell_in_the_clashes_are_a_toll_there() -> None:
    got = events("دارت اشتباكات في بلدة الحراك. وذكر مصدر محلي أن أربعة مقاتلين سقطوا في الاشتباكات")
    assert [p for t, p, _ in got if t == "casualties"] == ["الحراك"]


def test_those_who_fell_named_by_a_relative_clause_are_no_toll() -> None:
    got = events("دارت اشتباكات في بلدة الحراك. واستقبل المحافظ أسر الذين سقطوا في المعارك")
    assert not any(t == "casualties" for t, _, _ in got)
