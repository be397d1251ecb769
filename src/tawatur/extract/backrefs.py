"""Place memory and back-references: what "المدينة", "المعبر", "فيها" point at."""
from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field

from ..clean.normalize import fold_text
from ..lang.ar import clitic_forms
from ..model import Mention
from ..read.wordsets import wordlist, wordset
from .frames import (
    SentenceView,
    token_at,
    usable_place,
)
from .salience import Features, best, class_kinds, speaker_places
from .vocab import (
    AFFILIATION_PREPS,
    AREA_WORDS,
    CITY_KINDS,
    DUAL_NOUNS,
    IN,
    RELATIVES,
    is_dual,
)


@dataclass
class PlaceMemory:
    """Place groups named so far, newest last, for back-references."""

    groups: list[list[Mention]] = field(default_factory=list)
    happened_at: set[tuple[int, int]] = field(default_factory=set)  # offsets of the places events took
    neighbours: set[tuple[int, int]] = field(default_factory=set)  # places named "X المجاور" (of another)
    posts: set[tuple[int, int]] = field(default_factory=set)  # places a post was located in ("نقطة ... في X")
    pairs: dict[str, tuple[int, list[Mention]]] = field(default_factory=dict)  # dual noun -> (groups then, pair)
    background: set[tuple[int, int]] = field(default_factory=set)  # places named in a time clause
    # places a flight of civilians only reached (events._flight_refuges): an event took them, yet a singular word
    # of a later sentence reads past them as past any town named in passing (task place34)
    refuges: set[tuple[int, int]] = field(default_factory=set)
    pockets: set[tuple[int, int]] = field(default_factory=set)  # places called the pocket ("X، آخر جيب للتنظيم")
    town_camps: set[tuple[int, int]] = field(default_factory=set)  # towns a camp is named by ("مخيم بلدة X")
    city_keys: set[str] = field(default_factory=set)  # places the text has called "مدينة X" (:func:`_place_key`)
    town_keys: set[str] = field(default_factory=set)  # places the text has called "بلدة X" (the same, for "البلدة")
    # the roads named so far, a road the reader composed from the towns it joins too ("الطريق الواصل بين X وY" is
    # no gazetteer entry, so no group holds it): what "الطريق" points back at (task left25)
    roads: list[Mention] = field(default_factory=list)
    # the salience model (extract/salience.py, task backref40): the places named only as a speaker's seat or home,
    # the sentences of the title and the lead, and the verdict of the last recall the model decided ("" if none)
    seats: set[tuple[int, int]] = field(default_factory=set)
    lead: set[int] = field(default_factory=set)
    lead_done: bool = False
    verdict: str = ""

    def note_background(self, view: SentenceView, breaks: set[int]) -> None:
        """The places a time clause names ("بعد أسبوعين من سيطرة الفصائل على بلدة A، قتل ثلاثة في البلدة"):
        the clause dates the sentence by another happening, so "البلدة" after it is the story's town, not A
        (task left14). Called before the sentence's events are read, so its own places count."""
        spans = time_clauses(view, breaks) if view.places else []
        self.background.update((m.start, m.end) for i, m in view.places if any(a <= i < b for a, b in spans))

    def note_names(self, view: SentenceView) -> None:
        """What the text calls a place of the sentence around its name: the last pocket ("بلدة X، آخر جيب للتنظيم")
        and a camp named by its town ("مخيم بلدة X"), which "الجيب" and "المخيم" then point at, and where a post or a
        checkpoint stands ("حاجز ... عند مدخل بلدة X"), which "الحاجز" then points at. Called before the
        sentence's events are read, so a back-reference of the same sentence sees them (task backref20)."""
        seats = speaker_places(view) if view.sources and view.places else set()
        self.seats.update((m.start, m.end) for i, m in view.places_by_start if i in seats)
        posted = not view.words.isdisjoint(POST_NOUNS)  # (_post_located needs a post's noun: most sentences hold none)
        for i, m in view.places_by_start:
            if _named_pocket(view, m):
                self.pockets.add((m.start, m.end))
            if posted and _post_located(view, i, m):  # "سيطرتهم على حاجز عند مدخل بلدة X، فيما نفت ... سقوط الحاجز" (task read25b)
                self.posts.add((m.start, m.end))
            if m.attrs.get("cue") and m.attrs.get("kind") in SETTLEMENT_KINDS \
                    and any(view.toks[k].bare in TOWN_CAMP_NOUNS for k in (i - 1, i - 2) if k >= 0):
                self.town_camps.add((m.start, m.end))  # the name's token, its cue before it ("مخيم بلدة X")

    def note_events(self, places: list[Mention]) -> None:
        """The places the events of a sentence took: a city named only in passing (where others headed,
        a member of a list that locates) is no antecedent of "المدينة" while the story's city is one. The
        caller leaves out expected events: a city a forecast names ("يتوقع أن تتجه القوات نحو مدينة Y") is
        named in passing too (task read9)."""
        self.happened_at.update((m.start, m.end) for m in places)

    def note_refuges(self, places: list[Mention]) -> None:
        """The places a flight of the sentence only reached ("نزحت العائلات من البلدة نحو مدينة X"، "لجأ آخرون إلى
        أقاربهم في بلدة Y"): named in passing for "البلدة"/"المدينة" of a later sentence, which stays at the town the
        people left (task place34). A dual word ("في البلدتين") still counts them: it names a pair the text told."""
        self.refuges.update((m.start, m.end) for m in places)

    def note_lead(self, sentence: int, heading: bool) -> None:
        """The sentences of the title (headings) and the first sentence after them: the lead feature of the
        salience model (a place the text opens on is the story's)."""
        if not self.lead_done:
            self.lead.add(sentence)
            self.lead_done = not heading

    def add_sentence(self, view: SentenceView) -> None:
        """The sentence's places, a group each (a list is one group). A city named only as a locator
        ("الفوج 137 في الجهة الجنوبية من دير الزور") is named too: "المدينة" after it points at it, so it is
        kept, before the places of the sentence, so that a word of any place ("المنطقة") still takes those."""
        by_group: dict[object, list[Mention]] = {}
        located_in: list[list[Mention]] = []
        bodies = _speakers_units(view)
        posted = not view.words.isdisjoint(POST_NOUNS)  # (as in note_names)
        for i, m in view.places_by_start:
            if named_as(m, ("city",)):
                self.city_keys.add(_place_key(m))
            elif named_as(m, ("town",)):
                self.town_keys.add(_place_key(m))
            if i in bodies:
                continue  # "وقال مصدر عسكري في الفرقة 86 إن ...": who tells, no antecedent of "المنطقة" (task probe20)
            if _named_neighbour(view, m):
                self.neighbours.add((m.start, m.end))
            if posted and _post_located(view, i, m):
                self.posts.add((m.start, m.end))
            if m.attrs.get("kind") in ROAD_KINDS and usable_place(m) and at_home(m):
                self.roads.append(m)
            if city_locator(m):
                located_in.append([m])
                continue
            if not usable_place(m) or not (m.attrs.get("resolved", True) or introduced_settlement(m)):
                continue
            g = m.attrs.get("group")
            key = g if g not in (None, -1, "") else id(m)
            by_group.setdefault(key, []).append(m)
        self.groups.extend(located_in)
        self.groups.extend(by_group.values())
        if scene := _scene(view):  # "وفي معرة النعمان، ...": the place the sentence opens on is where it is
            self.happened_at.add((scene.start, scene.end))  # (task read7: "شرقي المدينة" after it points at it)

    def recall(self, word: str, extra: list[list[Mention]], sentence: int | None = None,
               skip: frozenset[tuple[int, int]] = frozenset(), gender: str = "") -> list[Mention]:
        """The places a back-reference word points at (:meth:`_recall_chain`), weighed by the salience model when
        the chain's choice is a place the word's own sentence named only as a speaker's seat or home ("وقال ناشط من
        أبناء بلدة X إن العائلات نزحت من البلدة" after the story's town Y): of the candidates of the word's kind the one of the
        highest score (:mod:`.salience`) wins, and :attr:`verdict` names its features (task backref40)."""
        self.verdict = ""
        got = self._recall_chain(word, extra, sentence, skip, gender)
        if len(got) != 1 or sentence is None or got[0].sentence != sentence \
                or (got[0].start, got[0].end) not in self.seats:
            return got  # a seat of an earlier sentence may be the city talked of since ("في شوارع المدينة")
        scored = self.candidates(word, extra, sentence, skip, gender)
        won = best(scored)
        if won is None or _place_key(won[1]) == _place_key(got[0]):
            return got
        self.verdict = won[0].describe()
        return [_itself(won[1])]

    def story_over_seat(self, seat: Mention, sentence: int, reach: int | None = None) -> tuple[list[Mention], str]:
        """The place a trigger with no place of its own inherits when the last place before it is a speaker's seat
        or home ("قصفت القوات بلدة Y. وقال مصدر في مدينة X إن الفصائل انسحبت"): the settlement of the highest
        salience score among those named so far and the seat itself (:mod:`.salience`); the seat when it wins.
        Returns the place and the verdict, or ``([], "")`` when the seat stands. With ``reach`` only a place an
        event took within that many sentences may win (a report that names no place of its own: task backref40)."""
        if seat.attrs.get("kind") not in SETTLEMENT_KINDS:
            return [], ""  # "مصدر عسكري في الفرقة 86": a unit that tells, no town the story could stand in for
        scored = self.candidates("", [[seat]], sentence, kinds=tuple(SETTLEMENT_KINDS))
        if reach is not None:
            scored = [(f, m) for f, m in scored if f.took and f.dist <= reach or _place_key(m) == _place_key(seat)]
        won = best(scored)
        if won is None or _place_key(won[1]) == _place_key(seat):
            return [], ""
        return [_itself(won[1])], won[0].describe()

    def continued_places(self, places: list[Mention], sentence: int) -> tuple[list[Mention], str]:
        """The places a sentence that continues the report before it ("وأضاف أن ...") inherits when the last event
        has more than one: the salience model scores each (:mod:`.salience`), and the plausible ones are those an
        event took as its scene (``took``: not only as a flight's refuge) that were not named only to locate
        another place (``locator``). "نزحت عائلات من بلدة X إلى مدينة Y. وأضاف أن الطائرات قصفت الأسواق": X, not the
        refuge Y. A town a speaker's report named as its seat or home and an event then took ("في البلدتين") is
        the story's too. When some but not all are plausible: the plausible ones, with the verdict naming the best
        one's features (``salience(kind=town,took,lead,dist=1)``); else ``([], "")`` and the caller keeps the last
        event's places, as with a single one (task backref40b)."""
        keys = {_place_key(m) for m in places}
        if len(keys) < 2:
            return [], ""  # one candidate: the last event's place stands
        kinds = tuple(dict.fromkeys(k for m in places if (k := m.attrs.get("kind"))))
        scored = [(f, m) for f, m in self.candidates("", [places], sentence, kinds=kinds)
                  if _place_key(m) in keys]
        plausible = [(f, m) for f, m in scored if f.took and not f.locator]  # (a seat an event took is the story's)
        if not plausible or len(plausible) == len(scored) or len(scored) < len(keys):
            return [], ""
        won = best(plausible)
        chosen = {_place_key(m) for _, m in plausible}
        return [m for m in places if _place_key(m) in chosen], won[0].describe() if won else ""

    def candidates(self, word: str, extra: list[list[Mention]], sentence: int,
                   skip: frozenset[tuple[int, int]] = frozenset(), gender: str = "",
                   kinds: tuple[str, ...] = ()) -> list[tuple[Features, Mention]]:
        """The antecedent candidates of a back-reference word with their features, one a place (its newest
        mention), oldest first: the places of the word's kinds (the class table, or the cue noun the text named
        them under; a pronoun: the places of its gender within its reach), none abroad."""
        word = next((f for f in clitic_forms(word) if f in BACKREF_KINDS), word)
        kinds = kinds or BACKREF_KINDS.get(word, ())
        gender = gender or pronoun_gender(word)
        every = [m for g in self.groups[-RECALL_GROUPS:] + extra for m in g
                 if at_home(m) and (m.start, m.end) not in skip and usable_place(m)]
        count = Counter(_place_key(m) for m in every)
        by_key: dict[str, list[Mention]] = {}
        kind_of: dict[str, str] = {}
        for m in every:
            if kinds:
                kind = next((k for k in kinds if m.attrs.get("kind") == k or named_as(m, (k,))), "")
                if not kind and word in CITY_WORDS and town_as_city(m, (TOWN_AS_CITY,), word):
                    kind = "town"
            elif gender and max(0, sentence - m.sentence) <= PRONOUN_REACH \
                    and place_gender(m) == gender and m.attrs.get("kind") in SETTLEMENT_KINDS:
                kind = m.attrs.get("kind", "")
            else:
                kind = ""
            if kind:
                by_key.setdefault(_place_key(m), []).append(m)
                kind_of.setdefault(_place_key(m), kind)
        out = []
        for key, ms in by_key.items():
            last = ms[-1]
            out.append((Features(
                kind=kind_of[key],
                dist=max(0, sentence - max(m.sentence for m in ms)),
                took=any((m.start, m.end) in self.happened_at and (m.start, m.end) not in self.refuges for m in ms),
                lead=any(m.sentence in self.lead for m in ms),
                again=count[key] > 1,
                seat=all((m.start, m.end) in self.seats for m in ms),
                locator=all(m.attrs.get("role") == "locator" for m in ms)), last))
        return sorted(out, key=lambda x: x[1].start)

    def _recall_chain(self, word: str, extra: list[list[Mention]], sentence: int | None = None,
                      skip: frozenset[tuple[int, int]] = frozenset(), gender: str = "") -> list[Mention]:
        """The places a back-reference word points at: the last place of the kind the word names
        ("المعبر" the last crossing, "البلدة" the last town), never a place of another kind for a facility
        word, and never a place abroad ("المدينة" after "بيروت" in a Syrian story is not Beirut).

        Only the recent groups: a back-reference never reaches hundreds of places back, and looking at
        all of them made a long article quadratic. ``skip``: the offsets of places the word cannot point at
        (the members of a pair a singular noun points past, named sentences before it: task backref16).
        ``gender``: the pronoun's gender when its context decides it ("في محيطه": :func:`edge_gender`)."""
        word = next((f for f in clitic_forms(word) if f in BACKREF_KINDS), word)  # "للمدينة"
        if word in ROAD_WORDS:  # "إن الطريق أُغلق": the last road named, a composed one too; none named, no place
            return [r for r in self.roads[-1:] if (r.start, r.end) not in skip]
        # a city named only as a locator is what a word of a settlement points at, not a pronoun ("محيطه")
        settlement = not set(BACKREF_KINDS.get(word, ())).isdisjoint(CITY_KINDS)
        # a post's word too: the town a facility was located in ("مخفر الشرطة في بلدة X") is named as its locator
        located = settlement or word in POST_WORDS
        groups = [g2 for g in self.groups[-RECALL_GROUPS:] + extra
                  if (g2 := [m for m in g if at_home(m) and (located or not city_locator(m))
                             and (m.start, m.end) not in skip])]
        if word in DUAL_PRONOUNS or word in DUAL_OBJECT_SUFFIXES:  # "منهما", "طهرتهما": the last pair, never one
            return _last_pair(groups, extra, sentence)
        gender = gender or pronoun_gender(word)
        if gender:
            groups = agreeing(groups, gender, sentence)
        if not groups:
            return []
        if gender == MASCULINE:  # "منه" after "مطار X" in a sentence about the town: the airport
            return groups[-1][-1:]
        if gender and word in EDGE_NOUNS and (edged := _edged(groups)):
            return edged  # "سقوط كلية المدفعية ... معارك في محيطها": the college, not the city around it
        if word in GOVERNORATE_WORDS:
            # "ونفى مسؤول في المحافظة أن تكون القوات قصفت أي حي": Hama, not its neighbourhood; a seat named only
            # as a locator ("مدينة X شمالي درعا") is one too, and with none named, no town stands for the
            # governorate ("وتشهد المحافظة تصاعداً في الاغتيالات" after "بلدة X في ريف درعا": task probe17)
            every = [g2 for g in self.groups[-RECALL_GROUPS:] + extra if (g2 := [m for m in g if at_home(m)])]
            return _governorate_seat(groups) or _governorate_seat(every)
        if word in CAMP_WORDS and (camp := self._town_camp(groups)):
            return camp  # "داخل المخيم" after "مخيم بلدة X", no camp of its own named since: X
        if word in POCKET_WORDS and (pocket := self._pocket(groups)):
            return pocket  # "خرجوا من الجيب" after "بلدة X، آخر جيب للتنظيم في ريف Y": X, not the countryside
        if word in AREA_WORDS:
            got = _named_area(groups, word) or groups[-1]
            return [] if word in AREA_NOUN and _spans_governorates(got) else got
        if word in SITE_WORDS:  # "انتشرت الدوريات حول المكان": where the last event happened, recently; else none
            return self._scene_told(groups, sentence)
        if word in POST_WORDS:  # "في النقطة": the place the last post was located in, else none; "المخفر" after
            # "مخفر الشرطة في بلدة X", which the reader composed as a place of X: that facility, the same place as the
            # events told at it (its town's group, a locator's, stands before it: task elsewhere42)
            return next(([m] for g in reversed(groups) for m in reversed(g)
                         if (m.start, m.end) in self.posts or _composed_as(m, word)), [])
        if word in CAPITAL_WORDS:
            return next(([m] for g in reversed(groups) for m in reversed(g) if capital(m)), [])
        if word in QUARTER_WORDS and (quarters := _named_quarters(groups)):
            return quarters  # "أحياء حمص القديمة ... حي الوعر ... من الأحياء نفسها": the quarters named as such
        want = BACKREF_KINDS.get(word, tuple(CITY_KINDS))
        if word in CITY_WORDS and not is_dual(word):
            if not any(named_as(m, ("city",)) for g in groups for m in g):
                want = (*want, TOWN_AS_CITY)  # no place called "مدينة X": a town may be what the word names
            groups = _called_city(groups)
        if settlement:
            groups = self._foreground(groups, want, word)
        if (word in CITY_WORDS or word in QUARTER_WORDS or word in NEIGHBOURHOOD_WORDS) and not is_dual(word):
            # "الأحياء السكنية" of the city the story is about, not of a town named in passing ("باتجاه بلدة X")
            groups = self._in_the_news(groups, sentence, want, word=word)
        elif word in TOWN_WORDS:
            # "البلدة" after "الطريق الآتي من بلدة X" is the town the story told, not X; a town the article named
            # more than once ("وماذا عن الوضع داخل X نفسها؟") is the story's, not one in passing (task read16)
            groups = self._in_the_news(groups, sentence, want, once=True, dual=is_dual(word))
            if not is_dual(word):
                groups = self._story_village(groups, sentence)
        if is_dual(word) and (pair := self._same_pair(word, groups) or _dual_named_pair(groups, word)):
            return pair
        if is_dual(word):
            groups = _under_its_singular(groups, word)
        # "البلدة" after "بلدة كناكر" that the gazetteer files as a village: a town word reads a village before any
        # city or the last place of another kind (task left22)
        fallbacks = (want, TOWN_FALLBACK_KINDS, tuple(CITY_KINDS)) if word in TOWN_WORDS else (want, tuple(CITY_KINDS))
        called = set() if is_dual(word) else self._called_before(groups) if word in CITY_WORDS \
            else self._called_before(groups, self.town_keys) if word in TOWN_WORDS else set()
        for kinds in fallbacks:
            for pool in (self._not_neighbours(groups), groups):
                if (got := _of_kind(pool, kinds, word, called)) and is_dual(word) and len(got) < 2 and pool is not groups:
                    continue  # "بلدة X ... بلدة Y المجاورة ... في البلدتين": both, the neighbour too
                if got:
                    if is_dual(word) and len(got) == 2:
                        self.pairs[word] = (len(self.groups), got)
                    return got
            if word in FACILITY_WORDS:
                return []
        return groups[-1]

    def _scene_told(self, groups: list[list[Mention]], sentence: int | None) -> list[Mention]:
        """"قتل ثلاثة بانفجار في سوق بلدة X، ونقل الجرحى إلى مدينة Y. وانتشرت عناصر الأمن حول المكان": the scene is
        the last place an event took (not a refuge, not a place named in passing, not a road: "قطعوا الطريق الدولي عند
        مدخل مدينة X ... في محيط المكان" is X's), within SITE_REACH sentences."""
        for g in reversed(groups):
            if sentence is not None and max(m.sentence for m in g) < sentence - SITE_REACH:
                return []
            for m in reversed(g):
                if (m.start, m.end) in self.happened_at and (m.start, m.end) not in self.refuges \
                        and m.attrs.get("kind") not in ROAD_KINDS:  # a road cut at a town's entrance: the town
                    return [m]
        return []

    def home_town(self, word: str) -> list[Mention]:
        """"وخرج العشرات من أبناء البلدة"، "قتل مئات من أهالي المدينة": the town whose people they are is the article's
        town of the word's kind, not merely the last place named: of the places the text named under the word's own
        noun ("بلدة X" for "البلدة"), the one it names most often, the first of a tie (task left32). Empty when it
        named none so."""
        noun = next((f for f in clitic_forms(word) if f in HOME_WORDS), "")
        if not noun:
            return []
        singular = next((noun[len(d):] for d in DEFINITE if noun.startswith(d)), noun)
        every = [m for g in self.groups for m in g if at_home(m)]
        keys = {_place_key(m) for m in every if _cue_singular(m, plural=False) == singular}
        if not keys:
            return []
        count = Counter(_place_key(m) for m in every if _place_key(m) in keys)
        first = {}
        for m in every:
            first.setdefault(_place_key(m), m)
        best = max(keys, key=lambda k: (count[k], -first[k].start))
        return [first[best]]

    def _called_before(self, groups: list[list[Mention]], keys: set[str] | None = None) -> set[tuple[int, int]]:
        """Mentions of a place the text called "مدينة" once, named bare since: "المجلس المحلي لمدينة معضمية الشام
        ... العودة إلى دمشق ... حصارها على المعضمية، بعد أشهر من خروج المدينة عن سيطرتها" is the town the story
        called a city, named again without the noun, not the capital named in passing (task probe28). With
        ``keys`` the places called "بلدة" for "البلدة": "بلدة تل مرديخ ... بين سراقب وتل مرديخ ... سيطرت على تل مرديخ
        ... العودة إلى البلدة" is the village the story called a town, not a town of the gazetteer named in
        passing (task read26a)."""
        keys = self.city_keys if keys is None else keys
        return {(m.start, m.end) for g in groups for m in g if _place_key(m) in keys}

    def counted(self, n: int, kinds: frozenset[str], extra: list[list[Mention]], sentence: int | None) -> list[Mention]:
        """"فرت العائلات من البلدات الثلاث" after "بلدة X ... بلدتي Y وZ": a counted plural points at the last ``n``
        distinct places of its kinds (named in its sentence or the ones just before), an event at each; empty
        when fewer were named (no guess: the plain recall then reads the word)."""
        out: list[Mention] = []
        seen: set[object] = set()
        for g in reversed(self.groups[-RECALL_GROUPS:] + extra):
            for m in reversed(g):
                if m.attrs.get("kind") not in kinds or not at_home(m) or (
                        sentence is not None and m.sentence < sentence - COUNT_REACH):
                    continue
                key = m.attrs.get("id") or fold_text(m.attrs.get("name") or m.text)
                if key not in seen:
                    seen.add(key)
                    out.append(m)
                if len(out) == n:
                    return out[::-1]
        return []

    def last_settlements(self) -> list[Mention]:
        """The settlements of the last group that named any ("قريتي X وY": both), for a plural a demonstrative
        points back ("تلك النقاط"); empty when that group named one only: a plural points at a list, not at a
        single town ("منعه من التوسع باتجاه هذه المناطق" after "بلدة X" names the region around it)."""
        for g in reversed(self.groups[-RECALL_GROUPS:]):
            if got := [m for m in g if at_home(m) and m.attrs.get("kind") in SETTLEMENT_KINDS]:
                return got if len(got) > 1 else []
        return []

    def story_member(self, members: list[Mention]) -> list[Mention]:
        """The member of a list ("بين بلدتي X وY") the article named before the list, an event's place
        first: a singular "البلدة" after the pair recalls the town the story is about, when it is one of the
        pair; empty when neither was named before (undecidable: no event place rather than a guess)."""
        first = min(m.start for m in members)
        by_id = {m.attrs.get("id"): m for m in members if m.attrs.get("id")}
        before = [m for g in self.groups for m in g if m.start < first and m.attrs.get("id") in by_id]
        told = [m for m in before if (m.start, m.end) in self.happened_at] or before
        return [by_id[told[-1].attrs.get("id")]] if told else []

    def _same_pair(self, word: str, groups: list[list[Mention]]) -> list[Mention]:
        """The pair an earlier "الحيين" of the article took, while no group of two places of the kind was
        named since: "من الحيين ... نحو حي Z ... في محيط الحيين" is the same two quarters, not the last one
        and Z."""
        told = self.pairs.get(word)
        if told is None:
            return []
        since, pair = told
        kinds = BACKREF_KINDS.get(word, tuple(CITY_KINDS))
        fresh = [g for g in self.groups[since:] if len(_of_kind([g], kinds, word)) > 1]
        return [] if fresh or len(groups) == 0 else pair

    def _town_camp(self, groups: list[list[Mention]]) -> list[Mention]:
        """The last town a camp was named by ("مخيم بلدة X": :meth:`note_names`), when no camp of its own (filed as
        one, or named "مخيم Y") was named after it; empty otherwise."""
        for g in reversed(groups):
            for m in reversed(g):
                if (m.start, m.end) in self.town_camps:
                    return [m]
                if _named_camp(m):
                    return []
        return []

    def _pocket(self, groups: list[list[Mention]]) -> list[Mention]:
        """The last place the text called the pocket in apposition (:func:`_named_pocket`); empty when none was."""
        return next(([_itself(m)] for g in reversed(groups) for m in reversed(g) if (m.start, m.end) in self.pockets), [])

    def _foreground(self, groups: list[list[Mention]], want: tuple[str, ...], word: str) -> list[list[Mention]]:
        """The groups without the places a time clause named, when a place of the word's kind remains
        (:meth:`note_background`); else all of them (the clause's town is then the only one named)."""
        out = [g2 for g in groups if (g2 := [m for m in g if (m.start, m.end) not in self.background])]
        return out if len(out) < len(groups) and _of_kind(out, want, word) else groups

    def _not_neighbours(self, groups: list[list[Mention]]) -> list[list[Mention]]:
        """The groups without the places named as the neighbours of another ("حي X المجاور"): "الحي" after
        "اشتباكات في حي Y ... سقطت قذائف على حي X المجاور" is Y, the quarter the story is about."""
        out = [[m for m in g if (m.start, m.end) not in self.neighbours] for g in groups]
        return [g for g in out if g]

    def _in_the_news(self, groups: list[list[Mention]], sentence: int | None,
                     kinds: tuple[str, ...] = tuple(CITY_KINDS), once: bool = False,
                     word: str = "", dual: bool = False) -> list[list[Mention]]:
        """"دخلت الفصائل مدينة X. ... فرّ عناصر التنظيم نحو مدينة Y. ... تنتشر الفصائل في المدينة": a city of an earlier sentence
        that no event took (named in passing: a destination of others, a member of a list that locates) is
        skipped by "المدينة" when a city an event took was named before it; the word then points at the city
        the story is about. Places of the word's own sentence are always candidates. A city is a place of the
        word's own kinds: a village an event took since ("قصفت الطائرات مواقع قرب قرية X") is no city the word
        could take, so it does not make the passing city the last one the story told (task backref17). A place
        headed by the word's own noun counts as one, as :func:`_of_kind` takes it ("قصفت حي X من مواقعها قرب حي
        Y ... قتل مدنيون في الحي": Y, named "حي" in passing, is skipped as a filed quarter would be; task backref19).
        So does a facility named after a place of those kinds (:func:`town_of`: "نقلوا إلى مطار المزة العسكري ... داخل
        الحي" after the story's "حي X" is X, not the quarter the airport is named after; task backref20)."""
        def took(m: Mention) -> bool:  # an event took the place, and not only as a flight's refuge (task place34)
            return (m.start, m.end) in self.happened_at and (dual or (m.start, m.end) not in self.refuges)

        def passing(g: list[Mention]) -> bool:
            return sentence is not None and all(m.sentence < sentence for m in g) \
                and not any(took(m) for m in g) \
                and not (once and any(named.get(_place_key(m), 0) > 1 for m in g))

        named = Counter(_place_key(m) for g in self.groups for m in g) if once else Counter()

        def city(g: list[Mention]) -> bool:
            return any(m.attrs.get("kind") in kinds or named_as(m, kinds) or town_as_city(m, kinds, word)
                       or (word in FACILITY_WORDS and headed_by(m, word)) or _after_town_of(m, kinds) for m in g)

        last_city = next((k for k in range(len(groups) - 1, -1, -1) if city(groups[k])), None)
        if last_city is None or not passing(groups[last_city]):
            return groups
        if not any(city(g) and not passing(g) for g in groups[:last_city]):
            return groups
        return [g for g in groups if not (city(g) and passing(g))]


    def _story_village(self, groups: list[list[Mention]], sentence: int | None) -> list[list[Mention]]:
        """"على الطريق المؤدي إلى كفرومة ... عاد الرجل من مخيم قرب سرمدا ... عادت 600 عائلة إلى البلدة": a village the
        gazetteer files as one, named bare as the text's first town or village (its lead; a dateline's city is none) or told by an event, is the town
        "البلدة" points at over towns named bare after it only in passing (the origin of a return, what locates a
        camp: no event took them). A town the text called "بلدة X" keeps the word, as does a village it called
        "قرية X"; the places of the word's own sentence are always candidates (task read26b)."""
        if sentence is None:
            return groups

        def passing(g: list[Mention]) -> bool:
            return all(m.sentence < sentence and ((m.start, m.end) not in self.happened_at
                                                  or (m.start, m.end) in self.refuges) for m in g)

        def settlement(g: list[Mention]) -> bool:  # a town or a village: a city (a dateline's) is no rival
            return any(m.attrs.get("kind") in ("town", "village") or named_as(m, ("town", "village")) for m in g)

        def bare_town(g: list[Mention]) -> bool:
            return any(m.attrs.get("kind") == "town" and not m.attrs.get("cue") for m in g)

        places = [k for k, g in enumerate(groups) if settlement(g)]
        village = next((k for k in places if any(m.attrs.get("kind") == "village" and not m.attrs.get("cue")
                                                 for m in groups[k]) and (k == places[0] or not passing(groups[k]))),
                       None)
        if village is None:
            return groups
        itself = {_place_key(m) for m in groups[village]}
        later = [k for k in places if k > village and not itself & {_place_key(m) for m in groups[k]}]
        if not later or not all(bare_town(groups[k]) and passing(groups[k]) for k in later):
            return groups
        return [g for k, g in enumerate(groups) if k not in later]


def _place_key(m: Mention) -> str:
    """What makes two mentions the same place: the gazetteer id, else the folded name."""
    return str(m.attrs.get("id") or fold_text(m.attrs.get("name") or m.text))


MASCULINE, FEMININE = "m", "f"
EDGE_NOUNS = wordset("edge_pronoun_noun")  # "محيطها"، "مدخلها": the surroundings or entrance of the place just named
EDGE_MASCULINE = wordset("edge_pronoun_masculine")
EDGE_PREPOSITIONS = wordset("edge_preposition")
EDGE_NOT_KINDS = wordset("edge_not_kind")
MASCULINE_HEADS = wordset("masculine_place_head")
FEMININE_HEADS = wordset("feminine_place_head")
MASCULINE_PRONOUNS = wordset("masculine_place_pronoun")
PERSONS_SUFFIXES = wordlist("persons_pronoun_suffix")
DUAL_PRONOUNS = wordset("dual_place_pronoun")
DUAL_OBJECT_SUFFIXES = wordlist("dual_object_suffix")
FEMININE_SUFFIX = wordlist("coref_feminine_suffix")
TA_MARBUTA = wordlist("ta_marbuta_folded")
# the kinds a bare name takes the masculine for ("الوعر" a neighbourhood: "حي"); any other kind takes the
# feminine of "مدينة"، "بلدة"، "قرية"، "منطقة"
MASCULINE_KINDS = {"neighbourhood", "housing", "airport", "prison", "crossing", "field", "dam", "camp",
                   "hospital", "checkpoint", "bridge", "mountain", "port"}
SETTLEMENT_KINDS = {"city", "town", "village", "capital", "governorate_capital"}
PRONOUN_REACH = 1  # sentences back a pronoun may point: its own and the one before
COUNT_REACH = 2  # sentences back a counted plural ("البلدات الثلاث") may gather its places


TIME_AGO_LEAD = wordset("time_ago_lead")
TIME_AGO_NOUN = wordset("time_ago_noun")
SINCE_OF = wordset("since_of")
TIME_AGO_REACH = 3  # words from "بعد" to its span ("بعد نحو أسبوعين"), and from the span to its "من"


# the last sentence's (view, breaks, their count, its time clauses): four rules ask for them, three of them
# for every trigger of the sentence, and neither the view nor the extractor's break set changes while it is read
_CLAUSES: list[tuple[SentenceView, set[int], int, list[tuple[int, int]]]] = []


def time_clauses(view: SentenceView, breaks: set[int]) -> list[tuple[int, int]]:
    """The token spans of the clauses "بعد/قبل <span> من ..." up to the next break, which date the sentence
    by another happening; not one taken up by a relative clause ("بعد أسبوع من إعلان معركة حلب، التي دخل
    خلالها الثوار أحياء المدينة": the clause's city is then what the relative tells of). Made once a
    sentence (callers only read the list)."""
    last = _CLAUSES[0] if _CLAUSES else None  # one read: another thread may replace it
    if last is not None and last[0] is view and last[1] is breaks and last[2] == len(breaks):
        return last[3]
    out = _time_clauses(view, breaks) if not view.words.isdisjoint(TIME_AGO_LEAD) else []
    _CLAUSES[:] = [(view, breaks, len(breaks), out)]
    return out


def _time_clauses(view: SentenceView, breaks: set[int]) -> list[tuple[int, int]]:
    """:func:`time_clauses` of a sentence holding a word of "بعد/قبل" (wordset time_ago_lead)."""
    toks = view.toks
    out = []
    for k, t in enumerate(toks):
        if t.bare not in TIME_AGO_LEAD:
            continue
        end = next((b for b in sorted(breaks) if b > k), len(toks))
        if _time_span_after(toks, k, end) and (end >= len(toks) or toks[end].bare not in RELATIVES):
            out.append((k, end))
    return out


def _time_span_after(toks: list, k: int, end: int) -> bool:
    """Is "بعد" at k followed by a span of time and its "من"/"على" before token ``end``?"""
    span = next((s for s in range(k + 1, min(k + 1 + TIME_AGO_REACH, end)) if toks[s].word in TIME_AGO_NOUN), None)
    return span is not None and any(toks[t].word in SINCE_OF for t in range(span + 1, min(span + 1 + TIME_AGO_REACH, end)))


def _edged(groups: list[list[Mention]]) -> list[Mention]:
    """The place an edge word ("محيطها"، "مدخلها") points at: the last place named that has surroundings or
    an entrance of its own, a facility as well as a town; never a governorate, a countryside or a square
    (wordset edge_not_kind), which the newest group may be ("حظر تجوال في محافظة درعا")."""
    return next(([m] for g in reversed(groups) for m in reversed(g) if m.attrs.get("kind") not in EDGE_NOT_KINDS), [])


def edge_gender(toks: list, k: int) -> str:
    """The gender of the edge word at token k when its context decides it: a word with ه that folds like a
    ta marbuta ("محيطه": also the adjective "محيطة") right after a preposition ("في محيطه"، "على أطرافه") is
    the masculine pronoun, since no adjective stands there; "" otherwise (the word's own gender then)."""
    if k < 1 or toks[k].bare not in EDGE_MASCULINE:
        return ""
    return MASCULINE if toks[k - 1].bare in EDGE_PREPOSITIONS or toks[k - 1].word in EDGE_PREPOSITIONS else ""


def _last_pair(groups: list[list[Mention]], extra: list[list[Mention]], sentence: int | None) -> list[Mention]:
    """The last pair of places a dual pronoun ("منهما"، "فيهما") can point at: a group of two from memory, or
    two places of the pronoun's own sentence that one list holds ("مدينتي X وY، بعد انسحاب ... منهما")."""
    listed: dict[object, list[Mention]] = {}
    for g in extra:
        for m in g:
            if m.attrs.get("group") not in (None, -1, ""):
                listed.setdefault(m.attrs.get("group"), []).append(m)
    pairs = [g for g in [*groups, *listed.values()] if len(g) == 2 and (
        sentence is None or max(m.sentence for m in g) >= sentence - PRONOUN_REACH)]
    return pairs[-1] if pairs else []


def _named_quarters(groups: list[list[Mention]]) -> list[Mention]:
    """The newest place the text named as quarters ("أحياء حمص القديمة"، "أحياء مدينة حمص": its cue is the plural
    of the back-reference word): "الأحياء" points at them, not at a single neighbourhood named after them (task
    read7)."""
    cues = {fold_text(w)[len(wordlist("definite_article")[0]):] for w in QUARTER_WORDS}
    return next(([m] for g in reversed(groups) for m in reversed(g)
                 if fold_text(m.attrs.get("cue") or "") in cues), [])


def _scene(view: SentenceView) -> Mention | None:
    """The place a sentence opens on with في ("وفي معرة النعمان، التي وصلها مراسلنا، كان العمال يزيلون الركام"):
    the scene of what follows, so no place named in passing even when no event took it; not where a speaker
    of the sentence spoke."""
    toks = view.toks
    if len(toks) < 2 or IN.isdisjoint(toks[0].forms + [toks[0].bare]) or view.sources:
        return None  # ("وفي دمشق، قال محافظ دير الزور إن ...": where a speaker spoke, articles_probe6b B01)
    return next((m for i, m in view.places if i <= 3 and usable_place(m)), None)


def _called_city(groups: list[list[Mention]]) -> list[list[Mention]]:
    """"المدينة" points at a place the text called "مدينة X", not past it at one it called "بلدة Y" or "قرية Y":
    "سيطرت على مدينة الشيخ مسكين ... تفر باتجاه بلدة نوى ... نفى خسارة المدينة" is Sheikh Maskin (task read14).
    With no place called a city, the groups stay as they were."""
    if not any(named_as(m, ("city",)) for g in groups for m in g):
        return groups
    return [kept for g in groups if (kept := [m for m in g if not named_as(m, ("town", "village"))])]


def _dual_singulars(word: str) -> set[str]:
    """The folded singulars a dual back-reference noun may be the dual of: "القريتين" -> "قريه"، "الحيين" -> "حي"."""
    w = fold_text(word)
    article = wordlist("definite_article")[0]
    w = w[len(article):] if w.startswith(article) else w
    return {w[:-3] + wordlist("ta_marbuta_folded")[0], w[:-2]}


def _dual_named_pair(groups: list[list[Mention]], word: str) -> list[Mention]:
    """The newest pair named under the dual cue of the word ("قريتي X وY" for "القريتين"), while the places named
    since it go on with its story (one of them is a member of the pair: "قصفت قريتي X وY ... إصابة امرأة في قرية X
    ... اشتباكات على محور قرية Z ... نزحت العائلات من القريتين" is X and Y, not X and Z); else none, and the
    newest pair of :func:`_of_kind` decides (task probe22)."""
    singulars = _dual_singulars(word)
    for k in range(len(groups) - 1, -1, -1):
        pair = [m for m in groups[k] if dual_cue_of(m) in singulars]
        if len(pair) != 2:
            continue
        names = {m.attrs.get("name") for m in pair}
        later = [m for g in groups[k + 1:] for m in g]
        return pair if not later or any(m.attrs.get("name") in names for m in later) else []
    return []


def _under_its_singular(groups: list[list[Mention]], word: str) -> list[list[Mention]]:
    """The places named one at a time under the singular cue of a dual noun ("بلدة X ... بلدة Y ... نزحوا نحو
    مدينة Z ... حظر تجوال في البلدتين": X and Y, not Y and the city Z), when two such were named; else the
    groups as they were (task probe23)."""
    singulars = _dual_singulars(word)
    kept = [g2 for g in groups if (g2 := [m for m in g if _cue_singular(m) in singulars])]
    return kept if len({_place_key(m) for g in kept for m in g}) >= 2 else groups


def _cue_singular(m: Mention, plural: bool = True) -> str:
    """The folded singular of the cue a place was named under ("بلدة X" -> "بلده"), else "". With
    ``plural=False`` a plural cue gives "": "دوما كبرى مدن الغوطة الشرقية" names a region among cities, not a city
    called so (the home town of "سكان المدينة" counts only places named one or two at a time)."""
    from ..read.gazetteer import Gazetteer
    cue = Gazetteer.default().cues.get(fold_text(m.attrs.get("cue") or ""))
    if cue is None or (not plural and cue.number == "n"):
        return ""
    return fold_text(cue.singular)


def _of_kind(groups: list[list[Mention]], kinds: tuple[str, ...], word: str,
             called: Collection[tuple[int, int]] = ()) -> list[Mention]:
    """The places of the newest group holding places of these kinds. A dual noun ("الحيين") takes the newest
    pair: a group of two ("حيي X وY"), or the last two places named one at a time ("حي X ... حي Y ... من
    الحيين": both), whichever was named later."""
    found: list[Mention] = []
    if word not in FACILITY_WORDS and any(_direct(m, kinds, word) and not _named_camp(m) for g in groups for m in g):
        groups = [kept for g in groups if (kept := [m for m in g if not _named_camp(m)])]
    for g in reversed(groups):
        cities = [m for m in g if m.attrs.get("kind") in kinds or named_as(m, kinds) or (m.start, m.end) in called
                  or (word in FACILITY_WORDS and headed_by(m, word)) or town_as_city(m, kinds, word)] or \
            [t for m in g if (t := town_of(m)) is not None and t.attrs.get("kind") in kinds]
        if not cities:
            continue
        cities = [_itself(m) for m in cities]
        if not is_dual(word):
            return cities[-1:]
        if len(cities) > 1:
            return cities  # a pair named as one ("حيي X وY") named after the last single place but one
        names = {m.attrs.get("name") for m in found}
        found = [m for m in cities if m.attrs.get("name") not in names][-1:] + found
        if len(found) == 2:
            return found
    return found


# a camp is a place of its own, not the town it is named after ("مخيم الهول" resolves to the town al-Hol), once
# a place of the word's kind was named: "نقلوا إلى مخيم الهول ... غارات على مواقع التنظيم في البلدة" is the
# town the story told
OWN_PLACE_KINDS = {"camp"}


def _named_camp(m: Mention) -> bool:
    """A camp, filed as one or named under a camp's cue ("مخيم الهول")."""
    from ..read.gazetteer import Gazetteer
    cue = Gazetteer.default().cues.get(fold_text(m.attrs.get("cue") or ""))
    return m.attrs.get("kind") in OWN_PLACE_KINDS or (cue is not None and cue.kind in OWN_PLACE_KINDS)


def _direct(m: Mention, kinds: tuple[str, ...], word: str) -> bool:
    """A place of these kinds itself, not a town a facility is named after."""
    return m.attrs.get("kind") in kinds or named_as(m, kinds) or (word in FACILITY_WORDS and headed_by(m, word))


NEIGHBOUR_WORDS = wordset("neighbouring_place_adjective")


def _named_neighbour(view: SentenceView, m: Mention) -> bool:
    """The place is named as the neighbour of another ("حي X المجاور", "بلدة X المجاورة")."""
    last = view.place_last.get(id(m))
    return last is not None and last + 1 < len(view.toks) and view.toks[last + 1].word in NEIGHBOUR_WORDS


POCKET_WORDS = wordset("pocket_backref")
CAMP_WORDS = wordset("backref_camp")
TOWN_CAMP_NOUNS = wordset("town_camp_noun")
POCKET_NOUNS = wordset("pocket_apposition")
LAST_ADJECTIVES = wordset("last_adjective")


def _named_pocket(view: SentenceView, m: Mention) -> bool:
    """The place is called the last pocket in apposition right after its name ("بلدة X، آخر جيب للتنظيم"): what
    "الجيب" later points at, not the countryside named after it as a locator (task backref20)."""
    last = view.place_last.get(id(m))
    toks = view.toks
    return last is not None and last + 2 < len(toks) and toks[last + 1].bare in LAST_ADJECTIVES \
        and toks[last + 2].bare in POCKET_NOUNS


POST_NOUNS = wordset("post_noun")
POST_WORDS = wordset("backref_post")
POST_AT = wordset("post_at_preposition")  # "عند مدخل بلدة X"، "على أطراف X"
POST_EDGES = wordset("post_edge_noun")  # the edge of the place a post stands at
SITE_WORDS = wordset("backref_site")  # "حول المكان"، "في محيط الموقع": the scene just told (_scene_told)
SITE_REACH = 2  # sentences back the scene of "المكان" may be told
POST_KINDS = ("checkpoint", "post")  # the kinds of place a post's word may name itself (_named_post)
FACILITY_RULE = "facility:"  # the rule of a facility the reader composed from its noun (read/places.py)
POST_INSIDE = wordset("inside_outskirts_prep")  # في، داخل
POST_EDGE_ADJECTIVES = wordset("post_edge_adjective")  # "عند المدخل الجنوبي لمدينة X": which edge
POST_REACH = 4  # words between a post's noun and the "في" that locates it ("نقطة المراقبة التركية في X")


def _post_located(view: SentenceView, i: int, m: Mention) -> bool:
    """A post's noun stands a few words before "في X" ("نقطة المراقبة التركية في مورك"، "... في بلدة X"): X is
    where it is. So is X a post's noun heads ("مخفر X"، "مخفر مدينة X"), and X at whose named edge the post stands
    ("مستودع ... على الأطراف الشمالية لبلدة X"، "حاجز ... عند المدخل الجنوبي لمدينة X"; task elsewhere42).
    Every True answer needs a post's noun among the sentence's words, so a sentence whose ``view.words`` is
    disjoint from POST_NOUNS gives False at every place: the callers ask that once a sentence (issue 13)."""
    toks = view.toks
    cue = bool(m.attrs.get("cue"))
    if any(k >= 0 and toks[k].bare in POST_NOUNS for k in ((i - 1, i - 2) if cue else (i - 1,))):
        return True
    at = next((k for k in (i - 1, i - 2) if k > 0 and (toks[k].word in IN or toks[k].bare in POST_INSIDE)
               and (k == i - 1 or cue)), None)  # "مستودع ... داخل بلدة X" as "... في بلدة X"
    if at is None:  # "حاجز للقوات عند مدخل بلدة X": at the entrance or the edge of X is where it is (task read25b)
        at = next((k for k in (i - 2, i - 3) if k > 0 and toks[k].word in POST_AT and toks[k + 1].bare in POST_EDGES
                   and (k == i - 2 or cue)), None)
    if at is None and cue:  # "عند المدخل الجنوبي لمدينة X": the edge made definite, its side, the noun of X after ل
        at = next((k for k in (i - 3, i - 4) if k > 0 and toks[k].word in POST_AT
                   and _edge_noun(toks[k + 1].bare) and (k == i - 3 or toks[k + 2].bare in POST_EDGE_ADJECTIVES)), None)
    if at is None:
        return False
    noun = next((k for k in range(max(0, at - POST_REACH), at) if toks[k].bare in POST_NOUNS), None)
    # "حاجز "السياسية" في مدينة X": a post named by a name of its own is the place its word later names, X only
    # locates it (task elsewhere42)
    return noun is not None and not any(noun < j < at and _named_post(p) for j, p in view.places_by_start)


def _named_post(m: Mention) -> bool:
    """A checkpoint or a post the text named by a proper name ("حاجز "السياسية""), not a facility the reader
    composed from its noun and its town ("مخفر الشرطة في بلدة X": rule facility:...)."""
    return m.attrs.get("kind") in POST_KINDS and not m.rule.startswith(FACILITY_RULE)


def _composed_as(m: Mention, word: str) -> bool:
    """A facility the reader composed from the noun the back-reference word repeats ("مخفر الشرطة" for "المخفر")."""
    cue = fold_text(m.attrs.get("cue") or "")
    return bool(cue) and m.rule.startswith(FACILITY_RULE) and any(word == d + cue for d in DEFINITE)


def _edge_noun(word: str) -> bool:
    """"الأطراف"، "المدخل": an edge noun made definite (post_edge_noun holds them bare)."""
    return any(word.startswith(d) and word[len(d):] in POST_EDGES for d in DEFINITE)


def pronoun_gender(word: str) -> str:
    """The gender of a singular pronoun suffix that may point at a place ("فيه"، "منه": masculine; "فيها"،
    "عليها": feminine), "" for a noun ("المدينة"), an area word ("هناك") or a pronoun of persons ("منهم")."""
    if word in BACKREF_KINDS or word in AREA_WORDS or word.endswith(PERSONS_SUFFIXES):
        return ""
    if word.endswith(FEMININE_SUFFIX):
        return FEMININE
    # only the unambiguous ones: a folded "خارجه" may be the adjective "خارجة" ("مجموعات خارجة عن القانون")
    return MASCULINE if word in MASCULINE_PRONOUNS else ""


def noun_gender(noun: str) -> str:
    """The gender of a back-reference noun ("المدينة" feminine, its ta marbuta folded to ه; "المطار" masculine)."""
    return FEMININE if noun.endswith(TA_MARBUTA) else MASCULINE


def place_gender(m: Mention) -> str:
    """The gender the text gives a place: that of the noun heading its name ("مطار X"، "قاعدة X") or of
    the noun that introduced it ("حي X"، "مدينة X"، a plural "قرى X وY" is feminine), else that of its kind."""
    cue, name = fold_text(m.attrs.get("cue") or ""), fold_text(m.attrs.get("name") or m.text)
    settlement = m.attrs.get("kind") in SETTLEMENT_KINDS
    # "تل رفعت" a town whose name begins with the cue "تل": the name's first word is no head (task probe12)
    words = [[] if settlement and cue and name.startswith(cue) else cue.split()[:1]]
    if not settlement:  # "تل أبيض" is a town, "تل X" a hill
        words.append(name.split()[:1])
    article = wordlist("definite_article")[0]
    for w in words:
        head = w[0].removeprefix(article) if w else ""
        if head in MASCULINE_HEADS:
            return MASCULINE
        if head in FEMININE_HEADS:
            return FEMININE
    return MASCULINE if m.attrs.get("kind") in MASCULINE_KINDS else FEMININE


def agreeing(groups: list[list[Mention]], gender: str, sentence: int | None) -> list[list[Mention]]:
    """The recent place groups a pronoun of this gender can point at: a list of several places is a
    non-human plural (feminine); a single place agrees by :func:`place_gender`. A pronoun reaches its
    own sentence and the one before, never a place named paragraphs back ("وتعرضت فيها المدن" after the
    war is told, not the town named earlier)."""
    out = []
    for g in groups:
        if sentence is not None and max(m.sentence for m in g) < sentence - PRONOUN_REACH:
            continue
        if len(g) > 1:
            if gender == FEMININE:
                out.append(g)
            continue
        if place_gender(g[0]) == gender:
            out.append(g)
        elif gender == FEMININE and (town := town_of(g[0])) is not None:
            out.append([town])  # "جسر الرستن ... سيطرتها عليها": the town the bridge is named after
    return out


SURROUNDINGS_RULE = "+surroundings"


def _itself(m: Mention) -> Mention:
    """"في محيط عين العرب ... دخول المدينة": the city word points at the town, not at its surroundings
    (the reader names those "محيط X" and keeps X as the first alias)."""
    if not m.rule.endswith(SURROUNDINGS_RULE) or not m.attrs.get("aliases"):
        return m
    aliases = list(m.attrs["aliases"])
    attrs = dict(m.attrs, name=aliases[0], aliases=aliases[1:], geo_precision=1)
    return Mention(m.kind, m.start, m.end, m.text, m.sentence, attrs, m.rule[: -len(SURROUNDINGS_RULE)])


# what a back-reference word names: "البلدة" the last town (else any settlement), "المعبر" the last crossing
# the class table is data (data/extract/backref_classes.tsv, read by extract/salience.py; task backref40)
_BACKREF_SETS = class_kinds()


BACKREF_KINDS = {w: kinds for name, kinds in _BACKREF_SETS.items() for w in wordlist(name)}


FACILITY_WORDS = wordset("backref_crossing") | wordset("backref_airport") | wordset("backref_base") | wordset("backref_prison") \
    | wordset("backref_dam") | wordset("backref_neighbourhood") | wordset("backref_field") | wordset("backref_hospital") \
    | wordset("backref_camp") | wordset("backref_bridge") | wordset("backref_road")


CAPITAL_WORDS = wordset("backref_capital")
ROAD_WORDS = wordset("backref_road")  # "الطريق": the last road named (PlaceMemory.roads, task left25)
ROAD_KINDS = ("road",)
NEIGHBOURHOOD_WORDS = wordset("backref_neighbourhood")  # "الحي": the story's quarter, not one named in passing
CITY_WORDS = wordset("backref_city")
HOME_WORDS = wordset("people_home_noun")  # البلدة، المدينة، القرية after "أبناء": the article's town of that kind
DEFINITE = tuple(wordlist("definite_article"))
QUARTER_WORDS = wordset("backref_city_quarters")
AREA_NOT_SETTLEMENT = ("countryside", "governorate")  # kinds a settlement noun before them never names (named_as)
TOWN_FALLBACK_KINDS = ("village",)  # what "البلدة" reads when no town was named: a village the text calls a town
TOWN_WORDS = wordset("backref_town")  # "البلدة": read past a town named in passing, as "المدينة" (_in_the_news)
GOVERNORATE_WORDS = wordset("governorate_backref")
GOVERNORATE_KINDS = {"governorate", "governorate_capital"}


def _governorate_seat(groups: list[list[Mention]]) -> list[Mention]:
    """"المحافظة" points at the last governorate named, or the city that is its seat (a city whose
    governorate bears its name: Hama, Daraa), never at a neighbourhood or a town named since."""
    for g in reversed(groups):
        for m in reversed(g):
            kind, en = m.attrs.get("kind"), m.attrs.get("name_en")
            if kind in GOVERNORATE_KINDS or (kind in ("city", "capital") and en and en == m.attrs.get("admin1")):
                return [m]
    return []


def _speakers_units(view: SentenceView) -> set[int]:
    """The first tokens of military units named as a speaker's body ("مصدر عسكري في الفرقة 86"، "ضابط في اللواء
    52"): right after the source's words, or after its "في/من"; the body that tells, not a place of the story."""
    toks = view.toks
    out: set[int] = set()
    for s in view.sources:
        first, last = token_at(toks, s.start), token_at(toks, max(s.start, s.end - 1))
        out.update(i for i, p in view.places if p.attrs.get("kind") == "unit" and (
            first <= i <= last + 1 or (i == last + 2 and toks[last + 1].bare in AFFILIATION_PREPS)))
    return out


PLURAL_SETTLEMENT_WORDS = wordset("plural_settlement_backref")


def _named_area(groups: list[list[Mention]], word: str) -> list[Mention]:
    """"المنطقة" after the text called a place "منطقة X" is that area, not a town named since ("نزحوا من
    منطقة X نحو بلدة Y ... تسلمت الوحدات إدارة المنطقة": X); with no such area, the last place."""
    if word not in AREA_NOUN:
        return []
    return next(([m] for g in reversed(groups) for m in reversed(g)
                 if fold_text(m.attrs.get("cue") or "").startswith(AREA_STEM)), [])


def _spans_governorates(group: list[Mention]) -> bool:
    """A list of several governorates ("في محافظات اللاذقية وطرطوس وحماة"): a singular "المنطقة" after it names the
    region they span, which is no place (GUIDELINES: regions spanning governorates are not places), not each of them."""
    return len(group) > 1 and all(m.attrs.get("kind") == "governorate" for m in group)


def capital(m: Mention) -> bool:
    """A place the gazetteer's own names call the capital ("العاصمة السورية دمشق"): what "العاصمة" alone
    points at once it was named; no other city stands in for it."""
    return any(fold_text(a).startswith(tuple(CAPITAL_WORDS)) for a in m.attrs.get("aliases") or ())


def named_as(m: Mention, kinds: tuple[str, ...]) -> bool:
    """The text called the place a city / town / village ("مدينة الزبداني" for a gazetteer town). A settlement
    noun before a countryside or a governorate ("بلدات ريف دمشق الغربي") names the settlements in that area, it
    does not call the area one (task left22)."""
    if m.attrs.get("kind") in AREA_NOT_SETTLEMENT:
        return False
    cue = fold_text(m.attrs.get("cue") or "")
    return any(cue.startswith(CUE_STEMS[k]) for k in kinds if k in CUE_STEMS)


TOWN_AS_CITY = "town_as_city"  # a pseudo-kind in the kinds "المدينة" wants: a town may be read as a city


def town_as_city(m: Mention, kinds: tuple[str, ...], word: str) -> bool:
    """A place the gazetteer files as a town, read by "المدينة" as a city: news call a town of some size "مدينة"
    as often as "بلدة", so "عادت 120 عائلة إلى المدينة" after "المجلس المحلي في الزبداني" (a gazetteer town) is
    that town, not a city named earlier in passing ("على الطريق بين دمشق والحدود"). Not a town the text itself
    called "بلدة" or "قرية" ("نزحت من بلدة تلبيسة إلى المدينة": the city before it), nor a member of a list
    ("سيطرت على مدن بريفها أبرزها X وY ... دخلت المدينة": the city), and only while no place was called "مدينة X"
    (:meth:`PlaceMemory.recall` adds the pseudo-kind then): "في مدينة السويداء ... وفي بصرى الشام ... دخلت القوات
    المدينة" is the city so called (task read19a)."""
    return TOWN_AS_CITY in kinds and m.attrs.get("kind") == "town" \
        and not named_as(m, ("town", "village")) and not plural_cue(m) and m.attrs.get("group") in (None, -1, "")


def headed_by(m: Mention, word: str) -> bool:
    """The place's name opens with the facility noun of the back-reference, whatever kind the gazetteer
    gives it: "الحقل" after "حقل العمر" (filed as a base) is that field."""
    head = fold_text(word)
    head = head[len(wordlist("definite_article")[0]):] if head.startswith(wordlist("definite_article")[0]) else head
    if word in DUAL_NOUNS:
        head = head[:-2]  # "المخيمين": the camp noun "مخيم"
    if fold_text(m.attrs.get("name") or "").split()[:1] == [head]:
        return True
    # "حقل الشاعر للغاز": an entry the gazetteer files under the mountain "جبل الشاعر" with the field's name among
    # its own variants; the text named a field, so "الحقل" points at it (task backref16)
    text = fold_text(m.text)
    if text.split()[:1] == [head] and text in {fold_text(a) for a in m.attrs.get("aliases") or ()}:
        return True
    return dual_cue_of(m) == head


def dual_cue_of(m: Mention) -> str:
    """The singular of the dual cue a place was named under ("مخيمي الهول والركبان" -> "مخيم"), else "":
    "المخيمين" after them is both camps, whatever kind the gazetteer files the names under."""
    from ..read.gazetteer import Gazetteer
    cue = Gazetteer.default().cues.get(fold_text(m.attrs.get("cue") or ""))
    return fold_text(cue.singular) if cue is not None and cue.number == "2" else ""


AREA_NOUN = wordset("named_area_backref")
AREA_STEM = tuple(wordlist("area_stem"))
CUE_STEMS = {"city": wordlist("city_stem"), "town": wordlist("town_stem"), "village": wordlist("village_stem")}


def plural_cue(m: Mention) -> bool:
    """The place was named under a plural or dual cue ("قرى X وY", "بلدتي X وY"): a member of a list."""
    from ..read.gazetteer import Gazetteer
    cue = Gazetteer.default().cues.get(fold_text(m.attrs.get("cue") or ""))
    return cue is not None and cue.number in ("2", "n")


def city_locator(m: Mention) -> bool:
    """A city or town of the gazetteer that the sentence names only to say where another place lies."""
    return m.attrs.get("role") == "locator" and m.attrs.get("kind") in CITY_KINDS and m.attrs.get("resolved", True)


INTRODUCED_KINDS = ("city", "town", "village", "neighbourhood")


def introduced_settlement(m: Mention) -> bool:
    """A town or quarter the gazetteer lacks that the text introduced as one ("بلدة كباجب", "حيي المشلب
    والرميلة"): "البلدة" after it is it, "الحيين" after two quarters is both; so is a pair of camps or bases
    ("معسكري X وY": "المعسكرين" after them)."""
    return bool(m.attrs.get("cue")) and (m.attrs.get("kind") in INTRODUCED_KINDS or (
        m.attrs.get("kind") in INTRODUCED_PAIR_KINDS and bool(dual_cue_of(m))))


# a camp or a base the gazetteer lacks is an antecedent when the text named it as one of a pair ("معسكري X وY"):
# "المعسكرين" after it is both (task read19b); named alone, "مخيم X" stays out of reach of "المدينة"
INTRODUCED_PAIR_KINDS = ("camp", "base")


def at_home(m: Mention) -> bool:
    """A place in Syria (a foreign city is an event place only where a sentence names it)."""
    return m.attrs.get("country", "SY") in ("SY", "", None)


RECALL_GROUPS = 200  # place groups a back-reference ("المدينة", "المنطقة") may reach


NAMED_AFTER_TOWN = {"bridge", "airport", "prison", "crossing", "checkpoint", "base", "port", "dam", "camp"}


def _after_town_of(m: Mention, kinds: tuple[str, ...]) -> bool:
    """Whether ``m`` is a facility named after a place of these kinds ("مطار المزة العسكري": a quarter)."""
    return (t := town_of(m)) is not None and t.attrs.get("kind") in kinds


def town_of(m: Mention) -> Mention | None:
    """The town a facility is named after ("جسر الرستن" -> الرستن, "سجن حمص المركزي" -> حمص), so that
    "المدينة" after it can point at the town."""
    if m.attrs.get("kind") not in NAMED_AFTER_TOWN:
        return None
    from ..read.gazetteer import Gazetteer
    gaz = Gazetteer.default()
    words = (m.attrs.get("name") or m.text).split()[1:]
    for n in range(len(words), 0, -1):
        for k in range(len(words) - n + 1):
            e = gaz.resolve(" ".join(words[k:k + n]))
            if e is not None and e.kind in CITY_KINDS:
                attrs = {"id": e.id, "name": e.name, "name_en": e.name_en, "lat": e.lat, "lon": e.lon,
                         "admin1": e.admin1, "kind": e.kind, "geo_precision": 1, "resolved": True,
                         "aliases": list(e.variants) + list(e.variants_en)}
                return Mention("place", m.start, m.end, e.name, m.sentence, attrs, f"town-of:{m.rule}")
    return None
