"""When an event happened: the date in the trigger's own clause, else the narrative's, else the article's."""
from __future__ import annotations

from ..model import Article, EventDate, Mention
from .frames import (
    SentenceView,
)
from .patterns import Match
from .vocab import (
    SINCE,
)


def usable_dates(view: SentenceView, raw: str) -> list[tuple[int, Mention]]:
    """Date mentions that can date an event: not a year after "منذ" ("منذ عام 1967" is background),
    not a year in parentheses ("(2012)" glosses a name or a past fact)."""
    toks = view.toks
    out = []
    for i, m in view.dates:
        if not m.attrs.get("value"):
            continue
        if m.attrs.get("precision") == "year" and any(toks[k].bare in SINCE for k in range(max(0, i - 4), i)):
            continue
        head = raw[toks[0].start if toks else 0:m.start]
        if m.attrs.get("precision") == "year" and head.rfind("(") > head.rfind(")") \
                and ")" in raw[m.end:m.end + 60]:
            continue
        out.append((i, m))
    return out


def as_event_date(m: Mention) -> EventDate:
    value = m.attrs["value"]
    precision = m.attrs.get("precision", "day")
    if precision == "year" and len(value) == 4:
        value = f"{value}-01-01"
    return EventDate(value, precision, m.text)


def event_date(view: SentenceView, trig: Match, article: Article, previous: EventDate | None,
          continuation: bool, breaks: set[int] | None = None, narrative: EventDate | None = None) -> EventDate:
    """The day an event happened: a date in the trigger's own clause, else the nearest before it in the
    sentence, else one just after it; else the previous report's date when this sentence continues it,
    else the date the narrative last named in this paragraph ("ليل السبت" carries on), else the article's."""
    dated = usable_dates(view, article.raw)
    breaks = breaks or set()
    lo = max([k for k in breaks if k <= trig.i], default=0)
    hi = min([k for k in breaks if k >= trig.j], default=len(view.toks))
    clause = [(i, m) for i, m in dated if lo <= i < hi]
    before = [(i, m) for i, m in dated if i <= trig.i]
    after = [(i, m) for i, m in dated if trig.i < i <= trig.j + 8]
    if clause:
        pre = [(i, m) for i, m in clause if i <= trig.i]
        return as_event_date(pre[-1][1] if pre else clause[0][1])
    if before or after:
        return as_event_date(before[-1][1] if before else after[0][1])
    if continuation and previous is not None and previous.value:
        return previous
    if narrative is not None and narrative.value:
        return narrative
    pub = (article.published or "")[:10]
    return EventDate(pub, "day", "article date" if pub else "")
