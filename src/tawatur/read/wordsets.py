"""Named word sets: the small closed classes of Arabic words and marks the readers test against.

A rule that asks "is this word a relative pronoun?" or "does a name go on after this word?" names the
set (``wordset("relative_pronoun")``) and the members live in ``data/lexicons/wordsets.tsv``, so the
language knowledge is data a linguist can read and change, and Python keeps the logic only.
"""
from __future__ import annotations

from functools import cache

from .lexicon import load_tsv, split_forms

KINDS = ("words", "prefixes", "suffixes", "marks")
_ESCAPES = {"\\s": " ", "\\t": "\t"}


@cache
def _table() -> dict[str, tuple[str, tuple[str, ...]]]:
    out: dict[str, tuple[str, tuple[str, ...]]] = {}
    for i, row in enumerate(load_tsv("wordsets.tsv"), start=1):
        kind, name = row["kind"], row["name"]
        if kind not in KINDS:
            raise ValueError(f"wordsets.tsv: set {name!r} (row {i}) has unknown kind {kind!r}")
        if name in out:
            raise ValueError(f"wordsets.tsv: set {name!r} is defined twice")
        if kind == "marks":  # not folded; "\\s" and "\\t" stand for a space and a tab
            members = tuple(_ESCAPES.get(m, m) for m in row["members"].split("|") if m)
        else:
            members = tuple(split_forms(row["members"]))
        out[name] = (kind, members)
    return out


def _get(name: str, kinds: tuple[str, ...]) -> tuple[str, ...]:
    try:
        kind, members = _table()[name]
    except KeyError:
        raise KeyError(f"no word set {name!r} in wordsets.tsv") from None
    if kind not in kinds:
        raise TypeError(f"word set {name!r} is of kind {kind!r}, not {'/'.join(kinds)}")
    return members


@cache
def wordset(name: str) -> frozenset[str]:
    """The folded members of a ``words`` set, for membership tests."""
    return frozenset(_get(name, ("words",)))


@cache
def wordlist(name: str) -> tuple[str, ...]:
    """The members of a set in file order (prefixes and suffixes: usable with str.startswith)."""
    return _get(name, ("words", "prefixes", "suffixes"))


@cache
def marks(name: str) -> str:
    """The characters of a ``marks`` set as one string, for ``c in marks(...)`` and str.strip."""
    return "".join(_get(name, ("marks",)))
