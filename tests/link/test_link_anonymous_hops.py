"""An anonymous source stays anonymous when the reader names whom it belongs to ("مصدر في وزارة الدفاع",
"مسؤول أمريكي", "مصادر عسكرية روسية"): the agency that quoted it is the chain's origin, so its copies
that quote no one are the same chain. Arabic written for these tests; the articles run through the
whole pipeline."""
from __future__ import annotations

from tawatur.link import Linker
from tawatur.link.sources import anonymous
from tawatur.model import Article
from tawatur.pipeline import analyze

AGENCY_SOURCE = ("نقلت وكالة الأناضول عن مصدر في وزارة الدفاع السورية أن مسيّرة مجهولة قصفت مستودعاً "
                 "للذخيرة في مدينة تدمر صباح اليوم.")
AGENCY_ALONE = "ذكرت الأناضول أن مسيّرة مجهولة قصفت مستودعاً للذخيرة في مدينة تدمر صباح اليوم."
WIRE_OFFICIAL = "قال مسؤول أمريكي لوكالة رويترز إن مسيّرة قصفت مستودعاً للذخيرة في تدمر اليوم."
WIRE_SOURCES = "نقلت رويترز عن مصادر عسكرية روسية أن مسيّرة قصفت مستودعاً في تدمر اليوم."
MONITOR = "قال المرصد السوري لحقوق الإنسان في بيان إن مسيّرة قصفت مستودعاً للذخيرة في تدمر اليوم."


def _read(aid: str, text: str) -> Article:
    return analyze(Article(id=aid, raw=text, outlet=f"outlet-{aid}.net", published="2025-04-08"))


def test_a_qualified_anonymous_label_is_anonymous_and_a_named_body_is_not() -> None:
    assert anonymous("Syrian Ministry of Defence source") and anonymous("US officials")
    assert anonymous("Russian military sources") and anonymous("military source")
    assert not anonymous("Syrian Ministry of Defence") and not anonymous("Anadolu")


def test_copies_of_one_agency_are_one_chain_whoever_it_quoted() -> None:
    texts = {"a": AGENCY_SOURCE, "b": AGENCY_ALONE, "c": WIRE_OFFICIAL, "d": WIRE_SOURCES, "e": MONITOR}
    lk = Linker()
    lk.add([_read(aid, text) for aid, text in texts.items()])
    [me] = [m for m in lk.analysis().merged_events if m.type == "attack"]
    assert len(me.articles) == 5
    assert me.n_chains == 3  # Anadolu, Reuters, the monitor
    assert sorted(c[0] for c in me.chains) == ["Anadolu", "Reuters", "Syrian Observatory for Human Rights"]
