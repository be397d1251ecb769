"""Task speed17: the dates gate reads a new word's kinds by one regex scan (``_literal_scan``), not by
slicing its substrings in Python. The cut must not change what ``read_dates`` sees: for every word of our
own sentence files (and each gate word with clitics around it) the scan gives what testing every gate word
as a substring gives."""
from __future__ import annotations

from pathlib import Path

from tawatur.clean.normalize import WORD, fold_text
from tawatur.read import dates as D

SENTENCES = Path(__file__).resolve().parents[2] / "bench" / "sentences"


def _substring_kinds(word: str) -> int:
    """The definition: the kinds one of whose gate words stands anywhere in ``word``."""
    bits = D._kind_bits()
    return sum(bits[kind] for kind, ws in D._literals().items() if any(w in word for w in ws))


def _words() -> set[str]:
    out = {fold_text(w) for w in ("وفي", "بالأمس", "الاثنينين", "أبريلي", "اباب", "", "و", "2019")}
    for ws in D._literals().values():
        for w in ws:
            out |= {w, f"و{w}ها", f"{w}{w}", w[:-1], f"ل{w[:-1]}", f"{w[:2]}{w}"}
    for path in sorted(SENTENCES.glob("*.txt")):
        out |= set(WORD.findall(fold_text(path.read_text(encoding="utf-8"))))
    return out


def test_scan_gives_the_kinds_every_substring_gives() -> None:
    words = _words()
    assert len(words) > 5000  # the sentence files were read
    for word in words:
        assert D._kinds_in(word) == _substring_kinds(word), word


def test_the_scan_prefers_the_longest_gate_word_and_keeps_its_prefixes() -> None:
    table, _ = D._literal_bits()
    scan, closure = D._literal_scan()
    nested = [w for w in table if any(v != w and w.startswith(v) for v in table)]
    assert nested  # (the gate words hold prefixes of one another: the case the closure is for)
    for w in nested:
        assert scan(w)[0] == w
        for v in table:
            if w.startswith(v):
                assert closure[w] & table[v] == table[v], (w, v)
