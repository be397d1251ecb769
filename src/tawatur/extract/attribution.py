"""Who says it and what the event rests on: the source scope covering a trigger, the evidence span and
the quantity near it."""
from __future__ import annotations

from ..model import Article, Evidence, Mention, Source
from .frames import (
    SentenceView,
    nearest,
)
from .patterns import Match


def source_for(view: SentenceView, tok_start: int, previous: Source | None,
                continuation: bool) -> tuple[Source, Mention | None]:
    """The attribution covering a trigger: the innermost source scope, else the outlet."""
    best: Mention | None = None
    for s in view.sources:
        a = s.attrs
        lo, hi = a.get("scope_start"), a.get("scope_end")
        covers = (lo is not None and hi is not None and lo <= tok_start < hi) or \
                 (lo is None and s.start <= tok_start)
        if covers and (best is None or (lo or s.start) >= (best.attrs.get("scope_start") or best.start)):
            best = s
    if best is not None:
        a = best.attrs
        chain = list(a.get("chain") or [a.get("name_en") or best.text])
        return Source(name=a.get("name") or best.text, name_en=a.get("name_en") or best.text,
                      kind=a.get("kind", ""), chain=chain), best
    if continuation and previous is not None:
        return previous, None
    return Source(), None


def evidence_span(article: Article, sent_idx: int, start: int, end: int) -> Evidence:
    sent = article.sentences[sent_idx]
    clauses = sent.clauses or [(sent.start, sent.end)]
    a, b, last = sent.start, sent.end, max(start, end - 1)
    for c0, c1 in clauses:  # the first clause holding the start (a loop: asked for every event)
        if c0 <= start < c1 + 1:
            a = c0
            break
    for c0, c1 in clauses:  # the first holding the last character
        if c0 <= last < c1 + 1:
            b = c1
            break
    a, b = min(a, start), max(b, end)
    return Evidence(text=article.raw[a:b], start=a, end=b)


def quantity_near(view: SentenceView, trig: Match, lo: int, hi: int, etype: str) -> str | None:
    wanted = {"casualties": ("killed", "wounded", "people")}.get(etype, ("places", "people", "killed"))
    cands = [(i, m) for i, m in view.numbers if m.attrs.get("unit_kind") in wanted or etype == "casualties"]
    m = nearest(cands, trig.i, max(0, trig.i - 6), min(hi, trig.j + 6))
    if m is None:
        return None
    a = m.attrs
    val = a.get("value")
    return str(val) if val is not None else (a.get("text_value") or m.text)
