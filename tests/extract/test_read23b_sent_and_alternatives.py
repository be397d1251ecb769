"""Task read23b (heldout23, H2309-H2316): fighters sent to a place are deployed there; a strike whose subject is
one of two forces offered as alternatives keeps side unknown; a quoted group's name gives no event place.
Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def read(text: str, published: str = "2016-05-01") -> list:
    return analyze(Article(id="x23b", raw=text, published=published)).events


def test_fighters_sent_to_a_place_deploy_there() -> None:
    got = {(e.type, e.place.name, e.actor.side) for e in read("وكان حزب الله قد أرسل مئات المقاتلين إلى مدينة القصير.")}
    assert got == {("deploy", "القصير", "hezbollah")}
    got = {(e.type, e.place.name) for e in read("وأرسلت وزارة الداخلية عشرات العناصر إلى بلدة الصنمين.", "2025-05-01")}
    assert got == {("deploy", "الصنمين")}


def test_pushing_fighters_or_sending_a_delegation_deploys_nobody() -> None:
    got = {e.type for e in read("ودفع القصف العنيف المقاتلين إلى الانسحاب من بلدة كفرنبودة.")}
    assert "deploy" not in got
    assert read("وأرسلت المحافظة وفداً من الوجهاء إلى بلدة الصنمين للتفاوض.", "2025-05-01") == []


def test_a_pro_drop_strike_after_alternative_forces_has_no_side() -> None:
    got = read("ارتكب الطيران الحربي، الروسي أو التابع للنظام، مجزرة في مدينة حلب، حين استهدف فرناً في حي بستان القصر.")
    assert {(e.type, e.place.name, e.actor.side) for e in got if e.type == "attack"} == {
        ("attack", "بستان القصر", "unknown")}


def test_a_quoted_group_name_lends_no_place_to_the_town_recalled() -> None:
    got = read("وقال قيادي في «اتحاد ثوار القلمون» إن المقاتلين سيغادرون البلدة مع عائلاتهم خلال أيام.")
    assert got == []
