"""A minimal stand-in for :class:`tawatur.link.Linker`, used only when that module is absent.

It merges events that share type, place, date and polarity across articles and counts outlets, so the
store and the web app work (and are testable) on their own. It honours the Linker's interface:
``SimpleLinker(existing).add(articles) -> touched ids``, ``.analysis() -> Analysis``.
"""
from __future__ import annotations

import hashlib

from ..model import Analysis, Article, MergedEvent


def _key(e) -> str:
    place = (e.place.gazetteer_id or e.place.name) if e.place else ""
    return "|".join((e.type, place, e.date.value or "", e.polarity))


class SimpleLinker:
    def __init__(self, existing: Analysis | None = None):
        self._an = existing or Analysis()
        self._outlet = {a.id: a.outlet or "" for a in self._an.articles}

    def add(self, articles: list[Article]) -> dict[str, set[str]]:
        merged = {m.id: m for m in self._an.merged_events}
        touched: set[str] = set()
        for a in articles:
            self._an.articles.append(a)
            self._outlet[a.id] = a.outlet or ""
            for e in a.events:
                mid = "m-" + hashlib.sha1(_key(e).encode()).hexdigest()[:12]
                m = merged.setdefault(mid, MergedEvent(id=mid, type=e.type, place=e.place,
                                                       polarity=e.polarity, side=e.actor.side,
                                                       date=e.date))
                if e.id not in m.events:
                    m.events.append(e.id)
                if a.id not in m.articles:
                    m.articles.append(a.id)
                self._an.events.append(e)
                touched.add(mid)
        for mid in touched:
            m = merged[mid]
            m.outlets = sorted({self._outlet.get(x, "") for x in m.articles} - {""})
            m.n_outlets = len(m.outlets)
            m.status = "corroborated" if m.n_outlets > 1 else "single-source"
        self._an.merged_events = list(merged.values())
        return {"merged_events": touched}

    def analysis(self) -> Analysis:
        return self._an
