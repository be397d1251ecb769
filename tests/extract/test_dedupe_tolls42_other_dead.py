"""Task tolls42: a toll kept apart because it counts another force's dead (dedupe:dead-apart) and whose inflicting
side the text leaves unstated is credited to the force whose dead the toll beside it counts, as the shared gold
annotates each side's toll, inflicted by the other (own sentences)."""
from __future__ import annotations

from tawatur.extract.dedupe import DEAD_APART, OTHER_DEAD
from tawatur.model import Article, Event
from tawatur.pipeline import analyze


def _tolls(text: str, day: str, place: str) -> list[Event]:
    evs = analyze(Article(id="s", raw=text, published=day)).events
    return [e for e in evs if e.type == "casualties" and e.place is not None and e.place.name == place]


def test_the_second_sides_toll_is_inflicted_by_the_first_sides_force() -> None:
    evs = _tolls("قصفت المقاتلات الروسية مواقع التنظيم في بلدة مهين وأوقعت عشرات القتلى في صفوف التنظيم.\nوأحصت"
                 " مصادر طبية مقتل خمسة عشر جندياً من قوات النظام في مهين منذ مطلع الأسبوع.", "2016-11-02", "مهين")
    apart = [e for e in evs if DEAD_APART in e.rule]
    assert [e.actor.side for e in apart] == ["isis"]
    assert apart[0].rule.endswith(OTHER_DEAD)


def test_a_toll_retold_keeps_its_side() -> None:
    evs = _tolls("قتل خمسة من عناصر قوات النظام بهجوم قرب بلدة مهين.\nوأكد مصدر طبي مقتل خمسة جنود في الهجوم.",
                 "2016-11-02", "مهين")
    assert len(evs) == 1 and OTHER_DEAD not in evs[0].rule
