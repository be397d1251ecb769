"""Stories: articles about one developing story, clustered incrementally.

Candidates come from two cheap indexes: MinHash/LSH (datasketch) over the words of the folded
text (agency copy and rewrites) and a per-place list of recent articles (the same story told in other
words). A candidate is confirmed by character n-gram TF-IDF cosine, or by a shared merged event close
in time or shared places, each with a weaker cosine (so daily reports of one city do not chain months
of unrelated articles into one story). Confirmed pairs join stories (union of story ids),
so each new article costs a bounded number of comparisons.
"""
from __future__ import annotations

import hashlib
import math
from collections import Counter, deque

from datasketch import MinHash, MinHashLSH

from ..clean.normalize import fold_text, words
from ..model import Article

NUM_PERM = 64
LSH_THRESHOLD = 0.3  # LSH finds copies and close rewrites; looser rewrites come via places/events
SHINGLE = 2  # word bigrams: rewrites share some; unrelated articles on the same war share few
MAX_CANDS = 60
NGRAM = 4
MAX_CHARS = 6000  # the lead of an article says what it is about; bounds the cost per article
PLACE_RECENT = 40  # recent articles kept per place for candidate generation
COS_STRONG = 0.3
COS_WEAK = 0.12
DAYS_NEAR = 3


def story_id(first_article: str) -> str:
    return "st-" + hashlib.sha1(first_article.encode("utf-8")).hexdigest()[:12]


def _text(article: Article) -> str:
    return fold_text(" ".join(filter(None, [article.title or "", article.text or article.raw or ""])))[:MAX_CHARS]


_TEMPLATE = MinHash(num_perm=NUM_PERM, seed=7)


def _minhash(tokens: list[str]) -> MinHash:
    mh = MinHash(num_perm=NUM_PERM, seed=7, permutations=_TEMPLATE.permutations, scheme=_TEMPLATE.scheme)
    shingles = {" ".join(tokens[i:i + SHINGLE]) for i in range(max(1, len(tokens) - SHINGLE + 1))}
    for sh in shingles:
        mh.update(sh.encode("utf-8"))
    return mh


def _ngrams(text: str) -> Counter[str]:
    t = " ".join(text.split())
    return Counter(t[i:i + NGRAM] for i in range(max(0, len(t) - NGRAM + 1)))


class StoryIndex:
    """Incremental story clustering; ``add`` returns the story ids it created or changed."""

    def __init__(self) -> None:
        self.lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
        self.vectors: dict[str, Counter[str]] = {}
        self.df: Counter[str] = Counter()
        self.n_docs = 0
        self.by_place: dict[str, deque[str]] = {}
        self.places: dict[str, set[str]] = {}
        self.days: dict[str, int | None] = {}
        self.parent: dict[str, str] = {}  # article -> story id (flat: always the root)
        self.members: dict[str, list[str]] = {}  # story id -> articles

    # ----------------------------------------------------------------- similarity
    def cosine(self, a: str, b: str) -> float:
        va, vb = self.vectors.get(a), self.vectors.get(b)
        if not va or not vb:
            return 0.0
        n = self.n_docs + 1

        def w(g: str, tf: int) -> float:
            return tf * (math.log(n / (self.df[g] + 1)) + 1.0)

        dot = sum(w(g, tf) * w(g, vb[g]) for g, tf in va.items() if g in vb)
        na = math.sqrt(sum(w(g, tf) ** 2 for g, tf in va.items()))
        nb = math.sqrt(sum(w(g, tf) ** 2 for g, tf in vb.items()))
        return dot / (na * nb) if na and nb else 0.0

    # ----------------------------------------------------------------- add
    def add(self, article: Article, places: set[str], day: int | None,
            shared_events: set[str]) -> set[str]:
        """Place ``article`` in a story. ``shared_events`` = articles sharing a merged event with it."""
        aid = article.id
        text = _text(article)
        tokens = [w for _, _, w in words(text) if len(w) > 2]
        self.vectors[aid] = vec = _ngrams(text)
        self.df.update(vec.keys())
        self.n_docs += 1
        self.places[aid], self.days[aid] = places, day
        cands: set[str] = set()
        mh = _minhash(tokens) if tokens else None
        if mh is not None:
            cands.update(sorted(self.lsh.query(mh))[-MAX_CANDS:])
        for p in places:
            cands.update(self.by_place.get(p, ()))
        cands.update(a for a in shared_events if a in self.parent)
        cands.discard(aid)
        linked = [c for c in sorted(cands) if self._confirm(aid, c, c in shared_events)]
        if mh is not None and aid not in self.lsh:
            self.lsh.insert(aid, mh)
        for p in places:
            self.by_place.setdefault(p, deque(maxlen=PLACE_RECENT)).append(aid)
        return self._join(aid, linked)

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

    def _join(self, aid: str, linked: list[str]) -> set[str]:
        roots = sorted({self.parent[c] for c in linked if c in self.parent},
                       key=lambda s: (-len(self.members[s]), s))
        if not roots:
            sid = story_id(aid)
            self.parent[aid] = sid
            self.members[sid] = [aid]
            return {sid}
        keep = roots[0]
        self.parent[aid] = keep
        self.members[keep].append(aid)
        for other in roots[1:]:
            for m in self.members.pop(other):
                self.parent[m] = keep
                self.members[keep].append(m)
        return set(roots)

    def remove(self, aid: str) -> str | None:
        """Take an article out (before re-adding a new version of it); returns its story id."""
        sid = self.parent.pop(aid, None)
        if sid and aid in self.members.get(sid, []):
            self.members[sid].remove(aid)
        if aid in self.lsh:
            self.lsh.remove(aid)
        return sid

    def seed(self, sid: str, articles: list[str]) -> None:
        """Restore a stored story's membership (articles without text join no candidate index)."""
        self.members.setdefault(sid, [])
        for a in articles:
            if a not in self.parent:
                self.parent[a] = sid
                self.members[sid].append(a)
