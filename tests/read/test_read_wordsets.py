"""The named word sets: every set the code asks for exists, kinds are checked, marks keep spaces."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from tawatur.read import wordsets
from tawatur.read.lexicon import read_tsv

SRC = Path(wordsets.__file__).resolve().parents[1]
_CALL = re.compile(r"""\b(wordset|wordlist|marks)\(\s*["']([a-z_]+)["']\s*\)""")


def test_every_set_named_in_the_code_exists_with_a_fitting_kind():
    calls = {(fn, name) for p in SRC.rglob("*.py") for fn, name in _CALL.findall(p.read_text(encoding="utf-8"))}
    assert calls, "the readers ask for word sets by name"
    for fn, name in calls:
        getattr(wordsets, fn)(name)  # raises KeyError / TypeError when missing or of the wrong kind


def test_members_are_folded_and_marks_keep_space_and_tab():
    assert "حتي" in wordsets.wordset("not_complementizer")  # folded: ى -> ي
    trim = wordsets.marks("trim_lead_marks")
    assert " " in trim and "\t" in trim and "،" in trim


def test_wrong_kind_and_unknown_name_are_errors():
    with pytest.raises(TypeError):
        wordsets.wordset("clause_marks")
    with pytest.raises(KeyError):
        wordsets.wordset("no_such_set")


def test_a_bad_row_names_the_set(tmp_path, monkeypatch):
    bad = tmp_path / "wordsets.tsv"
    bad.write_text("name\tkind\tmembers\tnote\nodd\tletters\tا|ب\t\n", encoding="utf-8")
    monkeypatch.setattr(wordsets, "load_tsv", lambda name: tuple(read_tsv(bad)))
    wordsets._table.cache_clear()
    try:
        with pytest.raises(ValueError, match="odd"):
            wordsets._table()
    finally:
        monkeypatch.undo()
        wordsets._table.cache_clear()


_ARABIC = re.compile("[\u0600-\u06ff]")
_CHAR_CLASS = re.compile(r"\[(?:\\.|[^\]\\])*\]")


def _code_strings(tree: ast.AST) -> list[ast.Constant]:
    """String constants of a module that are not docstrings."""
    docs = {id(n.body[0].value) for n in ast.walk(tree)
            if isinstance(n, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
            and n.body and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
    return [n for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docs]


def test_the_readers_keep_no_arabic_words_in_python():
    """Arabic words live in data files; only regex character classes (letter ranges) may stay in code."""
    found = []
    for p in sorted((SRC / "read").glob("*.py")):
        for c in _code_strings(ast.parse(p.read_text(encoding="utf-8"))):
            if _ARABIC.search(_CHAR_CLASS.sub("", c.value)):
                found.append(f"{p.name}:{c.lineno} {c.value!r}")
    assert not found, found


def test_the_arabic_check_sees_a_word_but_not_a_letter_range():
    strings = [c.value for c in _code_strings(ast.parse('"""دليل"""\nx = "قرب"\ny = "[ء-ي]+"\n'))]
    assert [s for s in strings if _ARABIC.search(_CHAR_CLASS.sub("", s))] == ["قرب"]
