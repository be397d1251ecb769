"""The extractor's Arabic words live in ``data/lexicons/wordsets.tsv``, not in Python (issue 11).

A new closed class of words (prepositions, pronouns, clitics) goes into a named set with a note saying
what it means; the code asks for it by name. This guard names the file and line of any Arabic string
that slips back into the extractor's code (docstrings may quote Arabic freely).
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

from tawatur.extract import backrefs, events, patterns, vocab
from tawatur.read.lexicon import LEXICON_DIR

EXTRACT = Path(events.__file__).resolve().parent
_ARABIC = re.compile("[\u0600-\u06ff]")


def _docstrings(tree: ast.AST) -> set[int]:
    kinds = (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)
    return {id(n.body[0].value) for n in ast.walk(tree) if isinstance(n, kinds) and n.body
            and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}


def test_no_arabic_string_literal_in_the_extractor_code():
    found = []
    for path in sorted(EXTRACT.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docs = _docstrings(tree)
        found += [f"{path.name}:{n.lineno} {n.value!r}" for n in ast.walk(tree)
                  if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docs
                  and _ARABIC.search(n.value)]
    assert not found, "move these to data/lexicons/wordsets.tsv (a named set with a note):\n" + "\n".join(found)


def test_extract_sets_carry_a_note():
    text = (LEXICON_DIR / "wordsets.tsv").read_text(encoding="utf-8")
    rows = text.split("# extract\n", 1)[1].split("\n# ", 1)[0].splitlines()
    assert len(rows) > 20
    for row in rows:
        name, kind, members, note = row.split("\t")
        assert kind in ("words", "prefixes", "suffixes", "marks") and members and note.strip(), name


def test_backreference_words_name_their_place_kinds():
    assert backrefs.BACKREF_KINDS["المدينتين"] == ("city", "capital")
    assert backrefs.BACKREF_KINDS["القاعده"] == ("base", "airport")  # folded: ة -> ه
    assert backrefs.FACILITY_WORDS == {"المعبر", "المطار", "القاعده", "السجن", "السد", "الحي", "الحيين", "الحقل",
                                       "المستشفي", "المشفي", "المخيم", "الجسر", "الجسرين",
                                       # masculine duals (task recall8)
                                       "المعبرين", "المعبران", "المطارين", "المطاران", "السجنين", "السجنان",
                                       "الجسران", "السدين", "السدان", "الحيان", "الحقلين", "الحقلان", "المخيمين",
                                       "المخيمان",
                                       # the dual of a barracks (task read19b)
                                       "المعسكرين", "المعسكران",
                                       # the road last named (task left25)
                                       "الطريق"}
    assert backrefs.BACKREF_KINDS["الجسر"] == ("bridge",)
    assert backrefs.BACKREF_KINDS["الحي"] == ("neighbourhood", "housing")
    assert backrefs.BACKREF_KINDS["المخيم"] == ("camp",)
    assert "طايرات" in vocab.FORCE_NOUNS  # written with hamza in the data, folded when loaded


def test_a_conjunction_proclitic_leaves_the_bare_word():
    toks = patterns.tokenize("فدخلت القوات وانسحب الجنود", 0, 26)
    assert [t.bare for t in toks] == ["دخلت", "القوات", "انسحب", "الجنود"]
