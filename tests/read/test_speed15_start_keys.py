"""Task speed15 (issue 13): ``scan`` reads the gazetteer's start keys once a sentence and hands them to
``_is_inert`` for the sentence's new words (the weak dictionary's look-up was asked for each new word); a
word's verdict is the one ``_is_inert`` gives when it looks the keys up itself (sentences written for this
test)."""
from __future__ import annotations

from tawatur.clean.tokens import tokenize
from tawatur.read import places as PL
from tawatur.read.gazetteer import Gazetteer

_TEXT = ("وأفاد ناشطون بأن القوات دخلت قرية تل الورد وريفها الشرقي بعد انسحاب المسلحين من محيط السد "
         "وجسر المدينة، فيما تواصل القصف على طريق حمص حماة وعلى حاجز البلدة الغربي")


def test_a_word_is_inert_with_the_keys_read_once() -> None:
    gaz = Gazetteer.default()
    start = PL._start_keys(gaz)
    words = {t.word for t in tokenize(_TEXT, 0, len(_TEXT))}
    for head in list(PL.facilities())[:30]:  # facility heads with and without the article and a clitic
        words |= {head, "ال" + head, "وال" + head, "و" + head}
    given = {w: PL._is_inert(w, gaz, {}, start) for w in words}
    assert given == {w: PL._is_inert(w, gaz, {}) for w in words}
    assert not all(given.values()) and any(given.values())


def test_the_scan_finds_the_places_it_found_before() -> None:
    from tawatur.model import Article
    from tawatur.pipeline import analyze
    places = [m.text for m in analyze(Article(id="s", raw=_TEXT, published="2024-03-10")).mentions
              if m.kind == "place"]
    assert "تل الورد" in " ".join(places)
