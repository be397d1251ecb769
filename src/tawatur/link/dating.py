"""Dating undated reports from their story, marked as inferred.

A plain-text report often comes without a date. Its events then have none, although the reports of
the same story that are dated say roughly when it was written. Once stories are known, each undated
article of a story gets a reference day: the (lower) median of its dated members' days. Then:

- an event whose sentence holds a relative date the reader could not resolve ("أمس الجمعة", "يوم
  السبت") is dated by that expression read against the reference (``basis`` "story", the expression
  in ``text``, its own precision);
- an undated event merged with reports of the same event that state their own day takes the day most
  of them state (ties: the earliest) at ``day`` precision: those reports date the happening, the story
  only the week;
- any other undated event gets the story's told day at ``week`` precision (ACLED time_precision 2):
  the report is of that story, not necessarily of that day. The told day is the (lower) median of the
  days the dated reports tell of: a report filed on Saturday whose lead names "أمس الجمعة" tells of
  Friday (the extractor's news day), so an undated report of the same story is dated Friday, not by
  when the dated one was filed.

But when the report states its own day near its top as a weekday with a day and month and no year
("السبت 7 من كانون الأول"), the reference only picks the year the weekday fits
(:func:`tawatur.read.dates.dateline_day`): the report is read again as of that day, and its events
take the dates that reading gives them ("في 26 من تشرين الثاني الماضي", "أمس"), still ``basis``
"story" (the year came from the story).

The article keeps ``published`` empty (nothing it said is overwritten); ``meta["date_inferred"]``
records the reference, its basis and the dated articles it came from. Inferred dates never decide
merging (:func:`tawatur.link.merge.event_day` ignores them), so linking does not depend on the order
in which articles arrive.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date

from ..model import Article, Event, EventDate, Mention
from ..read.dates import dateline_day, resolve_against

MAX_FROM = 10


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def fill_basis(event: Event) -> None:
    """Name what an event's date rests on, when the extractor did not (text vs the article date)."""
    d = event.date
    if d.basis or not d.value:
        return
    d.basis = "published" if d.text == "article date" else "text"


def _relative_mention(ev: Event, art: Article) -> Mention | None:
    """The unresolved relative date of the event's sentence nearest before (or in) its evidence."""
    cands = [m for m in art.mentions_of("date", ev.sentence)
             if m.attrs.relative and not m.attrs.value and not m.attrs.expected]  # DateAttrs
    if not cands:
        return None
    at = ev.evidence.end if ev.evidence else 1 << 30
    before = [m for m in cands if m.start < at]
    return max(before, key=lambda m: m.start) if before else min(cands, key=lambda m: m.start)


SameEvent = Callable[[Event], list[date]]


NEWS_DAY = "news day:"  # how the extractor marks a date that its article's lead day gave (extract/when.py)


def _told_day(art: Article) -> date | None:
    """The day a dated report tells of: the news day its lead names (the day before its own, when the
    report was filed the morning after; an event it dates says so), else its own date. Only the news
    day the extractor gave its undated sentences counts, not the stated day of one event (measured:
    the first event's day lowers dev)."""
    for ev in art.events:
        if ev.date.text.startswith(NEWS_DAY) and (day := _day(ev.date.value)):
            return day
    return _day(art.published)


def _inferred(ev: Event, art: Article, ref: date, same_event: SameEvent | None = None,
              told: date | None = None) -> EventDate:
    m = _relative_mention(ev, art)
    if m is not None and (got := resolve_against(m.text, ref)):
        return EventDate(got[0], got[1], m.text, "story")
    if same_event is not None and (days := same_event(ev)):
        day = min(Counter(days).items(), key=lambda kv: (-kv[1], kv[0]))[0]
        return EventDate(day.isoformat(), "day", "same event, dated reports", "story")
    return EventDate((told or ref).isoformat(), "week", "", "story")


def date_story(articles: list[Article], same_event: SameEvent | None = None) -> set[str]:
    """Date the undated articles of one story from its dated ones; returns the ids of events whose
    date changed (so the caller refreshes their merged events). ``same_event`` gives the days that the
    other reports of an event's merged event state themselves (never inferred ones)."""
    dated = sorted((d, a.id) for a in articles if (d := _day(a.published)))
    told_days = sorted(d for a in articles if _day(a.published) and (d := _told_day(a)))
    told = told_days[(len(told_days) - 1) // 2] if told_days else None
    changed: set[str] = set()
    for art in articles:
        if _day(art.published):
            continue
        had = art.meta.pop("date_inferred", None)
        if not dated:
            if had:
                changed |= _reset(art)
            continue
        ref = dated[(len(dated) - 1) // 2][0]
        art.meta["date_inferred"] = {"value": ref.isoformat(), "basis": "story",
                                     "span": [dated[0][0].isoformat(), dated[-1][0].isoformat()],
                                     "from": [aid for _, aid in dated[:MAX_FROM]]}
        own = dateline_day(art, ref)
        reread = _dates_as_of(art, own) if own else {}
        if own:
            art.meta["date_inferred"]["dateline"] = own.isoformat()
        for ev in art.events:
            if ev.date.value and ev.date.basis != "story":
                continue
            new = reread.get(ev.id) or _inferred(ev, art, ref, same_event, told)
            if new != ev.date:
                ev.date = new
                changed.add(ev.id)
    return changed


_REREAD: dict[tuple[str, int, date], dict[str, EventDate]] = {}  # a story is dated again at every add
REREAD_KEEP = 256


def _dates_as_of(art: Article, day: date) -> dict[str, EventDate]:
    """:func:`_read_as_of`, kept per (article, text, day): a story is dated again whenever a report
    joins it, and reading an article again costs as much as the first time."""
    key = (art.id, hash(art.raw), day)
    got = _REREAD.get(key)  # one read: another thread may clear the dict
    if got is None:
        if len(_REREAD) >= REREAD_KEEP:
            _REREAD.clear()
        got = _REREAD[key] = _read_as_of(art, day)
    return {k: EventDate(d.value, d.precision, d.text, d.basis) for k, d in got.items()}


def _read_as_of(art: Article, day: date) -> dict[str, EventDate]:
    """The dates the per-article stages give an undated article's events when it is read as published on
    ``day`` (its dateline), by event id (an id does not depend on the date), marked ``basis`` "story"."""
    from ..pipeline import (  # the pipeline imports the linker's modules: imported when needed
        PipelineConfig,
        StageError,
        analyze,
    )

    config = PipelineConfig(keep_all=bool(art.meta.get("keep_all")))  # read as the first time: furniture kept or not
    try:
        again = analyze(Article(id=art.id, raw=art.raw, url=art.url, outlet=art.outlet, published=day.isoformat(),
                                title=art.title, language=art.language), config)
    except StageError:
        return {}  # the first reading went through; this one adds only dates, so the story's week stands
    return {ev.id: EventDate(ev.date.value, ev.date.precision, ev.date.text or f"dateline {day.isoformat()}", "story")
            for ev in again.events if ev.date.value}


def _reset(art: Article) -> set[str]:
    changed = set()
    for ev in art.events:
        if ev.date.basis == "story":
            ev.date = EventDate()
            changed.add(ev.id)
    return changed
