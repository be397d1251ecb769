"""A place declared clear of militants (issue 12, recall of fold O): the declarer holds it. Sentences written
for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str) -> set[tuple[str, str, str, str]]:
    return {(e.type, e.polarity, e.place.name, e.actor.side)
            for e in analyze(Article(id="t", raw=text, published="2016-08-13")).events}


def test_declaring_a_place_clear_of_militants_is_a_takeover_by_the_declarer():
    assert events("وأعلن الجيش السوري بلدة مضايا خالية من المسلحين.") == \
        {("take_control", "asserted", "مضايا", "government")}
    assert events("وأعلنت وحدات حماية الشعب مدينة منبج خالية من عناصر التنظيم.") == \
        {("take_control", "asserted", "منبج", "sdf")}


def test_a_declaration_awaited_is_expected():
    got = events("وبانتظار أن تعلن مدينة دوما خالية من الإرهابيين.")
    assert {e[:3] for e in got} == {("take_control", "expected", "دوما")}


def test_a_place_described_as_empty_is_no_event():
    assert not events("وباتت بلدة مضايا خالية من السكان.")
    assert not events("وأعلن المجلس أن بلدة مضايا خالية من الكهرباء منذ شهر.")
