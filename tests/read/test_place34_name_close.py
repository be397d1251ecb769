"""A village's two-word name closed by a near adjective or a time word (task place34): "بلدة X Y القريبة" keeps Y as
it kept it before "المجاورة"; "قرى ... وX Y منذ الصباح" closes the last member's name before the time phrase. The
near adjective right after a one-word name, the time word right after the first word, and an emphatic quantifier
with its pronoun ("جميعهم") are no part of any name. Our own texts."""
from __future__ import annotations

from tawatur.clean.segment import segment
from tawatur.model import Article
from tawatur.read.places import read_places


def _places(text: str) -> list[str]:
    """The text of every place mention of ``text``."""
    art = read_places(segment(Article(id="place34", raw=text)))
    return [m.text for m in art.mentions_of("place")]


def test_a_near_adjective_closes_a_two_word_name() -> None:
    assert "قوقفين التركمان" in _places("وقصفت الطائرات الحربية قرية قوقفين التركمان القريبة.")
    assert "رسم العيس" in _places("ونزحت عشرات العائلات من قرية رسم العيس المحاذية للطريق.")


def test_a_near_adjective_after_a_one_word_name_is_no_part_of_it() -> None:
    got = _places("وقصفت الطائرات الحربية قرية قوقفين القريبة.")
    assert "قوقفين" in got and not any("القريبة" in p for p in got)


def test_a_time_phrase_closes_a_list_member_and_a_single_name() -> None:
    assert "زاما حنيفة" in _places("ودخلت أرتال الأمن العام قرى الحميدية وبيت ياشوط وزاما حنيفة منذ ساعات الصباح.")
    assert "كوران شيخ" in _places("وقصفت المدفعية التركية قرية كوران شيخ منذ منتصف الليل.")
    assert "زور مغار" in _places("وتحاصر الفصائل بلدة زور مغار خلال الأيام الأخيرة.")


def test_a_time_word_after_the_first_word_or_a_quantifier_is_no_second_word() -> None:
    got = _places("وقصفت المدفعية التركية قرية كوران منذ منتصف الليل.")
    assert "كوران" in got and not any("منذ" in p for p in got)
    got = _places("ونزح سكان قرية شعيرة جميعهم منذ الصيف.")
    assert "شعيرة" in got and not any("جميعهم" in p for p in got)
