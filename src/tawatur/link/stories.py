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
member; it joins the best such story, and stories never merge. So no bridge article can chain
months of reports into one giant story, and since an article's story is decided from the articles
before it, any split of a date-ordered corpus into batches gives the same stories.
"""
from __future__ import annotations

import hashlib
import math
import zlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from heapq import nsmallest

from ..clean.normalize import fold_text, strip_article, words
from ..model import Article
from .data import story_stopwords

MAX_CHARS = 6000  # the lead of an article says what it is about; bounds the cost per article
ANCHORS = 12  # bottom-k sketch size
MAX_CANDS = 60  # candidates confirmed per article at most (most anchors shared first)
COS_STRONG = 0.35  # alone: a rewrite or a report of the same happening
COS_WEAK = 0.12  # with a shared merged event or two shared places
COS_CENTROID = 0.12  # similarity to the story as a whole (its centroid), at least a weak link
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
    toks = _tokens(article)
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

    def fits(self, day: int | None) -> bool:
        if day is None or self.first is None or self.last is None:
            return True
        return max(self.last, day) - min(self.first, day) <= SPAN_DAYS


class StoryIndex:
    """Incremental story clustering; ``add`` returns the story ids it created or changed."""

    def __init__(self) -> None:
        self.vectors: dict[str, Vector] = {}
        self.anchors: dict[str, frozenset[int]] = {}
        self.by_anchor: dict[int, list[str]] = defaultdict(list)
        self.by_place: dict[str, list[str]] = defaultdict(list)
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
            shared_events: set[str]) -> set[str]:
        """Place ``article`` in a story. ``shared_events`` = articles sharing a merged event with it."""
        aid = article.id
        self._index(aid, article, places, day)
        linked = [c for c in self._candidates(aid, shared_events)
                  if self._confirm(aid, c, c in shared_events)]
        best = self._best_story(aid, linked)
        self._register(aid)
        if best is None:
            best = story_id(aid)
            self.members[best] = []
            self._stories[best] = _Story()
        self.parent[aid] = best
        self.members[best].append(aid)
        self._stories[best].add(self.vectors[aid], day)
        return {best}

    def _index(self, aid: str, article: Article, places: set[str], day: int | None) -> None:
        self.vectors[aid], self.anchors[aid] = features(article)
        self.places[aid], self.days[aid] = set(places), day

    def _register(self, aid: str) -> None:
        """Make the article a candidate for those after it."""
        for h in self.anchors.get(aid, ()):
            self.by_anchor[h].append(aid)
        for p in self.places.get(aid, ()):
            self.by_place[p].append(aid)

    def _recent(self, posting: list[str], day: int | None) -> list[str]:
        """Articles of a posting list within DAYS_NEAR days (postings grow in arrival order)."""
        if day is None:
            return posting[-MAX_CANDS:]
        out = []
        for other in reversed(posting):
            d = self.days.get(other)
            if d is not None and d < day - DAYS_NEAR - SPAN_DAYS:
                break  # date-ordered input: everything before is older still
            if d is None or abs(d - day) <= DAYS_NEAR:
                out.append(other)
        return out

    def _candidates(self, aid: str, shared_events: set[str]) -> list[str]:
        day = self.days[aid]
        score: Counter[str] = Counter()
        for h in self.anchors[aid]:
            score.update(self._recent(self.by_anchor.get(h, []), day))
        for p in self.places[aid]:
            for c in self._recent(self.by_place.get(p, []), day):
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
        if cos >= COS_STRONG or (shares_event and cos >= COS_WEAK):
            return True
        return len(self.places[a] & self.places.get(b, set())) >= 2 and cos >= COS_WEAK

    def _best_story(self, aid: str, linked: list[str]) -> str | None:
        """The cohesive story the confirmed candidates point to, most similar first."""
        vec, day = self.vectors[aid], self.days[aid]
        best, best_sim = None, 0.0
        for sid in sorted({self.parent[c] for c in linked if c in self.parent}):
            st = self._stories.get(sid)
            if st is None or not st.fits(day):
                continue
            sim = st.similarity(vec)
            if sim >= COS_CENTROID and sim > best_sim:
                best, best_sim = sid, sim
        return best

    def remove(self, aid: str) -> str | None:
        """Take an article out (before re-adding a new version of it); returns its story id."""
        sid = self.parent.pop(aid, None)
        if sid and aid in self.members.get(sid, []):
            self.members[sid].remove(aid)
            if aid in self.vectors and sid in self._stories:
                self._stories[sid].remove(self.vectors[aid])
        for h in self.anchors.pop(aid, ()):
            if aid in self.by_anchor.get(h, []):
                self.by_anchor[h].remove(aid)
        for p in self.places.pop(aid, set()):
            if aid in self.by_place.get(p, []):
                self.by_place[p].remove(aid)
        self.vectors.pop(aid, None)
        return sid

    def seed(self, sid: str, articles: list[str], known: dict[str, tuple[Article, set[str], int | None]]
             | None = None) -> None:
        """Restore a stored story's membership; members in ``known`` (article, places, day) become
        candidates again and count in the story's centroid and span."""
        self.members.setdefault(sid, [])
        st = self._stories.setdefault(sid, _Story())
        for a in articles:
            if a in self.parent:
                continue
            self.parent[a] = sid
            self.members[sid].append(a)
            if known and a in known:
                art, places, day = known[a]
                self._index(a, art, places, day)
                self._register(a)
                st.add(self.vectors[a], day)
