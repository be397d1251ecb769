"""The substring gate before each date pattern (read/dates._finditer) skips only texts the pattern
cannot match: on texts built from every month, weekday, relative expression and lead word of the data
files, and on sentences with none, it finds exactly what the pattern finds."""
from __future__ import annotations

import pytest

from tawatur.clean.normalize import fold_text
from tawatur.read import dates as D
from tawatur.read.wordsets import wordlist


def _texts() -> list[str]:
    t = D._tables()
    out = []
    for m in t["months"]:
        out += [f"في 12 {m} 2019 قصفت الطائرات", f"منتصف {m} الماضي", f"خلال {m} 2018", f"و{m}"]
    for w in t["weekdays"]:
        out += [f"يوم {w} الماضي", f"صباح {w}، 3 {next(iter(t['months']))}"]
    for r in t["relative"]:
        out += [f"وقال {r} إن", f"{r} {next(iter(t['weekdays']))}"]
    for f in t["feasts"]:  # (task dates20)
        out += [f"في {f} قصفت", f"و{f}", f"{f} المقبل"]
    for name in ("previous_day", "same_month", "same_year"):  # (task dates20)
        out += [f"وفي {w} قصفت" for w in wordlist(name)]
    for name in ("year_lead", "operation_day_noun", "next_day", "same_day"):
        for w in wordlist(name):
            out += [f"{w} 2017", f"في {w} الثالث من العملية", f"{w} العاشر لعملية"]
    out += ["عادت الأسر إلى الحي في الخامس من الشهر الجاري", "وفي 9 الحالي قصفت", "بدأ الإضراب يوم 4/6 الماضي", "وفي مثل هذا اليوم من عام 2012 خرجت", "في 11 رمضان 1446 هـ",
            "دخلت القوات البلدة بعد معارك عنيفة", "نزح السكان نحو الشمال", "10/11/2019 و2019-11-10", "",
            "وفي 12 منه قصفت", "ففي الخامس منه قصفت", "في العاشر من الشهر ذاته", "في 3 من نفس الشهر"]  # (task misread26)
    return [fold_text(x) for x in out]


@pytest.mark.parametrize("kind", sorted(D._patterns()))
def test_gate_finds_what_the_pattern_finds(kind: str) -> None:
    pattern = D._patterns()[kind]
    found = 0
    for text in _texts():
        want = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in D._finditer(kind, text)] == want, text
        found += bool(want)
    assert found or kind in ("opday", "next", "same"), f"no text exercises {kind}"


def test_gate_skips_a_text_without_the_words() -> None:
    text = fold_text("دخلت القوات البلدة بعد معارك عنيفة")
    assert list(D._finditer("mon", text)) == []
    assert all(not any(w in text for w in D._literals()[k]) for k in ("mon", "weekday", "year"))


def test_literals_cover_every_member() -> None:
    """A member missing from the gate's words would make the gate skip a text the pattern matches."""
    t = D._tables()
    lit = D._literals()
    for kind, forms in (("mon", t["months"]), ("weekday", t["weekdays"]), ("rel", t["relative"]),
                        ("year", wordlist("year_lead")), ("next", wordlist("next_day"))):
        for f in forms:
            assert any(f.startswith(w) for w in lit[kind]), (kind, f)


def test_gate_mask_reads_words_as_the_substring_test_does() -> None:
    """The mask is built word by word and remembered by word; it must say exactly what testing each
    gate word against the whole text says, also when a gate word sits inside a longer word with its
    clitics ("وبالأمس") or a sentence repeats a word already remembered."""
    extra = [fold_text(x) for x in ("وبالأمس قصفت الطائرات الحي", "صباحاً، وفي المساء", "عاد النازحون الى قراهم",
                                    "وبالأمس قصفت الطائرات الحي")]
    bits = D._kind_bits()
    for text in _texts() + extra:
        mask = D.gate_mask(text)
        for kind, words in D._literals().items():
            assert bool(mask & bits[kind]) == any(w in text for w in words), (kind, text)


def test_kinds_of_a_word_are_those_whose_words_it_holds() -> None:
    """``_kinds_in`` reads a word's substrings: it gives the kinds one of whose gate words the word holds,
    as testing each gate word against it does (a word holding several, one holding none, a gate word
    with clitics on both sides, a word shorter than every gate word)."""
    bits = D._kind_bits()
    words = [fold_text(w) for w in ("وفي", "الأحد", "بالأمس", "يومين", "حزيران", "وكانون", "لعملية", "الماضي",
                                    "القوات", "دخلت", "و", "", "2019", "نيسانيوم")]
    words += [f"و{w}ها" for ws in D._literals().values() for w in ws]
    for word in words:
        want = 0
        for kind, ws in D._literals().items():
            if any(w in word for w in ws):
                want |= bits[kind]
        assert D._kinds_in(word) == want, word
    assert D._kinds_in(fold_text("القوات")) == 0


def test_gate_mask_says_whether_the_text_holds_a_digit() -> None:
    # read_dates reads "does the sentence hold a digit" off the gate's runs, not by a search of its own
    for text in ("قصفت الطائرات البلدة يوم 12 آذار", "سقطت قذائف على الحي", "في ٣ نيسان", "العام 2019م",
                 "بلا أرقام، ولا تواريخ."):
        assert bool(D.gate_mask(text) & D.DIGIT_BIT) == bool(D._DIGIT.search(text)), text
    assert D.DIGIT_BIT > max(D._kind_bits().values())
