"""The place scanner stops only at the tokens of its roles in the token table (issue 13): not inert for
the gazetteer, or right after a naming verb; it finds what a scan of every token finds."""
from tawatur.clean.normalize import fold
from tawatur.clean.tokens import spans, tokenize
from tawatur.read.gazetteer import Gazetteer
from tawatur.read.places import _scan_starts, _SentenceScanner

SENTENCES = (
    "سيطرت قوات النظام على بلدة كفرنبل في ريف إدلب الجنوبي بعد معارك مع الفصائل",
    "وقتل شاب يدعى حلب الأحمد برصاص قناص في حي الشيخ مقصود بمدينة حلب",
    "وانسحب المقاتلون من قرى الشولا وعياش باتجاه دير الزور",
)


def _found(text: str, with_starts: bool):
    gaz = Gazetteer.default()
    toks = spans(tokenize(text, 0, len(text)))
    sc = _SentenceScanner(gaz, fold(text), toks, _scan_starts(toks, gaz) if with_starts else None)
    sc.scan()
    return [(it.ti, it.tj, it.key, it.role, [c.id for c in it.candidates]) for it in sc.found]


def test_scan_from_the_table_finds_what_a_full_scan_finds():
    for text in SENTENCES:
        assert _found(text, True) == _found(text, False)
        assert _found(text, True)


def test_after_a_naming_verb_is_a_start():
    text = SENTENCES[1]
    toks = spans(tokenize(text, 0, len(text)))
    k = [w for _, _, w in toks].index("يدعي")  # (folded: ى is ي)
    assert k + 1 in _scan_starts(toks, Gazetteer.default())
