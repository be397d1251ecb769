"""Actors and their sides: armed groups, states, civilians, with light coreference.

Three sources of evidence, all data files under ``data/lexicons``:

* ``actors.tsv``: named actors (id, forms, English name, side, kind);
* ``actor_heads.tsv`` + ``nationalities.tsv``: a head noun (الجيش، القوات، الطيران…) followed by a
  nationality adjective takes that nation's side, so "الجيش الإسرائيلي" is Israel and "الجيش" alone is
  the Syrian army; in a joint form ("الطيران الحربي السوري الروسي") the first nation named wins;
* ``actor_coref.tsv``: possessives ("قواتها"، "مقاتلوه") point back at the actor named in this or the
  previous sentence; first person ("قواتنا") points at the speaker. The source reader, which runs
  later, re-points first-person forms at the sentence's source when it finds one.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..model import Article, Mention
from .lexicon import Hit, PhraseMatcher, SentenceFold, load_tsv, sentence_folds, sentence_tokens, split_forms


@dataclass(frozen=True)
class ActorEntry:
    id: str
    name_en: str
    side: str
    kind: str


@dataclass(frozen=True)
class Nationality:
    side: str
    name_en: str


@lru_cache(maxsize=1)
def actor_entries() -> dict[str, ActorEntry]:
    """Actor id -> entry, from ``actors.tsv``."""
    return {r["id"]: ActorEntry(r["id"], r["name_en"], r["side"], r["kind"])
            for r in load_tsv("actors.tsv")}


@lru_cache(maxsize=1)
def actor_matcher() -> PhraseMatcher:
    items = []
    for r in load_tsv("actors.tsv"):
        entry = actor_entries()[r["id"]]
        items.extend((form, entry) for form in split_forms(r["forms"]))
    return PhraseMatcher.build(items)


@lru_cache(maxsize=1)
def head_matcher() -> PhraseMatcher:
    items = []
    for r in load_tsv("actor_heads.tsv"):
        items.extend((form, r) for form in split_forms(r["forms"]))
    return PhraseMatcher.build(items)


@lru_cache(maxsize=1)
def nationalities() -> dict[str, Nationality]:
    """Folded adjective (with and without the article) -> nationality."""
    out: dict[str, Nationality] = {}
    for r in load_tsv("nationalities.tsv"):
        nat = Nationality(r["side"], r["name_en"])
        for form in split_forms(r["forms"]):
            out[form] = nat
            if form.startswith("ال"):
                out.setdefault(form[2:], nat)
    return out


@lru_cache(maxsize=1)
def modifiers() -> frozenset[str]:
    return frozenset(f for r in load_tsv("actor_modifiers.tsv") for f in split_forms(r["forms"]))


def _extend(f: SentenceFold, toks: list[tuple[int, int, str]], hit: Hit) -> Hit:
    """Grow a named-actor hit over following plain adjectives ("الفصائل السورية المسلحة")."""
    j = hit.word_index + hit.n_words
    mods = modifiers()
    while j < len(toks) and toks[j][2] in mods and f.text[toks[j - 1][1]:toks[j][0]].strip() == "":
        j += 1
    if j == hit.word_index + hit.n_words:
        return hit
    s, e = f.span(hit.fstart, toks[j - 1][1])
    return Hit(hit.fstart, toks[j - 1][1], s, e, hit.entry, hit.phrase, hit.word_index, j - hit.word_index)


@lru_cache(maxsize=1)
def coref_forms() -> dict[str, int]:
    out: dict[str, int] = {}
    for r in load_tsv("actor_coref.tsv"):
        for form in split_forms(r["forms"]):
            out[form] = int(r["person"])
    return out


def actor_attrs(entry: ActorEntry) -> dict:
    return {"id": entry.id, "name_en": entry.name_en, "side": entry.side, "actor_kind": entry.kind}


def _nationality_run(toks: list[tuple[int, int, str]], j: int) -> list[Nationality]:
    """The nationality adjectives standing at tokens j, j+1, … (joint forms list several)."""
    nats = nationalities()
    run = []
    while j < len(toks) and toks[j][2] in nats:
        run.append(nats[toks[j][2]])
        j += 1
    return run


def _head_actor(f: SentenceFold, toks: list[tuple[int, int, str]],
                i: int) -> tuple[Hit, dict, str] | None:
    """A head noun at token i with its nationality adjectives (or its stand-alone default)."""
    hit = head_matcher().match_at(f, toks, i)
    if not hit:
        return None
    row = hit.entry
    after = i + hit.n_words
    run = _nationality_run(toks, after)
    if run:
        first = run[0]
        last = toks[after + len(run) - 1]
        s, e = f.span(hit.fstart, last[1])
        if first.side == "government" and row.get("default_id"):
            attrs = actor_attrs(actor_entries()[row["default_id"]])
        else:
            attrs = {"id": f"{first.name_en.lower()}_{row['name_en'].replace(' ', '_').lower()}",
                     "name_en": f"{first.name_en} {row['name_en']}", "side": first.side,
                     "actor_kind": row["kind"]}
        if len(run) > 1:
            attrs["joint"] = [n.side for n in run]
        joined = Hit(hit.fstart, last[1], s, e, attrs, hit.phrase, i, hit.n_words + len(run))
        return joined, attrs, f"head+nationality:{hit.phrase}"
    if row.get("default_id"):
        nxt = toks[after][2] if after < len(toks) else ""
        if nxt.startswith("ال") and nxt.endswith(("ي", "يه")) and len(nxt) > 4:
            return None  # an unknown nationality ("الجيش الماليزي"): do not guess Syria
        return hit, actor_attrs(actor_entries()[row["default_id"]]), f"head-default:{hit.phrase}"
    return None


def _find_actors(f: SentenceFold, toks: list[tuple[int, int, str]]) -> list[tuple[Hit, dict, str]]:
    """(hit, attrs, rule) for every actor phrase in a sentence, longest match first."""
    out = []
    i = 0
    lex = actor_matcher()
    while i < len(toks):
        lh = lex.match_at(f, toks, i)
        hh = _head_actor(f, toks, i)
        if hh and (not lh or hh[0].n_words > lh.n_words):
            out.append(hh)
            i += hh[0].n_words
        elif lh:
            lh = _extend(f, toks, lh)
            out.append((lh, actor_attrs(lh.entry), f"actors.tsv:{lh.entry.id}"))
            i += lh.n_words
        else:
            i += 1
    return out


def _coref(f: SentenceFold, toks: list[tuple[int, int, str]], taken: set[int]) -> list[tuple[int, int, int]]:
    """(start, end, person) of possessive forms not inside an actor phrase."""
    forms = coref_forms()
    out = []
    for k, (a, b, w) in enumerate(toks):
        if k in taken:
            continue
        for cand in (w, w[1:] if w[:1] in "وفبل" else "", w[2:] if w[:2] in ("وب", "ول", "فب") else ""):
            if cand in forms:
                s, e = f.span(a + len(w) - len(cand), b)
                out.append((s, e, forms[cand]))
                break
    return out


def read_actors(article: Article) -> Article:
    """Append actor mentions (named, head+nationality, and coreferent possessives) to ``article``."""
    raw = article.raw
    history: list[Mention] = []  # actor mentions of the previous and current sentence
    for sent in article.sentences:
        f = sentence_folds(raw, sent.start, sent.end)
        toks = sentence_tokens(f)
        found = _find_actors(f, toks)
        taken = {k for hit, _, _ in found for k in range(hit.word_index, hit.word_index + hit.n_words)}
        new: list[Mention] = []
        for hit, attrs, rule in found:
            new.append(Mention("actor", hit.start, hit.end, raw[hit.start:hit.end], sent.index,
                               attrs, rule))
        for s, e, person in _coref(f, toks, taken):
            before = [m for m in new if m.end <= s and not m.attrs.get("coref")] or \
                     [m for m in history if m.sentence >= sent.index - 1 and not m.attrs.get("coref")]
            before = [m for m in before if m.attrs.get("side") != "civilians"] or before
            ante = before[-1] if before else None
            attrs = {"coref": True, "person": person}
            if ante is not None:
                attrs.update({k: ante.attrs[k] for k in ("id", "name_en", "side", "actor_kind")
                              if k in ante.attrs})
                attrs["antecedent"] = ante.attrs.get("id", "")
                attrs["antecedent_start"] = ante.start
            else:
                attrs.update({"id": "", "side": "unknown"})
            rule = "coref:speaker" if person == 1 else "coref:possessive"
            new.append(Mention("actor", s, e, raw[s:e], sent.index, attrs, rule))
        new.sort(key=lambda m: m.start)
        article.mentions.extend(new)
        history = [m for m in history if m.sentence >= sent.index] + new
    return article
