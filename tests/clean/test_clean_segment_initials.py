"""A name's initial or a title's abbreviation ("سامر ع. في"، "د. وائل") does not end a sentence (task probe8a);
an era letter after a number ("عام 2012 م.") and a one-letter word at a line's end still do."""
from __future__ import annotations

from tawatur.clean.segment import _split_line


def parts(line: str) -> list[str]:
    return [line[a:b] for a, b in _split_line(line)]


def test_an_initial_inside_a_sentence_is_no_stop() -> None:
    assert parts("اعتقلت الشرطة المدعو سامر ع. في بلدة الكسوة. ثم أفرجت عنه.") == [
        "اعتقلت الشرطة المدعو سامر ع. في بلدة الكسوة.", "ثم أفرجت عنه."]
    assert len(parts("وقال د. وائل إن القصف توقف.")) == 1


def test_an_era_letter_after_a_number_still_ends_the_sentence() -> None:
    assert len(parts("وقعت المجزرة عام 2012 م. ثم فر الأهالي.")) == 2


def test_a_family_initial_after_a_first_name_is_no_stop() -> None:
    """"قال الناشط خالد. م إن ..."، "(ع. س)": a byline's or a speaker's initials (task left25)."""
    assert parts("قال الناشط خالد. م إن الجيش انتشر في بلدة إنخل. ثم انسحب.") == [
        "قال الناشط خالد. م إن الجيش انتشر في بلدة إنخل.", "ثم انسحب."]
    assert len(parts("درعا – (ع. س) – قصفت المدفعية بلدة اليادودة.")) == 1


def test_a_loose_waw_after_a_stop_still_opens_a_sentence() -> None:
    assert len(parts("دخل الجيش البلدة. و انتشر في أحيائها.")) == 2
