"""An unnamed strike from the air in a story of a side that flew no aircraft (issue 12, lead, session 13): the
pro-drop guess from the story would give ISIS, the opposition or the SDF warplanes; until the fall of Damascus
such a strike is the Syrian Air Force's, in a story of the SDF the coalition's (extract/sides.tsv air_periods).
Sentences written for these tests, with invented details."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def air_sides(text: str, published: str) -> set[str]:
    evs = analyze(Article(id="air", raw=text, published=published)).events
    return {e.actor.side for e in evs if e.type == "attack" and ("الطيران" in e.evidence.text
                                                                  or "طائرات" in e.evidence.text)}


def test_warplanes_in_a_story_of_a_side_without_aircraft_are_the_air_force_s() -> None:
    isis = "سيطر مقاتلو تنظيم الدولة على حي الحويقة في دير الزور. وقالت مصادر إن الطيران الحربي شن غارات على الحي."
    assert air_sides(isis, "2016-04-12") == {"government"}
    rebels = "تقدمت كتائب الجيش الحر نحو بلدة خان طومان. وأغار الطيران الحربي على البلدة بعد ساعات."
    assert air_sides(rebels, "2013-09-03") == {"government"}


def test_warplanes_in_a_story_of_the_sdf_are_the_coalition_s() -> None:
    sdf = "دخلت قوات سوريا الديمقراطية حي الرومانية غربي الرقة. وشنت طائرات حربية غارات على حي البريد المجاور."
    assert air_sides(sdf, "2017-06-20") == {"usa"}


def test_a_drone_or_a_story_after_the_fall_keeps_the_guess() -> None:
    evs = analyze(Article(id="d", raw="هاجمت الفصائل مواقع في بلدة الهبيط. وقصفت طائرة مسيرة سيارة في البلدة.",
                          published="2019-08-14")).events
    assert {e.actor.side for e in evs if e.type == "attack"} == {"opposition"}
    later = "سيطرت قوات سوريا الديمقراطية على قرية الباغوز. وشنت طائرات حربية غارات على بلدة هجين."
    assert "usa" not in air_sides(later, "2025-03-01")


def test_raids_launched_by_a_named_striker_that_hit_a_place_are_its() -> None:
    # "شنت X غارات استهدفت Y": X launched the raids, and Y is where they hit
    for text, side in (("وشنت المقاتلات الإسرائيلية غارات استهدفت مقر هيئة الأركان في دمشق.", "israel"),
                       ("وشن الطيران الروسي غارات استهدفت بلدة كفرنبل.", "russia")):
        evs = analyze(Article(id="n", raw=text, published="2025-07-16")).events
        assert [(e.type, e.actor.side) for e in evs] == [("attack", side)], text


def test_the_army_in_a_foreign_speaker_s_report_is_that_country_s() -> None:
    def side_of(text: str) -> str:
        return analyze(Article(id="s", raw=text, published="2025-09-14")).events[0].actor.side
    assert side_of("وقالت وسائل إعلام إسرائيلية إن الجيش شن غارات على مواقع في محيط مدينة الكسوة.") == "israel"
    assert side_of("وقالت وزارة الدفاع التركية إن الجيش استهدف مواقع لقسد قرب بلدة تل رفعت.") == "turkey"
    assert side_of("وقالت وسائل إعلام إسرائيلية إن الجيش السوري انتشر في بلدة الكسوة.") == "government"
