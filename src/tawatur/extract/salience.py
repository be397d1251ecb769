"""One salience model for place back-references ("البلدة"، "المدينة"، "القرية"، "المخيم"، "فيها"، "منها") and for the
place a sentence with none inherits (task backref40).

The per-word rules of :mod:`.backrefs` (the story's village for "البلدة", a town read as "المدينة", the camp dual,
...) choose among the places named so far one word at a time. This module scores every candidate by general
features instead, so that a new word or a new antecedent is read by the same weights:

- **kind**: the candidate is of the kind the class noun names (data/extract/backref_classes.tsv: its gazetteer kind
  or the cue noun the text named it under), or agrees with a pronoun;
- **recency**: the sentences between the candidate and the back-reference (``dist``);
- **salience**: an event of the text took it (``took``), it was named in the first sentence (``lead``), the text
  named it more than once (``again``);
- **role**: named only as a speaker's seat or home ("وقال مصدر في مدينة X إن"، "ناشط من أبناء بلدة X": ``seat``) or
  only to locate another place ("قرب مدينة Y": ``locator``);
- **blocking**: a place abroad is no candidate (the caller filters it, :func:`.backrefs.at_home`).

The weights are data (data/extract/backref_salience.tsv). A verdict names its rule and the winner's features, e.g.
``salience(kind=town,took,lead,dist=1)``, which the event's place provenance carries.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..clean.normalize import fold_text
from ..lang.ar import clitic_forms
from ..model import Mention
from ..read.wordsets import wordset
from .frames import SentenceView, token_at
from .patterns import read_table


@cache
def weights() -> dict[str, float]:
    """The feature weights of data/extract/backref_salience.tsv."""
    return {r["feature"]: float(r["weight"]) for r in read_table("backref_salience.tsv")}


@cache
def class_kinds() -> dict[str, tuple[str, ...]]:
    """The class table: wordset name -> the gazetteer kinds its back-reference words name."""
    return {r["wordset"]: tuple(r["kinds"].split("|")) for r in read_table("backref_classes.tsv")}


@dataclass(frozen=True)
class Features:
    """What the model knows of one antecedent candidate."""

    kind: str  # the kind that agreed with the word ("" when none did)
    dist: int  # sentences back from the back-reference
    took: bool = False
    lead: bool = False
    again: bool = False
    seat: bool = False
    locator: bool = False

    def score(self) -> float:
        w = weights()
        flags = [("kind", bool(self.kind)), ("took", self.took), ("lead", self.lead), ("again", self.again),
                 ("seat", self.seat), ("locator", self.locator)]
        return sum(w.get(name, 0.0) for name, on in flags if on) - w.get("dist", 0.0) * self.dist

    def describe(self) -> str:
        """``salience(kind=town,took,lead,dist=1)``: the rule and the winner's features."""
        parts = [f"kind={self.kind}" if self.kind else "kind=none"]
        parts += [name for name, on in (("took", self.took), ("lead", self.lead), ("again", self.again),
                                        ("seat", self.seat), ("locator", self.locator)) if on]
        parts.append(f"dist={self.dist}")
        return "salience(" + ",".join(parts) + ")"


def best(scored: list[tuple[Features, Mention]]) -> tuple[Features, Mention] | None:
    """The candidate of the highest score; a tie goes to the one named last (the nearer)."""
    if not scored:
        return None
    return max(enumerate(scored), key=lambda x: (x[1][0].score(), x[0]))[1]


SEAT_REACH = 6  # words from the end of a speaker's name to the place of its seat ("مصدر عسكري موجود في بلدة X")
OPENER_REACH = 5  # words from the seat to the "إن" that opens the report ("في بلدة X بريف Y لشمال برس إن")
SEAT_LEADS = wordset("speaker_seat_lead")  # "في"، "موجود": what joins a speaker to its seat
HOME_LEADS = wordset("speaker_home_lead")  # "أبناء"، "أهالي": what joins a speaker to its home town
REPORT_OPENERS = wordset("reporter_that")  # "إن"، "بأن": what opens the report after its speaker
ON_THE_SPOT = wordset("on_the_spot_speaker")  # "سكان"، "مصدر محلي": who tell what happens where they are


def speaker_places(view: SentenceView) -> set[int]:
    """The tokens of the places a sentence names only as where a speaker sits or comes from, a few words after the
    speaker's name and right before the "إن/أن" that opens what it reports: joined by "في/موجود في" to a speaker
    who is no resident, witness or local source (wordset on_the_spot_speaker, in its words or the two after them) ("وقال مصدر في مدينة Y إن ..."), or by "أبناء/أهالي" to anyone ("وقال ناشط
    من أبناء بلدة X إن ..."). Such a place is the seat feature of the model: a back-reference or an inheriting
    trigger of the report points past it when the story told a place before. Residents and local sources ("قال
    سكان في بلدة X إن") and a bare origin ("ناشط من X") tell of their own town: no seat."""
    toks = view.toks
    out: set[int] = set()
    for s in view.sources:
        first, last = token_at(toks, s.start), token_at(toks, max(s.start, s.end - 1))
        opener = next((q for q in range(last + 1, len(toks))
                       if not REPORT_OPENERS.isdisjoint(clitic_forms(toks[q].bare))), None)
        if opener is None:
            continue
        spot = any(not ON_THE_SPOT.isdisjoint(clitic_forms(toks[k].bare)) for k in range(first, min(last + 3, len(toks))))
        for i, _p in view.places_by_start:
            if not (last < i < opener and i - last <= SEAT_REACH and opener - i <= OPENER_REACH):
                continue
            leads = [(*clitic_forms(toks[k].bare), toks[k].bare) for k in range(max(last + 1, i - 2), i)]
            if any(not HOME_LEADS.isdisjoint(f) for f in leads) or (
                    not spot and any(not SEAT_LEADS.isdisjoint(f) for f in leads)):
                out.add(i)
    return out


def place_key(m: Mention) -> str:
    """What makes two mentions the same place: the gazetteer id, else the folded name."""
    return str(m.attrs.get("id") or fold_text(m.attrs.get("name") or m.text))
