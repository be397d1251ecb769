"""Task backref18: a pronoun on a noun of a part ("على أطرافها"، "في محيطها") that places clashes after "وسط".
Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def sides(text: str, published: str = "2014-05-10") -> list[tuple[str, str, str]]:
    evs = analyze(Article(id="b18", raw=text, published=published)).events
    return [(e.type, e.place.name, e.actor.side) for e in evs]


def test_clashes_amid_at_the_edges_of_the_place_just_named_are_their_own_attack() -> None:
    got = sides("تقدمت قوات النظام نحو بلدة كفرزيتا في ريف حماة وسط اشتباكات مع مقاتلي المعارضة على أطرافها الشمالية.")
    assert ("advance", "كفرزيتا", "government") in got and ("attack", "كفرزيتا", "government") in got
    got = sides("اقتحم مقاتلو التنظيم حي الصناعة في دير الزور وسط معارك عنيفة مع قوات النظام في محيطه.")
    assert ("attack", "حي الصناعة", "isis") in got


def test_clashes_after_a_takeover_stay_its_manner() -> None:
    got = sides("سيطرت الفصائل على بلدة مورك بعد اشتباكات مع قوات النظام على أطرافها.")
    assert got == [("take_control", "مورك", "opposition")]


def test_a_perfect_after_qad_that_opens_like_an_imperfect_is_asserted() -> None:
    got = sides("قصفت قوات النظام بلدة الزبداني، وقد نزح عشرون ألفاً من سكانها نحو بلدة مضايا.")
    assert ("displacement", "الزبداني", "civilians") in got and ("displacement", "مضايا", "civilians") in got
    assert ("advance", "نبل", "government") in sides("وقد تقدمت وحدات الجيش نحو بلدة نبل في ريف حلب الشمالي.")


def test_qad_before_an_imperfect_stays_might() -> None:
    assert sides("وقال المتحدث إن قوات النظام قد تقتحم بلدة المليحة خلال أيام.") == []


def test_a_future_perfect_conclusion_stays_no_event() -> None:
    assert sides("وبذلك تكون الفصائل قد تمكنت من طرد التنظيم من بلدة الراعي ومن الشريط الحدودي.") == []
