"""A village's or a town's two-word name the gazetteer lacks (task names24): after the singular cue, an unknown
indefinite word and a second indefinite name-like word are one name when the name closes right after it (a mark, the
sentence's end, an adjective describing the settlement). A time adverb, an emphatic "نفسها", a word written with
tanween, a verb or a locator after the first word is no part of the name. Our own texts."""
from __future__ import annotations

from tawatur.clean.segment import segment
from tawatur.model import Article
from tawatur.read.places import read_places


def _places(text: str) -> list[str]:
    """The text of every place mention of ``text``."""
    art = read_places(segment(Article(id="names24", raw=text)))
    return [m.text for m in art.mentions_of("place")]


def test_the_name_closed_by_the_sentence_end_keeps_both_words() -> None:
    assert "حمرا ضاهر" in _places("ونزحت عشرات العائلات إلى قرية حمرا ضاهر.")


def test_the_name_closed_by_a_comma_keeps_both_words() -> None:
    assert "كوران شيخ" in _places("وقصفت المدفعية التركية أطراف قرية كوران شيخ، دون وقوع إصابات.")


def test_an_adjective_of_the_town_closes_the_name() -> None:
    assert "سيحة منصور" in _places("ولجأ مئات المدنيين إلى بلدة سيحة منصور المجاورة.")
    assert "مرشد بينار" in _places("ولجأ مئات المدنيين إلى بلدة مرشد بينار التركية هرباً من المعارك.")


def test_a_time_adverb_is_no_second_word() -> None:
    got = _places("ونزحت عشرات العائلات إلى قرية حمرا أمس.")
    assert "حمرا" in got and "حمرا أمس" not in got


def test_an_emphatic_pronoun_is_no_second_word() -> None:
    got = _places("وداهمت دورية للأمن الداخلي بلدة نمرين نفسها، واعتقلت شابين.")
    assert "نمرين" in got and "نمرين نفسها" not in got


def test_a_word_with_tanween_is_no_second_word() -> None:
    got = _places("وسيطرت القوات الحكومية على قرية دويرينة مجدداً.")
    assert "دويرينة" in got and "دويرينة مجددا" not in got
    got = _places("وأقام الأهالي في قرية شعيرة تضامناً.")
    assert "شعيرة" in got and not any(p.startswith("شعيرة ت") for p in got)


def test_a_word_after_the_name_that_does_not_close_it_is_left_out() -> None:
    got = _places("وأطلق مجهولون النار على منزل في قرية شعيرة تاركين خلفهم سيارة محترقة.")
    assert "شعيرة" in got and not any(p.startswith("شعيرة ت") for p in got)


def test_a_preposition_with_the_article_is_no_second_word() -> None:
    got = _places("واتهم المجلس المحلي القوات الحكومية بقصف قرية حمرا بالمدفعية، دون إصابات.")
    assert "حمرا" in got and "حمرا بالمدفعية" not in got


def test_a_plural_cue_list_keeps_each_two_word_member() -> None:
    got = _places("واستهدفت المسيرات التركية قرى تل خنزير وحمرا ضاهر وكوران شيخ في ريف القحطانية.")
    assert "حمرا ضاهر" in got and "كوران شيخ" in got


def test_a_plural_cue_list_with_a_time_adverb_keeps_one_word_members() -> None:
    got = _places("واستهدفت المسيرات التركية قرى تل خنزير وحمرا وكوران أمس في ريف القحطانية.")
    assert "كوران" in got and "كوران أمس" not in got


def test_a_definite_second_word_closed_by_an_adjective_of_the_town() -> None:
    assert "مغر الصخر" in _places("وانتزعت الفصائل بلدة مغر الصخر المجاورة بعد معارك عنيفة.")
