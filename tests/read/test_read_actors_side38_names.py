"""Forces the actor lexicon missed (task side38): the Southern Front of 2014-2018, the Central Operations Room in
the South of 2018, the Republican Guard, the PYD, the army's auxiliaries ("القوات الرديفة") and the General
Intelligence Service are named actors with their side of the period; after the fall of
Damascus the Republican Guard's men are the former army's remnants (eval/GUIDELINES.md, Sides). A loss such a
force denies is its adversary's take_control, not its own. A front line named "الجبهة الجنوبية" of a town is no
actor. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tawatur.model import Article
from tawatur.pipeline import analyze


def _sides(text: str, day: str) -> list[str]:
    art = analyze(Article(id="s38", raw="أخبار\n\n" + text, published=day))
    return [e.actor.side for e in art.events]


@pytest.mark.parametrize("text,day,side", [
    ("وقالت الجبهة الجنوبية إن مقاتليها دخلوا بلدة نصيب فجر اليوم.", "2015-04-02", "opposition"),
    ("وأعلنت غرفة العمليات المركزية في الجنوب أن مقاتليها استعادوا بلدة المليحة الغربية.", "2018-06-28",
     "opposition"),
    ("وشنت وحدات من الحرس الجمهوري هجوماً معاكساً على حي جوبر.", "2016-09-14", "government"),
    ("وسيطرت وحدات حزب الاتحاد الديمقراطي على قرية تل أبيض.", "2014-10-11", "sdf"),
    ("ودخلت القوات الرديفة بلدة تل ملح فجر اليوم.", "2016-03-11", "government"),
    ("وداهم عناصر من جهاز الاستخبارات العامة مستودعاً للأسلحة في بلدة القرداحة.", "2025-08-11", "government"),
])
def test_a_named_force_takes_its_side(text, day, side):
    assert _sides(text, day) == [side]


@pytest.mark.parametrize("text,day", [
    ("نفى ناطق باسم الجبهة الجنوبية في تصريح لوكالة أجنبية خسارة مدينة الشيخ مسكين بالكامل.", "2015-06-11"),
    ("قيادي في غرفة العمليات المركزية بالجنوب ينفي سقوط بلدة الحراك.", "2018-06-28"),
])
def test_a_loss_the_holder_denies_is_its_adversarys(text, day):
    assert _sides(text, day) == ["government"]


def test_a_front_line_is_no_actor():
    assert _sides("وتقدمت قوات النظام على الجبهة الجنوبية لمدينة داريا.", "2016-09-14") == ["government"]
