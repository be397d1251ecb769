"""Outlets word one strike, or one fall of a town, in their own words: the reports share few words, yet
an article that tells the same happenings (pinned to a town and a day) as earlier ones joins their
story, and an article of another happening stays its own story. Arabic written for these tests; the
articles run through the whole pipeline."""
from __future__ import annotations

from tawatur.link import Linker
from tawatur.link.stories import dot, features
from tawatur.model import Article
from tawatur.pipeline import analyze

STRIKE = [
    "شنت طائرات حربية غارة على مخبز في مدينة معرة النعمان ظهر اليوم وقتلت 9 مدنيين.",
    "أفاد ناشطون بسقوط 11 قتيلاً جراء قصف جوي طال فرناً وسط المعرة.",
    "استهدف الطيران الحربي مخبزاً شعبياً في معرة النعمان، ووثق متطوعو الإسعاف مقتل 9 أشخاص.",
]
FALL = [
    "أعلن الجيش سيطرته الكاملة على بلدة الهبيط اليوم.",
    "دخلت القوات الحكومية الهبيط بعد انسحاب مقاتلي المعارضة منها.",
]
ELSEWHERE = "تظاهر العشرات في مدينة السلمية اليوم احتجاجاً على انقطاع الكهرباء."


def _read(aid: str, text: str, day: str = "2019-11-20") -> Article:
    return analyze(Article(id=aid, raw=text, outlet=f"outlet-{aid}.net", published=day))


def _stories(arts: list[Article]) -> dict[str, str]:
    lk = Linker()
    lk.add(arts)
    return {a: s.id for s in lk.analysis().stories for a in s.articles}


def test_three_outlets_own_words_for_one_strike_are_one_story() -> None:
    arts = [_read(f"s{i}", t) for i, t in enumerate(STRIKE)] + [_read("x", ELSEWHERE)]
    vec = [features(a)[0] for a in arts[:2]]
    assert dot(*vec) < 0.12  # too little shared wording for the similarity alone
    st = _stories(arts)
    assert st["s0"] == st["s1"] == st["s2"] != st["x"]


def test_the_steps_of_one_fall_of_a_town_are_one_story() -> None:
    st = _stories([_read("t", FALL[0]), _read("e", FALL[1])])
    assert st["t"] == st["e"]


def test_the_same_town_weeks_apart_is_no_tie() -> None:
    st = _stories([_read("t", FALL[0]), _read("e", FALL[1], day="2019-12-20")])
    assert st["t"] != st["e"]
