"""dated_fields gives what actor_at changes, without a copy: an actor read at a day takes its period's
canonical actor; one without periods (or read at no day) is its own attributes."""
from __future__ import annotations

from tawatur.clean.segment import segment
from tawatur.model import Article, Mention
from tawatur.read.actors import _at, _canonical_attrs, actor_at, dated_fields, read_actors

KEYS = ("actor", "actor_en", "actor_ar", "side")


def _actors(text: str) -> list[Mention]:
    art = read_actors(segment(Article(id="a", raw=text, published="2016-05-01")))
    return [m for m in art.mentions if m.kind == "actor"]


def _copied_at(attrs: dict, day: str | None) -> dict:
    """The former actor_at: a copy of every attribute with the period's canonical actor laid over it."""
    if attrs.get("base_actor") and day:
        periods = tuple(tuple(p) for p in attrs.get("periods") or ())
        attrs.update(_canonical_attrs(_at(attrs["base_actor"], periods, day)))
    return attrs


def test_dated_fields_agree_with_actor_at_on_every_day() -> None:
    found = _actors("قال الجيش السوري إن الجيش التركي وفصائل المعارضة اشتبكت قرب المدينة.")
    assert any(m.attrs.get("base_actor") for m in found)  # one dated actor at least
    for m in found:
        for day in (None, "2016-05-01", "2025-03-01"):
            full, fields = _copied_at(dict(m.attrs), day), dated_fields(m.attrs, day)
            assert {k: full.get(k) for k in KEYS} == {k: fields.get(k) for k in KEYS}
            assert actor_at(m.attrs, day) == full


def test_a_regime_force_changes_canonical_actor_after_the_fall() -> None:
    m = next(m for m in _actors("قال الجيش السوري إنه تقدم.") if m.attrs.get("base_actor"))
    before, after = dated_fields(m.attrs, "2016-05-01"), dated_fields(m.attrs, "2025-03-01")
    assert after.get("actor") == "syr_forces_2024" != before.get("actor")
    assert dated_fields(m.attrs, None) is m.attrs


def test_forces_of_both_ministries_are_the_governments():
    """"دخلت قوات من وزارتي الدفاع والداخلية مدينة X" (2025): the dual names the new authorities' defence and
    interior forces together, the government's side (GUIDELINES, Sides after 8 December 2024)."""
    from tawatur.pipeline import analyze
    evs = analyze(Article(id="a5", raw="دخلت قوات من وزارتي الدفاع والداخلية صباح اليوم مدينة السويداء.",
                          published="2025-07-15")).events
    assert [(e.type, e.actor.side) for e in evs] == [("enter", "government")]
