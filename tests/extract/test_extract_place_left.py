"""The place a departure verb takes as its object (task read10): "غادرت العائلات البلدة باتجاه X" leaves the
town recalled, right after the verb or after its subject, and goes to X (both are displacement places); a
withdraw told by "غادر" is where the force left, never a back-reference after "باتجاه". Our own texts."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def _at(text: str, etype: str, published: str) -> set[str]:
    events = analyze(Article(id="r10", raw=text, published=published)).events
    return {e.place.name for e in events if e.type == etype and e.place is not None}


def test_the_town_left_is_the_origin_beside_the_destination() -> None:
    text = "قصفت الطائرات بلدة تلبيسة صباح اليوم. وقال ناشطون إن مئات العائلات غادرت البلدة باتجاه قرية الغنطو."
    assert _at(text, "displacement", "2016-02-10") == {"تلبيسة", "الغنطو"}


def test_the_object_after_the_subject_is_the_place_left() -> None:
    text = "سيطرت القوات الحكومية على مدينة حرستا. وغادر مئات الأهالي المدينة نحو بلدة دوما خوفاً من الاعتقال."
    assert _at(text, "displacement", "2018-03-20") == {"حرستا", "دوما"}


def test_a_withdraw_is_not_at_the_city_it_heads_for() -> None:
    text = "اقتحمت الفصائل حي الزهراء في حلب فجراً. وقال شهود إن مدرعات تابعة للجيش غادرت الحي باتجاه وسط المدينة."
    got = _at(text, "withdraw", "2024-11-30")
    assert len(got) == 1 and "الزهراء" in got.pop()


def test_a_town_after_a_preposition_is_no_object() -> None:
    text = "دخلت قوات النظام بلدة كفرنبل. وغادرت عائلات إلى البلدة المجاورة مدينة معرة النعمان."
    assert "كفرنبل" not in _at(text, "displacement", "2019-05-10")


def _polarity(text: str, etype: str, published: str) -> set[str]:
    return {e.polarity for e in analyze(Article(id="r10", raw=text, published=published)).events if e.type == etype}


def test_a_plan_sets_out_terms_as_an_agreement_does() -> None:
    text = ("وأعلن المحافظ خطة لحل الأزمة في مدينة جاسم، تنص على نشر وحدات من الجيش في المدينة "
            "وانسحاب فصائل المعارضة منها خلال أسبوع.")
    assert _polarity(text, "deploy", "2025-08-14") == {"expected"}
    assert _polarity(text, "withdraw", "2025-08-14") == {"expected"}


def test_a_second_term_joined_by_wa_is_expected_too() -> None:
    text = "وقدم الوسطاء مبادرة لإنهاء التوتر في بلدة الصنمين تقضي بانسحاب مقاتلي الفصائل من البلدة وعودة النازحين إليها."
    assert _polarity(text, "displacement", "2021-07-09") == {"expected"}


def test_a_move_done_then_a_return_done_stay_asserted() -> None:
    text = "وقال مسؤول إن القوات انسحبت من بلدة الصورة الكبيرة أمس وعادت العائلات إليها صباح اليوم."
    assert _polarity(text, "displacement", "2025-08-20") == {"asserted"}


def test_a_strike_noun_runs_on_to_where_its_targeting_verb_hit() -> None:
    text = "وفي ريف حماة الشمالي، قُتل رجل بهجوم مسلح استهدفه قرب منزله في بلدة صوران."
    assert _at(text, "attack", "2026-03-02") == {"صوران"}
    assert _at(text, "casualties", "2026-03-02") == {"صوران"}


def test_a_raid_that_targeted_a_car_is_at_the_town_not_the_frame() -> None:
    text = "وفي ريف إدلب، قُتل أربعة مدنيين بغارة جوية استهدفت سيارتهم قرب مدينة سراقب."
    assert _at(text, "casualties", "2019-06-11") == {"سراقب"}
