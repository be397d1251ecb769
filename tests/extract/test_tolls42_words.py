"""Task tolls42: words the lexicons missed (own sentences; bench/sentences/tolls42.txt holds more)."""
from __future__ import annotations

from tawatur.model import Article, Event
from tawatur.pipeline import analyze


def _events(text: str, day: str = "2019-05-03") -> list[Event]:
    return list(analyze(Article(id="s", raw=text, published=day)).events)


def _at(evs: list[Event], etype: str, place: str) -> list[Event]:
    return [e for e in evs if e.type == etype and e.place is not None and place in e.place.name]


def test_passive_plural_of_wounding_is_a_toll() -> None:
    evs = _events("أكد مسعفون أن ستة أطفال جرحوا إثر انفجار عبوة ناسفة في بلدة الهبيط صباح اليوم")
    tolls = _at(evs, "casualties", "الهبيط")
    assert [e.quantity for e in tolls] == ["6"]


def test_reinforcing_told_in_the_future_is_an_expected_deployment() -> None:
    evs = _events("توقع مصدر ميداني أن الفرقة الرابعة ستعزز خطوطها حول بلدة كرناز مع اقتراب المعركة")
    assert [e.polarity for e in _at(evs, "deploy", "كرناز")] == ["expected"]


def test_weapon_systems_destroyed_and_units_sent_are_their_events() -> None:
    evs = _events("وأعلنت غرفة العمليات تدمير منظومتين للدفاع الجوي في بلدة كرناز")
    assert _at(evs, "attack", "كرناز")
    evs = _events("دفعت قيادة الجيش بقطعات من الحرس الجمهوري نحو قرية الجبين بعد منتصف الليل")
    assert _at(evs, "deploy", "الجبين")


def test_a_piece_of_land_sent_is_no_deployment() -> None:
    assert not _at(_events("أرسلت البلدية قطعة أرض للمزارعين في بلدة مورك"), "deploy", "مورك")


def test_besieging_as_a_verbal_noun_before_its_place_is_a_siege() -> None:
    evs = _events("واصلت الفرقة الرابعة محاصرة بلدة الهامة لليوم العاشر على التوالي")
    assert [e.type for e in _at(evs, "advance", "الهامة")] == ["advance"]


def test_the_besieged_participle_after_its_place_stays_status() -> None:
    evs = _events("يشكو أهالي بلدة الهامة المحاصرة من انقطاع الكهرباء منذ أسابيع")
    assert not _at(evs, "advance", "الهامة")
    assert not _at(_events("ما زالت بلدة الهامة محاصرة منذ أسابيع"), "advance", "الهامة")
