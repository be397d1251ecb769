"""Conventions the own sets disagreed on, settled by eval/GUIDELINES.md and the shared gold (task conv12;
bench/sentences/conv12.txt). Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2025-03-01") -> list[tuple[str, str, str, str]]:
    evs = analyze(Article(id="c12", raw=text, published=published)).events
    return [(e.type, e.polarity, e.place.name, e.actor.side) for e in evs]


def types_at(text: str, published: str = "2025-03-01") -> list[tuple[str, str]]:
    return sorted((e[0], e[2]) for e in events(text, published))


def test_a_force_entrenched_in_a_place_is_deployed_there() -> None:
    assert types_at("وتتحصن مجموعات من التنظيم داخل مدينة البوكمال.", "2017-11-02") == [("deploy", "البوكمال")]
    got = types_at("ودخلت قوات النظام بلدة كفرزيتا وتحصنت فيها.", "2019-05-20")
    assert got == [("deploy", "كفرزيتا"), ("enter", "كفرزيتا")]


def test_entrenched_in_a_relative_clause_or_participle_is_no_deploy() -> None:
    got = types_at("واستعاد الجيش بلدة مورك بعد معارك مع مسلحين تحصنوا فيها.", "2014-10-23")
    assert got == [("take_control", "مورك")]
    assert "deploy" not in [t for t, _ in types_at("وقصفت المدفعية مباني يتحصن فيها مسلحون في بلدة اللطامنة.")]
    assert types_at("واستسلم عشرات العناصر المتحصنين داخل السجن.", "2022-01-25") == []


def test_an_assassination_is_casualties_by_the_killer() -> None:
    # task conv35: the killing is an attack too, by the same side (trigger flag assault)
    assert sorted(events("واغتال مسلحون مجهولون مختار بلدة نصيب أمام منزله.", "2021-08-03")) == [
        ("attack", "asserted", "نصيب", "unknown"), ("casualties", "asserted", "نصيب", "unknown")]
    got = sorted(events("وتبنى تنظيم الدولة اغتيال عنصر من قسد في بلدة ذيبان.", "2023-04-09"))
    assert got == [("attack", "asserted", "ذيبان", "isis"), ("casualties", "asserted", "ذيبان", "isis")]
    assert sorted(types_at("ونفذ مجهولون عملية اغتيال طالت وجيها في بلدة الحراك.", "2020-02-02")) == [
        ("attack", "الحراك"), ("casualties", "الحراك")]


def test_a_mine_blast_is_its_toll_only() -> None:
    # reversed by task conv33 (docs/conventions.md): GUIDELINES' attack is shelling, a strike or a clash
    got = types_at("وقتل راعيان بانفجار لغم أرضي قرب قرية التمانعة.", "2025-05-05")
    assert got == [("casualties", "التمانعة")]


def test_a_habit_of_incursions_or_assassinations_is_no_event() -> None:
    assert events("وتقتحم قوات الاحتلال قرية كودنة بين الحين والآخر.") == []
    assert events("ويتوغل الجيش الإسرائيلي في ريف درعا الغربي بشكل شبه يومي منذ أشهر.") == []
    assert events("وتتكرر عمليات الاغتيال في مدينة نوى منذ بداية العام.") == []
    assert types_at("وتوغلت قوة إسرائيلية فجر اليوم في قرية كودنة.") == [("enter", "كودنة")]


def test_a_habit_of_patrols_is_still_deploy() -> None:
    assert types_at("وتسيّر القوات الروسية دوريات بشكل دوري في مدينة القامشلي.") == [("deploy", "القامشلي")]
    assert types_at("وتجوب دوريات الأمن العام أحياء مدينة بانياس بشكل يومي.") == [("deploy", "بانياس")]


def test_entrenched_right_after_an_indefinite_noun_leaves_the_clash_its_place() -> None:
    got = types_at("واندلعت اشتباكات بين الأمن العام ومسلحين تحصنوا في مبان بحي الوعر صباح اليوم.")
    assert got == [("attack", "الوعر")]


def test_a_passive_assassination_names_no_killer() -> None:
    assert sorted(events("واغتيل ضابط في الفرقة الرابعة في مدينة الصنمين.", "2021-06-10")) == [
        ("attack", "asserted", "الصنمين", "unknown"), ("casualties", "asserted", "الصنمين", "unknown")]
