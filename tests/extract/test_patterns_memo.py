"""find_all remembers a word's candidate patterns by the word when the token's clitic analyses follow
from the word; a token given its own analyses is looked up by them, never by a word seen before."""
from __future__ import annotations

from tawatur.clean.tokens import Token, tokenize
from tawatur.extract.patterns import compile_pattern, find_all


def test_a_token_with_its_own_forms_is_not_answered_from_the_words_memo() -> None:
    patterns = (compile_pattern("قصف", {"type": "attack"}),)
    raw = "والقصف"
    plain = tokenize(raw, 0, len(raw))
    assert plain[0].derived and "قصف" in plain[0].forms
    given = [Token(0, plain[0].word, [plain[0].word], 0, len(raw))]  # analysed as one word only
    assert not given[0].derived
    for _ in range(2):  # either order, memo warm or cold
        assert [(m.i, m.j) for m in find_all(patterns, plain)] == [(0, 1)]
        assert find_all(patterns, given) == []


def test_a_later_step_remembered_by_word_answers_as_a_fresh_test() -> None:
    """The second step's verdict is kept per word: a token with its own analyses is tested afresh, and a
    word that failed once still fails from the memo (and one that matched still matches)."""
    patterns = (compile_pattern("سيطر* … مدينه", {"type": "take_control"}),)
    raw = "سيطرت القوات على المدينة ثم سيطرت على البلدة"
    toks = tokenize(raw, 0, len(raw))
    for _ in range(2):
        assert [(m.i, m.j) for m in find_all(patterns, toks)] == [(0, 4)]
    city = next(t for t in toks if "مدينه" in t.forms)
    given = [toks[0], Token(1, city.word, [city.word], city.start, city.end)]  # no clitic analysis
    assert find_all(patterns, given) == []


def test_starting_at_answers_as_each_first_alternative_tested_in_turn() -> None:
    """The first-step index gives exactly the patterns one of whose first alternatives matches the word
    (exact, form, prefix and lemma alternatives alike), for the trigger table and a small one."""
    from tawatur.extract.patterns import load_patterns, starting_at

    small = (compile_pattern("=قصف", {"type": "attack"}), compile_pattern("سيطر*", {"type": "take_control"}),
             compile_pattern("مدينه", {"type": "none"}), compile_pattern("@دخل", {"type": "enter"}))
    words = ("قصف", "وقصف", "والقصف", "سيطرت", "وسيطرة", "للسيطرة", "المدينة", "بالمدينة", "دخلت",
             "ودخول", "يدخلون", "السوق", "حلب", "غارات", "انسحبت", "من", "و")
    for table in (small, load_patterns("triggers.tsv")):
        for word in words:
            tok = tokenize(word, 0, len(word))[0] if len(word) > 1 else Token(0, word)
            scanned = {id(p) for p in table if any(a.matches(tok) for a in p.steps[0][1])}
            assert {id(p) for p in starting_at(table, tok)} == scanned, word
            assert {id(p) for p in starting_at(table, Token(0, tok.word))} == scanned, word  # memo warm


def test_every_step_answers_as_its_alternatives_tested_in_turn() -> None:
    """A step's alternatives are tested as sets (exact, form, prefix by length, lemma): the verdict is
    that of testing each alternative in turn, for every step of the trigger and cue tables and a small
    table of every kind, on tokens derived from their words and tokens given their own analyses."""
    from tawatur.extract.patterns import _step_hit, load_patterns

    small = (compile_pattern("سيطر*|=قصف|مدينه|@دخل … بلد*|=في", {"type": "none"}),
             compile_pattern("@انسحب … *", {"type": "none"}))
    words = ("قصف", "وقصف", "والقصف", "سيطرت", "وسيطرة", "للسيطرة", "المدينة", "بالمدينة", "دخلت",
             "ودخول", "يدخلون", "السوق", "حلب", "غارات", "انسحبت", "من", "في", "وفي", "بلدة", "و")
    toks = [tokenize(w, 0, len(w))[0] for w in words if len(w) > 1] + [Token(0, "و"), Token(0, "وقصف", ["وقصف"])]
    for table in (small, load_patterns("triggers.tsv"), load_patterns("cues.tsv")):
        for p in table:
            for n, (_, alts) in enumerate(p.steps):
                for tok in toks:
                    assert _step_hit(p._tests[n], tok) == any(a.matches(tok) for a in alts), (p.name, n, tok)


def test_find_all_answers_as_match_at_tried_at_every_word() -> None:
    """find_all reads two answers of ``match_at`` itself (a one-step pattern; a second step that must be the
    next word and is known not to match it): its matches are those of every pattern tried at every word,
    for the trigger and cue tables, memo cold and warm, a pattern ending at the sentence's end included."""
    from tawatur.extract.patterns import load_patterns

    small = (compile_pattern("قصف", {"type": "attack"}), compile_pattern("قصف مدينه", {"type": "attack"}),
             compile_pattern("سيطر* علي", {"type": "take_control"}), compile_pattern("سيطر* … مدينه", {"type": "none"}))
    texts = ("قصفت الطائرات مدينة حلب وسيطرت القوات على المدينة ثم قصف",
             "قصف مدينة إدلب، وسيطرت الفصائل على بلدة سيطرت",
             "أعلنت الوزارة أن القوات دخلت البلدة بعد معارك مع التنظيم قرب مدينة دير الزور")
    for table in (small, load_patterns("triggers.tsv"), load_patterns("cues.tsv")):
        for text in texts:
            toks = tokenize(text, 0, len(text))
            for _ in range(2):
                naive = sorted((i, p.line, j) for i in range(len(toks)) for p in table
                                if (j := p.match_at(toks, i)) is not None)
                found = [(m.i, m.pattern.line, m.j) for m in find_all(table, toks)]
                assert sorted(found) == naive, text
