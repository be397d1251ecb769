"""The actor reader's token table (issue 13): each word's roles read once a sentence, the passes visit
only the words of their role, and they find what a scan of every word found."""
from tawatur.clean.tokens import spans, tokenize
from tawatur.read import actors
from tawatur.read.lexicon import sentence_folds

SENTENCES = (
    "وقال المرصد إن قوات سوريا الديمقراطية سيطرت على القرية بعد اشتباكات مع تنظيم الدولة",
    "وانسحبت هذه القوات وعناصرها من مواقعها بعد أن هاجمها الجهاديون ليلاً",
    "وأعلن التحالف الذي تقوده واشنطن أن طائراته قصفت مقرات التنظيم",
    "وتقدمت وحدات الجيش نحو البلدة وسط قصف مدفعي كثيف",
)


def _read(text: str, with_table: bool):
    f = sentence_folds(text, 0, len(text))
    toks = spans(tokenize(text, 0, len(text)))
    table = actors._role_table(toks) if with_table else None
    found = actors._find_actors(f, toks, None, table)
    taken = {k for hit, _, _ in found for k in range(hit.word_index, hit.word_index + hit.n_words)}
    return ([(h.start, h.end, a.get("id"), r) for h, a, r in found], actors._coref(f, toks, taken, table),
            actors._epithets(f, toks, taken, table))


def test_table_gives_what_a_full_scan_gives():
    for text in SENTENCES:
        assert _read(text, True) == _read(text, False)


def test_roles_of_words():
    toks = spans(tokenize(SENTENCES[1], 0, len(SENTENCES[1])))
    roles = dict(actors._role_table(toks))
    words = [w for _, _, w in toks]
    assert roles[words.index("هذه")] & actors.ROLE_COREF
    assert roles[words.index("وعناصرها")] & actors.ROLE_COREF
    assert roles[words.index("الجهاديون")] & actors.ROLE_EPITHET
    assert words.index("مواقعها") not in roles  # a word of no role is not in the table


def test_coalition_head_has_its_role():
    toks = spans(tokenize(SENTENCES[2], 0, len(SENTENCES[2])))
    roles = dict(actors._role_table(toks))
    assert any(r & actors.ROLE_COALITION for r in roles.values())
