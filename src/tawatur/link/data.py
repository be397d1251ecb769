"""Loaders for the link stage's small data files (src/tawatur/data/link/*.tsv).

The lists are data, not code, so an analyst can add a generic source label, a manner cue or a number
word without touching the linker; each loader is cached because the linker calls it per event.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..clean.normalize import fold_text
from ..read.lexicon import read_tsv

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "link"


def _rows(name: str) -> list[dict[str, str]]:
    """Rows of a TSV data file, checked against its schema (the one TSV reader)."""
    return read_tsv(DATA_DIR / name)


@lru_cache(maxsize=1)
def generic_sources() -> frozenset[str]:
    """Source labels that name no identifiable origin ("local sources", "the article")."""
    return frozenset(r["label"].strip().lower() for r in _rows("generic_sources.tsv"))


@lru_cache(maxsize=1)
def manner_cues() -> tuple[tuple[str, str], ...]:
    """(manner, folded cue) pairs, longest cue first so "دون قتال" wins over shorter cues."""
    pairs = [(r["manner"].strip(), fold_text(r["cue"].strip())) for r in _rows("manner_cues.tsv")]
    return tuple(sorted(pairs, key=lambda p: -len(p[1])))


@lru_cache(maxsize=1)
def vague_quantities() -> tuple[dict[str, str], ...]:
    """Number words and hedges (kind, folded form, low, high), longest form first."""
    rows = [{**r, "form": fold_text(r["form"].strip())} for r in _rows("vague_quantities.tsv")]
    return tuple(sorted(rows, key=lambda r: -len(r["form"])))


@lru_cache(maxsize=1)
def story_stopwords() -> frozenset[str]:
    """Folded function words that the story similarity ignores."""
    return frozenset(fold_text(r["word"].strip()) for r in _rows("story_stopwords.tsv"))


@lru_cache(maxsize=1)
def allied_sides() -> tuple[tuple[frozenset[str], int | None, int | None], ...]:
    """({side, ally}, first day, last day) of each alliance in allied_sides.tsv (day ordinals; None =
    open bound), so the merge can treat two reports naming allied forces as one happening."""
    from datetime import date

    def day(v: str) -> int | None:
        return date.fromisoformat(v).toordinal() if v.strip() else None

    return tuple((frozenset((r["side"], r["ally"])), day(r["from"]), day(r["to"]))
                 for r in _rows("allied_sides.tsv"))


@lru_cache(maxsize=1)
def day_parts() -> dict[str, int]:
    """Folded word -> its part of the day's order (dawn 0 ... night 5), from day_parts.tsv."""
    return {fold_text(w.strip()): int(r["order"]) for r in _rows("day_parts.tsv")
            for w in r["words"].split("|") if w.strip()}
