"""Merged events: which events of different articles report one real-world happening.

An event joins an existing merged event when the type is equal, the place is the same place
(:func:`tawatur.link.places.place_match`), the time is compatible and the actor side is compatible
(equal, one unknown, or allied in that period: ``data/link/allied_sides.tsv``). Polarity does not split: a
claim and its denial share one merged event, which is then *contested*; an expectation joins the report
of its happening when that is told as done within ``FORETOLD_DAYS`` after it (:func:`foretold`),
which needs a day on both (an undated article's expectation joins no report).

Time: two reports' days (stated, or their article's date; a month or a year when that is all the text
says) must lie within ``DAY_TOL`` days; annotators keep reports a few days apart as separate happenings
even when one is dated only by its publication (the first and second phase of one evacuation, a week
apart). An attack on a wide place (a region, countryside, governorate) is a campaign told over weeks as
one happening, so its tolerance is ``CAMPAIGN_TOL``; a takeover or withdrawal there is one step of an
offensive, so its reports may be only ``WIDE_TOL`` days apart. An undated report fits any date near its
article's, or any date at all when its article is undated too. A happening told as going on since a
day ("منذ الأربعاء") began that day: a report of an earlier day is another happening
(:func:`since_day`). A strike or a toll dated to a part of its day (dawn, evening) is another happening
than the reports of that day that name a part two or more steps away (:func:`part_of_day`). Within one
article, a claim and its denial of one happening are one report (:func:`identity`).
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from ..clean.normalize import fold_text, strip_article, words
from ..model import Article, Event, EventDate, MergedEvent, Place
from ..read.wordsets import wordset
from .data import allied_sides, day_parts
from .places import cell_reach, contains, grid_cell, name_key, place_keys, place_match, primary_key
from .sources import UNKNOWN_CHAIN, UNKNOWN_OUTLET, chain_key, count_independent, outlet_of

DAY_TOL = 2  # two reports of one happening may date it up to two days apart
SPAN_MAX = 3  # a merged event's stated days never span more than this many days
CAMPAIGN_TOL = 31  # an attack campaign on a wide area is one happening told over a month
CAMPAIGN_SPAN = 45
CAMPAIGN_TYPES = frozenset({"attack"})  # types that last (a bombardment, an offensive), not acts
# Types whose one happening lies at one hour: a strike at dawn and one in the evening of the same day are two
# (:func:`part_of_day`); a takeover or a flight may be told at the hour it was announced, so not those.
HOUR_TYPES = frozenset({"attack", "casualties"})
WIDE_TOL = 1  # any other act on a wide place: reports at most a day apart
# A month or year date is a window (merges within its period). With gold events this links more (train
# K-O 0.705 -> 0.727); with today's extraction two links are lost on K-O/dev, each a misdated event
# that had merged by accident. False treats such dates as undated (near the article's date).
COARSE_WINDOWS = True
FORETOLD_DAYS = 7  # an expected happening is done at most a week after it was told as coming (a postponed batch of
# an evacuation, "في وقت لاحق", leaves days later: train M links .846 -> .903 with 4 -> 7; no set moved otherwise)
WINDOW = 3  # an undated event is compared with merged events within this many days of its article
REACH = max(DAY_TOL, WINDOW, CAMPAIGN_TOL) + 1  # days a candidate may lie from a new event
MAX_PLACE_CHECK = 12  # member places checked per candidate (all members usually share one place)
WIDE_KINDS = frozenset({"area", "region", "countryside", "governorate", "district", "admin1", "admin2"})

Window = tuple[int, int]


def day_of(value: str | None) -> int | None:
    """Day ordinal of an ISO date or datetime, or None."""
    if not value or len(value) < 10:
        return None
    return _ordinal(value[:10])


@lru_cache(maxsize=1 << 14)
def _ordinal(value: str) -> int | None:
    """:func:`day_of` of an ISO day, cached: scoring a report against a merged event reads the day of
    every member again, and a corpus names few distinct days."""
    try:
        return date.fromisoformat(value[:10]).toordinal()
    except ValueError:
        return None


def event_day(event: Event) -> int | None:
    """The event's day, when the article dates it to the day (an inferred story date never counts:
    merging must not depend on which dated reports arrived first)."""
    if event.date and event.date.precision in ("", "day") and event.date.basis != "story":
        return day_of(event.date.value)
    return None


def date_window(event: Event) -> Window | None:
    """The days the event may have happened on, for merging (first, last): its day, or the whole month
    or year a coarser date names ("في أيار 2015", "عام 2016"); None when undated (or only inferred
    from its story, which must not decide merging)."""
    day = event_day(event)
    if day is not None:
        return day, day
    d = event.date
    coarse = d and d.basis != "story" and d.precision in ("month", "year") and COARSE_WINDOWS
    first = day_of(d.value) if coarse else None
    if first is None:
        return None
    start = date.fromordinal(first)
    if d.precision == "year":
        return first, date(start.year, 12, 31).toordinal()
    nxt = date(start.year + (start.month == 12), start.month % 12 + 1, 1)
    return first, nxt.toordinal() - 1


def is_wide(place: Place | None) -> bool:
    """A region, countryside or governorate: the scene of campaigns rather than of one-day events."""
    return place is not None and place.kind in WIDE_KINDS


def tolerance(event: Event, places: list[Place | None]) -> tuple[int, int]:
    """(days apart, longest span of stated days) for ``event`` to join members at ``places``: a campaign
    on a wide place spans weeks; any other act on a wide place is one step of an offensive, a day apart
    at most (a region is taken village by village, day after day); elsewhere ``DAY_TOL``."""
    if is_wide(event.place) and all(map(is_wide, places)):
        return (CAMPAIGN_TOL, CAMPAIGN_SPAN) if campaign(event) else (WIDE_TOL, WIDE_TOL + 1)
    return DAY_TOL, SPAN_MAX


def campaign(event: Event) -> bool:
    """An event of a lasting type on a wide place: reports weeks apart may tell this one happening."""
    return event.type in CAMPAIGN_TYPES and is_wide(event.place)


def allied(a: str, b: str, day: int | None) -> bool:
    """Whether sides ``a`` and ``b`` fought as one force on ``day`` (any period when undated)."""
    pair = frozenset((a, b))
    for sides, lo, hi in allied_sides():
        if sides == pair and (day is None or ((lo is None or day >= lo) and (hi is None or day <= hi))):
            return True
    return False


def sides_agree(side: str, known: set[str], day: int | None) -> bool:
    """An event of ``side`` fits members of the ``known`` sides: unknown, equal, or allied with each."""
    if side in ("", "unknown") or not known:
        return True
    return all(k == side or allied(k, side, day) for k in known)


def side_bloc(side: str, day: int | None) -> str:
    """The side that stands for ``side`` and its allies on ``day`` (the first of them by name), so
    "Turkish forces" and "the factions" of one article's one advance are one report."""
    bloc, todo = {side or "unknown"}, [side or "unknown"]
    while todo:  # allies of allies: the bloc must not depend on which member is asked
        one = todo.pop()
        for sides, _, _ in allied_sides():
            for other in sides - bloc:
                if one in sides and allied(one, other, day):
                    bloc.add(other)
                    todo.append(other)
    return min(bloc)


_ENTRY = re.compile(r"trigger:([a-z_]+:.*?#\d+)")


def trigger_keys(event: Event) -> set[str]:
    """What tells which happening an event of the catch-all type "other" is: its folded trigger word,
    and the trigger lexicon entry that found it (``rule``), so "lifted the siege" and "broke the siege",
    two words of one entry, are one kind of happening."""
    keys = {strip_article(fold_text(event.trigger))} if event.trigger else set()
    if (m := _ENTRY.match(event.rule or "")) is not None:
        keys.add("entry:" + m.group(1))
    return keys


def part_of_day(event: Event) -> tuple[int, int] | None:
    """(day, part) of an instantaneous happening whose date names a part of its day ("فجر اليوم": dawn,
    "مساء الأربعاء": evening; order of ``data/link/day_parts.tsv``), else None. Not for a happening told
    as going on since that hour ("منذ صباح اليوم", dated by its article: basis "published"), which lasts
    into the later parts; only an hour the text gives the happening itself (basis "text", or "" before
    :func:`tawatur.link.dating.fill_basis` has named it) counts."""
    if event.type not in HOUR_TYPES or is_wide(event.place) or not event.date.text \
            or event.date.basis not in ("", "text"):
        return None
    day = event_day(event)
    if day is None or since_day(event) is not None:
        return None
    return _part_of(event.date.text, day)


@lru_cache(maxsize=1 << 12)
def _part_of(said: str, day: int) -> tuple[int, int] | None:
    parts = {day_parts()[w] for _, _, w in words(fold_text(said)) if w in day_parts()}
    return (day, parts.pop()) if len(parts) == 1 else None


def hours_apart(part: tuple[int, int] | None, member_parts: set[tuple[int, int]]) -> bool:
    """Whether a report at ``part`` of a day lies two or more parts of the day away from every member
    report of that day that names one (dawn against evening): another strike on the same town."""
    if part is None:
        return False
    same_day = [p for d, p in member_parts if d == part[0]]
    return bool(same_day) and all(abs(p - part[1]) >= 2 for p in same_day)


def told(event: Event) -> str:
    """"expected" for a report of what is to come, else "reported" (asserted or denied)."""
    return "expected" if event.polarity == "expected" else "reported"


def foretold(expected: Window, reported: Window) -> bool:
    """Whether a report of a happening (``reported``) may be the happening an expectation of the days
    ``expected`` foretold: it is told as still to come, so it happens after those days, within
    ``FORETOLD_DAYS`` ("close to breaking the siege" on Monday, "broke the siege" on Thursday). What
    was done on or before the day it was still expected is another happening (a defection announced
    yesterday, and defections expected today)."""
    return _gap((expected[0] + 1, expected[1] + FORETOLD_DAYS), reported) == 0


def _foretold_fits(event: Event, win: Window | None, fallback: int | None, view: MemberView) -> bool:
    """Whether ``event`` (its window, else its article's day) fits the members told the other way
    (expected against reported): one of them must be foretold by, or foretell, the event. Where the
    event or such a member has no day at all (an undated article that dates nothing), the order of
    the two cannot be shown, and an expectation of an undated report may be of another happening
    ("other groups are still in contact with us to defect" beside yesterday's defections): apart."""
    other = "reported" if told(event) == "expected" else "expected"
    if other not in view.told_kinds:
        return True
    own = win or ((fallback, fallback) if fallback is not None else None)
    if own is None or other in view.undated_told:
        return False
    others = view.told_wins.get(other, set())
    if told(event) == "expected":
        return any(foretold(own, w) for w in others)
    return any(foretold(w, own) for w in others)


def since_day(event: Event) -> int | None:
    """The day a happening told as going on *since* it began ("نزوح ... منذ الأربعاء الماضي", "منذ فجر
    اليوم"): the date the text gives right after "منذ", when it is a day. A report of an earlier day
    is of something before it began: another happening."""
    day = event_day(event)
    if day is None or not event.evidence or not event.date.text:
        return None
    return day if _said_since(event.evidence.text, event.date.text) else None


@lru_cache(maxsize=1 << 14)
def _said_since(evidence: str, said: str) -> bool:
    """Whether ``said`` (a date's words) follows a "since" word in ``evidence``; cached, as scoring reads
    an event's start again for every cluster it is scored against."""
    text = [w for _, _, w in words(fold_text(evidence))]
    date_words = [w for _, _, w in words(fold_text(said))]
    n = len(date_words)
    return bool(n) and any(text[i:i + n] == date_words and text[i - 1] in wordset("since_preposition")
                           for i in range(1, len(text) - n + 1))


def _after_start(event: Event, win: Window | None, view: MemberView) -> bool:
    """Neither the event nor a member lies wholly before the day the other is told as going on since."""
    start = since_day(event)
    if start is not None and any(w[1] < start for w in view.wins):
        return False
    return win is None or not view.since or win[1] >= max(view.since)


def identity(event: Event) -> tuple[str, str, str, str]:
    """What makes events of ONE article one happening, for merging: same type and place, the same side
    or allied sides, and both told as fact or both as expected. A claim and its denial in one article
    ("the army said it took X; the factions denied it") are one happening, as across articles."""
    pk = primary_key(event.place) or (name_key(event.place.name) if event.place else "")
    return event.type, told(event), pk, side_bloc(event.actor.side, event_day(event))


def merged_id(first_event_id: str) -> str:
    return "me-" + hashlib.sha1(first_event_id.encode("utf-8")).hexdigest()[:12]


def index_keys(event: Event) -> list[str]:
    """Blocking keys of an event's place: exact keys, its grid cell, its governorate."""
    keys = list(place_keys(event.place))
    cell = grid_cell(event.place)
    if cell:
        keys.append(f"cell:{cell[0]}:{cell[1]}")
    if event.place is not None and event.place.admin1:
        keys.append("adm:" + name_key(event.place.admin1))
    return keys


def query_keys(event: Event) -> list[str]:
    """Keys to look up: the event's own keys plus the grid cells around its own that a place within
    the farthest place match (``UNRESOLVED_KM``) may lie in (:func:`cell_reach`: two cells of
    longitude either side in Syria, one of latitude)."""
    keys = [k for k in index_keys(event) if not k.startswith("adm:")]
    cell = grid_cell(event.place)
    if cell:
        rlat, rlon = cell_reach(event.place)
        keys += [f"cell:{cell[0] + dx}:{cell[1] + dy}"
                 for dx in range(-rlat, rlat + 1) for dy in range(-rlon, rlon + 1) if dx or dy]
    return keys


def _gap(a: Window, b: Window) -> int:
    return max(0, a[0] - b[1], b[0] - a[1])


def compatible_dates(win: Window | None, fallback: int | None, wins: Collection[Window],
                     tol: int = DAY_TOL, span: int = SPAN_MAX) -> bool:
    """Whether an event of window ``win`` (article day ``fallback``) fits a merged event's member
    windows ``wins``: within ``tol`` days of one of them, and its stated days spanning at most ``span``."""
    if not wins:
        return True
    if win is None:
        return fallback is None or min(_gap((fallback, fallback), w) for w in wins) <= max(WINDOW, tol)
    if min(_gap(win, w) for w in wins) > tol:
        return False
    if win[0] != win[1]:
        return True
    days = [w[0] for w in wins if w[0] == w[1]] + [win[0]]
    return max(days) - min(days) <= span


def aggregate(me: MergedEvent, members: list[Event], articles: dict[str, Article],
              base: MergedEvent | None = None) -> MergedEvent:
    """Fill a merged event's derived fields (outlets, chains, status, side, date, place) from members.

    ``base`` is the stored aggregate of a merged event some of whose members were not loaded (a partial
    seed); its outlets and chains are kept so nothing known is lost.
    """
    outlets: list[str] = list(base.outlets) if base else []
    chains: dict[str, list[str]] = {}
    if base:
        for ch in base.chains:
            key = UNKNOWN_CHAIN if ch[:1] == [UNKNOWN_OUTLET] else "src:" + "/".join(ch[-1:]).lower()
            chains.setdefault(key, ch)
    arts: list[str] = list(base.articles) if base else []
    assert_keys: set[str] = set()
    deny_keys: set[str] = set()
    for ev in members:
        art = articles.get(ev.article)
        outlet = outlet_of(art, ev)
        if outlet not in outlets:
            outlets.append(outlet)
        if ev.article not in arts:
            arts.append(ev.article)
        key, chain = chain_key(ev, outlet)
        chains.setdefault(key, chain)
        (deny_keys if ev.polarity == "denied" else assert_keys).add(key)
    me.outlets, me.articles = outlets, arts
    me.chains = list(chains.values())
    known = [o for o in outlets if o != UNKNOWN_OUTLET]
    me.n_outlets, me.n_chains = len(known) or (1 if outlets else 0), count_independent(set(chains))
    pols = {ev.polarity for ev in members} or {me.polarity}
    me.polarity = "asserted" if "asserted" in pols else ("denied" if "denied" in pols else "expected")
    if assert_keys and deny_keys and assert_keys != deny_keys:
        me.status = "contested"
    elif count_independent(assert_keys - deny_keys) >= 2 or (not members and me.n_chains >= 2):
        me.status = "corroborated"
    else:
        me.status = "single-source"
    sides = Counter(ev.actor.side for ev in members if ev.actor.side not in ("", "unknown"))
    if sides:
        me.side = sides.most_common(1)[0][0]
    me.date = _common_date(members) or me.date
    me.place = _best_place(members) or me.place
    return me


def _common_date(members: Iterable[Event]) -> EventDate | None:
    members = list(members)
    days = Counter(ev.date.value[:10] for ev in members if event_day(ev) is not None)
    if not days:  # only inferred (or coarser) dates: the earliest, with its precision and basis
        dated = sorted((ev.date for ev in members if ev.date.value), key=lambda d: (d.value, d.precision))
        return EventDate(dated[0].value[:10], dated[0].precision, "", dated[0].basis) if dated else None
    top = max(days.values())
    value = min(v for v, n in days.items() if n == top)
    basis = next((ev.date.basis for ev in members if ev.date.value[:10] == value and ev.date.basis), "")
    return EventDate(value=value, precision="day", basis=basis)


def _best_place(members: list[Event]) -> Place | None:
    places = [ev.place for ev in members if ev.place is not None]
    if not places:
        return None
    return max(places, key=lambda p: (bool(p.gazetteer_id), p.lat is not None, -places.index(p)))


def member_windows(me: MergedEvent, members: list[Event]) -> list[Window]:
    """The date windows of a merged event's members (its stored date when none is loaded)."""
    wins = [w for ev in members if (w := date_window(ev)) is not None]
    if not members and (d := day_of(me.date.value)) is not None:
        wins = [(d, d)]
    return wins


def candidate_score(event: Event, me: MergedEvent, members: list[Event], fallback_day: int | None,
                    containment: bool) -> tuple[float, str]:
    """Score of ``event`` joining ``me`` (0 = incompatible) and the rule that decided it."""
    return view_score(event, MemberView.of(me, members), fallback_day, containment)


@dataclass
class MemberView:
    """What :func:`view_score` reads of a merged event's members, kept up to date as members join.

    Scoring a report against a cluster read every member again (sides, date windows, polarities,
    triggers), so regrouping a large corpus cost the square of a cluster's size; these sets give the
    same answers in time independent of it (a minimum or a membership test over a set of distinct
    windows equals the one over the list)."""

    me: MergedEvent
    count: int = 0
    sides: set[str] = field(default_factory=set)
    wins: set[Window] = field(default_factory=set)
    told_wins: dict[str, set[Window]] = field(default_factory=dict)  # the wins by :func:`told`
    told_kinds: set[str] = field(default_factory=set)  # :func:`told` of every member
    undated_told: set[str] = field(default_factory=set)  # :func:`told` of the members with no window
    since: set[int] = field(default_factory=set)  # :func:`since_day` of the members that have one
    polarities: set[str] = field(default_factory=set)
    triggers: set[str] = field(default_factory=set)
    places: list[Place | None] = field(default_factory=list)  # the first MAX_PLACE_CHECK members'
    hours: set[tuple[int, int]] = field(default_factory=set)  # :func:`part_of_day` of the members that name one

    @classmethod
    def of(cls, me: MergedEvent, members: Iterable[Event]) -> MemberView:
        view = cls(me)
        for ev in members:
            view.add(ev)
        return view

    def add(self, ev: Event) -> Place | None | bool:
        """Count a member in; returns its place when it is one of the places checked, else False."""
        self.count += 1
        if ev.actor.side not in ("", "unknown"):
            self.sides.add(ev.actor.side)
        if (w := date_window(ev)) is not None:
            self.wins.add(w)
            self.told_wins.setdefault(told(ev), set()).add(w)
        else:
            self.undated_told.add(told(ev))
        self.told_kinds.add(told(ev))
        if (start := since_day(ev)) is not None:
            self.since.add(start)
        self.polarities.add(ev.polarity)
        self.triggers |= trigger_keys(ev)
        if (hour := part_of_day(ev)) is not None:
            self.hours.add(hour)
        if len(self.places) < MAX_PLACE_CHECK:
            self.places.append(ev.place)
            return ev.place
        return False

    def known(self) -> set[str]:
        """The members' known sides (the stored side when no member is loaded)."""
        if not self.count and self.me.side not in ("", "unknown"):
            return {self.me.side}
        return self.sides

    def windows(self) -> set[Window]:
        """:func:`member_windows` as a set."""
        if not self.count and (d := day_of(self.me.date.value)) is not None:
            return {(d, d)}
        return self.wins

    def checked_places(self) -> list[Place | None]:
        return self.places or [self.me.place]


def _sides_vouch(side: str, known: set[str]) -> bool:
    """Whether the sides are firm enough for the weakest place match (a site inside a town and the
    town): both unknown, or both known (and agreeing, checked before). An unknown side fits any side,
    and a site match fits any report in its town, so together they would join a prison attack by
    unnamed gunmen to the army's attack on the town around it: two happenings."""
    return (side == "unknown") == (not known)


def view_score(event: Event, view: MemberView, fallback_day: int | None,
               containment: bool, vouched: bool = False) -> tuple[float, str]:
    """:func:`candidate_score` read off a :class:`MemberView` (the same rules, the same score).
    ``vouched``: something else than the sides vouches for the weakest place match (a toll whose strike
    was merged with the strikes of the members' tolls, :meth:`tawatur.link.Linker._strike_together`)."""
    me = view.me
    if me.type != event.type:
        return 0.0, ""
    if event.type == "other" and (keys := trigger_keys(event)) and view.triggers \
            and not keys & view.triggers:
        return 0.0, ""  # "other" is a catch-all (curfew, prisoners freed): merge only like with like
    side = event.actor.side or "unknown"
    known = view.known()
    win = date_window(event)
    if not sides_agree(side, known, win[1] if win else fallback_day):
        return 0.0, ""
    wins = view.windows()
    places = view.checked_places()
    tol, span = tolerance(event, places)
    if not view.count:
        if not compatible_dates(win, fallback_day, wins, tol, span):
            return 0.0, ""
    elif not (compatible_dates(win, fallback_day, view.told_wins.get(told(event), set()), tol, span)
              and _foretold_fits(event, win, fallback_day, view) and _after_start(event, win, view)):
        return 0.0, ""
    if hours_apart(part_of_day(event), view.hours):
        return 0.0, ""
    best, rule = max((place_match(event.place, p) for p in places), key=lambda x: x[0])
    if not best and containment and any(contains(p, event.place) or contains(event.place, p)
                                        for p in places):
        best, rule = 0.5, "containment"
    if not best or (rule == "in-town" and not (vouched or _sides_vouch(side, known))):
        return 0.0, ""
    score = best
    score += 0.5 if event.polarity in view.polarities else 0.0
    score += 0.5 if win is not None and win[0] == win[1] and win in wins else 0.0
    score += 0.3 if side != "unknown" and side in known else 0.0
    return score, rule
