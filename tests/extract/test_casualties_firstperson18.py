"""Two tolls under one toll word ("قتل 12 من عناصر النظام و7 من مقاتلي الفصائل في المعارك"): the second count,
joined by و and followed by the force it counts, is a casualties event of its own, each inflicted by the other
force counted (GUIDELINES: casualties, the side that inflicted them). Sentences written for task firstperson18
(bench/sentences/firstperson18.txt has more)."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def tolls(text: str, day: str = "2016-05-05") -> set[tuple[str, str | None, str]]:
    art = analyze(Article(id="t", raw=text, published=day))
    return {(e.place.name, e.quantity, e.actor.side) for e in art.events if e.type == "casualties" and e.place}


def test_two_counts_of_two_forces_under_one_kill_verb_are_two_tolls():
    got = tolls("وقتل 12 من عناصر النظام و7 من مقاتلي الفصائل في المعارك على أطراف بلدة خان طومان.")
    assert got == {("خان طومان", "12", "opposition"), ("خان طومان", "7", "government")}


def test_a_second_count_in_words_with_its_conjunction_joined():
    got = tolls("وقتل ثمانية عناصر من قوات النظام وخمسة من الفصائل خلال اشتباكات في بلدة حريتان.")
    assert got == {("حريتان", "8", "opposition"), ("حريتان", "5", "government")}


def test_two_counts_of_one_force_stay_one_toll():
    got = tolls("وقتل 12 من عناصر النظام و7 من عناصر قوات النظام في المعارك على أطراف بلدة خان طومان.")
    assert len(got) == 1


def test_bodies_of_two_forces_seen_stay_one_toll():
    got = tolls("وشوهدت على الطريق جثث خمسة من عناصر النظام وثلاثة من مقاتلي الفصائل قرب بلدة الراشدين.")
    assert len(got) == 1
