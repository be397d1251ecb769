"""(1) A force or people after "أمام" (at most one noun between) is whom a closure bars or a mover faces, never the
agent of the trigger before it: an unnamed closer is the authority of the day, a named one keeps its side. (2) A toll
"منهم" after a clash "مع" a group of no side told as the story force's is that force's. (3) "بقايا الجيش السابق"
after the fall is the former regime's remnants (unknown), not the army of the day. (4) A toll of a strike by gunmen of
no side is unknown, not the adversary of its dead. Sentences written for task sides37 (bench/sentences/sides37.txt)."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def sides(text: str, etype: str, day: str = "2025-06-14") -> set[str]:
    art = analyze(Article(id="t", raw=text, published=day))
    return {e.actor.side for e in art.events if e.type == etype}


def test_a_crossing_closed_to_civilians_is_not_closed_by_them() -> None:
    assert sides("وأُغلق معبر التنف صباح اليوم أمام المدنيين والشاحنات.", "other") == {"government"}


def test_a_road_closed_to_the_movement_of_civilians_is_the_authority_s() -> None:
    assert sides("وقال المصدر إن الطريق في جاسم أُغلق مؤقتاً أمام حركة المدنيين.", "other") == {"government"}


def test_a_named_closer_keeps_its_side() -> None:
    got = sides("وأغلقت قوات سوريا الديمقراطية معبر الطبقة أمام حركة المدنيين صباح اليوم.", "other")
    assert got == {"sdf"}


def test_who_withdraws_before_a_force_is_the_subject() -> None:
    got = sides("وانسحب مقاتلو المعارضة من بلدة الزارة أمام قوات النظام.", "withdraw", "2014-03-02")
    assert got == {"opposition"}


def test_the_toll_of_them_after_a_clash_with_a_group_is_the_story_force_s() -> None:
    text = ("وأحبطت وحدات حرس الحدود محاولة تهريب في جرود بلدة سرغايا. "
            "وذلك إثر اشتباك مع المهربين في جرود سرغايا أسفر عن مقتل اثنين منهم.")
    assert sides(text, "casualties") == {"government"}


def test_remnants_of_the_former_army_are_unknown_after_the_fall() -> None:
    text = "وشنت مجموعات من بقايا الجيش السابق هجمات على حواجز الأمن العام في مدينة جبلة."
    assert sides(text, "attack") == {"unknown"}


def test_the_army_of_the_day_alone_keeps_its_side() -> None:
    assert sides("وشن الجيش هجمات على مواقع المسلحين في ريف مدينة جبلة.", "attack") == {"government"}


def test_a_named_striker_keeps_its_toll() -> None:
    text = "قصف الجيش مواقع التنظيم في مدينة السخنة ما أسفر عن مقتل عشرين من عناصره."
    assert sides(text, "casualties", "2016-06-14") == {"government"}


def test_the_toll_of_a_strike_by_gunmen_of_no_side_is_unknown() -> None:
    text = "هاجم مسلحون مجهولون حاجزاً لقوات سوريا الديمقراطية قرب بلدة الشحيل، ما أسفر عن مقتل ثلاثة من عناصره."
    assert sides(text, "casualties") == {"unknown"}
