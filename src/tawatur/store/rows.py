"""Rows: how model objects become table rows and back, and the record checks done before writing."""
from __future__ import annotations

import dataclasses
import hashlib
import json
import re
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from typing import Any

from ..clean.normalize import fold, fold_text
from ..model import (
    Analysis,
    Article,
    Contradiction,
    ControlState,
    Event,
    MergedEvent,
    Story,
    to_dict,
)

_CHUNK = 400
# Column limits of the schema that a record's own fields fill (PostgreSQL enforces them; SQLite does
# not, so they are checked at intake on both). An article id leaves room for the ids derived from it
# (an event id is the article id plus ':' and 10 hex digits; a repeated id gets '~n').
MAX_ARTICLE_ID = 180
MAX_OUTLET = 200
MAX_PUBLISHED = 40


def _dumps(obj: Any) -> str:
    return json.dumps(to_dict(obj), ensure_ascii=False, separators=(",", ":"))


def content_hash(article: Article) -> str:
    """The key that makes re-ingest a no-op: the outlet plus the received content. A wire story that two
    outlets carry word for word is two reports (as ``analyze`` counts it), so the same text from another
    outlet is a new article; an article without an outlet is keyed by its content alone."""
    body = article.raw or article.text or article.html or ""
    return outlet_key(article.outlet, hashlib.sha256(body.strip().encode("utf-8")).hexdigest())


def outlet_key(outlet: str | None, body_hash: str) -> str:
    """sha256 of the outlet, a newline and the content's sha256 (hex, fixed length: the pair is
    unambiguous); the content's sha256 itself without an outlet. Built on the content's hash so that
    migration 0018 computes it from a stored row's hash and outlet alone."""
    name = (outlet or "").strip()
    if not name:
        return body_hash
    return hashlib.sha256(f"{name}\n{body_hash}".encode()).hexdigest()


def _place_key(place: Any) -> str | None:
    if place is None:
        return None
    return place.gazetteer_id or place.name or None


def _chunks(seq: Sequence[Any], n: int = _CHUNK) -> Iterable[Sequence[Any]]:
    for i in range(0, len(seq), n):
        yield seq[i:i + n]


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat((value or "")[:10])
    except ValueError:
        return None


def _shift(day: date, days: int) -> date:
    """``day`` moved by ``days``, held at the calendar's ends (9999-12-31 + 3 days is 9999-12-31)."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.max if days > 0 else date.min


_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")  # NUL (PostgreSQL refuses it), unpaired surrogates
_INPUT_FIELDS = ("raw", "text", "html", "title", "url", "outlet", "published", "author", "id")


def scrubbed(obj: Any) -> Any:
    """``obj`` with every NUL and unpaired surrogate in its strings replaced by U+FFFD, in place for
    dataclasses; one code point for one, so every offset into the text still holds."""
    if isinstance(obj, str):
        return _UNSTORABLE.sub("\ufffd", obj)
    if isinstance(obj, list):
        obj[:] = [scrubbed(x) for x in obj]
    elif isinstance(obj, tuple):
        return tuple(scrubbed(x) for x in obj)
    elif isinstance(obj, dict):
        items = [(scrubbed(k), scrubbed(v)) for k, v in obj.items()]
        obj.clear()
        obj.update(items)
    elif dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        for f in dataclasses.fields(obj):
            setattr(obj, f.name, scrubbed(getattr(obj, f.name)))
    return obj


def scrub_article(article: Article) -> bool:
    """Make an article storable: NUL and unpaired surrogates (from JSON escapes or broken input) become
    U+FFFD, with a warning. True when something was replaced."""
    if not any(isinstance(v := getattr(article, k), str) and _UNSTORABLE.search(v) for k in _INPUT_FIELDS):
        return False
    scrubbed(article)
    article.warnings.append("NUL or unpaired surrogate characters replaced by U+FFFD (no database stores them)")
    return True


def record_problem(article: Article) -> str | None:
    """Why the store cannot keep this record as given (a field longer than its column), or None."""
    aid = article.id or ""
    if not aid.strip():
        return "the id is empty or only spaces"
    if len(aid) > MAX_ARTICLE_ID:
        return f"id is {len(aid):,} characters long; the limit is {MAX_ARTICLE_ID}"
    if article.outlet and len(article.outlet) > MAX_OUTLET:
        return f"outlet is {len(article.outlet):,} characters long; the limit is {MAX_OUTLET}"
    if article.published and len(article.published) > MAX_PUBLISHED:
        return f"published is {len(article.published):,} characters long; the limit is {MAX_PUBLISHED}"
    return None


def _story_row(s: Story) -> dict[str, Any]:
    return {"id": s.id, "title": s.title, "start": s.start, "end": s.end, "data": _dumps(s)}


def _merged_row(m: MergedEvent) -> dict[str, Any]:
    p = m.place
    return {"id": m.id, "type": m.type, "status": m.status, "polarity": m.polarity, "side": m.side,
            "place_id": _place_key(p), "place_name": p.name if p else None, "lat": p.lat if p else None,
            "lon": p.lon if p else None, "date": m.date.value or None, "story": m.story,
            "n_outlets": m.n_outlets, "data": _dumps(m)}


def _contra_row(c: Contradiction) -> dict[str, Any]:
    return {"id": c.id, "kind": c.kind, "merged_event": c.merged_event, "data": _dumps(c)}


def _control_key(c: ControlState) -> str:
    return c.gazetteer_id or c.place


def _control_row(c: ControlState, n: int) -> dict[str, Any]:
    return {"key": f"{_control_key(c)}#{n}", "place_key": _control_key(c), "place": c.place, "place_en": c.place_en, "holder": c.holder,
            "since": c.since, "contested": bool(c.contested), "data": _dumps(c)}


def search_names(article: Article) -> str:
    """The names an article is about, in English and in their canonical Arabic form, appended to the
    text the full-text search indexes: a search for "Homs" or "Hay'at Tahrir al-Sham" finds Arabic
    articles that never spell it in Latin letters."""
    names: set[str] = set()
    for m in article.mentions:
        if m.kind in ("place", "actor", "source", "person"):
            for key in ("name_en", "name"):
                if isinstance(m.attrs.get(key), str):
                    names.add(m.attrs[key])
    for ev in article.events:
        if ev.place is not None:
            names.update((ev.place.name_en, ev.place.name, ev.place.admin1))
        for actor in (ev.actor, ev.target):
            if actor is not None:
                names.update((actor.name_en, actor.name))
        names.update((ev.source.name_en, ev.source.name))
    names.discard("")
    names.discard("the article")
    return "\n" + fold_text(" ".join(sorted(n for n in names if n))) if names else ""


def _snippet(body: str, word: str, width: int = 90) -> str:
    """Some original text around the first match of folded ``word``."""
    f = fold(body)
    i = f.text.find(word)
    if i < 0:
        return body[:2 * width]
    start, end = f.span(i, i + len(word))
    return body[max(0, start - width): end + width]


def _make_linker(existing: Analysis, state: Any = None) -> Any:
    from ..link import Linker
    return Linker(existing, story_state=state)


def _attach(arts: list[Article], events: list[Event]) -> None:
    """Give loaded articles their loaded events (a story's refresh reads them off its articles)."""
    by_article: dict[str, list[Event]] = {}
    for e in events:
        by_article.setdefault(e.article, []).append(e)
    for a in arts:
        if not a.events:
            a.events = by_article.get(a.id, [])


