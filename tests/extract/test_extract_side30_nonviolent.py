"""Task side30: the side of non-combat events. A defection is the side whose members defect (the force after
صفوف/عن, else the state's before the fall); a kidnapping with no kidnapper named is unknown, not its rescuer's; arms
handed in are the handers' side, not the recipient's (own sentences; bench/sentences/side30.txt holds them)."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def _sides(text: str, day: str, kind: str) -> dict[str, str]:
    evs = analyze(Article(id="s", raw=text, published=day)).events
    return {e.place.name: e.actor.side for e in evs if e.type == kind and e.place is not None}


def test_a_defection_is_the_force_its_members_leave_not_the_main_clause_subject() -> None:
    text = "وسيطر مقاتلو المعارضة على بلدة تلبيسة بعد انشقاق عشرات الجنود من أبنائها عن الجيش"
    assert _sides(text, "2012-07-03", "defection") == {"تلبيسة": "government"}
    assert _sides(text, "2012-07-03", "take_control") == {"تلبيسة": "opposition"}


def test_a_call_to_defect_is_the_side_in_whose_ranks_they_stand() -> None:
    text = "ودعا القيادي المنشق بقية المقاتلين في صفوف قسد في بلدة الشدادي إلى الانشقاق"
    assert _sides(text, "2026-02-05", "defection") == {"الشدادي": "sdf"}


def test_an_unnamed_officer_defecting_before_the_fall_is_the_state_s() -> None:
    text = "وكان نقيب قد انشق الأسبوع الماضي عن حاجز عند مدخل بلدة كفرنبل مع أربعة من عناصره"
    assert _sides(text, "2012-07-03", "defection") == {"كفرنبل": "government"}


def test_a_kidnapping_with_no_kidnapper_named_is_unknown_its_twin_named_is_not() -> None:
    text = "داهمت قوى الأمن الداخلي فجر اليوم مزرعة في قرية تلدرة. وكان المهندس قد اختطف قبل أسبوع في مدينة السلمية."
    assert _sides(text, "2025-10-02", "other") == {"تلدرة": "government", "السلمية": "unknown"}
    text = "أعلنت قوى الأمن الداخلي تحرير مهندس بعد عشرة أيام على اختطافه من مدينة السلمية."
    assert _sides(text, "2025-10-02", "other") == {"السلمية": "unknown"}
    text = "وخطف عناصر من قوات سوريا الديمقراطية مساء الخميس مدرساً من قرية الخفسة"
    assert _sides(text, "2025-10-02", "other") == {"الخفسة": "sdf"}


def test_a_kidnap_word_on_a_gang_or_an_indefinite_victim_leaves_the_main_verb_s_side() -> None:
    text = "وأعلن الأمن العام إلقاء القبض على أربعة من أفراد عصابة خطف في بلدة الكسوة"
    assert _sides(text, "2025-10-02", "other") == {"الكسوة": "government"}
    text = "وقالت وزارة الداخلية إن دورية تابعة لها حررت أمس شاباً خطفته عصابة مسلحة في حي الوعر"
    assert _sides(text, "2025-10-02", "other") == {"الوعر": "government"}


def test_arms_handed_in_to_the_army_are_the_handers_not_the_army_s() -> None:
    text = "وسلم نحو ثلاثين مسلحاً أسلحتهم الخفيفة إلى الجيش في بلدة الكسوة"
    assert _sides(text, "2016-05-10", "other") == {"الكسوة": "opposition"}
    text = "وفي مدينة جبلة سلم أمس نحو مئتي عنصر أسلحتهم الفردية"
    assert _sides(text, "2025-02-11", "other") == {"جبلة": "government"}
