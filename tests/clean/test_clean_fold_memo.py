"""fold_text remembers the fold of short texts (issue 13): the same answer as folding anew, and long texts
are not kept."""
from tawatur.clean import normalize
from tawatur.clean.normalize import fold_text


def test_remembered_fold_is_the_fold():
    for text in ("مدينة إدلب", "قرية الشيخ مسكين", "أعلنت", "الرقة"):
        first = fold_text(text)
        assert fold_text(text) == first
        normalize._FOLDED.clear()
        assert fold_text(text) == first


def test_long_texts_are_not_kept():
    text = "قصفت الطائرات مواقع في ريف إدلب الجنوبي " * 5
    fold_text(text)
    assert text not in normalize._FOLDED
    short = "بلدة أريحا"
    fold_text(short)
    assert short in normalize._FOLDED
