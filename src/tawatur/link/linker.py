"""The incremental cross-article linker: stories, merged events, contradictions, control.

``Linker.add`` finds, through a (type, place key) -> day index of events, the reports each new event may
be merged with, and the reports those may be merged with in turn (the new events' *component*); it
groups that component again, in an order fixed by the events themselves (day, article, id), never by
their arrival. So the merged events are the same whatever order articles (or batches, or concurrent
writers) come in. A toll told in the sentence of its strike follows that strike: strikes are grouped
first, and two such tolls whose strikes were kept apart are not merged (:meth:`Linker._strike_apart`). Then it recomputes only what it touched: those merged events, their contradictions,
the control timeline of their places, and the stories of the new articles. Adding articles to a large
corpus costs time in proportion to the new articles and their components, and a store can seed a Linker
with just the candidates it loaded (a component is then grouped from what was loaded).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..model import Analysis, Article, Contradiction, ControlState, Event, MergedEvent, Story
from .contradictions import find_contradictions
from .control import CONTROL_TYPES, control_timeline, joined
from .dating import date_story, fill_basis
from .grouping import NEAR_REACH, ClusterTable, span_of
from .levels import whole_town_apart
from .merge import (
    REACH,
    aggregate,
    campaign,
    candidate_score,
    date_window,
    day_of,
    event_day,
    identity,
    index_keys,
    is_wide,
    member_windows,
    merged_id,
    query_keys,
    sides_agree,
)
from .places import admin_key, name_key, place_match, primary_key, town_of
from .sources import outlet_of
from .stories import StoryIndex, article_keys, features
from .summary import summarize
from .tolls import assign_article_tolls, merged_toll

MAX_COMPONENT = 400  # events grouped again at most per add (bounds the worst; components are small)
TOLL_TIES = {"casualties": "attack", "attack": "casualties"}  # a toll and the strike it is the toll of


@dataclass
class StoryState:
    """The story index's state a store keeps: per story its centroid state, per article its keys
    and day (see :meth:`tawatur.link.stories.StoryIndex.state` and ``keys``)."""

    stories: dict[str, dict[str, Any]] = field(default_factory=dict)
    articles: dict[str, tuple[list[str], int | None]] = field(default_factory=dict)


def article_places(art: Article) -> set[str]:
    """The places an article is about, for stories: its events' places and gazetteer place mentions."""
    keys = {primary_key(ev.place) for ev in art.events if ev.place is not None}
    for m in art.mentions:
        if m.kind == "place":
            gid = m.attrs.get("id")  # places carry their gazetteer id as "id" (no reader writes "gazetteer_id")
            if gid:
                keys.add("gid:" + str(gid))
    keys.discard("")
    return keys


def control_key(state: ControlState) -> str:
    """The place key a stored control state belongs to, as :meth:`Linker._refresh_control` names it
    (a gazetteer id is stored bare, other places by their ``name:`` key)."""
    gid = state.gazetteer_id or ""
    if gid.startswith(("gid:", "name:", "en:")):
        return gid
    return "gid:" + gid if gid else "name:" + name_key(state.place)


def place_control(pk: str, merged: list[MergedEvent], events: dict[str, Event],
                  articles: dict[str, Article]) -> list[ControlState]:
    """The control timeline of the place ``pk`` from its merged events (sorted by id), as the linker
    keeps it; also what a parallel link (:mod:`.parallel`) computes once all places are merged."""
    members = {i: events[i] for m in merged for i in m.events if i in events}
    outlets = {e.article: outlet_of(articles.get(e.article), e) for e in members.values()}
    states = control_timeline(pk, merged, members, outlets)
    for st in states:
        st.gazetteer_id = pk.split(":", 1)[1] if pk.startswith("gid:") else st.gazetteer_id
    return states


def article_day(art: Article) -> int | None:
    return day_of(art.published) or next((event_day(e) for e in art.events if event_day(e)), None)


class Linker:
    """Links analysed articles across outlets; see the module docstring."""

    def __init__(self, existing: Analysis | None = None, containment: bool = False,
                 story_state: StoryState | None = None) -> None:
        """``story_state`` (from a store): each seeded story's state and each seeded article's story
        keys and day, so linking continues exactly as if the whole corpus had been linked at once."""
        self.containment = containment  # also merge a town with its governorate/countryside
        self.articles: dict[str, Article] = {}
        self.events: dict[str, Event] = {}
        self.merged: dict[str, MergedEvent] = {}
        self.partial: dict[str, MergedEvent] = {}  # seeded aggregates with members not loaded
        self.event_merged: dict[str, str] = {}
        self.index: dict[tuple[str, str], dict[int | None, set[str]]] = {}  # (type, key) -> day -> events
        self.indexed: dict[str, list[tuple[tuple[str, str], int | None]]] = {}
        self.story_index = StoryIndex()
        self.stories: dict[str, Story] = {}
        self.contradictions: dict[str, list[Contradiction]] = {}
        self.control: dict[str, list[ControlState]] = {}
        self.place_merged: dict[str, set[str]] = {}
        self.levels: dict[str, set[tuple[str, str]]] = {}  # article -> (type, town) it tells at two levels
        if existing is not None:
            self._seed(existing, story_state or StoryState())

    # ------------------------------------------------------------------ seeding
    def _seed(self, a: Analysis, state: StoryState) -> None:
        """Restore state from a (possibly partial) analysis without recomputing it."""
        for art in a.articles:
            self.articles[art.id] = art
            for ev in art.events:
                self.events[ev.id] = ev
        for ev in a.events:
            self.events[ev.id] = ev
        for m in a.merged_events:
            self.merged[m.id] = m
            if any(i not in self.events for i in m.events):
                self.partial[m.id] = MergedEvent(**{**m.__dict__, "outlets": list(m.outlets),
                                                    "chains": [list(c) for c in m.chains],
                                                    "articles": list(m.articles)})
            for i in m.events:
                self.event_merged[i] = m.id
                if i in self.events:
                    self._index_event(self.events[i])
            self.place_merged.setdefault(primary_key(m.place), set()).add(m.id)
        for s in sorted(a.stories, key=lambda s: (s.start or "", s.id)):
            self.stories[s.id] = s
            self.story_index.seed(s.id, s.articles, state.stories.get(s.id))
        self._seed_story_articles(a, state)
        for c in a.contradictions:
            self.contradictions.setdefault(c.merged_event, []).append(c)
        for st in a.control:
            self.control.setdefault(control_key(st), []).append(st)

    def _seed_story_articles(self, a: Analysis, state: StoryState) -> None:
        """Seeded articles with text become story candidates again: with their stored keys, or (no
        stored state) keys read off the article and its loaded events."""
        evs: dict[str, list[Event]] = {}
        for ev in self.events.values():
            evs.setdefault(ev.article, []).append(ev)
        for art in a.articles:
            if not (art.text or art.raw) or art.id not in self.story_index.parent:
                continue
            if art.id in state.articles:
                keys, day = state.articles[art.id]
            else:
                view = Article(id=art.id, published=art.published, mentions=art.mentions,
                               events=art.events or evs.get(art.id, []))
                keys = article_keys(features(art)[1], article_places(view))
                day = article_day(view)
            self.story_index.seed_article(art, keys, day)

    # ------------------------------------------------------------------ indexing
    def _index_event(self, ev: Event) -> None:
        """Index an event under (type, place key) and its day (its own, else its article's), or under
        None (looked at by every lookup) when it has no day or only a month or a year."""
        self._unindex_event(ev.id)
        win = date_window(ev)
        day = event_day(ev)
        if day is None and win is None:
            day = day_of(self._published(ev.article))
        if win is not None and win[0] != win[1]:
            day = None
        entries = [((ev.type, key), day) for key in index_keys(ev)]
        for block, d in entries:
            self.index.setdefault(block, {}).setdefault(d, set()).add(ev.id)
        self.indexed[ev.id] = entries

    def _unindex_event(self, eid: str) -> None:
        for block, d in self.indexed.pop(eid, []):
            self.index.get(block, {}).get(d, set()).discard(eid)

    def _published(self, article_id: str) -> str | None:
        art = self.articles.get(article_id)
        return art.published if art else None

    def _fallback(self, ev: Event) -> int | None:
        return day_of(self._published(ev.article))

    def _nearby(self, ev: Event) -> set[str]:
        """Events of the same type indexed under one of ``ev``'s place keys within reach of its day
        (any day when neither the event nor its article is dated)."""
        win = date_window(ev)
        ref = (win[0], win[1]) if win else ((f, f) if (f := self._fallback(ev)) is not None else None)
        reach = REACH if campaign(ev) else NEAR_REACH
        keys = query_keys(ev)
        if self.containment and ev.place is not None:
            keys.append("adm:" + admin_key(ev.place.admin1 or ev.place.name))
        found: set[str] = set()
        for key in keys:
            by_day = self.index.get((ev.type, key))
            if not by_day:
                continue
            for d, ids in by_day.items():
                if ref is None or d is None or ref[0] - reach <= d <= ref[1] + reach:
                    found |= ids
        found.discard(ev.id)
        return found

    def _pair(self, a: Event, b: Event) -> bool:
        """Whether two reports of different articles may tell one happening (checked both ways, so
        the relation does not depend on which came first)."""
        if a.article == b.article:
            return False
        one = MergedEvent(id="", type=b.type, place=b.place)
        two = MergedEvent(id="", type=a.type, place=a.place)
        return (candidate_score(a, one, [b], self._fallback(a), self.containment)[0] > 0
                and candidate_score(b, two, [a], self._fallback(b), self.containment)[0] > 0)

    # ------------------------------------------------------------------ merging
    def _members(self, mid: str) -> list[Event]:
        return [self.events[i] for i in self.merged[mid].events if i in self.events]

    def _tied(self, ev: Event) -> list[Event]:
        """The strikes a toll is the toll of, or the tolls of a strike: the other article's reports of
        the other type (attack / casualties) told in the same sentence at the same place ("قصفت ...
        ما أسفر عن مقتل 5"). Tolls are grouped after strikes and follow them (:meth:`_strike_apart`)."""
        other = TOLL_TIES.get(ev.type)
        art = self.articles.get(ev.article)
        if other is None or art is None or ev.place is None or ev.sentence < 0:
            return []
        return [e for e in art.events if e.type == other and e.sentence == ev.sentence
                and e.place is not None and place_match(ev.place, e.place)[0] > 0]

    def _strikes(self, ev: Event, where: dict[str, str]) -> set[str]:
        """The merged events of a toll's strikes (``where``: the merged event each strike joined in this
        grouping; else the one it is in); none for any other report."""
        if ev.type != "casualties":
            return set()
        return {m for a in self._tied(ev) if (m := where.get(a.id) or self.event_merged.get(a.id))}

    def _strike_apart(self, ev: Event, members: list[Event], where: dict[str, str]) -> bool:
        """Whether the toll ``ev`` and a toll among ``members`` are told with strikes the grouping
        keeps apart: the dead of a dawn attack on a checkpoint and the wounded of an evening bomb in
        the same town are two tolls, though the monitor's report of the one names no hour and no
        district."""
        mine = self._strikes(ev, where)
        return bool(mine) and any((theirs := self._strikes(m, where)) and not theirs & mine for m in members)

    def _strike_together(self, ev: Event, members: list[Event], where: dict[str, str]) -> bool:
        """Whether the toll ``ev`` is told with a strike merged with a strike of the tolls ``members``:
        that merge vouches for the district / city match of the tolls where their sides do not (the
        witnesses' dead "in the city" with the government's side named, the monitor's dead "in the
        district" with none, of one clash)."""
        mine = self._strikes(ev, where)
        return bool(mine) and any(self._strikes(m, where) & mine for m in members)

    def _component(self, new: list[Event]) -> list[Event]:
        """The new events and every loaded report linked to them by a chain of possible merges (and
        the members of the merged events those are in, and the strikes of the tolls and the tolls of
        the strikes, :meth:`_tied`), up to ``MAX_COMPONENT`` events."""
        seen = {ev.id for ev in new}
        queue = sorted(seen)
        while queue and len(seen) < MAX_COMPONENT:
            ev = self.events[queue.pop()]
            near = {i for i in self._nearby(ev) if i in self.events and self._pair(ev, self.events[i])}
            near |= {t.id for t in self._tied(ev) if t.id in self.events}
            mid = self.event_merged.get(ev.id)
            if mid in self.merged:
                near |= {i for i in self.merged[mid].events if i in self.events}
            for i in sorted(near - seen):
                seen.add(i)
                queue.append(i)
        return [self.events[i] for i in sorted(seen)]

    def _order(self, ev: Event) -> tuple[int, str, str]:
        """The fixed order in which a component is grouped: by day, then article, then event id."""
        win = date_window(ev)
        day = win[1] if win else self._fallback(ev)
        return (day if day is not None else 1 << 30, ev.article, ev.id)

    def _regroup(self, new: list[Event]) -> set[str]:
        """Group the component of ``new`` into merged events again; returns the merged events touched
        (those it dissolved and those it made). Loaded members of a partially seeded merged event stay
        together under its id: the rest of that merged event is not here to be grouped again."""
        comp = self._component(new)
        old = {self.event_merged[e.id] for e in comp if e.id in self.event_merged}
        have = {e.id for e in comp}  # whole merged events are grouped again (the cap may cut one)
        comp += [self.events[i] for m in sorted(old) if m in self.merged for i in self.merged[m].events
                 if i in self.events and i not in have]
        fixed = sorted(m for m in old if m in self.partial and m in self.merged)
        table = ClusterTable(self.containment)
        for mid in fixed:
            members = self._members(mid)
            table.add(mid, self.merged[mid], members, span_of(member_windows(self.merged[mid], members)))
        pinned = {e.id for members in table.members for e in members}
        groups: dict[tuple, list[Event]] = {}
        for ev in sorted((e for e in comp if e.id not in pinned), key=self._order):
            groups.setdefault((ev.article, *identity(ev)), []).append(ev)
        for mid in old:
            if mid not in fixed and mid in self.merged:
                self.merged[mid].events = []
        where: dict[str, str] = {}  # event id -> the merged event it joined in this grouping

        def refuse(ev: Event, members: list[Event], rule: str) -> bool:
            return self._refuse(ev, members, rule) or self._strike_apart(ev, members, where)

        def vouch(ev: Event, members: list[Event]) -> bool:
            return self._strike_together(ev, members, where)

        # strikes before tolls (a toll follows its strike); within a type the fixed order stands
        for group in sorted(groups.values(), key=lambda g: g[0].type == "casualties"):
            ev = group[0]  # ClusterTable scores a group only where it can score
            at = table.best(ev, self._fallback(ev), refuse, vouch)
            if at < 0:
                at = table.add(merged_id(ev.id), MergedEvent(id="", type=ev.type, place=ev.place), group,
                               span_of(w for m in group if (w := date_window(m)) is not None))
            else:
                table.extend(at, group)
            where.update((m.id, table.ids[at]) for m in group)
        made: set[str] = set()
        for mid, members in zip(table.ids, table.members, strict=True):
            if mid not in fixed:
                self.merged[mid] = MergedEvent(id=mid, type=members[0].type, place=members[0].place)
            self.merged[mid].events = [e.id for e in members]
            for e in members:
                self.event_merged[e.id] = mid
            made.add(mid)
        return old | made

    def _levels(self, article_id: str) -> set[tuple[str, str]]:
        """(type, town entry) pairs the article tells at both levels, at the town and at a site the
        reader named inside it, by one side or its allies ("took the town" and "took its X quarter"):
        that article holds the two apart. Two sides' reports at the two levels ("the factions hold the
        town; the army has not taken its spring") are two happenings already, and hold nothing apart.
        Read off the article's loaded events (none: nothing is held apart)."""
        got = self.levels.get(article_id)
        if got is None:
            art = self.articles.get(article_id)
            evs = [e for e in (art.events if art else []) if e.place is not None]
            got = {(a.type, town.gazetteer_id) for i, a in enumerate(evs) for b in evs[i + 1:]
                   if a.type == b.type and sides_agree(a.actor.side, {b.actor.side} - {"", "unknown"},
                                                       event_day(a))
                   and (town := town_of(a.place, b.place)) is not None}
            self.levels[article_id] = got
        return got

    def _refuse(self, ev: Event, members: list[Event], rule: str) -> bool:
        """Turn down the weakest place match (a site inside a town and the town) where an article tells
        the two levels apart, or where the town's report tells the whole town (:mod:`.levels`)."""
        return rule == "in-town" and (self._across_levels(ev, members) or whole_town_apart(ev, members))

    def _across_levels(self, ev: Event, members: list[Event]) -> bool:
        """Whether joining ``ev`` to ``members`` by a site-inside-town match would cross two levels
        that ``ev``'s article or a member's tells apart (so linking does not depend on which of that
        article's two reports is grouped first)."""
        for m in members:
            town = town_of(ev.place, m.place) if ev.place is not None and m.place is not None else None
            if town is not None and any((ev.type, town.gazetteer_id) in self._levels(a)
                                        for a in (ev.article, m.article)):
                return True
        return False

    def _remove_article(self, aid: str) -> set[str]:
        """Forget a previous version of an article; returns the merged events it touched."""
        touched: set[str] = set()
        old = self.articles.pop(aid, None)
        for ev in list(old.events if old else []):
            mid = self.event_merged.pop(ev.id, None)
            self.events.pop(ev.id, None)
            self._unindex_event(ev.id)
            if mid and mid in self.merged:
                self.merged[mid].events = [i for i in self.merged[mid].events if i != ev.id]
                touched.add(mid)
        sid = self.story_index.remove(aid)
        if sid and sid in self.stories:
            self.stories[sid].articles = [a for a in self.stories[sid].articles if a != aid]
        return touched

    # ------------------------------------------------------------------ public API
    def add(self, articles: list[Article]) -> dict[str, set[str]]:
        """Add analysed articles (with ``.events``); returns the ids of everything touched."""
        touched_m: set[str] = set()
        for art in articles:
            if art.id in self.articles:
                touched_m |= self._remove_article(art.id)
            self.articles[art.id] = art
            self.levels.pop(art.id, None)
        new = [ev for art in articles for ev in self._prepare(art)]
        touched_m |= self._regroup(new)
        gone_c: set[str] = set()
        gone_m = {m for m in touched_m if m not in self.merged or not self.merged[m].events}
        for mid in sorted(gone_m & set(self.merged)):  # dissolved by a regrouping: reported, to delete
            gone_c |= {c.id for c in self.contradictions.get(mid, [])}
            self._drop_merged(mid)
        touched_m -= gone_m
        for mid in sorted(touched_m):
            self._refresh_merged(mid)
        touched_s = self._link_stories(articles)
        for mid in touched_m:  # a story's summary shows its merged events: refresh those that grew
            touched_s |= {sid for a in self.merged[mid].articles
                          if (sid := self.story_index.parent.get(a)) and sid in self.story_index.members}
        touched_m |= self._date_stories(touched_s)
        touched_c = self._refresh_contradictions(touched_m) | gone_c
        touched_p = self._refresh_control(touched_m)
        for mid in touched_m:
            self.merged[mid].story = self.story_index.parent.get(self.merged[mid].articles[0]) \
                if self.merged[mid].articles else None
        for sid in touched_s:
            self._refresh_story(sid)
        return {"stories": touched_s, "merged_events": touched_m | gone_m, "contradictions": touched_c,
                "control": touched_p}

    def _date_stories(self, sids: set[str]) -> set[str]:
        """Date undated reports from the dated ones of their story (link/dating.py); refresh the
        merged events whose members' dates changed, and return their ids."""
        changed: set[str] = set()
        for sid in sorted(sids):
            members = self.story_index.members.get(sid) or []
            changed |= date_story([self.articles[a] for a in members if a in self.articles], self._stated_days)
        mids = {self.event_merged[e] for e in changed if e in self.event_merged} & set(self.merged)
        for mid in sorted(mids):
            self._refresh_merged(mid)
        return mids

    def _stated_days(self, ev: Event) -> list[date]:
        """The days the other reports of ``ev``'s merged event state themselves (day precision, not
        inferred from a story): what dates an undated report of the same happening."""
        mid = self.event_merged.get(ev.id)
        if mid is None or mid not in self.merged:
            return []
        days = []
        for other in self._members(mid):
            d = other.date
            if other.id != ev.id and d.value and d.precision == "day" and d.basis != "story":
                try:
                    days.append(date.fromisoformat(d.value[:10]))
                except ValueError:
                    continue
        return days

    def _prepare(self, art: Article) -> list[Event]:
        """Register an article's events (tolls, date basis, article id) and index them."""
        assign_article_tolls(art.events)
        for ev in art.events:
            fill_basis(ev)
            ev.article = ev.article or art.id
            self.events[ev.id] = ev
            self._index_event(ev)
        return list(art.events)

    def _drop_merged(self, mid: str) -> None:
        me = self.merged.pop(mid)
        self.partial.pop(mid, None)
        self.contradictions.pop(mid, None)
        self.place_merged.get(primary_key(me.place), set()).discard(mid)

    def _refresh_merged(self, mid: str) -> None:
        me = self.merged[mid]
        old_key = primary_key(me.place)
        aggregate(me, self._members(mid), self.articles, self.partial.get(mid))
        merged_toll(me, self._members(mid))
        for i in me.events:
            if i in self.events:
                self.events[i].cluster = mid
        new_key = primary_key(me.place)
        if old_key != new_key:
            self.place_merged.get(old_key, set()).discard(mid)
        self.place_merged.setdefault(new_key, set()).add(mid)

    def _refresh_contradictions(self, touched: set[str]) -> set[str]:
        ids: set[str] = set()
        for mid in touched:
            found = find_contradictions(self.merged[mid], self._members(mid), self.articles)
            old = {c.id for c in self.contradictions.get(mid, [])}
            self.contradictions[mid] = found
            ids |= old | {c.id for c in found}
        return ids

    def _refresh_control(self, touched: set[str]) -> set[str]:
        places = {primary_key(self.merged[m].place) for m in touched if self.merged[m].type in CONTROL_TYPES}
        places.discard("")
        for pk in places:
            merged = [self.merged[m] for m in sorted(self.place_merged.get(pk, set())) if m in self.merged]
            self.control[pk] = place_control(pk, merged, self.events, self.articles)
        return places

    # ------------------------------------------------------------------ stories
    def _link_stories(self, articles: list[Article]) -> set[str]:
        touched: set[str] = set()
        for art in articles:
            sharing = {a for ev in art.events
                       for a in self.merged[self.event_merged[ev.id]].articles if a != art.id}
            same = self._told_alike(art)
            touched |= self.story_index.add(art, article_places(art), article_day(art), sharing, same)
        return touched

    def _told_alike(self, art: Article) -> set[str]:
        """The other articles that tell at least half of ``art``'s events, counting only happenings
        pinned to a spot and a day (a town, a district or a site, not a countryside; dated to the day):
        the same merged event, or, for a change of hands, any step of it at that place a day apart at
        most (one outlet's "entered Kafranbel after the factions withdrew" and another's "took
        Kafranbel"). Outlets word one strike or one fall of a town differently, yet it is one story;
        an offensive on a countryside or a background event of another month is no such tie."""
        told: Counter[str] = Counter()
        for ev in art.events:
            day = event_day(ev)
            if day is None or ev.place is None or is_wide(ev.place):
                continue
            ids = set(self.merged[self.event_merged[ev.id]].events)
            if ev.type in CONTROL_TYPES:
                pk = primary_key(ev.place)
                ids |= {eid for t in CONTROL_TYPES for d in (day - 1, day, day + 1)
                        for eid in self.index.get((t, pk), {}).get(d, ())}
            told.update({o.article for eid in ids if (o := self.events.get(eid)) is not None
                         and o.article != art.id and event_day(o) is not None})
        return {a for a, n in told.items() if 2 * n >= len(art.events)}

    def _refresh_story(self, sid: str) -> None:
        members = self.story_index.members.get(sid)
        if members is None:  # merged into another story
            self.stories.pop(sid, None)
            return
        story = self.stories.setdefault(sid, Story(id=sid))
        story.articles = list(members)
        arts = [self.articles[a] for a in members if a in self.articles]
        dated = sorted(a.published[:10] for a in arts if a.published)
        story.start, story.end = (dated[0], dated[-1]) if dated else (story.start, story.end)
        first = min(arts, key=lambda a: (a.published or "9999", a.id), default=None)
        story.title = (first.title or "") if first else story.title
        mids = sorted({self.event_merged[e.id] for a in arts for e in a.events if e.id in self.event_merged})
        merged = [self.merged[m] for m in mids if m in self.merged]
        for m in merged:  # a merged event told across two stories belongs to its first report's
            m.story = self.story_index.parent.get(m.articles[0]) if m.articles else sid
        counts = Counter(m.place.name for m in merged if m.place)
        story.places = [p for p, _ in counts.most_common(8)]
        story.summary_ar, story.digest_en = summarize(story, merged, self.events, self.articles)

    def complete_stories(self, extra: Analysis, sids: set[str]) -> None:
        """Add stored members of the stories ``sids`` (articles with their events, and those events'
        merged events), without linking them again, and refresh those stories from all of it."""
        for ev in extra.events:
            self.events.setdefault(ev.id, ev)
            if ev.cluster:
                self.event_merged.setdefault(ev.id, ev.cluster)
        for m in extra.merged_events:
            self.merged.setdefault(m.id, m)
        for art in extra.articles:
            self.articles.setdefault(art.id, art)
        for sid in sorted(sids):
            self._refresh_story(sid)

    # ------------------------------------------------------------------ output
    def analysis(self) -> Analysis:
        """The whole linked state as an :class:`Analysis` (events carry their merged event id)."""
        arts = list(self.articles.values())
        seen = {e.id for a in arts for e in a.events}
        events = [e for a in arts for e in a.events]
        events += [e for i, e in self.events.items() if i not in seen]
        for e in events:
            e.cluster = self.event_merged.get(e.id, e.cluster)
        return Analysis(
            articles=arts, events=events,
            stories=sorted(self.stories.values(), key=lambda s: (s.start or "", s.id)),
            merged_events=sorted(self.merged.values(), key=lambda m: (m.date.value or "", m.type, m.id)),
            contradictions=[c for mid in sorted(self.contradictions) for c in self.contradictions[mid]],
            control=[s for pk in sorted(self.control) for s in joined(self.control[pk])],
        )
