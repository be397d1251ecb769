"""Who holds a place, since when, according to whom: each place's current holder and its history.

Built from the merged events at one place, in date order:

- a take_control gives the taker the place;
- an enter marks the entering side present without control claimed (the state is contested);
- a withdraw means the withdrawing side no longer holds it: the holder becomes unknown, unless a
  takeover by another side the same day says who took it (a takeover is the last word of its day).

Consecutive reports of the same holder are one interval. Each interval runs from its ``since`` to the
next interval's start (``until``). Denied and expected reports change nothing. Reports of unknown date
are kept as undated intervals, listed first; they say who held the place at some time, and decide the
current holder only when no dated report exists.

Confidence of a state: a takeover starts at 0.7, an entry at 0.5, a withdrawal at 0.4; each further
independent chain adds 0.1 (up to +0.2); a contested state (claimed and denied, two sides claiming the
same day, or an entry) is worth 0.6 of that; an undated current state 0.8 of that.
"""
from __future__ import annotations

from dataclasses import replace

from ..model import ControlState, Event, MergedEvent

CONTROL_TYPES = ("take_control", "enter", "withdraw")
_ORDER = {"withdraw": 0, "enter": 1, "take_control": 2}  # same day: the takeover is the last word
_BASE = {"take_control": 0.7, "enter": 0.5, "withdraw": 0.4}
MAX_EVIDENCE = 4


def _confidence(kind: str, n_chains: int, contested: bool, dated: bool) -> float:
    c = _BASE[kind] + 0.1 * min(2, max(0, n_chains - 1))
    if contested:
        c *= 0.6
    if not dated:
        c *= 0.8
    return round(min(c, 0.95), 2)


def _evidence(m: MergedEvent, events: dict[str, Event], outlets: dict[str, str]) -> list[dict]:
    """The reports' own words for one merged event: asserted reports first, most confident first."""
    members = [events[i] for i in m.events if i in events and events[i].evidence is not None]
    members.sort(key=lambda e: (e.polarity != "asserted", -e.confidence, e.id))
    return [{"merged_event": m.id, "event": e.id, "article": e.article,
             "outlet": outlets.get(e.article, ""), "polarity": e.polarity, "text": e.evidence.text,
             "start": e.evidence.start, "end": e.evidence.end} for e in members[:2]]


def _state(place_key: str, m: MergedEvent, holder: str, contested: bool, ev: list[dict]) -> ControlState:
    place = m.place
    side = m.side or "unknown"
    return ControlState(
        place=place.name if place else place_key, place_en=place.name_en if place else "",
        gazetteer_id=(place.gazetteer_id if place else "") or place_key, holder=holder,
        since=m.date.value or None, according_to=list(m.outlets), contested=contested, events=[m.id],
        n_chains=m.n_chains, basis=[f"{side} {m.type}"], evidence=ev,
        confidence=_confidence(m.type, m.n_chains, contested, bool(m.date.value)))


def _absorb(state: ControlState, m: MergedEvent, contested: bool, ev: list[dict]) -> None:
    """Fold a further report of the same holder into an existing state (a takeover after an entry)."""
    state.events.append(m.id)
    for o in m.outlets:
        if o not in state.according_to:
            state.according_to.append(o)
    state.contested = contested
    state.n_chains = max(state.n_chains, m.n_chains)
    state.basis.append(f"{m.side or 'unknown'} {m.type}")
    state.evidence = (state.evidence + ev)[:MAX_EVIDENCE]
    kind = "take_control" if any(b.endswith("take_control") for b in state.basis) else m.type
    state.confidence = max(state.confidence, _confidence(kind, state.n_chains, contested, bool(state.since)))


def _fold(place_key: str, rows: list[MergedEvent], events: dict[str, Event],
          outlets: dict[str, str], states: list[ControlState] | None = None) -> list[ControlState]:
    states = states if states is not None else []
    for m in rows:
        holder = m.side if m.type != "withdraw" else "unknown"
        contested = m.status == "contested" or m.type == "enter"
        since = m.date.value or None
        ev = _evidence(m, events, outlets)
        prev = states[-1] if states else None
        if prev and prev.since == since and prev.holder not in (holder, "unknown") and holder != "unknown":
            prev.contested = True  # two sides claim the place the same day
        if prev and prev.since == since and prev.holder == "unknown" and holder != "unknown":
            prev.holder = holder  # a side left and another took the place the same day: the taker
            _absorb(prev, m, contested, ev)
            continue
        if prev and prev.holder == holder and (prev.since == since or m.type != "withdraw"):
            _absorb(prev, m, (contested and prev.contested) or m.status == "contested", ev)
            continue
        if prev and m.type == "withdraw" and prev.since == since and prev.holder not in ("unknown", m.side):
            _absorb(prev, m, prev.contested, ev)  # a side left the same day another took the place
            continue
        states.append(_state(place_key, m, holder, contested, ev))
    return states


def _coalesce(states: list[ControlState]) -> list[ControlState]:
    """Consecutive intervals of one holder are one interval (an entry, then a takeover days later);
    the later report has the last word on whether it is contested."""
    out: list[ControlState] = []
    for st in states:
        prev = out[-1] if out else None
        if prev is None or prev.holder != st.holder or st.holder == "unknown":
            out.append(st)
            continue
        prev.events += [e for e in st.events if e not in prev.events]
        prev.according_to += [o for o in st.according_to if o not in prev.according_to]
        prev.basis += st.basis
        prev.evidence = (st.evidence + prev.evidence)[:MAX_EVIDENCE]
        prev.n_chains = max(prev.n_chains, st.n_chains)
        prev.confidence = max(prev.confidence, st.confidence)
        prev.contested = st.contested
        prev.until = st.until
    return out


def control_timeline(place_key: str, merged: list[MergedEvent],
                     events: dict[str, Event] | None = None,
                     outlets: dict[str, str] | None = None,
                     prefix: list[ControlState] | None = None, start: str | None = None) -> list[ControlState]:
    """Control states of one place (``place_key``): undated ones first, then dated intervals oldest
    first; the last dated state (or, with no date at all, the last undated one) is ``current``.

    To continue a long timeline (a store), ``prefix`` holds its dated states that began before
    ``start`` (none of which took in a report dated ``start`` or later) and ``merged`` the reports
    dated ``start`` or later and the undated ones: the result is the one the whole history gives.
    """
    events, outlets = events or {}, outlets or {}
    rows = [m for m in merged if m.type in CONTROL_TYPES and m.polarity == "asserted"]
    dated = sorted((m for m in rows if m.date.value and (start is None or m.date.value >= start)),
                   key=lambda m: (m.date.value, _ORDER[m.type], m.id))
    undated = sorted((m for m in rows if not m.date.value), key=lambda m: (_ORDER[m.type], m.id))
    old = _fold(place_key, undated, events, outlets)
    kept = [replace(s, according_to=list(s.according_to), events=list(s.events), basis=list(s.basis),
                    evidence=list(s.evidence), current=False) for s in prefix or []]
    new = _fold(place_key, dated, events, outlets, kept)
    for a, b in zip(new, new[1:], strict=False):
        a.until = b.since
    states = old + new
    if states:
        states[-1].current = True
    return states


def joined(states: list[ControlState]) -> list[ControlState]:
    """The timeline as a reader sees it: consecutive dated intervals of one holder joined into one
    (copies; the states given are not changed). Stores keep the unjoined states, so that a timeline
    continued from a checkpoint is exactly the one the whole history gives."""
    copies = [replace(s, according_to=list(s.according_to), events=list(s.events), basis=list(s.basis),
                      evidence=list(s.evidence)) for s in states]
    undated = [s for s in copies if not s.since]
    dated = [s for s in copies if s.since]
    out = undated + _coalesce(dated)
    for s in out:
        s.current = False
    for a, b in zip(out, out[1:], strict=False):
        if a.since and b.since:
            a.until = b.since
    if out:
        out[-1].current = any(s.current for s in states)
    return out


def current_of(states: list[ControlState]) -> ControlState | None:
    """The state that says who holds the place now."""
    return next((s for s in states if s.current), states[-1] if states else None)
