"""Number reader: digits, words, vague counts, duals, qualifiers, units and non-counts."""
from __future__ import annotations

from tawatur.clean.segment import segment
from tawatur.model import Article
from tawatur.read.dates import read_dates
from tawatur.read.numbers import read_numbers


def _numbers(text: str) -> dict[str, dict]:
    art = read_numbers(read_dates(segment(Article(id="t", raw=text, text=text, published="2024-12-07"))))
    for m in art.mentions_of("number"):
        assert text[m.start:m.end] == m.text
    return {m.text: m.attrs for m in art.mentions_of("number")}


def test_digits_with_qualifier_and_unit() -> None:
    got = _numbers("سقط نحو 150 قتيلاً في القصف.")
    m = got["نحو 150 قتيلاً"]
    assert (m["value"], m["approx"], m["qualifier"], m["unit_kind"]) == (150, True, "نحو", "killed")


def test_indic_digits_and_long_qualifier() -> None:
    got = _numbers("شنت الطائرات ما لا يقل عن ٤٠ غارة.")
    assert got["ما لا يقل عن ٤٠ غارة"]["value"] == 40


def test_vague_counts_keep_their_word() -> None:
    got = _numbers("أصيب عشرات المدنيين ونزحت مئات العائلات.")
    assert got["عشرات المدنيين"]["value"] is None
    assert got["عشرات المدنيين"]["text_value"] == "عشرات"
    assert got["مئات العائلات"]["unit"] == "family"


def test_dual_and_number_word() -> None:
    got = _numbers("قتل عنصران وأطلقت خمسة صواريخ.")
    assert got["عنصران"]["value"] == 2
    assert got["خمسة صواريخ"]["value"] == 5


def test_distance_and_places() -> None:
    got = _numbers("باتت القوات على بعد 15 كيلومتراً من المدينة بعد السيطرة على 9 قرى.")
    assert got["15 كيلومتراً"]["unit_kind"] == "distance"
    assert got["9 قرى"]["unit_kind"] == "places"


def test_unit_names_years_and_dates_are_not_counts() -> None:
    got = _numbers("سيطرت الفصائل على اللواء 44 في 3 من آذار 2019 كما في عام 2018.")
    assert got == {}


def test_compound_number_words_read_as_one_count() -> None:
    got = _numbers("قتل ثلاثة عشر مدنياً وأصيب خمسة وعشرون شخصاً ونزحت مئتين وخمسين عائلة.")
    assert got["ثلاثة عشر مدنياً"]["value"] == 13
    assert got["خمسة وعشرون شخصاً"]["value"] == 25
    assert got["مئتين وخمسين عائلة"]["value"] == 250


def test_eleven_and_twelve_are_one_phrase() -> None:
    got = _numbers("قتل أحد عشر جندياً وأسر اثنا عشر عنصراً.")
    assert got["أحد عشر جندياً"]["value"] == 11
    assert got["اثنا عشر عنصراً"]["value"] == 12


def test_two_numbers_joined_by_and_stay_two() -> None:
    got = _numbers("تراوح عدد الجرحى بين ثلاثة وخمسة، وقتل خمسة مدنيين وثلاثة عناصر.")
    assert got["ثلاثة"]["value"] == 3 and got["خمسة"]["value"] == 5
    assert got["خمسة مدنيين"]["value"] == 5 and got["ثلاثة عناصر"]["value"] == 3
