"""Loaders for the report's data files (src/tawatur/data/report/*.tsv): ACLED mapping and labels."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..clean.normalize import fold_text
from ..read.lexicon import read_tsv

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "report"


def _rows(name: str) -> list[dict[str, str]]:
    """Rows of a TSV data file, checked against its schema (the one TSV reader)."""
    return read_tsv(DATA_DIR / name)


@lru_cache(maxsize=1)
def acled_types() -> tuple[dict[str, str], ...]:
    """Rows (type, side, folded cue, disorder_type, event_type, sub_event_type) in file order."""
    return tuple({**r, "cue": fold_text(r["cue"])} for r in _rows("acled_types.tsv"))


@lru_cache(maxsize=1)
def acled_inter() -> dict[str, dict[str, str]]:
    """side -> {actor, inter}."""
    return {r["side"]: r for r in _rows("acled_inter.tsv")}


@lru_cache(maxsize=1)
def labels() -> dict[str, dict[str, str]]:
    """key -> {"ar": ..., "en": ...} for every label the report shows."""
    return {r["key"]: {"ar": r["ar"], "en": r["en"]} for r in _rows("labels.tsv")}
