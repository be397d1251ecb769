"""Grounding an LLM's answer in the article: an item becomes an :class:`Event` only when its evidence
is in ``Article.raw`` (verbatim or after folding, the span repaired to the article's own characters), its
place resolves in the gazetteer and is written in the article, and its type and polarity are known.
Also cuts an article into the chunks of whole sentences a request carries.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Any, Protocol

from ..clean.normalize import fold, fold_text, strip_article, strip_clitics
from ..model import (
    EVENT_TYPES,
    POLARITIES,
    Actor,
    Article,
    Event,
    EventDate,
    Evidence,
    Place,
    Sentence,
    Source,
)

MAX_CHARS = 6000  # text per request; longer articles are sent in chunks of whole sentences


class GazetteerLike(Protocol):
    def resolve(self, name: str) -> Any: ...


def chunks(article: Article, max_chars: int = MAX_CHARS) -> list[tuple[int, int, str]]:
    """(raw start, raw end, text) pieces of whole sentences, each at most ``max_chars`` long if possible."""
    sents: list[Sentence] = article.sentences
    if not sents:
        spans = article.body_spans or [(0, len(article.raw))]
        sents = [Sentence(index=i, start=a, end=b, text=article.raw[a:b]) for i, (a, b) in enumerate(spans)]
    out: list[tuple[int, int, str]] = []
    group: list[Sentence] = []
    for s in sents:
        if group and sum(len(g.text) + 1 for g in group) + len(s.text) > max_chars:
            out.append((group[0].start, group[-1].end, "\n".join(g.text for g in group)))
            group = []
        group.append(s)
    if group:
        out.append((group[0].start, group[-1].end, "\n".join(g.text for g in group)))
    return [c for c in out if c[2].strip()]


def find_evidence(raw: str, evidence: str, near: tuple[int, int] = (0, 0)) -> tuple[int, int, str] | None:
    """The span of ``evidence`` in ``raw``: verbatim first, else folded and whitespace-tolerant.

    The occurrence inside ``near`` (the chunk the model saw) wins over one elsewhere. Returns
    (start, end, how) with how "exact" or "folded", or None when the text is not in the article.
    """
    ev = evidence.strip()
    if len(ev) < 3:
        return None
    lo, hi = near
    for a, b in ((lo, hi), (0, len(raw))):
        i = raw.find(ev, a, b if b > a else len(raw))
        if i >= 0:
            return i, i + len(ev), "exact"
    words = fold_text(ev).split()
    if not words:
        return None
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
    folded = fold(raw)
    matches = list(pattern.finditer(folded.text))
    if not matches:
        return None
    best = min(matches, key=lambda m: 0 if lo <= folded.orig(m.start()) < max(hi, lo + 1) else 1)
    start, end = folded.span(best.start(), best.end())
    return start, end, "folded"


def place_in_text(names: Iterable[str], folded_raw: str) -> bool:
    """Whether any of ``names`` (folded, article and clitics aside) is written in the article."""
    for name in names:
        key = strip_article(fold_text(name).strip())
        if len(key) >= 2 and key in folded_raw:
            return True
    return False


def resolve_place(name: str, gazetteer: GazetteerLike) -> Any:
    """The gazetteer entry for a model's place name, trying it as written, then without clitics."""
    name = name.strip()
    tried = [name]
    if " " not in name:
        tried += strip_clitics(fold_text(name))[1:]
    for form in tried:
        entry = gazetteer.resolve(form)
        if entry is not None:
            return entry
    return None


def _place(entry: Any) -> Place:
    """A :class:`Place` from a gazetteer entry, with the same precision rule as the place reader."""
    from ..read.places import _precision
    names = [*getattr(entry, "variants", []), getattr(entry, "name_en", ""),
             *getattr(entry, "variants_en", [])]
    kind = getattr(entry, "kind", "") or ""
    return Place(name=entry.name, name_en=getattr(entry, "name_en", "") or "",
                 lat=getattr(entry, "lat", None), lon=getattr(entry, "lon", None),
                 admin1=getattr(entry, "admin1", "") or "", kind=kind, geo_precision=_precision(kind),
                 gazetteer_id=str(getattr(entry, "id", "") or ""),
                 aliases=[n for n in names if n and n != entry.name][:12])


def resolve_date(value: str, published: str | None) -> EventDate:
    """The model's ISO date when it is one and not after publication; else the article's date."""
    pub = _iso_day(published or "")
    day = _iso_day(value or "")
    if day and (pub is None or day <= pub + dt.timedelta(days=1)):
        return EventDate(value=day.isoformat(), precision="day", text=value)
    if re.fullmatch(r"\d{4}-\d{2}", (value or "").strip()):
        return EventDate(value=value.strip() + "-01", precision="month", text=value)
    if pub:
        return EventDate(value=pub.isoformat(), precision="day", text="")
    return EventDate()


def _iso_day(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text.strip()[:10])
    except ValueError:
        return None


def _sentence_of(article: Article, start: int) -> int:
    for s in article.sentences:
        if s.start <= start < s.end:
            return s.index
    return -1


def ground(item: dict[str, Any], article: Article, gazetteer: GazetteerLike, folded_raw: str,
           near: tuple[int, int], rule: str) -> tuple[Event | None, str]:
    """An :class:`Event` for one validated model item, or (None, why it was dropped)."""
    if item["type"] not in EVENT_TYPES or item["polarity"] not in POLARITIES:
        return None, f"type/polarity {item['type']}/{item['polarity']} not allowed"
    span = find_evidence(article.raw, item["evidence"], near)
    if span is None:
        return None, f"evidence not in article: {item['evidence'][:60]!r}"
    start, end, how = span
    entry = resolve_place(item["place"], gazetteer)
    if entry is None:
        return None, f"place not in gazetteer: {item['place']!r}"
    if not place_in_text([item["place"], entry.name], folded_raw):
        return None, f"place not written in article: {item['place']!r}"
    side = item["actor_side"]
    chain = [c for c in item["source_chain"] if c.strip()] or [item["source"]]
    conf = float(item["confidence"]) * (0.9 if how == "folded" else 1.0)
    event = Event(
        id="", article=article.id, type=item["type"], polarity=item["polarity"], place=_place(entry),
        actor=Actor(name=item["actor"], name_en="", side=side),
        source=Source(name=item["source"], name_en=item["source"],
                      kind="outlet" if item["source"] in ("", "the article") else "reported",
                      chain=chain),
        date=resolve_date(item["date"], article.published),
        quantity=(item["quantity"] or None),
        evidence=Evidence(text=article.raw[start:end], start=start, end=end),
        confidence=round(conf, 3), rule=rule, trigger=item["trigger"],
        sentence=_sentence_of(article, start),
        target=Actor(side=item["target_side"]) if item["target_side"] else None,
    )
    return event, ""
