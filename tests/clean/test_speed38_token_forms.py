"""Task speed38 (issue 13): a token's clitic analyses are a slot filled when it is made, not a property read
through a Python getter. They must be what the getter gave: the word's ``clitic_forms`` as a list of its own
for a derived token, the forms given otherwise; and a token must survive a copy and a pickle."""
from __future__ import annotations

import copy
import pickle

import pytest

from tawatur.clean.tokens import Token, tokenize
from tawatur.lang.ar import clitic_forms

# our own sentence: conjunctions, prepositions and the article on its words
RAW = "وبالأمس دخلت القوات إلى بلدة تل الأحمر، وللمرة الثانية سيطرت عليها فيما انسحب المسلحون نحو الريف."


@pytest.mark.parametrize("tok", tokenize(RAW, 0, len(RAW)), ids=lambda t: t.word)
def test_forms_are_the_clitic_analyses(tok: Token) -> None:
    assert tok.derived
    assert tok.forms == list(clitic_forms(tok.word))
    assert isinstance(tok.forms, list)


def test_each_token_has_its_own_list() -> None:
    a, b = Token(0, "والقوات"), Token(1, "والقوات")
    assert a.forms == b.forms and a.forms is not b.forms


def test_given_forms_are_kept_as_given() -> None:
    given = ["وصلت", "صلت"]
    tok = Token(0, "وصلت", given)
    assert not tok.derived and tok.forms is given


def test_copy_and_pickle_keep_every_slot() -> None:
    tok = tokenize(RAW, 0, len(RAW))[1]
    for other in (copy.deepcopy(tok), pickle.loads(pickle.dumps(tok))):
        assert [getattr(other, s) for s in Token.__slots__] == [getattr(tok, s) for s in Token.__slots__]
