"""Task speed42 (issue 13): two readers skip work an article or a sentence cannot need.

- read/places asks ``_road_end`` and ``_mark_backers`` (each folds the characters before every place) only in an
  article whose fold holds one of their words (``_words_in``; the road words without their article, which
  "للواصل" and "الواصل" both hold): with the gate forced open, every text must give the same mentions and events;
- read/persons reads a sentence's fold and its actors' tokens only when a role title may begin in it: its person
  mentions must be those of the old loop, which mapped every sentence's actors first.

On sentences we wrote (each construction and a twin without it) and on every fifth sentence of bench/sentences."""
from __future__ import annotations

from pathlib import Path

from tawatur.clean.tokens import spans, tokens_of, with_role
from tawatur.model import Article
from tawatur.pipeline import analyze
from tawatur.read import persons, places
from tawatur.read.lexicon import sentence_folds

SENTENCES = Path(__file__).resolve().parents[2] / "bench" / "sentences"

OURS = (
    # a backer after an allegiance word: the preposition written on the place, then apart
    "قصفت طائرات حربية مواقع لفصائل موالية لأنقرة قرب بلدة مارع بريف حلب الشمالي.",
    "اشتبكت الميليشيات المدعومة من طهران مع مسلحين محليين قرب مدينة البوكمال شرقي دير الزور.",
    "وهاجمت مجموعات مدعومة من موسكو نقطة للمعارضة عند أطراف قرية الحويز.",
    # twins: the place after من or لـ with no allegiance word before it
    "عادت عشرات العائلات من طهران إلى بلدة مارع بعد غياب طويل.",
    # a road leading to a town, the preposition apart or written on the article ("للعاصمة")
    "قطع مسلحون الطريق الواصل إلى حماة صباح الأحد قرب قرية معان.",
    "سيطرت القوات على الطريق المؤدي للعاصمة دمشق وعلى كلية التسليح بعد معارك عنيفة.",
    "أغلق الأهالي الطريق الموصل لمدينة السلمية احتجاجاً على انقطاع الكهرباء.",
    # twin: a road named with no leading participle
    "أغلق الأهالي طريق حمص السلمية احتجاجاً على انقطاع الكهرباء.",
    # role titles before a name, with and without an affiliation; a sentence with none
    "قال قائد الفرقة العميد سهيل الحسن إن قواته تقدمت نحو بلدة كفرنبودة.",
    "وأعلن وزير الدفاع التركي أن جيش بلاده قصف مواقع قرب تل رفعت.",
    "تقدمت القوات نحو بلدة كفرنبودة بعد قصف مكثف.",
)


def _texts() -> list[str]:
    out = list(OURS)
    for path in sorted(SENTENCES.glob("*.txt")):
        lines = [x for x in path.read_text(encoding="utf-8").splitlines() if x.count("|") >= 1 and not x.startswith("#")]
        out += [x.split("|")[1] for x in lines[::5]]
    return out


def _seen(art: Article) -> list:
    return [(m.kind, m.start, m.end, m.rule, sorted(m.attrs.items(), key=str)) for m in art.mentions] + \
        [(e.type, e.polarity, e.rule, e.sentence) for e in art.events]


def test_place_gates_open_give_the_same_analysis(monkeypatch):
    texts = _texts()
    gated = [_seen(analyze(Article(id="s42", raw=t, text=t, published="2024-03-10"))) for t in texts]
    monkeypatch.setattr(places, "_words_in", lambda text, words: list(words))
    opened = [_seen(analyze(Article(id="s42", raw=t, text=t, published="2024-03-10"))) for t in texts]
    assert gated == opened
    backers = sum(any(len(x) == 5 and x[0] == "place" and ("role", "backer") in x[4] for x in seen) for seen in gated)
    assert backers >= 3  # the construction is met, not only its absence


def _old_persons(article: Article) -> None:
    """read_persons' sentence loop as it was: every sentence's fold and actor map (the reader the code shares),
    then its titles."""
    for sent in article.sentences:
        f = sentence_folds(article.raw, sent.start, sent.end)
        tokens = tokens_of(article, sent)
        toks = spans(tokens)
        actors = persons.actors_by_token(article, sent.index, tokens, toks, f)
        after = 0
        for k in with_role(toks, "person_title", persons._title_may_start, persons._title_bits()):
            if k >= after:
                after = persons._read_at(article, f, toks, k, sent.index, actors)
    persons._share_affiliations(article)


def test_persons_as_the_old_loop():
    found = 0
    for text in _texts()[::3] + list(OURS):
        art = analyze(Article(id="s42p", raw=text, text=text, published="2024-03-10"))
        got = [(m.start, m.end, m.rule, sorted(m.attrs.items(), key=str)) for m in art.mentions if m.kind == "person"]
        art.mentions[:] = [m for m in art.mentions if m.kind != "person"]
        _old_persons(art)
        want = [(m.start, m.end, m.rule, sorted(m.attrs.items(), key=str)) for m in art.mentions if m.kind == "person"]
        assert got == want, text
        found += len(got)
    assert found >= 2


POSTED = (
    # a post's noun a few words before "في"/"عند مدخل" and the place: the place is where the post stands
    "سيطرت الفصائل على حاجز للقوات عند مدخل بلدة خان شيخون، ثم انسحبت من الحاجز مساء اليوم.",
    "قصفت القوات نقطة المراقبة التركية في مورك بقذائف الهاون.",
    # twins: the same places with no post before them
    "سيطرت الفصائل على بلدة خان شيخون، ثم انسحبت منها مساء اليوم.",
    "قصفت القوات أطراف مورك بقذائف الهاون.",
)


def test_post_gate_never_hides_a_located_post():
    """extract/backrefs asks ``_post_located`` only in a sentence whose words meet POST_NOUNS: at every place of
    every other sentence it must answer False."""
    from tawatur.extract.backrefs import POST_NOUNS, _post_located
    from tawatur.extract.frames import build_view

    located = gated = 0
    for text in list(POSTED) + _texts()[::2]:
        art = analyze(Article(id="s42b", raw=text, text=text, published="2024-03-10"))
        for sent in art.sentences:
            toks = tokens_of(art, sent)
            view = build_view(sent.index, toks, art.mentions_of("place", sent.index) + art.mentions_of("actor", sent.index))
            for i, m in view.places_by_start:
                if view.words.isdisjoint(POST_NOUNS):
                    gated += 1
                    assert not _post_located(view, i, m), text
                else:
                    located += _post_located(view, i, m)
    assert located >= 2 and gated > 100
