"""A clash whose sentence states its dead ("قتل أربعة ... خلال اشتباك") carries the number of the toll;
two outlets that differ on the toll differ on the casualties, once, not also on the clash. Arabic written
for these tests; the articles run through the whole pipeline."""
from __future__ import annotations

from tawatur.link import Linker
from tawatur.link.contradictions import is_toll_echo
from tawatur.model import Article
from tawatur.pipeline import analyze

FOUR = "قتل أربعة من عناصر الشرطة خلال اشتباك مع مسلحين في مدينة نوى اليوم."
SIX = "قتل ستة من عناصر الشرطة اليوم خلال اشتباك مع مسلحين في مدينة نوى."


def _read(aid: str, outlet: str, text: str) -> Article:
    return analyze(Article(id=aid, raw=text, outlet=outlet, published="2019-05-02"))


def test_the_clash_carries_the_toll_of_its_sentence() -> None:
    art = _read("a", "o1", FOUR)
    [clash] = [e for e in art.events if e.type == "attack"]
    assert clash.quantity and is_toll_echo(clash, art)
    assert not any(is_toll_echo(e, art) for e in art.events if e.type == "casualties")


def test_tolls_that_differ_are_one_contradiction_on_the_casualties() -> None:
    lk = Linker()
    lk.add([_read("a", "o1", FOUR), _read("b", "o2", SIX)])
    an = lk.analysis()
    kinds = {me.type: [c.kind for c in an.contradictions if c.merged_event == me.id]
             for me in an.merged_events}
    assert kinds == {"attack": [], "casualties": ["quantity"]}
