"""Story summaries: an extractive, source-attributed Arabic summary and an English summary.

The Arabic summary quotes, for each important merged event (most independent chains first, then most
outlets), the sentence of the best-attested report, in time order, with the outlets that carry it. It
invents no words, so every line can be checked against its article. The English summary (``digest_en``)
tells the same events in English sentences built from their fields ("Opposition forces took control
of Homs on 7 Dec 2024, according to ..."; templates in data/report/labels.tsv), each item with the
same citation as its Arabic line (article, event, start, end), plus the fields themselves.
"""
from __future__ import annotations

from ..model import Article, Event, MergedEvent, Story
from ..report.i18n import english_sentence
from .contradictions import sentence_text

MAX_ITEMS = 8


def _best_report(members: list[Event]) -> Event | None:
    """The report to quote: asserted, with evidence, most confident, earliest id for determinism."""
    cands = [e for e in members if e.evidence is not None] or members
    if not cands:
        return None
    return min(cands, key=lambda e: (e.polarity != "asserted", -e.confidence, e.id))


def summarize(story: Story, merged: list[MergedEvent], events: dict[str, Event],
              articles: dict[str, Article]) -> tuple[list[dict], list[dict]]:
    """(summary_ar, digest_en) of one story from its merged events."""
    ranked = sorted(merged, key=lambda m: (-m.n_chains, -m.n_outlets, -len(m.events), m.id))[:MAX_ITEMS]
    ranked.sort(key=lambda m: (m.date.value or "9999", -m.n_chains, m.id))
    summary, digest = [], []
    for m in ranked:
        members = [events[i] for i in m.events if i in events]
        ev = _best_report(members)
        sources = list(dict.fromkeys(e.source.name_en or e.source.name for e in members))
        text = " ".join(sentence_text(ev, articles.get(ev.article)).split()) if ev is not None else ""
        same = next((it for it in summary if it["text"] == text), None)
        if same is not None:  # one sentence that tells two merged events is quoted once
            same["also"].append(m.id)
        elif ev is not None:
            summary.append({
                "merged_event": m.id, "text": text, "article": ev.article, "event": ev.id,
                "start": ev.evidence.start if ev.evidence else None,
                "end": ev.evidence.end if ev.evidence else None,
                "outlets": list(m.outlets), "sources": sources, "date": m.date.value or None,
                "precision": m.date.precision, "basis": m.date.basis, "status": m.status, "also": [],
            })
        actor = next((e.actor for e in members if e.actor.name_en and e.actor.side == m.side), None)
        item = {
            "merged_event": m.id, "type": m.type, "polarity": m.polarity, "status": m.status,
            "place_en": (m.place.name_en or m.place.name) if m.place else "",
            "side": m.side, "actor_en": actor.name_en if actor else "",
            "date": m.date.value or None, "precision": m.date.precision, "basis": m.date.basis,
            "sources": sources, "outlets": list(m.outlets), "n_chains": m.n_chains,
            "quantity": str(m.fatalities) if m.fatalities else (ev.quantity if ev is not None else None),
            "quantity_of": "dead" if m.fatalities else (ev.quantity_of if ev is not None else ""),
            "article": ev.article if ev is not None else None, "event": ev.id if ev is not None else None,
            "start": ev.evidence.start if ev is not None and ev.evidence else None,
            "end": ev.evidence.end if ev is not None and ev.evidence else None,
            "confidence": max((e.confidence for e in members), default=0.0),
        }
        item["text"] = english_sentence(item)
        digest.append(item)
    return summary, digest
