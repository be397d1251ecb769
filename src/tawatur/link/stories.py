"""Stories: articles about one developing story, clustered incrementally and cohesively.

Each article is reduced once, when it arrives, to two things that depend on its own text only (no
corpus statistics, so neither changes with which articles came before or arrive in the same batch):

* a sparse unit vector of its content words and word pairs (folded, article stripped, function words
  of ``data/link/story_stopwords.tsv`` left out; weight 1 + log tf), cached for every comparison;
* its anchors: the ``ANCHORS`` smallest stable hashes of its word pairs (a bottom-k MinHash sketch).
  Two articles that share wording (agency copy, rewrites) share anchors.

Candidates are articles sharing an anchor or a place, within ``DAYS_NEAR`` days. A candidate is
confirmed by cosine (strong alone; weaker with a shared merged event or two shared places). A story
must stay cohesive, so an article joins a story only when the story's whole span stays within
``SPAN_DAYS`` and the article is similar to the story as a whole (its centroid), not only to one
member; it joins the best such story, and stories never merge. An article that tells at least half of its
events as earlier articles do (the same merged event at a town or a site on one day, or a step of one
change of hands there: ``Linker._told_alike``) joins their story first, whatever its wording: outlets
word one strike differently, and short reports share too few words for the similarity alone. So no bridge article can chain
months of reports into one giant story, and since an article's story is decided from the articles
before it, any split of a date-ordered corpus into batches gives the same stories.
"""
from __future__ import annotations

import hashlib
import math
import zlib
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from heapq import nsmallest
from typing import Any

from ..clean.normalize import fold_text, strip_article, words
from ..model import Article
from .data import story_stopwords

MAX_CHARS = 6000  # the lead of an article says what it is about; bounds the cost per article
ANCHORS = 12  # bottom-k sketch size
MAX_CANDS = 60  # candidates confirmed per article at most (most anchors shared first)
COS_STRONG = 0.35  # alone: a rewrite or a report of the same happening
COS_COPY = 0.6  # agency copy: one story even when the two reports name different places
COS_WEAK = 0.12  # with a shared merged event or two shared places
COS_CENTROID = 0.12  # similarity to the story as a whole (its centroid), at least a weak link
COS_TOLD = 0.02  # an article telling a story's own happenings still shares some words with it (the place)
DAYS_NEAR = 3  # a candidate is at most this many days away
SPAN_DAYS = 14  # a story never spans more days than this

Vector = dict[str, float]


def story_id(first_article: str) -> str:
    return "st-" + hashlib.sha1(first_article.encode("utf-8")).hexdigest()[:12]


def _tokens(article: Article) -> list[str]:
    text = fold_text(" ".join(filter(None, [article.title or "", article.text or article.raw or ""])))
    stop = story_stopwords()
    out = []
    for _, _, w in words(text[:MAX_CHARS]):
        if len(w) > 2 and w not in stop and not w.isdigit():
            out.append(strip_article(w))
    return out


def features(article: Article) -> tuple[Vector, frozenset[int]]:
    """The article's unit vector (words and word pairs) and its anchors (smallest pair hashes)."""
    return _features(article.title or "", article.text or article.raw or "")


@lru_cache(maxsize=2048)  # a store computes them for its candidate lookup, then the linker again
def _features(title: str, text: str) -> tuple[Vector, frozenset[int]]:
    toks = _tokens(Article(id="", title=title, text=text))
    pairs = [f"{a} {b}" for a, b in zip(toks, toks[1:], strict=False)]
    counts = Counter(toks) + Counter(pairs)
    vec = {g: 1.0 + math.log(tf) for g, tf in counts.items()}
    norm = math.sqrt(sum(w * w for w in vec.values()))
    if norm:
        vec = {g: w / norm for g, w in vec.items()}
    hashes = {zlib.crc32(p.encode("utf-8")) for p in pairs}
    return vec, frozenset(nsmallest(ANCHORS, hashes))


def dot(a: Vector, b: Vector) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b[g] for g, w in a.items() if g in b)


@dataclass
class _Story:
    members: list[str] = field(default_factory=list)
    centroid: Vector = field(default_factory=dict)  # sum of the members' unit vectors
    norm2: float = 0.0
    first: int | None = None
    last: int | None = None

    def add(self, vec: Vector, day: int | None) -> None:
        self.norm2 += 2 * dot(vec, self.centroid) + dot(vec, vec)
        for g, w in vec.items():
            self.centroid[g] = self.centroid.get(g, 0.0) + w
        self._span(day)

    def remove(self, vec: Vector) -> None:
        for g, w in vec.items():
            left = self.centroid.get(g, 0.0) - w
            if abs(left) < 1e-12:
                self.centroid.pop(g, None)
            else:
                self.centroid[g] = left
        self.norm2 = sum(w * w for w in self.centroid.values())

    def _span(self, day: int | None) -> None:
        if day is not None:
            self.first = day if self.first is None else min(self.first, day)
            self.last = day if self.last is None else max(self.last, day)

    def similarity(self, vec: Vector) -> float:
        return dot(vec, self.centroid) / math.sqrt(self.norm2) if self.norm2 > 0 else 0.0

    def state(self) -> dict[str, Any]:
        return {"centroid": self.centroid, "norm2": self.norm2, "first": self.first, "last": self.last}

    @classmethod
    def from_state(cls, members: list[str], d: dict[str, Any]) -> _Story:
        return cls(members=list(members), centroid=dict(d.get("centroid") or {}),
                   norm2=float(d.get("norm2") or 0.0), first=d.get("first"), last=d.get("last"))

    def fits(self, day: int | None) -> bool:
        if day is None or self.first is None or self.last is None:
            return True
        return max(self.last, day) - min(self.first, day) <= SPAN_DAYS


class _Posting:
    """Articles sharing one key: dated ones sorted by day (a window is two bisections), undated ones
    in arrival order."""

    __slots__ = ("days", "ids", "undated")

    def __init__(self) -> None:
        self.days: list[int] = []
        self.ids: list[str] = []
        self.undated: list[str] = []

    def add(self, aid: str, day: int | None) -> None:
        if day is None:
            self.undated.append(aid)
        elif not self.days or day >= self.days[-1]:
            self.days.append(day)
            self.ids.append(aid)
        else:
            i = bisect_right(self.days, day)
            self.days.insert(i, day)
            self.ids.insert(i, aid)

    def discard(self, aid: str) -> None:
        if aid in self.undated:
            self.undated.remove(aid)
        elif aid in self.ids:
            i = self.ids.index(aid)
            del self.ids[i], self.days[i]

    def near(self, day: int | None) -> list[str]:
        """Articles within DAYS_NEAR days of ``day`` and the latest undated ones; for an undated
        article, the latest of each."""
        if day is None:
            return self.ids[-MAX_CANDS:] + self.undated[-MAX_CANDS:]
        lo, hi = bisect_left(self.days, day - DAYS_NEAR), bisect_right(self.days, day + DAYS_NEAR)
        return self.ids[lo:hi] + self.undated[-MAX_CANDS:]


def article_keys(anchors: frozenset[int], places: set[str]) -> list[str]:
    """The lookup keys of an article, as the store keeps them: anchors ``a:<hash>``, places ``p:<key>``."""
    return [f"a:{h}" for h in sorted(anchors)] + [f"p:{p}" for p in sorted(places)]


class StoryIndex:
    """Incremental story clustering; ``add`` returns the story ids it created or changed."""

    def __init__(self) -> None:
        self.vectors: dict[str, Vector] = {}
        self.anchors: dict[str, frozenset[int]] = {}
        self.postings: dict[str, _Posting] = defaultdict(_Posting)  # article_keys -> articles
        self.places: dict[str, set[str]] = {}
        self.days: dict[str, int | None] = {}
        self.parent: dict[str, str] = {}  # article -> story id
        self.members: dict[str, list[str]] = {}  # story id -> articles
        self._stories: dict[str, _Story] = {}

    # ----------------------------------------------------------------- similarity
    def cosine(self, a: str, b: str) -> float:
        va, vb = self.vectors.get(a), self.vectors.get(b)
        return dot(va, vb) if va and vb else 0.0

    # ----------------------------------------------------------------- add
    def add(self, article: Article, places: set[str], day: int | None,
            shared_events: set[str], same_happening: set[str] | frozenset[str] = frozenset()) -> set[str]:
        """Place ``article`` in a story. ``shared_events`` = articles sharing a merged event with it;
        ``same_happening`` = those of them that tell what it mostly tells (:func:`tells_the_same`)."""
        aid = article.id
        self._index(aid, article, places, day)
        told = self._told_stories(aid, same_happening)
        best = self._best_story(aid, told, floor=COS_TOLD) if told else None
        if best is None:
            best = self._best_story(aid, self._linked_stories(aid, shared_events))
        self._register(aid)
        if best is None:
            best = story_id(aid)
            self.members[best] = []
            self._stories[best] = _Story()
        self.parent[aid] = best
        self.members[best].append(aid)
        self._stories[best].add(self.vectors[aid], day)
        return {best}

    def keys(self, aid: str) -> list[str]:
        return article_keys(self.anchors.get(aid, frozenset()), self.places.get(aid, set()))

    def state(self, sid: str) -> dict[str, Any] | None:
        """What the store keeps of a story to continue it later: centroid, its norm, first and last day."""
        st = self._stories.get(sid)
        return st.state() if st is not None else None

    def _index(self, aid: str, article: Article, places: set[str], day: int | None) -> None:
        self.vectors[aid], self.anchors[aid] = features(article)
        self.places[aid], self.days[aid] = set(places), day

    def _register(self, aid: str) -> None:
        """Make the article a candidate for those after it."""
        for k in self.keys(aid):
            self.postings[k].add(aid, self.days.get(aid))

    def _candidates(self, aid: str, shared_events: set[str]) -> list[str]:
        day = self.days[aid]
        score: Counter[str] = Counter()
        for h in self.anchors[aid]:
            if (p := self.postings.get(f"a:{h}")) is not None:
                score.update(p.near(day))
        for pl in self.places[aid]:
            for c in (p.near(day) if (p := self.postings.get(f"p:{pl}")) is not None else ()):
                score[c] += 0  # a place shared makes a candidate, ranked after shared wording
        for c in shared_events:
            if c in self.parent:
                score[c] += 1
        score.pop(aid, None)
        ranked = sorted((c for c in score if c in self.parent), key=lambda c: (-score[c], c))
        return ranked[:MAX_CANDS]

    def _near(self, a: str, b: str) -> bool:
        da, db = self.days.get(a), self.days.get(b)
        return da is None or db is None or abs(da - db) <= DAYS_NEAR

    def _confirm(self, a: str, b: str, shares_event: bool) -> bool:
        if not self._near(a, b):
            return False
        cos = self.cosine(a, b)
        pa, pb = self.places[a], self.places.get(b, set())
        if pa and pb and not pa & pb:  # reports of different places: only a near copy is one story
            return cos >= COS_COPY
        if cos >= COS_STRONG or (shares_event and cos >= COS_WEAK):
            return True
        return len(pa & pb) >= 2 and cos >= COS_WEAK

    def _linked_stories(self, aid: str, shared_events: set[str]) -> set[str]:
        """Stories that can take the article (span) and hold a confirmed candidate; one confirmed
        member is enough, so the other members of a story already linked are not compared."""
        day = self.days[aid]
        linked: set[str] = set()
        for c in self._candidates(aid, shared_events):
            sid = self.parent[c]
            if sid in linked or not (st := self._stories.get(sid)) or not st.fits(day):
                continue
            if self._confirm(aid, c, c in shared_events):
                linked.add(sid)
        return linked

    def _told_stories(self, aid: str, same_happening: set[str] | frozenset[str]) -> set[str]:
        """Stories (that can take the article's day) of earlier articles telling the article's own
        happenings: two outlets' own words for one strike share few words, but they are one story."""
        day = self.days[aid]
        return {sid for c in same_happening if c != aid and (sid := self.parent.get(c)) is not None
                and self._near(aid, c) and (st := self._stories.get(sid)) is not None and st.fits(day)}

    def _best_story(self, aid: str, linked: set[str], floor: float = COS_CENTROID) -> str | None:
        """The cohesive story the confirmed candidates point to, most similar first (at least ``floor``
        alike as a whole; any story of the article's own happenings may take it)."""
        vec = self.vectors[aid]
        best, best_sim = None, -1.0
        for sid in sorted(linked):
            st = self._stories[sid]
            sim = st.similarity(vec)
            if sim >= floor and sim > best_sim:
                best, best_sim = sid, sim
        return best

    def remove(self, aid: str) -> str | None:
        """Take an article out (before re-adding a new version of it); returns its story id."""
        sid = self.parent.pop(aid, None)
        if sid and aid in self.members.get(sid, []):
            self.members[sid].remove(aid)
            if aid in self.vectors and sid in self._stories:
                self._stories[sid].remove(self.vectors[aid])
        for k in self.keys(aid):
            if k in self.postings:
                self.postings[k].discard(aid)
        self.anchors.pop(aid, None)
        self.places.pop(aid, None)
        self.vectors.pop(aid, None)
        return sid

    def seed(self, sid: str, articles: list[str], state: dict[str, Any] | None = None) -> None:
        """Restore a stored story: its membership and, when kept, its state (centroid and span)."""
        members = self.members.setdefault(sid, [])
        for a in articles:
            if a not in self.parent:
                self.parent[a] = sid
                members.append(a)
        if state is not None:
            self._stories[sid] = _Story.from_state(members, state)
        else:  # an old store without state: the centroid of the members whose text is known
            self._stories.setdefault(sid, _Story(members=list(members)))

    def seed_article(self, article: Article, keys: list[str], day: int | None) -> None:
        """Make a stored article a candidate again, from its text and its stored keys."""
        aid = article.id
        if aid in self.vectors:
            return
        anchors = frozenset(int(k[2:]) for k in keys if k.startswith("a:"))
        places = {k[2:] for k in keys if k.startswith("p:")}
        self.vectors[aid] = features(article)[0]
        self.anchors[aid], self.places[aid], self.days[aid] = anchors, places, day
        self._register(aid)
