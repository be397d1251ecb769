"""What an agreement sets out, where and whose (issue 12, GUIDELINES "Agreements" and "Locators"). A
"having" phrase after towns ("ذات الغالبية الكردية") describes them: the place after it still only locates
them. A force that merely holds something a term names ("معتقل لدى الحكومة") is no party to the deal.
Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze

HEAD = "أخبار البلدات\n\n"


def events_of(text: str):
    return analyze(Article(id="a", raw=HEAD + text, published="2017-04-19")).events


def test_a_having_phrase_does_not_cut_towns_from_their_locator():
    evs = events_of("وينص الاتفاق على إخراج أهالي قريتي نبل والزهراء ذات الغالبية الشيعية بريف حلب.")
    places = {e.place.name for e in evs if e.type == "displacement"}
    assert places == {"نبل", "الزهراء"}


def test_a_force_holding_detainees_is_no_party_to_the_ceasefire():
    evs = events_of("ويتضمن الاتفاق إطلاق سراح عشرات المعتقلين لدى الحكومة السورية، وإدخال المساعدات، "
                    "ووقف إطلاق النار في مدينة إدلب.")
    got = {(e.type, e.polarity, e.place.name, e.actor.side) for e in evs if e.type == "other"
           and e.place.name == "إدلب"}
    assert got == {("other", "expected", "إدلب", "unknown")}
