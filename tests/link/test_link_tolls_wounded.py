"""A count of the wounded is no fatality: it is marked on the event, never summed into a toll, and
compared only with other counts of the wounded (Arabic written for these tests)."""
from __future__ import annotations

from tawatur.link import Linker
from tawatur.model import Article
from tawatur.pipeline import analyze
from tawatur.report.i18n import english_sentence

WOUNDED = "أصيب 25 مدنياً بجروح في قصف مدفعي استهدف بلدة كفرنبل جنوبي إدلب صباح اليوم."
DEAD = "قتل ثلاثة مدنيين في قصف مدفعي استهدف بلدة كفرنبل جنوبي إدلب صباح اليوم."
BOTH = "أسفر قصف مدفعي على بلدة كفرنبل جنوبي إدلب صباح اليوم عن إصابة 12 شخصاً ومقتل اثنين."


def _read(aid: str, text: str, outlet: str) -> Article:
    return analyze(Article(id=aid, raw=text, outlet=outlet, published="2019-05-01"))


def _tolls(art: Article) -> list[tuple[str, str]]:
    return [(e.quantity, e.quantity_of) for e in art.events if e.type == "casualties"]


def test_the_extractor_says_what_a_toll_counts():
    assert _tolls(_read("w", WOUNDED, "one.example")) == [("25", "wounded")]
    assert _tolls(_read("d", DEAD, "two.example")) == [("3", "dead")]
    # the wounded's word with the dead's count beside it: the toll is the dead's
    assert _tolls(_read("b", BOTH, "three.example")) == [("2", "dead")]


def test_a_count_of_the_wounded_adds_no_fatality_nor_contradicts_a_count_of_the_dead():
    lk = Linker()
    lk.add([_read("w", WOUNDED, "one.example"), _read("d", DEAD, "two.example")])
    an = lk.analysis()
    wounded = next(e for e in an.events if e.article == "w" and e.type == "casualties")
    dead = next(e for e in an.events if e.article == "d" and e.type == "casualties")
    assert wounded.cluster == dead.cluster  # one event at Kafr Nabl that morning
    assert (wounded.fatalities, dead.fatalities) == (0, 3)
    merged = next(m for m in an.merged_events if m.id == dead.cluster)
    assert merged.fatalities == 3
    assert not [c for c in an.contradictions if c.kind == "quantity" and c.merged_event == merged.id]


def test_reports_of_the_wounded_that_differ_are_a_contradiction_of_their_own():
    other = WOUNDED.replace("25", "40")
    lk = Linker()
    lk.add([_read("w", WOUNDED, "one.example"), _read("w2", other, "two.example")])
    an = lk.analysis()
    found = [c for c in an.contradictions if c.kind == "quantity"]
    assert len(found) == 1 and "wounded" in found[0].note
    assert all(e.fatalities == 0 for e in an.events)


def test_the_english_line_says_wounded_for_a_count_of_the_wounded():
    item = {"type": "casualties", "polarity": "asserted", "place_en": "Kafr Nabl", "quantity": "25",
            "quantity_of": "wounded", "sources": [], "outlets": []}
    assert "25 people were wounded in Kafr Nabl" in english_sentence(item)
    assert "25 people were killed" in english_sentence({**item, "quantity_of": "dead"})
