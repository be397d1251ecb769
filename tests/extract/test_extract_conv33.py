"""Conventions the readable golds split on, settled by eval/GUIDELINES.md (task conv33; docs/conventions.md,
bench/sentences/conv33.txt). Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2025-06-10") -> list[tuple[str, str, str, str]]:
    evs = analyze(Article(id="c33", raw=text, published=published)).events
    return sorted((e.type, e.polarity, e.place.name, e.actor.side) for e in evs)


def types_at(text: str, published: str = "2025-06-10") -> list[tuple[str, str]]:
    return sorted((e[0], e[2]) for e in events(text, published))


def test_incursions_told_as_a_habit_by_the_plural_noun_are_no_event() -> None:
    assert events("وتنفذ القوات الإسرائيلية توغلات شبه يومية في ريفي القنيطرة ودرعا منذ مطلع العام.") == []
    assert events("وتشن إسرائيل منذ الشتاء الماضي توغلات متكررة في محافظة القنيطرة.") == []
    assert events("ورصد التقرير استمرار التوغلات الإسرائيلية في ريف القنيطرة خلال الشهر.") == []


def test_a_dated_incursion_stays_an_entry() -> None:
    assert types_at("وتوغلت دورية إسرائيلية صباح اليوم في قرية الرفيد بريف القنيطرة.") == [("enter", "الرفيد")]


def test_a_mine_or_debris_blast_is_its_toll_only_with_no_side() -> None:
    got = events("قتل طفلان بانفجار لغم أرضي من مخلفات الحرب أثناء رعيهما الأغنام قرب بلدة كفرنبل.", "2025-04-02")
    assert got == [("casualties", "asserted", "كفرنبل", "unknown")]
    got = events("وأصيب مزارع إثر انفجار قنبلة عنقودية من مخلفات القصف في أرضه قرب قرية معرشورين.", "2025-04-02")
    assert got == [("casualties", "asserted", "معرشورين", "unknown")]
    got = events("وقتل طفل بانفجار جسم غريب عثر عليه في أرض زراعية قرب بلدة حيش.", "2025-04-02")
    assert got == [("casualties", "asserted", "حيش", "unknown")]


def test_the_toll_told_after_a_debris_blast_keeps_the_blasts_place() -> None:
    got = types_at("وانفجر لغم من مخلفات الحرب صباح اليوم في أرض زراعية قرب بلدة تلمنس، ما أدى إلى إصابة طفلين.",
                   "2025-04-02")
    assert got == [("casualties", "تلمنس")]


def test_a_bomb_set_off_now_stays_an_attack() -> None:
    got = types_at("قتل عنصران من الأمن العام بانفجار عبوة ناسفة زرعها مجهولون على طريق في بلدة طفس.", "2025-04-02")
    assert got == [("attack", "طفس"), ("casualties", "طفس")]
    assert types_at("وقتل ثلاثة مدنيين بانفجار سيارة مفخخة في مدينة اعزاز.", "2025-04-02") == [
        ("attack", "أعزاز"), ("casualties", "أعزاز")]


def test_a_sweep_is_other_and_reinforcements_beside_it_deploy() -> None:
    got = types_at("ودفعت وزارة الدفاع بتعزيزات إلى بلدة السخنة وبدأت عمليات تمشيط في جبل البشري.", "2025-05-03")
    assert got == [("deploy", "السخنة"), ("other", "جبل البشري")]


def test_a_cordon_round_a_prison_is_a_siege_round_a_church_a_posting() -> None:
    got = types_at("وفرضت قوات الأمن طوقاً أمنياً حول سجن عدرا المركزي منذ ساعات الفجر.", "2025-07-01")
    assert [t for t, _ in got] == ["advance"]
    got = types_at("وفرضت قوات الأمن طوقاً أمنياً حول الكنيسة في حي الدويلعة بدمشق.", "2025-07-01")
    assert "advance" not in [t for t, _ in got]
