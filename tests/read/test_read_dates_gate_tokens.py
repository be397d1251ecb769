"""The dates gate read off the token layer's words (issue 13): the same mask as the text split again."""
from tawatur.clean.normalize import fold_shared
from tawatur.clean.tokens import spans, tokenize
from tawatur.read.dates import DIGIT_BIT, gate_mask

SENTENCES = (
    "وقصفت الطائرات البلدة يوم الثلاثاء الماضي، في 12 آذار 2019",
    "ودخلت القوات المدينة صباح أمس بعد معارك استمرت يومين",
    "وأعلن الجيش في اليوم الثالث من العملية السيطرة على التلة",
    "وعاد الأهالي إلى قراهم مطلع العام الجاري_تقرير",
    "لا تاريخ في هذه الجملة",
)


def test_mask_from_tokens_is_the_mask_from_text():
    for text in SENTENCES:
        folded = fold_shared(text).text
        words = [w for _, _, w in spans(tokenize(text, 0, len(text)))]
        assert gate_mask(folded, words) == gate_mask(folded)


def test_digit_bit_from_tokens():
    text = SENTENCES[0]
    words = [w for _, _, w in spans(tokenize(text, 0, len(text)))]
    assert gate_mask(fold_shared(text).text, words) & DIGIT_BIT
    text = SENTENCES[1]
    words = [w for _, _, w in spans(tokenize(text, 0, len(text)))]
    assert not gate_mask(fold_shared(text).text, words) & DIGIT_BIT
