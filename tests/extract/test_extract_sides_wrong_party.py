"""The owner of a shot-down aircraft is not its shooter (task sides16): a row that matches its verb's object
("أسقط … طائرة", flag patient_matched) leaves the force named on that object ("طائرة سورية") out of the
agents; a subject inside the row's gap ("أسقطت الفصائل طائرة") still is one."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def side_of(text: str, day: str, etype: str, place: str) -> str | None:
    evs = analyze(Article(id="s", raw=text, published=day)).events
    return next((e.actor.side for e in evs if e.type == etype and e.place and e.place.name == place), None)


def test_speaker_pronoun_shoots_down_a_foreign_aircraft() -> None:
    text = "وقال الجيش الإسرائيلي إنه أسقط طائرة مسيرة سورية فوق بلدة خان أرنبة."
    assert side_of(text, "2019-03-05", "attack", "خان أرنبة") == "israel"


def test_own_air_defence_shoots_down_an_aircraft_of_a_nationality() -> None:
    text = "وأعلنت وزارة الدفاع التركية أن دفاعاتها الجوية أسقطت طائرة حربية سورية قرب بلدة كسب."
    assert side_of(text, "2016-11-22", "attack", "كسب") == "turkey"
    text = "وقالت قوات سوريا الديمقراطية إنها أسقطت طائرة مسيرة تركية فوق بلدة تل تمر."
    assert side_of(text, "2019-11-02", "attack", "تل تمر") == "sdf"


def test_subject_inside_the_gap_is_still_the_agent() -> None:
    text = "وأسقطت فصائل المعارضة طائرة مروحية روسية فوق بلدة سراقب."
    assert side_of(text, "2016-08-01", "attack", "سراقب") == "opposition"


def test_the_downed_aircraft_told_again_keeps_its_own_side() -> None:
    text = ("وأسقط الجيش الإسرائيلي طائرة حربية سورية فوق هضبة الجولان.\n"
            "وقال مصدر عسكري سوري إن الطائرة كانت تقصف مواقع المسلحين في بلدة جملة.")
    assert side_of(text, "2018-07-24", "attack", "جملة") == "government"


def test_the_speakers_own_air_defences_shoot_down() -> None:
    text = "وقال الجيش السوري إن دفاعاته الجوية أسقطت طائرة إسرائيلية قرب مدينة تدمر."
    assert side_of(text, "2018-02-10", "attack", "تدمر") == "government"


def test_the_besieger_after_a_broken_siege_is_not_its_breaker() -> None:
    text = "وكانت قوات النظام قد كسرت في الشهر الماضي حصاراً فرضه تنظيم داعش على الأحياء الغربية لمدينة دير الزور."
    assert side_of(text, "2017-10-06", "other", "دير الزور") == "government"
    text = "وفكت فصائل المعارضة حصاراً فرضته قوات النظام على الأحياء الشرقية لمدينة حلب."
    assert side_of(text, "2016-08-07", "other", "حلب") == "opposition"
