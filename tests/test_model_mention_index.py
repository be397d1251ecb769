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
