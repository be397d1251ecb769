"""Actors of events: canonical names, sides over time, subjects (sentences written for these tests)."""
from __future__ import annotations

from tawatur.extract.events import dedupe
from tawatur.model import Actor, Article, Event, Place
from tawatur.pipeline import analyze


def events_of(text: str, published: str):
    return analyze(Article(id="a", raw=text, published=published)).events


def one(evs, etype: str, place_part: str) -> Event:
    got = [e for e in evs if e.type == etype and place_part.lower() in (e.place.name_en or "").lower()]
    assert got, [(e.type, e.place.name_en) for e in evs]
    return got[0]


def test_events_carry_canonical_names_not_surface_forms() -> None:
    ev = one(events_of("سيطرت قوات النظام على مدينة تدمر.", "2017-03-02"), "take_control", "Palmyra")
    assert ev.actor.side == "government"
    assert ev.actor.name_en == "Military Forces of Syria (2000-2024)"
    assert ev.actor.name == "القوات العسكرية السورية (2000-2024)"


def test_remnants_in_a_2025_report_are_unknown() -> None:
    ev = one(events_of("هاجمت فلول النظام حاجزاً في مدينة جبلة.", "2025-03-07"), "attack", "Jableh")
    assert ev.actor.side == "unknown"
    assert ev.actor.name_en == "Assad Regime Remnants (Syria)"


def test_a_dated_background_event_reads_the_actor_at_its_own_date() -> None:
    text = "وكانت قوات النظام قد سيطرت على مدينة تدمر في آذار 2017."
    ev = one(events_of(text, "2025-05-01"), "take_control", "Palmyra")
    assert ev.date.value.startswith("2017")
    assert ev.actor.side == "government"
    assert ev.actor.name_en == "Military Forces of Syria (2000-2024)"


def test_new_authorities_forces_are_the_government() -> None:
    ev = one(events_of("انتشرت قوات الأمن العام في مدينة جرمانا.", "2025-03-02"), "deploy", "Jaramana")
    assert ev.actor.side == "government"
    assert ev.actor.name_en == "Police Forces of Syria (2024-)"


def test_unnamed_actor_with_known_side_gets_the_side_generic_actor() -> None:
    from tawatur.extract.events import _actor_of
    assert _actor_of(None, "opposition").name_en == "Opposition Rebels (Syria)"
    assert _actor_of(None, "government", "2025-06-01").name_en == "Military Forces of Syria (2024-)"
    assert _actor_of(None, "unknown").name_en == "Unidentified Armed Group (Syria)"


def test_a_subject_right_before_a_verb_whose_root_starts_with_waw_is_its_own() -> None:
    text = ("سيطرت فصائل المعارضة على مدينة حماة، وذكر مصدر محلي أن قوة إسرائيلية وصلت إلى بلدة "
            "خان أرنبة.")
    ev = one(events_of(text, "2024-12-09"), "enter", "Khan Arnab")
    assert ev.actor.side == "israel"


def test_dedupe_keys_on_the_canonical_side_not_the_actor_string() -> None:
    place = Place(name="حمص", name_en="Homs", gazetteer_id="c:homs")
    a = Event(id="1", article="x", type="take_control", place=place, rule="side:actor",
              actor=Actor(name="قوات النظام", side="government"))
    b = Event(id="2", article="x", type="take_control", place=place, rule="side:actor",
              actor=Actor(name="الجيش السوري", side="government"))
    c = Event(id="3", article="x", type="take_control", place=place, rule="side:actor",
              actor=Actor(name="الفصائل", side="opposition"))
    assert [e.id for e in dedupe([a, b, c])] == ["1", "3"]
