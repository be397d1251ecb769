"""A bare forces noun that points back (task sides18): "وسيطرت القوات" after "قوات النظام", "ودخلت وحدات أخرى"
after "وحدات الجيش", another party told between them, is the force named with that noun (read/actors.py
_bare_forces), not the side of the last clause. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tawatur.model import Article
from tawatur.pipeline import analyze

HEAD = "أخبار المحافظات\n\n"


def _analyzed(text: str, day: str) -> Article:
    return analyze(Article(id="a", raw=HEAD + text, published=day))


def _sides(text: str, day: str) -> set[tuple[str, str, str]]:
    return {(e.type, e.place.name if e.place else "", e.actor.side) for e in _analyzed(text, day).events}


@pytest.mark.parametrize("text,day,etype,place,side", [
    ("وقالت فصائل المعارضة إن مقاتليها صدوا هجوماً لقوات النظام على بلدة خان طومان. وسيطرت القوات مساء أمس على "
     "قرية الحاضر.", "2016-02-04", "take_control", "الحاضر", "government"),
    ("أحكمت وحدات الجيش السوري سيطرتها على بلدة عسال الورد بعد معارك مع مسلحي جبهة النصرة. ودخلت وحدات أخرى "
     "بلدة الجبة المجاورة.", "2014-04-02", "enter", "الجبة", "government"),
    ("وقالت القوات التركية إن مقاتلي قسد انسحبوا من قرية الدادات. وتقدمت القوات صباح اليوم نحو قرية عون "
     "الدادات.", "2018-03-20", "advance", "عون", "turkey"),
])
def test_a_bare_forces_noun_is_the_force_named_with_it(text, day, etype, place, side):
    got = _sides(text, day)
    assert any(t == etype and place in p and s == side for t, p, s in got), got


def test_the_bare_noun_is_a_coreferent_mention():
    art = _analyzed("وقالت فصائل المعارضة إن قوات النظام قصفت بلدة الحاضر. وسيطرت القوات على قرية العيس.", "2016-02-04")
    got = [(m.text, m.attrs.get("side"), m.rule) for m in art.mentions if m.kind == "actor" and m.text == "القوات"]
    assert got == [("القوات", "government", "coref:bare-force")], got


def test_a_bare_noun_with_no_force_named_with_it_names_none():
    art = _analyzed("وقالت فصائل المعارضة إن مقاتليها صدوا هجوما على بلدة الحاضر. وتقدمت القوات نحو قرية العيس.",
                    "2016-02-04")
    assert not [m for m in art.mentions if m.kind == "actor" and m.rule == "coref:bare-force"]


def test_a_bare_noun_described_by_an_adjective_is_no_reference_back():
    art = _analyzed("وقالت قوات المعارضة إن المعارك مستمرة في بلدة الحاضر مع قصف عنيف من القوات المهاجمة.", "2016-02-04")
    assert not [m for m in art.mentions if m.kind == "actor" and m.rule == "coref:bare-force"]


def test_a_bare_forces_noun_is_no_group_whose_name_starts_with_it():
    art = _analyzed("دخلت وحدات من الجيش السوري بلدة مسكنة بعد انسحاب مقاتلي قوات سوريا الديمقراطية منها. ونقلت "
                    "الوكالة عن مصدر عسكري أن القوات بسطت سيطرتها على البلدة.", "2026-01-20")
    assert not [m for m in art.mentions if m.kind == "actor" and m.rule == "coref:bare-force"]
