"""Task speed18 (issue 13): a new word's roles are read from two lists made at registration, the roles the
shared first-word mask answers and the roles whose test answers. Each role's bit must still be its own
test's answer, for the readers' real roles (three of them mask roles) and for every word of our sentences."""
from tawatur.clean import tokens
from tawatur.clean.tokens import _word_roles, spans, tokenize
from tawatur.model import Article
from tawatur.pipeline import analyze

SENTENCES = (
    "وقال مصدر في الدفاع المدني لوكالة الأنباء إن الطائرات قصفت بلدة كفرنبل بريف إدلب الجنوبي",
    "أفاد ناشطون بأن عناصر من الفرقة الرابعة انتشروا في حي الميدان بدمشق صباح الأحد",
    "وأعلنت هيئة تحرير الشام سيطرتها على ثلاث قرى قرب معرة النعمان، بحسب مراسلنا",
    "ونقلت صحيفة محلية عن قائد في قوات سوريا الديمقراطية قوله إن 12 مقاتلاً قتلوا",
)


def test_every_role_bit_is_its_test():
    text = "\n".join(SENTENCES)
    analyze(Article(id="speed18", raw=text, text=text, published="2024-03-10"))  # the readers register roles
    assert tokens._MASK_ROLES and tokens._TEST_ROLES  # both kinds are read
    roles = [(bit, tokens._ROLE_TESTS[bit.bit_length() - 1]) for bit in tokens._ROLE_BITS.values() if bit]
    words = {w for s in SENTENCES for _, _, w in spans(tokenize(s, 0, len(s)))}
    tokens._WORD_ROLES.clear()  # every word read anew through the two lists
    hits = 0
    for w in sorted(words):
        got = _word_roles(w)
        for bit, test in roles:
            assert bool(got & bit) == bool(test(w)), (w, bit)
            hits += bool(got & bit)
    assert hits  # (some word of ours has a role)
