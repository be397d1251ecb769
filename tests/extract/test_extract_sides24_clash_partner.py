"""Task sides24: a clash whose one named party stands after مع: "اشتباكات عنيفة مع مقاتلي المعارضة"، "معارك ضارية
مع الإرهابيين" names the party the doer fought, never the doer. The doer is the force the sentence names as having
suffered in it ("قتل خمسة من مقاتلي Y في اشتباكات مع X": Y, the first-named party), else the unnamed subject the
context gives, or X's adversary (extract/sides.py ``_with_partner``, ``_other_than_partner``, note
``side:not-the-partner``). Sentences written for these tests."""
from __future__ import annotations

import pytest

from tawatur.model import Article
from tawatur.pipeline import analyze


def _attacks(text: str, day: str) -> list[tuple[str, str]]:
    art = analyze(Article(id="a", raw="أخبار\n\n" + text, published=day))
    return [(e.actor.side, e.rule.rsplit(" ", 1)[-1]) for e in art.events if e.type == "attack"]


@pytest.mark.parametrize("text,day,side", [
    ("ودارت اشتباكات عنيفة مع مقاتلي المعارضة في قرية الحماميات.", "2019-05-10", "government"),
    ("وقالت مصادر إن المعارك تجددت صباح اليوم مع فصائل المعارضة في بلدة كفرنبودة.", "2019-05-10", "government"),
    ("وأكد المصدر أن الوحدات تخوض منذ الفجر معارك ضارية مع الإرهابيين في قرية الراموسة.", "2016-08-20",
     "government"),
    ("قتل خمسة من مقاتلي وحدات حماية الشعب في اشتباكات مع تنظيم الدولة قرب بلدة تل تمر.", "2015-03-02", "sdf"),
    ("قتل ثلاثة من عناصر الجيش الحر في مواجهات مع قوات النظام داخل حي جوبر.", "2014-06-03", "opposition"),
    ("قتل عنصر من حرس الحدود السوري في اشتباك مع مجموعة من المهربين قرب بلدة القصير.", "2025-05-01", "government"),
    ("ووثقت الشبكة مقتل أربعة من مقاتلي العشائر في اشتباك مع عناصر قسد قرب بلدة ذيبان.", "2025-06-01", "unknown"),
])
def test_the_party_after_with_is_not_the_doer(text, day, side):
    assert _attacks(text, day) == [(side, "side:not-the-partner")]


@pytest.mark.parametrize("text,day,side", [
    ("ودارت اشتباكات عنيفة بين مقاتلي المعارضة وقوات النظام في قرية الحماميات.", "2019-05-10", "opposition"),
    ("قتل خمسة من مقاتلي وحدات حماية الشعب في هجوم لتنظيم الدولة قرب بلدة تل تمر.", "2015-03-02", "isis"),
    ("قتل عنصر من حرس الحدود السوري بهجوم شنه مهربون على نقطة قرب بلدة القصير.", "2025-05-01", "unknown"),
    ("وقالت مصادر إن فصائل المعارضة خاضت معارك عنيفة مع قوات النظام في بلدة كفرنبودة.", "2019-05-10",
     "opposition"),
])
def test_twins_a_pair_after_between_an_attack_of_x_a_named_subject(text, day, side):
    assert [s for s, _ in _attacks(text, day)] == [side]


def _others(text: str, day: str) -> list[str]:
    art = analyze(Article(id="a", raw="أخبار\n\n" + text, published=day))
    return [e.actor.side for e in art.events if e.type == "other"]


@pytest.mark.parametrize("text,side", [
    ("وقال المصدر إنه تم إلقاء القبض على تسعة مسلحين في بلدة القرداحة.", "government"),
    ("وأوقفت دورية أخرى شخصين يشتبه بتورطهما في السرقة في بلدة السقيلبية.", "government"),
    ("وأعلنت الوزارة القبض على خلية في حي الوعر بمدينة حمص.", "government"),
    ("وجرى اختطاف شابين على الطريق قرب بلدة الصنمين.", "unknown"),
    ("وألقى مسلحون من العشائر القبض على عنصرين في بلدة المزرعة.", "unknown"),
])
def test_an_arrest_with_no_agent_named_is_the_incumbents_after_the_fall(text, side):
    """Only a power that holds the place arrests (triggers.tsv القبض and أوقف rows, flag authority); a
    kidnapping is anyone's, and an arrest by a named local group is its own."""
    assert _others(text, "2025-03-10") == [side]
