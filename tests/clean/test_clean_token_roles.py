"""The token table (issue 13): a reader's question of every word registered as a role, each word's
roles read once, a sentence's words with a role listed once; what a reader visits is what a test of
every word gives."""
from tawatur.clean import tokens
from tawatur.clean.tokens import forget_spans, register_role, role_table, spans, tokenize, with_role

TEXT = "وقصفت الطائرات مواقع في بلدة كفرنبل وقتل ثلاثة مدنيين"


def _toks():
    return spans(tokenize(TEXT, 0, len(TEXT)))


def _long(word: str) -> bool:
    return len(word) > 5


def _conj(word: str) -> bool:
    return word.startswith("و")


def test_with_role_is_a_test_of_every_word():
    toks = _toks()
    for name, test in (("test_long", _long), ("test_conj", _conj)):
        assert with_role(toks, name, test) == [k for k, (_, _, w) in enumerate(toks) if test(w)]


def test_a_role_has_one_bit_and_the_table_is_shared():
    a, b = register_role("test_long", _long), register_role("test_conj", _conj)
    assert a and b and a != b and register_role("test_long", _long) == a
    toks = _toks()
    assert role_table(toks) is role_table(toks)  # made once a sentence
    for k, bits in role_table(toks):
        assert bool(bits & a) == _long(toks[k][2]) and bool(bits & b) == _conj(toks[k][2])


def test_forget_drops_the_tables():
    toks = _toks()
    role_table(toks)
    forget_spans()
    assert not tokens._TABLES


def test_past_the_last_bit_every_word_is_tested(monkeypatch):
    monkeypatch.setattr(tokens, "MAX_ROLES", len(tokens._ROLE_TESTS))
    toks = _toks()
    assert register_role("test_no_bit_left", _long) == 0
    assert with_role(toks, "test_no_bit_left", _long) == [k for k, (_, _, w) in enumerate(toks) if _long(w)]
