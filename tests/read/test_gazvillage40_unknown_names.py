"""A village or crossing the gazetteer lacks, named after its cue (task gazvillage40): the whole name is kept. A
belonging, near or "located" adjective after a one-word name says where the place lies and is no word of it; a
definite second word is the rest of the name when "و" on a verb or on the next place's cue opens what follows; a
given name after a name head ("عرب"، "تل") is the second word of a village named after a person; under "معبر" an
unknown two-word name closes at a locator or at an adjective of the crossing, as a village's does, and so does a hill's
under "تلة". Our own texts."""
from __future__ import annotations

from tawatur.clean.segment import segment
from tawatur.model import Article
from tawatur.read.places import read_places


def _places(text: str) -> list[str]:
    """The text of every place mention of ``text``."""
    art = read_places(segment(Article(id="gazvillage40", raw=text)))
    return [m.text for m in art.mentions_of("place")]


def test_an_adjective_of_where_it_lies_is_no_second_word() -> None:
    got = _places("وقصفت المدفعية قرية حمام التابعة لناحية جنديرس صباح اليوم.")
    assert "حمام" in got and not any("التابعة" in p for p in got)
    got = _places("وسقطت قذائف على قرية عين القريبة من الحدود.")
    assert not any("القريبة" in p for p in got)


def test_a_new_clause_after_a_definite_second_word_closes_the_name() -> None:
    assert "معرسة الخان" in _places("واقتحمت قوات النظام قرية معرسة الخان وانسحبت منها بعد ساعات.")
    got = _places("ودخلت القوات قرية معرسة الخان وقرية تل جبين دون قتال.")
    assert "معرسة الخان" in got


def test_an_adjective_of_the_village_before_a_new_clause_stays_out_of_its_name() -> None:
    got = _places("وقصفت المدفعية قرية شوارغة المحاصرة وقتلت ثلاثة مدنيين.")
    assert "شوارغة" in got and not any("المحاصرة" in p for p in got)


def test_a_given_name_after_a_name_head_is_the_second_word() -> None:
    assert "عرب حسن" in _places("وعاد عشرات النازحين إلى قرية عرب حسن قرب منبج.")
    assert "عرب حسن" in _places("وقصفت المدفعية التركية قرية عرب حسن صباح اليوم.")
    got = _places("وقصفت المدفعية التركية قريتي عون الدادات وعرب حسن صباح اليوم.")
    assert "عون الدادات" in got and "عرب حسن" in got


def test_a_crossing_named_by_two_unknown_words_closes_at_a_locator_or_an_adjective() -> None:
    assert "مرشد بينار" in _places("ووصل مئات النازحين إلى معبر مرشد بينار قرب الحدود التركية.")
    assert "مرشد بينار" in _places("وسيطرت الفصائل على معبر مرشد بينار الحدودي بعد اشتباكات قصيرة.")


def test_a_crossing_s_one_word_name_keeps_what_follows_out() -> None:
    got = _places("وأغلقت السلطات معبر كسب صباح اليوم أمام المسافرين.")
    assert not any("صباح" in p for p in got)


def test_a_hill_named_by_two_unknown_words_closes_at_a_locator_or_an_adjective() -> None:
    assert "مشتى نور" in _places("وانسحب مقاتلو داعش من تلة مشتى نور الاستراتيجية جنوب عين العرب.")
    # near a town it stays the town's named site, as before ("تلة مشتى نور في عين العرب")
    assert any("مشتى نور" in p for p in _places("وسيطرت وحدات حماية الشعب على تلة مشتى نور قرب عين العرب."))
    got = _places("وقصفت المدفعية تلة سيرياتل صباح اليوم.")
    assert not any("صباح" in p for p in got)


def test_the_preposition_after_a_name_head_is_no_given_name() -> None:
    got = _places("وتصدى المقاتلون لتقدم الجيش التركي نحو قرية حمام على محور جنديرس.")
    assert "حمام" in got and not any("على" in p for p in got)
    assert "تل علي" in _places("وقصفت المدفعية قرية تل علي صباح اليوم.")
