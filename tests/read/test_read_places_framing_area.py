"""A framing area between a plural cue and its intro word (issue 12, task names2): "عدة أحياء في شرق
المدينة، بينها X وY" announces X and Y as the cue's members, names the Kurdish or unknown ones too, and the
framing area is no member. Sentences written for these tests."""
from __future__ import annotations

from tawatur.clean.segment import segment
from tawatur.model import Article
from tawatur.read.places import read_places


def texts(text: str) -> list[str]:
    return [m.text for m in read_places(segment(Article(id="t", raw=text))).mentions_of("place")]


def test_members_after_a_framing_area_are_read_as_the_cue_members():
    got = texts("وسيطرت الفصائل على قرى عدة في ريف حماة، منها معركبة وتل شمرين.")
    assert "معركبة" in got and "تل شمرين" in got
    assert "ريف حماة" not in got


def test_a_direction_after_the_framing_area():
    got = texts("وقصفت الطائرات قرى في ريف حلب الغربي، بينها كفرناها وخان سلوم.")
    assert "كفرناها" in got and "خان سلوم" in got


def test_no_intro_word_keeps_the_area():
    got = texts("وقصفت الطائرات قرى في ريف إدلب، ودمرت منازل.")
    assert "ريف إدلب" in got
