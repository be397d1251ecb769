"""Agents identified by a verb of belief (task recall6). Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def _actors(text: str) -> list[tuple[str, str]]:
    art = analyze(Article(id="bel", raw=text, published="2025-07-01"))
    return [(m.text, m.attrs.get("side", "")) for m in art.mentions if m.kind == "actor"]


def test_gunmen_believed_to_be_of_a_group_are_that_group_s_members() -> None:
    got = _actors("استهدف مسلحون يعتقد أنهم من التنظيم حاجزا في مدينة الميادين.")
    assert ("مسلحون يعتقد أنهم من التنظيم", "isis") in got


def test_a_drone_believed_turkish_is_turkey_s() -> None:
    got = _actors("استهدفت طائرة مسيرة يعتقد أنها تركية سيارة قرب بلدة صرين.")
    assert [side for _, side in got] == ["turkey"]


def test_a_belief_about_something_else_makes_no_member() -> None:
    got = _actors("وقال مسلحون إن القادة يعتقد أنهم غادروا المدينة.")
    assert not [a for a in got if a[1] == "isis"]


def test_bare_members_noun_believed_to_be_of_a_group_is_that_group_s() -> None:
    """"عناصر" alone is no actor (a head without a default); with a verb of belief and من before a named group
    it is that group's members, as "مسلحون" is (task sides15)."""
    got = _actors("وقتل ثلاثة جنود بهجوم شنه عناصر يعتقد أنهم من تنظيم داعش على حاجز قرب بلدة معدان.")
    assert ("عناصر يعتقد أنهم من تنظيم داعش", "isis") in got


def test_bare_members_noun_believed_to_be_of_a_state_force_stays_unmerged() -> None:
    got = _actors("وقصف عناصر يعتقد أنهم من قوات النظام بلدة كفرنبودة.")
    assert not [a for a in got if a[0].startswith("عناصر يعتقد")]
