"""Persons named after a role or rank: "قائد الهيئة أبو محمد الجولاني".

A role noun or rank (``person_roles.tsv``), then optionally an affiliation (an actor mention, "في X",
"باسم X", a ministry with its nationality "وزير الخارجية التركي"), another rank, then the name: one to
four words that are not function words (``person_stop.tsv``) and do not start with the article unless
they follow a first name ("الجولاني"). A rank needs a name: "اللواء 52" is a military unit.
Run after :func:`tawatur.read.actors.read_actors` so affiliations resolve to actor ids.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from ..clean.tokens import spans, token_bounds, tokens_of, with_role
from ..model import Article, Mention
from .actors import nationalities
from .lexicon import MatcherGroup, PhraseMatcher, SentenceFold, load_tsv, sentence_folds, split_forms
from .wordsets import wordlist, wordset

_GAP = re.compile(r"^[\s\"'()\-]*$")


@lru_cache(maxsize=1)
def role_matcher() -> PhraseMatcher:
    """Role titles and ranks of ``person_roles.tsv`` (the entry is the row)."""
    return PhraseMatcher.build((f, r) for r in load_tsv("person_roles.tsv") for f in split_forms(r["forms"]))


def _title_may_start(word: str) -> bool:
    """Can a role title begin at a token ``word``? (the person reader's role in the token table)"""
    return role_matcher().starts(word)


@lru_cache(maxsize=1)
def _title_bits() -> int:
    """The role matcher's bits in the first-word mask the phrase tables share: the token table reads the
    role off the word's one analysis (:func:`tawatur.clean.tokens.register_role`)."""
    return MatcherGroup((role_matcher(),)).bits


@lru_cache(maxsize=1)
def _stop() -> frozenset[str]:
    return frozenset(f for r in load_tsv("person_stop.tsv") for f in split_forms(r["forms"]))


def _joined(f: SentenceFold, toks: list, a: int, b: int) -> bool:
    return _GAP.match(f.text[toks[a][1]:toks[b][0]]) is not None


def _name(f: SentenceFold, toks: list, j: int) -> int:
    """Index after the name that starts at token j (j itself when there is none)."""
    stop, k = _stop(), j
    while k < len(toks) and k - j < 4:
        w = toks[k][2]
        if w in stop or w.isdigit() or any(c.isdigit() for c in w) or (k > j and not _joined(f, toks, k - 1, k)):
            break
        if w.startswith(wordlist("lam_article")):
            break  # "قيادي ميداني للأناضول": the outlet the speaker talked to, no name
        definite = w.startswith(wordlist("definite_article"))
        if definite and k == j:
            break
        nisba = definite and w.endswith(wordlist("nisba_suffix"))
        if k - j >= 2 and toks[k - 1][2] not in wordset("name_compound") and not nisba:
            break  # a third word is a nisba ("الجولاني") or follows "عبد"/"أبو"; "الملف" is not
        if k == j and w.startswith(wordlist("conjunction_clitic")) and w.endswith(wordlist("possessive_suffix")):
            break  # "وأبنائه": a conjunction and a possessive, not a first name
        if role_matcher().match_at(f, toks, k) and k > j:
            break
        k += 1
    return k


def read_persons(article: Article) -> Article:
    """Append person mentions (name, role, affiliation actor id, side)."""
    for sent in article.sentences:
        tokens = tokens_of(article, sent)
        toks = spans(tokens)
        # _read_at reads nothing where no role title can begin: most tokens, left out by the token table; a
        # sentence with no such token (most sentences) needs neither its fold nor its actors' tokens (issue 13)
        titles = with_role(toks, "person_title", _title_may_start, _title_bits())
        if not titles:
            continue
        f = sentence_folds(article.raw, sent.start, sent.end)
        actors = actors_by_token(article, sent.index, tokens, toks, f)
        after = 0  # the token past the last title read
        for k in titles:
            if k >= after:
                after = _read_at(article, f, toks, k, sent.index, actors)
    _share_affiliations(article)
    return article


def actors_by_token(article: Article, index: int, tokens: list, toks: list, f: SentenceFold) -> dict[int, Mention]:
    """The sentence's actor mentions by the token holding each one's start (coreferent mentions left out): the
    affiliation a title reads from the actor beside it."""
    actors: dict[int, Mention] = {}
    starts: list[int] | None = None  # the tokens' raw starts (f.index of their folded starts), shared
    for m in article.mentions_of("actor", index):
        if m.attrs.get("coref"):
            continue
        if starts is None:
            starts = token_bounds(tokens)[1]
        # the token whose raw span holds the actor's start: the tokens' spans follow one another without
        # overlap, so the last one starting at or before it, if it ends after it (bisection, not a scan of
        # every token for every actor)
        k = bisect_right(starts, m.start) - 1
        if k >= 0 and m.start < f.index[toks[k][1] - 1] + 1:
            actors[k] = m
    return actors


def _share_affiliations(article: Article) -> None:
    """A person named again without affiliation keeps the one given at first mention."""
    known: dict[str, tuple[str, str]] = {}
    for m in article.mentions_of("person"):
        if m.attrs["affiliation"]:
            known.setdefault(m.attrs["name"], (m.attrs["affiliation"], m.attrs["side"]))
        elif m.attrs["name"] in known:
            m.attrs["affiliation"], m.attrs["side"] = known[m.attrs["name"]]


def _read_at(article: Article, f: SentenceFold, toks: list, k: int, sent: int, actors: dict) -> int:
    hit = role_matcher().match_at(f, toks, k)
    if not hit:
        return k + 1
    role, j, aff, nat = hit.entry, k + hit.n_words, None, ""
    nats = nationalities()
    while j < len(toks):
        w = toks[j][2]
        if w in nats:  # "وزير الخارجية التركي"
            nat = nat or nats[w].name_en
            j += 1
        elif j in actors:
            aff = actors[j]
            j = _tok_after(f, toks, aff.end)
        elif w in wordset("affiliation_word") and j + 1 in actors:
            aff = actors[j + 1]
            j = _tok_after(f, toks, aff.end)
        elif (nxt := role_matcher().match_at(f, toks, j)) and nxt.entry["rank"] == "1":
            role = nxt.entry  # "القيادي في X المقدم Y": the rank is the closer title
            j += nxt.n_words
        else:
            break
    end = _name(f, toks, j) if j < len(toks) and _joined(f, toks, j - 1, j) else j  # "التركي، فقد": no name
    if end - j < 2:  # a single word after a title is too often not a name ("اللواء 52", "القائد العام")
        return k + hit.n_words
    s, e = f.span(hit.fstart, toks[end - 1][1])
    ns, ne = f.span(toks[j][0], toks[end - 1][1])
    attrs = {"name": article.raw[ns:ne], "role": role["role_en"], "name_start": ns,
             "nationality": nat, "affiliation": aff.attrs.get("id", "") if aff else "",
             "side": aff.attrs.get("side", "") if aff else ""}
    article.mentions.append(Mention("person", s, e, article.raw[s:e], sent, attrs,
                                    f"person_roles.tsv:{hit.phrase}"))
    return end


def _tok_after(f: SentenceFold, toks: list, raw_end: int) -> int:
    for k, (a, _, _) in enumerate(toks):
        if f.index[a] >= raw_end:
            return k
    return len(toks)
