"""Task left28: a list that a pronoun or phrase presents for a plural or dual place noun told a few words before
("القرى التي سيطرت عليها وهي: X وY"، "بلدتين هما X وY"، "على النحو التالي:") names that noun's members, one event
each, unknown names too; "وهي" before a predicate names none. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def places(text: str, kind: str = "take_control") -> list[str]:
    evs = analyze(Article(id="left28r", raw=text, published="2025-04-02")).events
    return [e.place.name for e in evs if e.type == kind and e.place]


def test_members_after_a_relative_clause_and_wahiya() -> None:
    got = places("وارتفع عدد البلدات التي دخلتها الفصائل إلى اثنتين وهي: كفرنايا وتل رفعت", "enter")
    assert sorted(got) == sorted(["كفرنايا", "تل رفعت"])


def test_members_of_an_indefinite_dual() -> None:
    assert sorted(places("واستعاد الجيش بلدتين هما مرعناز وتل رفعت")) == sorted(["مرعناز", "تل رفعت"])


def test_members_after_as_follows() -> None:
    got = places("وسيطرت القوات على عدة قرى على النحو التالي: كفرنايا ومرعناز")
    assert sorted(got) == sorted(["كفرنايا", "مرعناز"])


def test_a_pronoun_before_a_predicate_names_no_member() -> None:
    assert places("وسيطرت القوات على القرى وهي خالية من السكان") == []
