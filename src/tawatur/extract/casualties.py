"""Casualties: who suffered them and where, from the strike that caused them."""
from __future__ import annotations

from ..model import Mention
from .attribution import quantity_near, source_for
from .frames import ARMED_SIDES
from .patterns import Match
from .polarity import NO_EVENT, judge
from .sides import actor_of, adversary
from .vocab import (
    AGENT_MARKERS,
    VICTIM_MARKERS,
)
from .when import event_date


class CasualtyRules:
    """Casualties: their side and the strike that gives them a place.

    A mixin of the extractor (``events._Extractor``), which holds the per-article state."""

    def _casualty_side(self, view, m: Match, nxt: int, side: str, speaker: Mention | None = None) -> str:
        """Who inflicted casualties: a force after an agent marker ("برصاص X"); else, for the dead of a
        named force ("عناصر X"), the armed party that announces them ("أعلنت قسد مقتل 63 عنصراً من
        فصائل X": a claim of the enemy's dead), else that force's adversary."""
        toks = view.toks
        for a0, _, a in view.actors:
            if m.j <= a0 < nxt + 4 and a0 and toks[a0 - 1].bare in AGENT_MARKERS:
                return a.attrs.get("side", "unknown")
        for a0, _, a in view.actors:
            if a0 and toks[a0 - 1].bare in VICTIM_MARKERS and abs(a0 - m.i) <= 6:
                victim = a.attrs.get("side", "unknown")
                claimant = speaker.attrs.get("side") if speaker is not None else None
                if claimant in ARMED_SIDES and claimant != victim and victim in ARMED_SIDES:
                    return claimant
                return adversary(victim, self.day)
        return "unknown"

    def _toll_side(self, view, m: Match) -> str:
        """The adversary of the force a toll counts right after its word ("قتل 12 من عناصر X"), else unknown."""
        toks = view.toks
        victim = next((a for a0, _, a in view.actors
                       if m.i < a0 <= m.j + 6 and toks[a0 - 1].bare in VICTIM_MARKERS), None)
        return adversary(victim.attrs.get("side", "unknown"), self.day) if victim is not None else "unknown"

    def _two_tolls(self, view, m: Match) -> bool:
        """Whether the sentence counts the dead of two forces ("قتل 12 من الفصائل، فيما قتل 9 من عناصر
        قوات النظام"): each toll is then inflicted by the adversary of whom it counts."""
        mine = self._toll_side(view, m)
        others = [c for c in self._sentence_matches if c is not m and c.row.get("type") == "casualties"]
        return mine != "unknown" and any(self._toll_side(view, c) not in ("unknown", mine) for c in others)

    def casualties_from(self, view, m: Match, prv, nxt, cues, donors, continuation):
        toks = view.toks
        source, smention = source_for(view, toks[m.i].start, self.prev_source, continuation)
        verdict = judge(m, toks, cues, bool(smention and smention.attrs.get("denial")))
        if verdict.polarity == NO_EVENT:
            return []
        donor_event, donor_places = donors[-1]
        side = donor_event.actor.side  # the strike that caused them names who inflicted them
        # unless the toll names its own dead: "قتل 12 من الفصائل، فيما قتل 9 من عناصر قوات النظام" are two
        # tolls of one battle, each inflicted by the adversary of whom it counts
        own = donor_event.rule.endswith("side:implied") and self._two_tolls(view, m)
        if own:
            side = self._toll_side(view, m)
        elif side in ("unknown", "civilians"):
            side = self._casualty_side(view, m, nxt, "unknown")
        qty = quantity_near(view, m, prv, nxt, "casualties")
        date = event_date(view, m, self.article, donor_event.date, True, self._breaks, self.narrative)
        places = [p for p in donor_places] if donor_places else []
        out = []
        for p in places:
            ev = self._event(view, m, "casualties", verdict, p, None, side, source, date, qty,
                             "from-attack" if donor_event.sentence == view.index else "continuation")
            if ev.actor.side == "unknown":
                ev.actor = actor_of(None, side, ev.date.value or self.day)
            if own:  # decided from the dead it counts, not a pro-drop guess
                ev.rule = ev.rule.replace("side:implied", "side:victim-adversary")
            out.append((ev, places))
        return out
