"""Task speed20 (issue 13): three actor rules visit only the words of their own role in the token table
(``with_role``) instead of every word of every sentence: the bare forces noun ("القوات"، "وحدات أخرى"), the
epithet of a group ("المرتزقة" after "مرتزقة داعش") and the noun of a liberation group ("حركة تحرير حمص").
Each must find what its old scan of every word found, on sentences that hold the words and on their near
twins that do not (a definite adjective after the noun, a demonstrative before it, the noun first or last)."""
from tawatur.clean.tokens import spans, tokenize
from tawatur.model import Article
from tawatur.pipeline import analyze
from tawatur.read import actors
from tawatur.read.actors import (
    _AL,
    _WA,
    CONJUNCTION,
    LIBERATION_HEADS,
    LIBERATION_NOUN,
    _bare_forces,
    _liberation_groups,
)
from tawatur.read.wordsets import wordset

SENTENCES = (
    "وسيطرت القوات على بلدة الحارة بعد يومين من قصف مواقعها",
    "ودخلت وحدات أخرى إلى قرية عقربا، فيما انسحبت القوات المهاجمة من محيطها",
    "وقالت مصادر إن هذه القوات انسحبت من قرية كفرزيتا وإن القوات عادت إليها ليلاً",
    "تبنت حركة تحرير حمص الهجوم على حاجز في تلبيسة، وقالت جبهة تحرير",
    "تحرير حماة هدف أعلنته كتائب تحرير حماة قبل أسبوع",
)


def _old_bare_forces(toks, taken):
    """The scan of every word that _bare_forces made before (its loop as it was)."""
    heads, other, this = wordset("anaphoric_force_head"), wordset("other_force_adjective"), wordset("demonstrative")
    out = []
    for k, (a, b, w) in enumerate(toks):
        bare = w[1:] if w[:1] in _WA and (w[1:] in heads or _AL + w[1:] in heads) else w
        if k in taken or (k and toks[k - 1][2] in this):
            continue
        if bare in heads and not (k + 1 < len(toks) and toks[k + 1][2].startswith(_AL)):
            out.append((a + len(w) - len(bare), b, actors.strip_article(bare)))
        elif _AL + bare in heads and k + 1 < len(toks) and toks[k + 1][2] in other:
            out.append((a + len(w) - len(bare), b, bare))
    return out


def _old_liberation(toks, taken):
    """The scan of every word that _liberation_groups made before (no day: before the fall of Damascus)."""
    out = []
    for i in range(len(toks) - 2):
        if i in taken or toks[i + 1][2] not in LIBERATION_NOUN:
            continue
        w = toks[i][2]
        if w in LIBERATION_HEADS or (len(w) > 3 and w.startswith(CONJUNCTION) and w[1:] in LIBERATION_HEADS):
            out.append((toks[i][0], toks[i + 2][1], {"id": "", **actors._side_attrs("opposition", None)}))
    return out


def _triples():
    return [spans(tokenize(s, 0, len(s))) for s in SENTENCES]


def test_bare_forces_as_the_full_scan():
    found = 0
    for toks in _triples():
        for taken in (set(), {0, 1}, set(range(len(toks)))):
            assert _bare_forces(toks, taken) == _old_bare_forces(toks, taken)
        found += len(_bare_forces(toks, set()))
    assert found >= 3  # "القوات" (twice), "وحدات أخرى"; not "القوات المهاجمة" nor "هذه القوات"


def test_liberation_groups_as_the_full_scan():
    found = 0
    for toks in _triples():
        for taken in (set(), {0}):
            assert _liberation_groups(toks, taken, None) == _old_liberation(toks, taken)
        found += len(_liberation_groups(toks, set(), None))
    assert found == 2  # "حركة تحرير حمص"، "كتائب تحرير حماة"; not "جبهة تحرير" at the end, nor "تحرير" first


def test_construct_epithet_read_through_its_role():
    text = "شن مرتزقة داعش هجوماً على قرية في ريف دير الزور. وأضاف المصدر أن المرتزقة فجروا عربة مفخخة."
    art = analyze(Article(id="speed20", raw=text, text=text, published="2019-05-02"))
    rules = [m.rule for m in art.mentions if m.kind == "actor"]
    assert "coref:construct-epithet" in rules
