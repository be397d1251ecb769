"""Unknown names under one village closed by "بريف X" (task read8; sentences written for these tests)."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def places_of(text: str) -> set[str]:
    art = analyze(Article(id="p8", raw=text, published="2022-11-21"))
    return {m.text for m in art.mentions if m.kind == "place"}


def test_two_unknown_words_closed_by_the_countryside_cue():
    assert "تقل بقل" in places_of("وقصفت المسيرات قرية تقل بقل بريف المالكية مساء أمس.")


def test_a_time_adverb_is_no_second_word_of_the_name():
    got = places_of("وقصفت المدفعية قرية دادات صباحاً بريف منبج.")
    assert "دادات" in got and not any("صباح" in p for p in got)


def test_the_neighbouring_adjective_ends_the_name():
    got = places_of("وأعلنت القيادة اعتقال مطلوبين في قرية الكشمة المجاورة.")
    assert "الكشمة" in got and "الكشمة المجاورة" not in got


def test_a_plural_of_places_after_a_titled_name_is_no_persons_name():
    got = places_of("وسيطرت القوات على جبل الشيخ ومواقع أخرى قرب خط الفصل.")
    assert "جبل الشيخ" in got and not any("مواقع" in p for p in got)


def test_a_named_hill_keeps_its_number():
    assert "تلة المرصد 45" in places_of("وتدور اشتباكات عنيفة على تلة المرصد 45 الاستراتيجية.")
    assert "تلة الحدادة" in places_of("وقصفت الطائرات تلة الحدادة 3 مرات منذ الصباح.")
