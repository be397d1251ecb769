"""The actor reader's roles in the token table (issue 13): its passes visit the words of their role,
read off the sentence's table, and those are the words a test of every word finds."""
from tawatur.clean.tokens import spans, tokenize, with_role
from tawatur.read import actors

SENTENCES = (
    "وقال المرصد إن قوات سوريا الديمقراطية سيطرت على القرية بعد اشتباكات مع تنظيم الدولة",
    "وانسحبت هذه القوات وعناصرها من مواقعها بعد أن هاجمها الجهاديون ليلاً",
    "وأعلن التحالف الذي تقوده واشنطن أن طائراته قصفت مقرات التنظيم",
    "وتقدمت وحدات الجيش نحو البلدة وسط قصف مدفعي كثيف",
)
ROLES = (("actor_start", actors._may_start), ("coalition_head", actors._coalition_head),
         ("coref_word", actors._coref_word), ("jihadist_epithet", actors._epithet_word))


def _toks(text: str):
    return spans(tokenize(text, 0, len(text)))


def test_each_role_lists_the_words_a_full_scan_finds():
    for text in SENTENCES:
        toks = _toks(text)
        for name, test in ROLES:
            assert with_role(toks, name, test) == [k for k, (_, _, w) in enumerate(toks) if test(w)]


def test_roles_of_words():
    toks = _toks(SENTENCES[1])
    words = [w for _, _, w in toks]
    coref = with_role(toks, "coref_word", actors._coref_word)
    assert words.index("هذه") in coref and words.index("وعناصرها") in coref
    assert words.index("مواقعها") not in coref  # a possessive, but of no force
    assert with_role(toks, "jihadist_epithet", actors._epithet_word) == [words.index("الجهاديون")]
    toks = _toks(SENTENCES[2])
    assert [toks[k][2] for k in with_role(toks, "coalition_head", actors._coalition_head)] == ["التحالف"]


def test_reader_finds_the_forces():
    text = SENTENCES[0]
    toks = _toks(text)
    from tawatur.read.lexicon import sentence_folds
    f = sentence_folds(text, 0, len(text))
    found = actors._find_actors(f, toks)
    assert found and all(h.word_index in with_role(toks, "actor_start", actors._may_start) for h, _, _ in found)
