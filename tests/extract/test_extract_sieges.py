"""Sieges told in a relative clause (issue 12, recall of fold O; GUIDELINES Hard cases "Sieges": laying siege
is an advance, breaking it is other). Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2015-06-10") -> set[tuple[str, str, str, str]]:
    return {(e.type, e.polarity, e.place.name, e.actor.side)
            for e in analyze(Article(id="t", raw=text, published=published)).events}


def test_who_lays_a_siege_in_a_relative_clause_advances_on_the_place():
    got = events("وتمكنت الفصائل من كسر الحصار الذي تفرضه قوات النظام على بلدة مضايا.")
    assert ("advance", "asserted", "مضايا", "government") in got
    # the break keeps its place: the relative clause does not end its scope
    assert ("other", "asserted", "مضايا") in {e[:3] for e in got}


def test_a_negated_break_leaves_the_siege_in_its_relative_clause_asserted():
    got = events("وتعرضت بلدة تل أبيض لهجوم شنه تنظيم داعش. ولم تنجح الغارات في كسر الحصار الذي يفرضه "
                 "الجهاديون على بلدة تل أبيض.")
    assert ("advance", "asserted", "تل أبيض", "isis") in got
    assert ("other", "denied", "تل أبيض") in {e[:3] for e in got}


def test_a_relative_clause_of_laying_after_no_siege_noun_lays_nothing():
    got = events("وأعلن المجلس المحلي رفض القرار الذي فرضه المحافظ على بلدة تل أبيض.")
    assert not [e for e in got if e[0] == "advance"]


def test_lifting_the_cordon_is_breaking_a_siege_not_laying_one():
    got = events("وتمكنت وحدات الجيش من فك الطوق المفروض على مطار دير الزور العسكري.", published="2017-09-09")
    assert ("other", "asserted") in {e[:2] for e in got}
    assert not [e for e in got if e[0] == "advance"]
    # laying the cordon stays an advance
    laid = events("وأحكمت الفصائل الطوق على بلدة مضايا.")
    assert ("advance", "asserted", "مضايا") in {e[:3] for e in laid}
