"""A targeting verb with no subject of its own, after a strike noun a named force launched earlier in the same
sentence ("وكان الجيش التركي قد شن حملة جوية واسعة استهدفت X"), is the launcher's strike (task sides20): the
side is no longer the story's guess. Sentences written for these tests, with invented details."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def side_at(text: str, published: str, place: str) -> set[str]:
    evs = analyze(Article(id="ln", raw=text, published=published)).events
    return {e.actor.side for e in evs if e.type == "attack" and e.place is not None and place in e.place.name}


def test_a_campaign_launched_before_qad_is_the_launcher_s() -> None:
    text = ("انتشرت قوات سوريا الديمقراطية في قرية تل تمر. وكان الجيش التركي قد شن في آب الماضي حملة جوية "
            "واسعة استهدفت محطات كهرباء في ريف القامشلي.")
    assert side_at(text, "2019-06-02", "القامشلي") == {"turkey"}


def test_raids_launched_by_named_aircraft_across_a_comma_are_theirs() -> None:
    text = ("تقدمت فصائل المعارضة نحو بلدة كفرنبودة. وقالت مصادر محلية إن طائرات حربية روسية شنت فجر اليوم "
            "غارات مكثفة من اتجاه البحر، استهدفت مدينة معرة النعمان.")
    assert side_at(text, "2019-05-20", "معرة النعمان") == {"russia"}


def test_rockets_launched_by_the_opposition_are_theirs_in_a_story_of_the_army() -> None:
    text = ("سيطرت قوات النظام على قرية تل ملح. وكانت فصائل المعارضة قد شنت قبل يومين هجمات صاروخية "
            "استهدفت أحياء في مدينة حلب.")
    assert side_at(text, "2016-08-11", "حلب") == {"opposition"}
