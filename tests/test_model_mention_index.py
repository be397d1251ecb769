"""``Article.mentions_of`` answers from an index kept up to date as readers append (issue 10: a full
rebuild after every sentence made the sources reader quadratic in the sentence count)."""
from __future__ import annotations

import random

from tawatur.model import Article, Mention


def _m(kind: str, sent: int, n: int) -> Mention:
    return Mention(kind, n, n + 1, "س", sent)


def _expected(art: Article, kind: str, sent: int | None) -> list[Mention]:
    return [m for m in art.mentions if m.kind == kind and (sent is None or m.sentence == sent)]


def test_index_follows_appends_replacements_and_reorders() -> None:
    rng = random.Random(5)
    art = Article(id="i", raw="س" * 10)
    for step in range(400):
        op = rng.random()
        if op < 0.7:
            art.mentions.append(_m(rng.choice(("place", "actor", "date")), rng.randrange(5), step))
        elif op < 0.8:
            art.mentions = [m for m in art.mentions if rng.random() < 0.8]  # a new list
        elif op < 0.9:
            art.mentions.sort(key=lambda m: (m.kind, -m.start))  # reordered in place
        else:
            art.mentions.reverse()
            art.mentions.append(_m("place", 0, step))
        kind, sent = rng.choice(("place", "actor", "date")), rng.choice((None, 0, 1, 2, 3, 4))
        assert art.mentions_of(kind, sent) == _expected(art, kind, sent)


def _old_mentions_of(art: Article, state: dict, kind: str, sentence: int | None) -> list[Mention]:
    """The index before task speed43, kept in ``state``: its key built as a four-tuple at every call."""
    ms = art.mentions
    key = (id(ms), len(ms), ms[0] if ms else None, ms[-1] if ms else None)
    index = state.get("index")
    if index is None or index[0] != key:
        old = index[0] if index is not None else None
        grown = old is not None and old[0] == id(ms) and 0 < old[1] < len(ms) \
            and ms[0] is old[2] and ms[old[1] - 1] is old[3]
        by: dict = index[1] if grown else {}
        for m in ms[old[1]:] if grown else ms:
            by.setdefault((m.kind, None), []).append(m)
            by.setdefault((m.kind, m.sentence), []).append(m)
        index = state["index"] = (key, by)
    return list(index[1].get((kind, sentence), []))


def test_fast_path_answers_as_the_four_tuple_key() -> None:
    """speed43's check of the index without building its key gives the same mentions (the same objects,
    in a fresh list) as the key compared as a tuple, also when the ends are replaced by equal copies."""
    rng = random.Random(43)
    art = Article(id="i", raw="س" * 10)
    state: dict = {}
    for step in range(600):
        op = rng.random()
        if op < 0.6:
            art.mentions.append(_m(rng.choice(("place", "actor", "date")), rng.randrange(5), step))
        elif op < 0.7 and art.mentions:
            k = rng.choice((0, -1))  # an end replaced in place by an equal copy
            m = art.mentions[k]
            art.mentions[k] = Mention(m.kind, m.start, m.end, m.text, m.sentence)
        elif op < 0.8:
            art.mentions = [m for m in art.mentions if rng.random() < 0.8]
        elif op < 0.9:
            art.mentions.clear()
        for kind in ("place", "actor", "date", "source"):
            for sent in (None, 0, 3):
                got, want = art.mentions_of(kind, sent), _old_mentions_of(art, state, kind, sent)
                assert len(got) == len(want) and all(a is b for a, b in zip(got, want, strict=True))
                if got:
                    got.pop()  # a fresh list: the index is untouched
                    assert len(art.mentions_of(kind, sent)) == len(want)
