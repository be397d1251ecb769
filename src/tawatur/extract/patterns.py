"""Word patterns over folded Arabic, loaded from the TSV lexicons in ``tawatur/data/lexicons``.

A pattern is a sequence of tokens; a token is a set of alternatives separated by ``|``:
``stem*`` matches a word whose clitic-stripped form starts with ``stem``; ``=w`` matches the word as
written (a leading و/ف allowed); a bare ``w`` matches a clitic-stripped form exactly; ``@lemma`` matches
every inflection of a verb of ``lang/ar/verbs.tsv`` and of its verbal nouns and participles, with their
clitics (``@lemma/v`` the verb alone, ``@lemma/n`` the nouns alone; see :mod:`tawatur.lang.ar`); ``$name`` matches
a clitic-stripped form that is a member of the ``words`` set ``name`` of ``lexicons/wordsets.tsv`` (a word class
several rows share, "$munition"); ``…`` lets up to
:data:`GAP` words pass between two tokens. Matching works on :class:`Token` lists so the extractor
tokenises a sentence once and runs every lexicon over it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from itertools import chain
from operator import attrgetter
from pathlib import Path

from ..clean.normalize import fold_text
from ..clean.tokens import Token as Token
from ..clean.tokens import tokenize as tokenize
from ..lang.ar import POS, analyses, lemmas
from ..read.lexicon import read_tsv, read_tsv_lines
from ..read.schema import DataError
from ..read.wordsets import wordlist, wordset

GAP = 4
# A gap between two words of a pattern never passes these: they open a new phrase
# ("نشره بشأن انسحاب الوحدات" is not "نشر ... وحدات").
GAP_BARRIERS = wordset("gap_barrier")
# ...except "أي" right after the word before the gap: there it is the "any" that word governs ("نفت استخدام أي
# أسلحة كيماوية"، "دخول أي قوات"), not the "that is" that opens an apposition after a phrase is complete; after
# a purpose ل ("لصد أي هجوم") it stays a barrier: the "any" of a goal is a hypothetical, no event
GAP_ANY = wordset("gap_any")
_PURPOSE_L = tuple(wordlist("purpose_clitic"))
# a noun's dual ("مظاهرتان"، "غارتين"، "وزيران"): a step that names the singular word ("مظاهره"، "وزير") takes
# it too, so rows need not write out every dual (task lex18); the feminine dual puts ت where the singular has ة
_DUAL_FEMININE = wordlist("dual_suffix")
_DUAL = wordlist("dual_suffix_any")
_TA_MARBUTA = wordlist("ta_marbuta_folded")[0]
_DUAL_MIN = 5  # a shorter word ending in ان/ين is no dual of a trigger noun ("عين"، "بين")


@dataclass(frozen=True)
class Alt:
    text: str
    kind: str  # prefix | exact | form | lemma

    def matches(self, tok: Token) -> bool:
        if self.kind == "lemma":
            return self.text in analyses(tok.word)
        if self.kind == "exact":
            return tok.word == self.text or tok.bare == self.text
        if self.kind == "prefix":
            return any(f.startswith(self.text) for f in tok.forms)
        return self.text in tok.forms


# a step's alternatives gathered by kind (see ``_step_test``): exact words, forms, prefixes and the lengths
# they have (ascending), lemma keys
_StepTest = tuple[frozenset[str], frozenset[str], frozenset[str], tuple[int, ...], frozenset[str]]


def _step_test(alts: list[Alt]) -> _StepTest:
    """The alternatives of a step as sets, so that a word is tested by a few look-ups instead of a
    method call per alternative (a word new to the corpus is tested by every step that reaches it)."""
    by_kind: dict[str, set[str]] = {"exact": set(), "form": set(), "prefix": set(), "lemma": set()}
    for a in alts:
        by_kind[a.kind].add(a.text)
    return (frozenset(by_kind["exact"]), frozenset(by_kind["form"]), frozenset(by_kind["prefix"]),
            tuple(sorted({len(t) for t in by_kind["prefix"]})), frozenset(by_kind["lemma"]))


def _step_hit(test: _StepTest, tok: Token) -> bool:
    """``any(a.matches(tok) for a in alts)`` for the alternatives ``test`` gathers: a prefix ``p`` is
    matched by a form ``f`` exactly when ``f[:len(p)] == p``."""
    exact, form, prefix, lengths, lemma = test
    if exact and (tok.word in exact or tok.bare in exact):
        return True
    if form or prefix:
        for f in tok.forms:
            if f in form:
                return True
            size = len(f)
            for n in lengths:
                if n > size:
                    break
                if f[:n] in prefix:
                    return True
    if lemma and not lemma.isdisjoint(analyses(tok.word)):
        return True
    # a dual ends every form of a derived token as it ends the word (the forms only lose proclitics), so a
    # word without a dual ending asks no form for its singulars (most words new to a step: issue 13)
    return bool(form or prefix) and (not tok.derived or tok.word.endswith(_DUAL)) and _dual_hit(form, prefix, tok)


def _singulars(f: str) -> tuple[str, ...]:
    """The singulars a folded form may be the dual of: "مظاهرتان" -> "مظاهره"; "وزيران" -> "وزير"."""
    if len(f) < _DUAL_MIN:
        return ()
    if f.endswith(_DUAL_FEMININE):
        return (f[:-3] + _TA_MARBUTA, f[:-2])
    return (f[:-2],) if f.endswith(_DUAL) else ()


def _dual_hit(form: frozenset[str], prefix: frozenset[str], tok: Token) -> bool:
    """Whether a form of ``tok`` is the dual of a singular the step names as a word, or (feminine) of a word
    whose ة a prefix step needs ("مظاهره*"); a prefix step already matches a masculine dual."""
    for f in tok.forms:
        if len(f) < _DUAL_MIN or not f.endswith(_DUAL):
            continue  # :func:`_singulars` would give none (read here: one call less a form)
        for s in _singulars(f):
            if s in form or (s[-1:] == _TA_MARBUTA and s in prefix):
                return True
    return False


# a step's alternatives (``_step_test``) -> the word -> answer memo of every step that has them: rows of a
# table repeat their steps ("على", "…" then "من"), and a word new to the corpus was tested by each alike
_STEP_MEMOS: dict[_StepTest, dict[str, bool]] = {}
_MAX_WORD_MEMO = 50_000  # words a step's memo holds (a bound for a long-running worker)
_MAX_STEP_MEMOS = 20_000  # steps compiled on the fly (tests, tools) past this get a memo of their own


def _step_memo(test: _StepTest) -> dict[str, bool]:
    """The memo shared by the steps whose alternatives are ``test``."""
    memo = _STEP_MEMOS.get(test)
    if memo is None:
        memo = {}
        if len(_STEP_MEMOS) < _MAX_STEP_MEMOS:
            _STEP_MEMOS[test] = memo
    return memo


@dataclass(eq=False)
class Pattern:
    """A compiled pattern with the lexicon row it came from."""

    source: str
    steps: list[tuple[bool, list[Alt]]]  # (gap allowed before this step, alternatives)
    row: dict[str, str] = field(default_factory=dict)
    line: int = 0
    flags: frozenset[str] = frozenset()  # the row's comma-separated flags, as a set
    # per step, how many words its gap may hold ("…" GAP, "…8" eight: a verb whose subject and object
    # are long names stand between it and its preposition, "طردت وحدات حماية الشعب معظم عناصر التنظيم من")
    gaps: list[int] = field(default_factory=list)
    # per step, word -> does a token of that word (forms derived from it alone) match the step: a corpus
    # repeats its words, and each alternative test strips clitics or looks analyses up again
    _memo: list[dict[str, bool]] = field(default_factory=list, init=False, repr=False)
    _tests: list[_StepTest] = field(default_factory=list, init=False, repr=False)  # per step: _step_test
    # per step after the first: (step, its memo, how many words it may be looked for in), read by match_at
    # as one tuple (the reach was worked out from ``steps`` and ``gaps`` at every step of every call)
    _rest: tuple[tuple[int, dict[str, bool], int], ...] = field(default=(), init=False, repr=False)
    # the memo of the second step when it must match the very next word (no gap): ``find_all`` reads the
    # next word's answer there before calling ``match_at`` (half the attempts an article end at that word)
    _second: dict[str, bool] | None = field(default=None, init=False, repr=False)
    # the later steps a set test can rule out (exact words and forms only, no prefix, no lemma): a match
    # needs a word of each somewhere in the sentence, so ``find_all`` tries the pattern only when the
    # sentence's keys (:func:`sentence_keys`) meet every one of them. A row's first step is often a word of
    # every sentence ("من"، "على"، "في"، "التي") and a later one rare ("محور"، "مشارف"، "انتظار"): the index
    # on the first step found it at most tokens, and ``match_at`` then looked for the rare word in vain
    _need: tuple[frozenset[str], ...] = field(default=(), init=False, repr=False)

    def __post_init__(self) -> None:
        self.flags = frozenset(f.strip() for f in self.row.get("flags", "").split(",") if f.strip())
        self._tests = [_step_test(alts) for _, alts in self.steps]
        self._memo = [_step_memo(test) for test in self._tests]
        if not self.gaps:
            self.gaps = [GAP if gap else 0 for gap, _ in self.steps]
        self._rest = tuple((n, self._memo[n], self.gaps[n] + 1 if self.steps[n][0] else 1)
                           for n in range(1, len(self.steps)))
        self._second = self._rest[0][1] if self._rest and self._rest[0][2] == 1 else None
        self._need = tuple(exact | form for exact, form, prefix, _, lemma in self._tests[1:]
                           if not prefix and not lemma and (exact or form))

    def step_matches(self, n: int, tok: Token) -> bool:
        """Does ``tok`` match step ``n``: any of its alternatives (remembered by word when the token's
        forms follow from its word alone)."""
        if not tok.derived:
            return _step_hit(self._tests[n], tok)
        memo = self._memo[n]
        hit = memo.get(tok.word)
        if hit is None:
            if len(memo) > _MAX_WORD_MEMO:
                memo.clear()
            hit = memo[tok.word] = _step_hit(self._tests[n], tok)
        return hit

    @property
    def name(self) -> str:
        return f"{self.row.get('type') or self.row.get('effect')}:{self.source}#{self.line}"

    def match_at(self, toks: list[Token], i: int, first_matched: bool = False) -> int | None:
        """Index one past the last token of a match starting at ``i``, or None (``first_matched``: the
        index already found that token ``i`` matches the first step)."""
        if not first_matched:  # the first step: at ``i`` alone
            if not self.steps:
                return i
            tok = toks[i] if i < len(toks) else None
            hit = self._memo[0].get(tok.word) if tok is not None and tok.derived else None
            if tok is None or not (hit if hit is not None else self.step_matches(0, tok)):
                return None
        pos, size = i + 1, len(toks)
        for n, memo, reach in self._rest:
            found = None
            for j in range(pos, min(pos + reach, size)):
                tok = toks[j]
                # the step's answer for a word seen before, read here (``step_matches`` keeps it): the
                # method call per word of a gap cost more than the look-up
                hit = memo.get(tok.word) if tok.derived else None
                if hit is None:  # ``step_matches``' work, without its call (a word new to the step)
                    hit = _step_hit(self._tests[n], tok)
                    if tok.derived:
                        if len(memo) > _MAX_WORD_MEMO:
                            memo.clear()
                        memo[tok.word] = hit
                if hit:
                    found = j
                    break
                if tok.bare in GAP_BARRIERS and not (j == pos and tok.word in GAP_ANY
                                                     and not toks[j - 1].word.startswith(_PURPOSE_L)):
                    break
            if found is None:
                return None
            pos = found + 1
        return pos


def _alt(text: str) -> Alt:
    text = fold_text(text)  # lexicon rows may be written with hamzas and ta marbuta; match folded
    if text.startswith("@"):
        key, _, pos = text[1:].partition("/")
        if key not in lemmas() or (pos and pos not in POS):
            raise ValueError(f"unknown lemma {text!r} (lemmas are the rows of lang/ar/verbs.tsv; "
                             f"a part of speech is /v or /n)")
        return Alt(text[1:], "lemma")
    if text.startswith("="):
        if text.endswith("*"):
            # "=a|b*" makes b* exact too, and an exact "b*" can never match a word: say so at load time
            raise ValueError(f"{text!r} is exact and a prefix at once (an '=' first in a token marks every "
                             f"alternative exact: put the prefix alternative first, or mark the exact ones one by one)")
        return Alt(text[1:], "exact")
    if text.endswith("*"):
        return Alt(text[:-1], "prefix")
    return Alt(text, "form")


def _expand_sets(alts: list[str]) -> list[str]:
    """A token's alternatives with each ``$name`` replaced by the members of that word set: a class of words
    (munitions, for one) is written once in wordsets.tsv and every row that needs it says so by name, so a
    member added there reaches all of them."""
    out: list[str] = []
    for a in alts:
        if a.startswith("$"):
            out.extend(sorted(wordset(a[1:])))  # a set not of kind "words" or not defined raises
        else:
            out.append(a)
    return out


def compile_pattern(source: str, row: dict[str, str] | None = None, line: int = 0) -> Pattern:
    steps: list[tuple[bool, list[Alt]]] = []
    gaps: list[int] = []
    gap, width = False, GAP
    for tok in source.split():
        if tok.startswith("…") and (tok == "…" or tok[1:].isdigit()):
            gap, width = True, int(tok[1:] or GAP)
            continue
        alts_src = _expand_sets(tok.split("|"))
        # "=a|b" marks every alternative of the token exact
        if alts_src[0].startswith("="):
            alts_src = [a if a.startswith(("=", "@")) else "=" + a for a in alts_src]
        steps.append((gap, [_alt(a) for a in alts_src if a]))
        gaps.append(width if gap else 0)
        gap, width = False, GAP
    return Pattern(source, steps, row or {}, line, gaps=gaps)


def read_table(name: str) -> list[dict[str, str]]:
    """Rows of ``data/extract/<name>`` (a header line, then one row a line; ``#`` lines are comments)."""
    return read_tsv(Path(str(resources.files("tawatur").joinpath("data", "extract", name))))


@cache
def load_patterns(name: str) -> tuple[Pattern, ...]:
    """Compile every row of a lexicon TSV (column ``pattern`` or ``cue``); a bad token is an error
    naming the file and line."""
    out = []
    path = Path(str(resources.files("tawatur").joinpath("data", "extract", name)))
    for n, (line, row) in enumerate(read_tsv_lines(path), start=2):
        src = row.get("pattern") or row.get("cue") or ""
        try:
            out.append(compile_pattern(src, row, n))
        except ValueError as exc:
            raise DataError(f"{name}:{line}: {exc}") from None
    return tuple(out)


class Match:
    """A pattern matched over tokens [i, j); ``row`` and ``flags`` are its pattern's, bound once (the
    rules read them hundreds of times an article)."""

    __slots__ = ("pattern", "i", "j", "row", "flags")

    def __init__(self, pattern: Pattern, i: int, j: int) -> None:
        self.pattern, self.i, self.j = pattern, i, j
        self.row: dict[str, str] = pattern.row
        self.flags: frozenset[str] = pattern.flags

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Match):
            return NotImplemented
        return (self.pattern, self.i, self.j) == (other.pattern, other.i, other.j)

    __hash__ = None  # type: ignore[assignment]  # as the dataclass it was

    def __repr__(self) -> str:
        return f"Match(pattern={self.pattern!r}, i={self.i!r}, j={self.j!r})"


@dataclass(frozen=True)
class _Index:
    """Patterns by what their first step accepts: the word as written (``=w``), a clitic-stripped form
    (``w``) or the start of one (``stem*``). A token is tried only against patterns whose first step it
    certainly matches, found by a few hash look-ups, instead of against every pattern."""

    exact: dict[str, tuple[Pattern, ...]]
    form: dict[str, tuple[Pattern, ...]]
    prefix: dict[str, tuple[Pattern, ...]]
    lemma: dict[str, tuple[Pattern, ...]]
    lengths: tuple[int, ...]  # the lengths of the prefix alternatives, for slicing a form
    # every proper start of a prefix alternative: a form whose first n letters are none of them starts
    # no longer prefix alternative either, and the lengths after n are not sliced
    stems: frozenset[str] = frozenset()
    # word (or (word, bare, forms) of a token given its own forms) -> candidates: a corpus repeats its
    # words, and most start no pattern
    memo: dict[str | tuple[str, str, tuple[str, ...]], tuple[Pattern, ...]] = field(default_factory=dict)
    bit: int = 0  # this table's bit in the shared gate (:class:`_Gate`); 0: not gated

    def candidates(self, tok: Token) -> tuple[Pattern, ...]:
        key = tok.word if tok.derived else (tok.word, tok.bare, tuple(tok.forms))
        found = self.memo.get(key)
        if found is None:
            if len(self.memo) > 200_000:  # a bound for a long-running worker
                self.memo.clear()
            if self.bit and tok.derived:
                if not _GATE.bits(tok) & self.bit:
                    found = self.memo[key] = ()  # no first step of this table takes any reading of the word
                else:  # the keys the gate found, read in this table: the word is not analysed again
                    found = self.memo[key] = tuple(self._replay(_GATE.hits[tok.word]))
            else:
                found = self.memo[key] = tuple(self._candidates(tok))  # the order a fresh set gives
        return found

    def _replay(self, hits: tuple[tuple[int, str], ...]) -> set[Pattern]:
        """:meth:`_candidates` of a word from the keys the gate found for it (:attr:`_Gate.hits`), looked
        up in this table in the gate's order, which is ``_candidates``' own: the same patterns enter the
        set in the same order, so the tuple made of it is the same. A key of this table the gate did not
        record cannot exist: the gate reads every kind of key over the union of the tables' keys, lengths
        and stems."""
        out: set[Pattern] = set()
        tables = (self.exact, self.form, self.prefix, self.lemma)
        for kind, key in hits:
            if (got := tables[kind].get(key)) is not None:
                out.update(got)
        return out

    def _candidates(self, tok: Token) -> set[Pattern]:
        # (each word new to the corpus pays this once a table: the look-ups that find nothing add
        # nothing, so only a hit is added, in the order the look-ups are made)
        out: set[Pattern] = set()
        if self.lemma:
            lemma = self.lemma.get
            for key in analyses(tok.word):
                if (got := lemma(key)) is not None:
                    out.update(got)
        for w in (tok.word, tok.bare):
            if (got := self.exact.get(w)) is not None:
                out.update(got)
        form, prefix, stems = self.form.get, self.prefix.get, self.stems
        for f in tok.forms:
            if (got := form(f)) is not None:
                out.update(got)
            for n in self.lengths:
                if n > len(f):
                    break
                head = f[:n]
                if (got := prefix(head)) is not None:
                    out.update(got)
                if head not in stems:
                    break
        return out


class _Gate:
    """The first steps of every table indexed so far, a bit per table, read once per new word: which
    tables some reading of the word can start a pattern of. A word new to the corpus was looked up in
    each table's index in turn (the triggers, the cues, the subjects: most words start none of them);
    now one look-up over the union says which tables to ask (as ``read.lexicon`` does for its phrase
    tables). The union holds every key of every table and the union of their prefix lengths and
    stems, so a table whose index would find a candidate always has its bit set."""

    MAX_TABLES = 32  # tables indexed past this (tests, tools making tuples anew) are not gated

    def __init__(self) -> None:
        self.tables = 0
        self.keys: dict[str, dict[str, int]] = {"exact": {}, "form": {}, "prefix": {}, "lemma": {}}
        self.lengths: tuple[int, ...] = ()
        self.stems: set[str] = set()
        self.words: dict[str, int] = {}  # word -> bits of the tables it may start a pattern of
        # word (with bits) -> the keys of the union it hit, in the order read: (kind, key), the kind 0 exact,
        # 1 form, 2 prefix, 3 lemma (the order of :class:`_Index`'s tables); a table replays them
        self.hits: dict[str, tuple[tuple[int, str], ...]] = {}

    def register(self, index: _Index) -> int:
        """Enter ``index``'s first-step keys under a new bit; 0 when the bits are all given."""
        if self.tables >= self.MAX_TABLES:
            return 0
        self.tables += 1
        bit = 1 << self.tables
        for kind, table in (("exact", index.exact), ("form", index.form), ("prefix", index.prefix),
                            ("lemma", index.lemma)):
            keys = self.keys[kind]
            for text in table:
                keys[text] = keys.get(text, 0) | bit
        self.lengths = tuple(sorted(set(self.lengths) | set(index.lengths)))
        self.stems |= index.stems
        self.words.clear()  # the bits known so far lack the new one
        self.hits.clear()
        return bit

    def bits(self, tok: Token) -> int:
        """The bits of the tables whose first step some reading of a derived token's word takes; the keys
        read on the way are kept (:attr:`hits`) for the tables the bits name, so that a new word's
        readings are looked up once, here, not again by each table's index."""
        found = self.words.get(tok.word)
        if found is not None:
            return found
        if len(self.words) > 200_000:  # a bound for a long-running worker
            self.words.clear()
            self.hits.clear()
        bits = 0
        hits: list[tuple[int, str]] = []
        keys = self.keys  # (the four dicts by name: a generator over their names cost a frame a new word)
        exact, form, prefix, lemma = keys["exact"], keys["form"], keys["prefix"], keys["lemma"]
        if lemma:
            for key in analyses(tok.word):
                if got := lemma.get(key, 0):
                    bits |= got
                    hits.append((3, key))
        for w in (tok.word, tok.bare):
            if got := exact.get(w, 0):
                bits |= got
                hits.append((0, w))
        lengths, stems = self.lengths, self.stems
        for f in tok.forms:
            if got := form.get(f, 0):
                bits |= got
                hits.append((1, f))
            size = len(f)
            for n in lengths:
                if n > size:
                    break
                head = f[:n]
                if got := prefix.get(head, 0):
                    bits |= got
                    hits.append((2, head))
                if head not in stems:
                    break
        self.words[tok.word] = bits
        if bits:
            self.hits[tok.word] = tuple(hits)
        return bits


_GATE = _Gate()


# id of a pattern tuple -> (the tuple, its index): the extractor asks for the same few tables (the
# triggers, the cues) twice a sentence, and a cache keyed by the tuple itself hashed all its patterns
# every time. The tuple is held, so its id stays its own; a tuple made anew is indexed anew.
_INDEXES: dict[int, tuple[tuple[Pattern, ...], _Index]] = {}


def _index(patterns: tuple[Pattern, ...]) -> _Index:
    """The first-step index of ``patterns``, built once per tuple."""
    known = _INDEXES.get(id(patterns))
    if known is not None and known[0] is patterns:
        return known[1]
    if len(_INDEXES) > 64:  # tuples made on the fly (tests, tools): a bound
        _INDEXES.clear()
    index = _build_index(patterns)
    _INDEXES[id(patterns)] = (patterns, index)
    return index


def _build_index(patterns: tuple[Pattern, ...]) -> _Index:
    tables: dict[str, dict[str, list[Pattern]]] = {"exact": {}, "form": {}, "prefix": {}, "lemma": {}}
    for p in patterns:
        for a in p.steps[0][1]:
            tables[a.kind].setdefault(a.text, []).append(p)
    frozen = {k: {t: tuple(v) for t, v in d.items()} for k, d in tables.items()}
    index = _Index(frozen["exact"], frozen["form"], frozen["prefix"], frozen["lemma"],
                   tuple(sorted({len(t) for t in frozen["prefix"]})),
                   frozenset(t[:k] for t in frozen["prefix"] for k in range(1, len(t))))
    object.__setattr__(index, "bit", _GATE.register(index))  # (frozen: set once, as it is made)
    return index


def starting_at(patterns: tuple[Pattern, ...], tok: Token) -> tuple[Pattern, ...]:
    """The patterns whose first step ``tok`` matches (one of its alternatives' :meth:`Alt.matches`),
    read from the table's first-step index and remembered by word as :func:`find_all` reads them."""
    return _index(patterns).candidates(tok)


# word -> what a derived token of it offers a set-testable step (:attr:`Pattern._need`): the word, its bare
# form, its clitic forms and the singulars of those that are duals (``_step_hit``'s readings of a token)
_WORD_KEYS: dict[str, tuple[str, ...]] = {}


def _token_keys(tok: Token) -> tuple[str, ...]:
    """The strings a step of exact words and forms can match ``tok`` by: ``_step_hit`` finds an exact word
    in ``word`` or ``bare``, a form in ``forms`` or among the singulars of a dual form (remembered by word
    for a derived token)."""
    if tok.derived and not tok.word.endswith(_DUAL):  # (no form is a dual: they only lose proclitics)
        out = (tok.word, tok.bare, *tok.forms)
    else:
        keys = [tok.word, tok.bare]
        for f in tok.forms:
            keys.append(f)
            if len(f) >= _DUAL_MIN and f.endswith(_DUAL):
                keys.extend(_singulars(f))
        out = tuple(keys)
    if tok.derived:
        if len(_WORD_KEYS) > 200_000:  # a bound for a long-running worker
            _WORD_KEYS.clear()
        _WORD_KEYS[tok.word] = out
    return out


# the last token list whose keys were made and its keys: a sentence's tokens are scanned by the trigger
# table and then the cue table, and both read one set
_LAST_KEYS: list = [None, frozenset()]


def sentence_keys(toks: list[Token]) -> frozenset[str]:
    """Every string a token of ``toks`` offers a step of exact words and forms (:func:`_token_keys`): a
    pattern one of whose later steps meets none of them matches nowhere in the sentence."""
    if _LAST_KEYS[0] is toks:
        return _LAST_KEYS[1]
    got = [_WORD_KEYS.get(t.word) if t.derived else None for t in toks]
    if None in got:
        got = [k if k is not None else _token_keys(t) for k, t in zip(got, toks, strict=True)]
    keys = frozenset(chain.from_iterable(got))
    _LAST_KEYS[0], _LAST_KEYS[1] = toks, keys
    return keys


# (i, pattern line) of a match: a C key, not a Python lambda called for every match found
_BY_POSITION = attrgetter("i", "pattern.line")


def find_all(patterns: tuple[Pattern, ...], toks: list[Token]) -> list[Match]:
    """Every match of every pattern at every position (overlaps included)."""
    idx = _index(patterns)
    memo = idx.memo
    out = []
    size = len(toks)
    keys = None  # the sentence's keys (:func:`sentence_keys`), made when a pattern with later steps is met
    for i, tok in enumerate(toks):
        # the candidates of a word seen before, read here: most tokens start no pattern, and the
        # method call per token cost more than the look-up (``candidates`` keys a derived token by word)
        found = memo.get(tok.word) if tok.derived else None
        for p in found if found is not None else idx.candidates(tok):
            # the cheap answers of ``match_at`` read here, without the call: a one-step pattern matches
            # its word alone; a second step that must be the next word fails on the next word's known
            # "no" (or on the sentence's end)
            second = p._second
            if second is not None:
                if i + 1 >= size:
                    continue
                nxt = toks[i + 1]
                if nxt.derived and second.get(nxt.word) is False:
                    continue
            elif not p._rest:
                out.append(Match(p, i, i + 1))
                continue
            need = p._need
            if need:
                if keys is None:
                    keys = sentence_keys(toks)
                for words in need:
                    if words.isdisjoint(keys):
                        break  # a later step no word of the sentence can match
                else:
                    need = ()
                if need:
                    continue
            j = p.match_at(toks, i, first_matched=True)
            if j is not None:
                out.append(Match(p, i, j))
    out.sort(key=_BY_POSITION)
    return out


def longest_non_overlapping(matches: list[Match]) -> list[Match]:
    """Greedy selection: longer matches first (more tokens), then blockers, then earlier; no shared token."""
    taken: set[int] = set()
    chosen = []
    # longer first; on a tie a blocker ("none") wins, since it exists to veto a reading
    for m in sorted(matches, key=lambda m: (-(m.j - m.i), m.row.get("type") != "none", m.i)):
        span = set(range(m.i, m.j))
        if span & taken:
            continue
        taken |= span
        chosen.append(m)
    return sorted(chosen, key=lambda m: m.i)
