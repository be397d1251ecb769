"""Facts of a sentence made once instead of once per trigger or per word (issue 13): the token sets
build_view keeps, a token's nationality side, the readers' shared token triples and the dates
reader's word tests. Each must answer what the per-call computation it replaced answered."""
from __future__ import annotations

from tawatur.clean.tokens import Token, spans, tokenize
from tawatur.extract.frames import build_view, token_at
from tawatur.extract.sides import nationalities, token_nationality
from tawatur.model import Mention
from tawatur.read import dates


def _mention(kind: str, raw: str, text: str) -> Mention:
    start = raw.index(text)
    return Mention(kind, start, start + len(text), text, 0)


def test_view_token_sets_agree_with_the_places_and_actors() -> None:
    raw = "دخلت قوات سوريا الديمقراطية بلدة الشدادي جنوب مدينة الحسكة بعد قتال مع تنظيم الدولة."
    toks = tokenize(raw, 0, len(raw))
    mentions = [_mention("actor", raw, "قوات سوريا الديمقراطية"), _mention("place", raw, "الشدادي"),
                _mention("place", raw, "مدينة الحسكة"), _mention("actor", raw, "تنظيم الدولة")]
    view = build_view(0, toks, mentions)
    last = {id(p): token_at(toks, max(p.start, p.end - 1)) for _, p in view.places}
    assert view.place_ends == {last[id(p)] for _, p in view.places} == {5, 8}
    assert view.place_tokens == {k for i, p in view.places for k in range(i, last[id(p)] + 1)} == {5, 7, 8}
    assert view.actor_tokens == {k for a0, a1, _ in view.actors for k in range(a0, a1 + 1)} \
        == {1, 2, 3, 12, 13}


def test_view_lists_in_token_order_are_the_sorted_lists() -> None:
    """build_view keeps the places, actors and numbers in token order once (the rules read them so for every
    trigger): what ``sorted(..., key=first token)`` gives, ties in the lists' order, mentions given in any order."""
    raw = "قصفت الطائرات الروسية بلدة كفرنبل ومدينة معرة النعمان وقتلت 5 مدنيين بحسب ناشطين."
    toks = tokenize(raw, 0, len(raw))
    mentions = [_mention("place", raw, "مدينة معرة النعمان"), _mention("number", raw, "5"),
                _mention("actor", raw, "الطائرات الروسية"), _mention("place", raw, "كفرنبل"),
                _mention("place", raw, "بلدة كفرنبل"), _mention("place", raw, "مدينة معرة")]
    view = build_view(0, toks, mentions)
    for given, ordered in ((view.places, view.places_by_start), (view.actors, view.actors_by_start),
                           (view.numbers, view.numbers_by_start)):
        assert ordered == sorted(given, key=lambda x: x[0])
    assert [p.text for _, p in view.places_by_start] == ["بلدة كفرنبل", "كفرنبل", "مدينة معرة النعمان",
                                                         "مدينة معرة"]  # (a tie keeps the given order)


def test_view_of_a_sentence_without_names_has_empty_sets() -> None:
    raw = "وتواصلت الاشتباكات حتى ساعات الصباح."
    view = build_view(0, tokenize(raw, 0, len(raw)), [])
    assert view.place_ends == view.place_tokens == view.actor_tokens == frozenset()


def _table_side(tok: Token) -> str:
    """The loop token_nationality replaced: the first row of the table one of the forms starts with."""
    return next((side for stem, side in nationalities() if any(f.startswith(stem) for f in tok.forms)), "")


def test_token_nationality_is_the_first_row_a_form_starts_with() -> None:
    raw = "شنت طائرات روسية وأخرى تركية غارات على مواقع في البلدة، وقال مسؤول أمريكي إن الإيرانيين انسحبوا."
    toks = tokenize(raw, 0, len(raw))
    for tok in toks + toks:  # the second pass answers from the per-word memo
        assert token_nationality(tok) == _table_side(tok), tok.word
    sides = {t.word: token_nationality(t) for t in toks}
    assert sides["روسيه"] == "russia" and sides["تركيه"] == "turkey" and sides["البلده"] == ""


def test_token_nationality_of_a_token_given_its_own_forms() -> None:
    tok = Token(0, "وسوريه", ["وسوريه", "سوريه"])  # forms given: not remembered by word
    assert not tok.derived
    assert token_nationality(tok) == "government"
    assert token_nationality(Token(0, "وسوريه", ["وسوريه"])) == ""


def test_spans_are_made_once_per_token_list() -> None:
    raw = "سيطرت الفصائل على قرية جديدة."
    toks = tokenize(raw, 0, len(raw))
    first = spans(toks)
    assert first == [(t.fstart, t.fend, t.word) for t in toks]
    assert spans(toks) is first  # shared by the readers
    assert spans(toks, 3) == [(t.fstart + 3, t.fend + 3, t.word) for t in toks]
    again = tokenize(raw, 0, len(raw))  # another list: its own triples
    assert spans(again) == first and spans(again) is not first


def test_month_words_are_tested_once_for_the_three_month_patterns() -> None:
    text = "وصلت التعزيزات في 3 كانون الاول 2024 الى المدينة"
    present = dates.gate_mask(text)
    found = {kind: [m.group() for m in dates._finditer(kind, text, present)] for kind in ("dmy", "my", "mon")}
    assert found == {kind: [m.group() for m in dates._finditer(kind, text)] for kind in ("dmy", "my", "mon")}
    assert any(found.values())
    bits = dates._kind_bits()
    assert all(present & bits[k] for k in ("dmy", "my", "mon"))
    none = dates.gate_mask("دخلت القوات المدينة")
    assert not none & bits["dmy"] and list(dates._finditer("dmy", "دخلت القوات المدينة", none)) == []
