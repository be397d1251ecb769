"""The Arabic pack: trigger lemmas and the inflections and clitics they take, generated at load.

A trigger verb is written once in ``verbs.tsv`` (its perfect, form, class, imperfect, verbal nouns and
participles). :func:`lemma_forms` generates every clitic-free surface form of it from the affix tables of
``affixes.tsv`` (perfect and imperfect subject affixes, object pronouns; noun endings and possessives),
once per process. :func:`analyses` reads a folded word by splitting off a proclitic the table allows for
that part of speech (``و ف س ل`` before a verb; ``و ف ب ل ك ال لل`` before a noun) and looking the rest
up in one dict, so matching a lemma is a few hash look-ups, not a regex or a stem prefix. The article
never stands before a noun that carries a possessive ("السيطرتها" is not a word).

Everything is in the folded form of :func:`tawatur.clean.normalize.fold_text`: ة is ه, ى is ي, and a
hamza on a seat folds to the seat, so a final ء becomes ي/و/ء before a pronoun ("استيلائهم" ->
"استيلايهم").
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ...buildcache import cached
from ...clean.normalize import clitic_stems, fold_text, proclitic_splits
from ...read.lexicon import read_tsv
from ...read.schema import REQ, TEXT, Col, Schema, register

PACK = Path(__file__).resolve().parent
POS = frozenset({"v", "n"})  # what "@lemma/v" and "@lemma/n" select

register("ar/verbs.tsv", Schema({
    "lemma": REQ, "form": Col(required=True, values=frozenset(
        {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "QI", "QII"})),
    "root": REQ, "class": Col(required=True, values=frozenset({"sound", "defective", "hollow", "doubled"})),
    "present": REQ, "nouns": TEXT, "participles": TEXT, "passive": TEXT, "note": TEXT}))
register("ar/affixes.tsv", Schema({
    "slot": Col(required=True, values=frozenset({
        "perfect", "perfect_weak", "perfect_long", "prefix", "imperfect", "object", "noun", "possessive",
        "verb_proclitic", "noun_proclitic"})),
    "affix": TEXT, "pos": Col(required=True, values=frozenset({"v", "i", "n", "p"})), "note": TEXT}))
register("ar/words.tsv", Schema({"forms": REQ, "note": TEXT}))


@dataclass(frozen=True)
class Lemma:
    key: str  # the folded perfect 3ms: what "@key" names
    form: str
    cls: str
    perfect: str
    present: str
    nouns: tuple[str, ...]
    participles: tuple[str, ...]
    passive: str = ""  # the passive perfect where its letters differ (هوجم)


@dataclass(frozen=True)
class Affixes:
    slots: dict[str, tuple[str, ...]]  # "slot/pos" -> affixes

    def get(self, slot: str, *pos: str) -> tuple[str, ...]:
        return tuple(a for p in pos for a in self.slots.get(f"{slot}/{p}", ()))


def _cells(value: str) -> tuple[str, ...]:
    return tuple(fold_text(v.strip()) for v in value.split("|") if v.strip())


@cache
def lemmas() -> dict[str, Lemma]:
    """The trigger lemmas of ``verbs.tsv`` by their folded key."""
    out = {}
    for r in read_tsv(PACK / "verbs.tsv"):
        key = fold_text(r["lemma"])
        out[key] = Lemma(key, r["form"], r["class"], key, fold_text(r["present"]), _cells(r["nouns"]),
                         _cells(r["participles"]), fold_text(r.get("passive", "")))
    return out


@cache
def affixes() -> Affixes:
    slots: dict[str, list[str]] = defaultdict(list)
    for r in read_tsv(PACK / "affixes.tsv"):
        slots[f"{r['slot']}/{r['pos']}"].append(fold_text(r["affix"]))
    return Affixes({k: tuple(v) for k, v in slots.items()})


@cache
def letters() -> dict[str, tuple[str, ...]]:
    """The spelling facts of ``letters.tsv`` by name (folded)."""
    return {r["name"]: _cells(r["letters"]) for r in read_tsv(PACK / "letters.tsv")}


def _l(name: str) -> str:
    return letters()[name][0]


def _perfect(lem: Lemma, ax: Affixes) -> set[str]:
    stem = lem.perfect
    subj = {stem + s for s in ax.get("perfect", "v")} if lem.cls != "defective" else {stem}
    extra: set[str] = set()
    if lem.cls == "defective":
        base = stem[:-1]
        subj |= {base + s for s in ax.get("perfect_weak", "v")}
        subj |= {base + _l("long_i") + s for s in ax.get("perfect_long", "v")}
        extra = {base + _l("defective_object") + o for o in ax.get("object", "v")}
    if lem.cls == "doubled":  # 1st/2nd person undo the gemination: شننا
        subj |= {stem + stem[-1] + s for s in letters()["doubled_suffixes"]}
    if lem.passive:  # هوجمت، حوصرت، اجتيحت (the passive takes no direct object)
        extra |= {lem.passive + s for s in ax.get("perfect", "v")}
    return subj | _objects(subj, ax) | extra


def _imperfect(lem: Lemma, ax: Affixes) -> set[str]:
    body = lem.present[len(_l("imperfect_3ms")):]
    out = set()
    for s in ax.get("imperfect", "i"):
        drop = lem.cls == "defective" and s.startswith(_l("plural_waw")) and body.endswith(_l("long_i"))
        out |= {p + (body[:-1] if drop else body) + s for p in ax.get("prefix", "i")}
    # no jussive of a weak verb: its short forms are other common words (لم يجل / من أجل, لم يستعد /
    # يستعد "prepares", لم يخل / يخل "breaches"), so "لم يستول" is left to a stem row
    return out | _objects(out, ax)


def _objects(forms: set[str], ax: Affixes) -> set[str]:
    # the alef after و of the plural drops before an object (سيطروها), تم takes و (انسحبتموه)
    plural, tumu = _l("plural_suffix"), _l("perfect_2mp")
    heads = {f for f in forms if not f.endswith(plural)} | {f + _l("plural_waw") for f in forms if f.endswith(tumu)}
    return {f + o for f in heads for o in ax.get("object", "v")}


def _noun_stems(noun: str, ax: Affixes, participle: bool) -> set[str]:
    """A verbal noun or participle with its endings (plural, dual, feminine), before any possessive."""
    out = {noun}
    pos = ("n", "p") if participle else ("n",)
    fem = letters()["feminine_endings"]
    if noun.endswith(_l("ta_marbuta")):  # مداهمه -> مداهمات, مداهمتين
        out |= {noun[:-1] + e for e in ax.get("noun", *pos) if e in fem}
        return out
    out |= {noun + e for e in ax.get("noun", *pos)
            if not e.startswith(_l("ta")) and not (e == _l("accusative_alef") and noun.endswith(_l("hamza")))}
    return out | ({f for e in out - {noun} if e.endswith(_l("ta_marbuta"))
                   for f in _noun_stems(e, ax, participle)})


def _possessed(stem: str, ax: Affixes) -> set[str]:
    """A noun stem with a possessive pronoun: ة becomes ت, a final ء takes its seat, the ن of a dual or a
    sound plural drops (منسحبيها)."""
    if stem.endswith(_l("ta_marbuta")):
        heads = {stem[:-1] + _l("ta")}
    elif stem.endswith(_l("hamza")):
        heads = {stem[:-1] + h for h in letters()["hamza_seats"]}
    elif stem.endswith(letters()["nun_endings"]) and len(stem) > 4:
        heads = {stem, stem[:-1]}
    else:
        heads = {stem}
    return {h + p for h in heads for p in ax.get("possessive", "n")}


@cache
def lemma_forms(key: str) -> dict[str, frozenset[str]]:
    """Every clitic-free form of a lemma -> its readings: "v" (perfect), "i" (imperfect), "n" (noun),
    "np" (a noun with a possessive: it takes no article)."""
    lem = lemmas()[key]
    ax = affixes()
    out: dict[str, set[str]] = defaultdict(set)
    for f in _perfect(lem, ax):
        out[f].add("v")
    for f in _imperfect(lem, ax):
        out[f].add("i")
    nouns = [(n, False) for n in lem.nouns] + [(p, True) for p in lem.participles]
    for noun, participle in nouns:
        for stem in _noun_stems(noun, ax, participle):
            out[stem].add("n")
            for f in _possessed(stem, ax):
                out[f].add("np")
    return {f: frozenset(r) for f, r in out.items()}


@cache
def _table() -> dict[str, tuple[tuple[str, str], ...]]:
    """Clitic-free form -> (lemma key, reading) pairs over every lemma: one dict for all look-ups.

    Generating the forms takes a noticeable part of a one-article run, so the built table is kept in
    the disk cache of :mod:`tawatur.buildcache` (rebuilt whenever a data or source file changes)."""
    return cached("artable", _build_table)


def _build_table() -> dict[str, tuple[tuple[str, str], ...]]:
    table: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for key in lemmas():
        for f, readings in lemma_forms(key).items():
            table[f] |= {(key, r) for r in readings}
    # equal readings share one tuple object, so the stored pickle is a third smaller and loads twice as fast
    shared: dict[tuple, tuple] = {}
    return {f: shared.setdefault(r, r) for f, r in
            ((f, tuple(shared.setdefault(p, p) for p in sorted(v))) for f, v in table.items())}


@cache
def _proclitics() -> tuple[tuple[str, frozenset[str]], ...]:
    """(proclitic, readings it may stand before), longest first; "" stands before anything."""
    ax = affixes()
    allowed: dict[str, set[str]] = defaultdict(set)
    allowed[""] = {"v", "i", "n", "np"}
    for p in ax.get("verb_proclitic", "v"):
        allowed[p] |= {"v", "i"}
    for p in ax.get("verb_proclitic", "i"):
        allowed[p].add("i")
    for p in ax.get("noun_proclitic", "n"):
        allowed[p] |= {"n"} if p.endswith(letters()["article"]) else {"n", "np"}
    return tuple(sorted(((p, frozenset(r)) for p, r in allowed.items()), key=lambda x: -len(x[0])))


@cache
def analyses(word: str) -> frozenset[str]:
    """The lemma readings of a folded word, as ``lemma``, ``lemma/v`` (a verb) and ``lemma/n`` (a noun).

    "واستيلايهم" -> {"استولي", "استولي/n"}; "سيسيطرون" -> {"سيطر", "سيطر/v"}."""
    table, allowed_by = _table(), _allowed_by()
    out: set[str] = set()
    entries = table.get(word) if len(word) >= 2 else None
    if entries is not None:
        _read(entries, allowed_by[""], out)
    for pre, stem in proclitic_splits(word):  # the shared splitter's readings, filtered by this pack's table
        entries = table.get(stem)
        if entries is not None:
            allowed = allowed_by.get(pre)
            if allowed is not None:
                _read(entries, allowed, out)
    return frozenset(out)


def _read(entries: tuple[tuple[str, str], ...], allowed: frozenset[str], out: set[str]) -> None:
    """Add to ``out`` the lemma readings of a stem's table entries that its proclitic may stand before."""
    for key, reading in entries:
        if reading in allowed:
            out |= {key, f"{key}/{'n' if reading in ('n', 'np') else 'v'}"}


@cache
def _allowed_by() -> dict[str, frozenset[str]]:
    """:func:`_proclitics` as a dict: a split of :func:`proclitic_splits` is a reading of this pack when
    its proclitic is a key (every key but "" is one of the splitter's proclitics: a test checks it)."""
    return dict(_proclitics())


def accepts(word: str, key: str) -> bool:
    """Whether a word (any spelling: it is folded here) is a form of the lemma ``key``."""
    return fold_text(key) in analyses(fold_text(word))


@cache
def known_words() -> frozenset[str]:
    """Folded words a clitic analysis is checked against: ``words.tsv``, every word of a gazetteer name
    or variant, and every generated form of a trigger lemma."""
    from ...read.gazetteer import Gazetteer  # the gazetteer is a reader's data; load it only when asked

    words = {fold_text(f) for r in read_tsv(PACK / "words.tsv") for f in _cells(r["forms"])}
    for e in Gazetteer.default().entries.values():
        for name in (e.name, *e.variants):
            words.update(fold_text(name).split())
    words.update(_table())
    return frozenset(words)


@cache
def clitic_forms(word: str) -> tuple[str, ...]:
    """The clitic analyses of a folded word (:func:`strip_clitics`), checked against :func:`known_words`:
    a split that takes a proclitic letter (و ف ب ل ك) off a known word, or off a known longer form, and
    leaves a word that is not known is dropped. "بصري" (a town) stays itself; "وبصري" is و + بصري, not
    و + ب + صري. A split at the article is always kept: the article is never a root letter."""
    forms = clitic_stems(word)
    if len(forms) == 1:
        return (word,)
    known = known_words()
    kept: list[str] = [word]
    for f in forms[1:]:
        stripped = word[:len(word) - len(f)]
        article = letters()["article"]
        if f.startswith(article) or stripped.endswith(article):
            kept.append(f)
        elif f in known or not any(g in known for g in kept if len(g) > len(f)):
            kept.append(f)
    return tuple(kept)
