"""Who holds a place, since when, according to whom: the control timeline.

Built from merged events at one place, in date order: a take_control gives the taker the place; an
enter marks the entering side present but control not claimed (contested); a withdraw leaves the holder
unknown (the withdrawing side no longer holds it). A contested merged event (claimed and denied) or two
sides claiming the same day makes the state contested. Denied and expected reports change nothing.
"""
from __future__ import annotations

from dataclasses import replace

from ..model import ControlState, MergedEvent

CONTROL_TYPES = ("take_control", "enter", "withdraw")
_ORDER = {"withdraw": 0, "enter": 1, "take_control": 2}  # same day: the takeover is the last word


def control_timeline(place_key: str, merged: list[MergedEvent], prefix: list[ControlState] | None = None,
                     start: str | None = None) -> list[ControlState]:
    """Control states of one place (``place_key``) from its merged events, oldest first.

    To continue a long timeline, ``prefix`` holds its states dated before ``start`` (none of which
    took in a merged event dated ``start`` or later) and ``merged`` those dated ``start`` or later (or
    undated): the result is the one the whole history gives.
    """
    rows = [m for m in merged if m.type in CONTROL_TYPES and m.polarity == "asserted"
            and (start is None or (m.date.value or "9999") >= start)]
    rows.sort(key=lambda m: (m.date.value or "9999", _ORDER[m.type], m.id))
    states: list[ControlState] = [replace(s, according_to=list(s.according_to), events=list(s.events))
                                  for s in prefix or []]
    for m in rows:
        holder = m.side if m.type != "withdraw" else "unknown"
        contested = m.status == "contested" or m.type in ("enter", "withdraw")
        since = m.date.value or None
        prev = states[-1] if states else None
        if prev and prev.since == since and prev.holder not in (holder, "unknown") and holder != "unknown":
            prev.contested = True
        if prev and prev.holder == holder and (prev.since == since or m.type != "withdraw"):
            _absorb(prev, m, contested and prev.contested)
            continue
        place = m.place
        states.append(ControlState(
            place=place.name if place else place_key, place_en=place.name_en if place else "",
            gazetteer_id=(place.gazetteer_id if place else "") or place_key, holder=holder,
            since=since, according_to=list(m.outlets), contested=contested, events=[m.id]))
    return states


def _absorb(state: ControlState, m: MergedEvent, contested: bool) -> None:
    """Fold a further report of the same holder into an existing state (a take after an enter)."""
    state.events.append(m.id)
    for o in m.outlets:
        if o not in state.according_to:
            state.according_to.append(o)
    state.contested = contested or (m.status == "contested")
