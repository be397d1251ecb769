"""A generic soldiers/fighters noun that withdraws, flees, leaves or defects (task sides19): "عناصر الحاجز فروا"،
"خرج مئات المقاتلين"، "من بقي من الجنود انسحبوا" is the adversary of the party that attacks here, not the side
the story follows (extract/sides.py _generic_mover_side, wordset generic_mover_noun); a force named as theirs
after من is their own side. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tawatur.model import Article
from tawatur.pipeline import analyze

HEAD = "أخبار المحافظات\n\n"


def _events(text: str, day: str) -> list:
    return analyze(Article(id="a", raw=HEAD + text, published=day)).events


@pytest.mark.parametrize("text,day,place,side", [
    ("سيطر مقاتلو المعارضة على بلدة التمانعة بعد معارك عنيفة. وقال ناشطون إن عناصر الحاجز فروا من البلدة قبل "
     "وصول المهاجمين.", "2013-05-02", "التمانعة", "government"),
    ("استعادت قوات النظام السيطرة على حي جوبر بعد حملة طويلة، انتهت باتفاق خرج بموجبه مئات المقاتلين من الحي نحو "
     "إدلب.", "2018-03-25", "جوبر", "opposition"),
    ("أعلنت الفصائل سيطرتها على مطار تفتناز العسكري، وأضافت أن من بقي من الجنود انسحبوا من المطار نحو سراقب.",
     "2013-01-11", "تفتناز", "government"),
    ("بسطت قوات الأمن العام سيطرتها على قرية المختارية بعد مواجهات مع مجموعات من فلول النظام البائد، وقال مصدر "
     "أمني إن العناصر فروا من القرية.", "2025-03-09", "المختارية", "unknown"),
])
def test_generic_movers_are_the_attackers_adversary(text, day, place, side):
    got = [(e.place.name if e.place else "", e.actor.side, e.rule) for e in _events(text, day) if e.type == "withdraw"]
    assert any(place in p and s == side for p, s, _ in got), got


def test_a_force_named_as_theirs_is_their_side():
    got = [(e.type, e.actor.side) for e in _events(
        "غادرت صباح اليوم الحافلات التي تقل مقاتلين من فصائل المعارضة من بلدة حوش بلاس نحو الشمال.", "2018-05-21")]
    assert ("withdraw", "opposition") in got, got


def test_a_named_mover_is_not_read_as_generic():
    got = [(e.type, e.actor.side, e.rule) for e in _events(
        "وقالت قوات سوريا الديمقراطية إن مقاتليها انسحبوا من قرية الهيشة بعد قصف تركي عنيف.", "2019-10-14")]
    assert any(t == "withdraw" and s == "sdf" and "generic-mover" not in r for t, s, r in got), got


def test_defectors_from_a_named_force_are_its_side():
    got = [(e.type, e.actor.side) for e in _events(
        "قصفت المروحيات حي بستان القصر، وبث ناشطون تسجيلاً لستة جنود انشقوا عن قوات النظام في الحي.", "2013-03-02")]
    assert ("defection", "government") in got, got


def test_more_leavers_after_a_named_withdrawal_are_the_same_side():
    got = [(e.place.name if e.place else "", e.actor.side) for e in _events(
        "انسحب مقاتلو المعارضة من بلدة حيان صباح اليوم. وقال ناشطون إن المقاتلين انسحبوا أيضاً من قرية بيانون "
        "المجاورة.", "2016-02-14") if e.type == "withdraw"]
    assert all(s == "opposition" for _, s in got) and len(got) == 2, got


def test_a_background_leaving_takes_the_adversary_of_its_own_time():
    got = [(e.type, e.actor.side) for e in _events(
        "واستعادت قوات النظام السابق السيطرة على حي برزة في أيار 2017 بعد حملة طويلة، انتهت باتفاق خرج بموجبه مئات "
        "المقاتلين من الحي.", "2025-06-01")]
    assert ("withdraw", "opposition") in got, got
