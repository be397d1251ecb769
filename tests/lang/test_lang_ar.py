"""The Arabic pack: lemma forms generated from the affix tables, read back through clitics."""
from __future__ import annotations

import pytest

from tawatur.clean.normalize import fold_text
from tawatur.lang.ar import accepts, analyses, clitic_forms, lemma_forms, lemmas

# one line a lemma: the key, then forms (with clitics) it must accept
INFLECTIONS = {
    "استولى": "استولى استولت استولوا يستولون تستولي الاستيلاء واستيلائهم باستيلائها استولينا سيستولي",
    "سيطر": "سيطر سيطرت سيطروا سيطروها تسيطر يسيطرون سيسيطرون للسيطرة وسيطرتها بسيطرته المسيطرة",
    "انسحب": "انسحب انسحبت انسحبوا ينسحبون لينسحب الانسحاب انسحابهم وانسحابات المنسحبين منسحبة",
    "غادر": "غادر غادروا غادرت يغادرون مغادرة المغادرة ومغادرته",
    "أخلى": "أخلت أخلوا يخلون تخلي إخلاء الإخلاء وإخلائها",
    "انشق": "انشق انشقت انشقوا ينشقون الانشقاق انشقاقه المنشقين للانشقاق",
    "استعاد": "استعاد استعادت استعادوا يستعيد تستعيد استعادة واستعادتها",
    "أجلى": "أجلت أجلوا أجلاهم يجلون إجلاء",  # a defective perfect ends in ا before an object
    "هاجم": "هاجمتموهم المهاجمات المهاجمتين",
    "نفى": "نفى نفت نفوا ينفي تنفي ينفون نفيه ونفيها",
    "حاصر": "حوصرت وحوصروا يحاصرون المحاصرة",  # the passive perfect (حوصرت) is listed in verbs.tsv  # تم takes و before an object; a participle's feminine
}


@pytest.mark.parametrize(("key", "words"), INFLECTIONS.items())
def test_every_inflection_is_read(key: str, words: str) -> None:
    missed = [w for w in words.split() if not accepts(w, key)]
    assert not missed


@pytest.mark.parametrize("word", [
    "السيطرتها",  # the article never stands with a possessive
    "سالانسحاب",  # the future س is for verbs
    "بسيطروا",  # a preposition is for nouns
    "ستولت",  # a letter short
    "وقت", "بصرى", "سطر",  # other words
    "أجل", "تستعد", "يخل",  # a weak verb's jussive is left out: من أجل, تستعد "prepares", يخل "breaches"
])
def test_what_is_not_a_form(word: str) -> None:
    assert not analyses(fold_text(word))


def test_parts_of_speech() -> None:
    assert analyses(fold_text("انسحابهم")) == {"انسحب", "انسحب/n"}
    assert analyses(fold_text("ينسحبون")) == {"انسحب", "انسحب/v"}


def test_forms_are_generated_not_listed() -> None:
    # verbs.tsv lists one perfect, one imperfect and the verbal nouns: the rest comes from the affix tables
    forms = lemma_forms(fold_text("استهدف"))
    assert len(forms) > 150
    assert "استهدفوا" in forms and "يستهدفونها" in forms and "استهدافهم" in forms
    assert forms["استهدافهم"] == {"np"}


def test_every_lemma_generates_its_own_key() -> None:
    for key in lemmas():
        assert key in lemma_forms(key)
        assert key in analyses(key)


# clitic analyses checked against known words and gazetteer names
@pytest.mark.parametrize(("word", "forms"), [
    ("بصرى", ["بصري"]),  # a town: not ب + صرى
    ("وبصرى", ["وبصري", "بصري"]),  # و + the town, never و + ب + صرى
    ("وقت", ["وقت"]),  # a word: not و + قت
    ("كفر", ["كفر"]),  # كفر of a village name is not ك + فر ("fled")
    ("بحمص", ["بحمص", "حمص"]),  # an unknown whole word keeps its preposition reading
    ("وبالقصف", ["وبالقصف", "بالقصف", "القصف", "قصف"]),
    ("بالرستن", ["بالرستن", "الرستن", "رستن"]),  # the article is always a clitic
])
def test_clitic_analyses_are_checked(word: str, forms: list[str]) -> None:
    assert list(clitic_forms(fold_text(word))) == forms


def test_tokens_carry_the_checked_analyses() -> None:
    from tawatur.extract.patterns import tokenize
    s = "وصلت القافلة إلى بصرى في وقت متأخر"
    toks = tokenize(s, 0, len(s))
    assert toks[3].forms == ["بصري"] and toks[5].forms == ["وقت"]


def test_analyses_try_only_the_proclitics_of_the_first_letter() -> None:
    """A word is tried against the proclitics its first letter may begin (and the empty one); every
    other proclitic's test is false, so the readings are those of trying them all."""
    from tawatur.lang.ar import _proclitics, _table

    def every(word: str) -> frozenset[str]:
        out: set[str] = set()
        for pre, allowed in _proclitics():
            if word.startswith(pre) and len(word) - len(pre) >= 2:
                for key, reading in _table().get(word[len(pre):], ()):
                    if reading in allowed:
                        out |= {key, f"{key}/{'n' if reading in ('n', 'np') else 'v'}"}
        return frozenset(out)

    words = [fold_text(w) for w in ("وسيطرت", "فسيطروا", "والسيطرة", "بالسيطرة", "للسيطرة", "سيسيطرون",
                                    "وبالقصف", "كالقصف", "لقصف", "قصفت", "انسحب", "وانسحبت", "مدينة", "و")]
    some = [w for w in words if analyses(w)]
    assert len(some) >= 8  # the words above are read, most of them
    for word in words:
        assert analyses(word) == every(word), word
