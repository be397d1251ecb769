"""Assassinations and the side of Turkish-backed factions (task conv35; bench/sentences/conv35.txt). An
assassination is an attack plus its toll, as a killing by gunfire is (trigger flag ``assault``); an attempt is the
attack only; an idea "assassinated" is a figure of speech. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2025-05-20") -> list[tuple[str, str, str, str]]:
    evs = analyze(Article(id="c35", raw=text, published=published)).events
    return sorted((e.type, e.polarity, e.place.name, e.actor.side) for e in evs)


def test_an_assassination_is_an_attack_and_its_toll_at_the_same_place() -> None:
    assert events("واغتال مسلحان مجهولان رئيس المجلس المحلي في بلدة تسيل أمام منزله مساء أمس.") == [
        ("attack", "asserted", "تسيل", "unknown"), ("casualties", "asserted", "تسيل", "unknown")]
    assert events("واغتيل عنصر سابق في فصائل التسوية ليل أمس في بلدة المسيفرة.") == [
        ("attack", "asserted", "المسيفرة", "unknown"), ("casualties", "asserted", "المسيفرة", "unknown")]


def test_the_assassins_side_owns_both_events() -> None:
    got = events("وتبنى تنظيم الدولة اغتيال عنصر من قوات سوريا الديمقراطية في بلدة الشحيل.", "2024-03-02")
    assert got == [("attack", "asserted", "الشحيل", "isis"), ("casualties", "asserted", "الشحيل", "isis")]


def test_an_attempt_is_the_attack_only() -> None:
    assert events("ونجا عضو في لجنة المصالحة من محاولة اغتيال في مدينة الصنمين.") == [
        ("attack", "asserted", "الصنمين", "unknown")]


def test_the_survivor_named_by_his_role_in_a_force_is_no_attacker() -> None:
    assert events("ونجا قيادي سابق في المعارضة من محاولة اغتيال في مدينة الصنمين.") == [
        ("attack", "asserted", "الصنمين", "unknown")]
    assert events("وتعرض عنصر في الأمن العام لمحاولة اغتيال في بلدة المسيفرة.") == [
        ("attack", "asserted", "المسيفرة", "unknown")]


def test_an_assassinated_idea_is_no_event() -> None:
    assert events("ورأى ناشطون في مدينة إدلب أن منع الصحيفة اغتيال للحقيقة.") == []
    assert events("وقال كاتب من مدينة حلب إن ما جرى اغتيال للثورة وأحلام السوريين.") == []


def test_a_killing_with_no_assassination_word_keeps_its_events() -> None:
    assert events("وعثر أهالي بلدة الحراك على جثة شاب مجهول الهوية على أطرافها.") == [
        ("casualties", "asserted", "الحراك", "unknown")]


def test_turkish_backed_factions_are_the_opposition_and_the_turkish_army_is_turkey() -> None:
    assert events("وقصفت الفصائل الموالية لتركيا قرية العريمة بقذائف الهاون.", "2020-10-05") == [
        ("attack", "asserted", "العريمة", "opposition")]
    assert events("وقصف مرتزقة تركيا قرية العريمة بالأسلحة الثقيلة.", "2020-10-05") == [
        ("attack", "asserted", "العريمة", "opposition")]
    assert events("وقصفت القوات التركية بلدة تل رفعت بالمدفعية.", "2020-10-05") == [
        ("attack", "asserted", "تل رفعت", "turkey")]


def test_assassinations_with_an_adjective_of_habit_are_no_event() -> None:
    assert events("ويشهد ريف حمص الشمالي منذ أشهر عمليات اغتيال متكررة تطال وجهاء ومدنيين.") == []
    got = events("وقتل 14 شخصاً في عمليات اغتيال بمحافظة القنيطرة منذ مطلع العام.")
    assert ("casualties", "asserted", "محافظة القنيطرة", "unknown") in got
