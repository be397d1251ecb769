"""Constructions behind the events whole articles miss (task recall8): a masculine dual back-reference
("الحيين"، "المخيمين") points at both places of the pair named before, as "المدينتين" does; a security sweep
told as an operation ("عملية تمشيط"، "عمليات دهم") is the sweep, not after a takeover in its sentence nor to clear
mines. Our own sentences."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def _at(text: str, etype: str, published: str = "2019-07-11") -> set[str]:
    events = analyze(Article(id="r8", raw=text, published=published)).events
    return {e.place.name for e in events if e.type == etype and e.place is not None}


def test_a_masculine_dual_back_reference_takes_both_quarters() -> None:
    text = "اندلعت اشتباكات في حيي الشيخ مقصود والأشرفية. وانتشرت قوات الأمن في محيط الحيين مساء اليوم."
    assert _at(text, "deploy", "2025-10-07") == {"الشيخ مقصود", "الأشرفية"}


def test_a_corridor_from_the_two_quarters() -> None:
    text = "اندلعت اشتباكات في حيي الشيخ مقصود والأشرفية. وفتحت الحكومة ممراً آمناً لخروج الأهالي من الحيين."
    assert _at(text, "other", "2025-10-07") == {"الشيخ مقصود", "الأشرفية"}


def test_a_singular_back_reference_still_takes_one_quarter() -> None:
    text = "دخلت قوات النظام حي القابون. وانتشرت دوريات في الحي مساء أمس."
    assert _at(text, "deploy", "2017-02-05") == {"القابون"}


def test_a_dual_back_reference_takes_two_quarters_the_gazetteer_lacks() -> None:
    # quarters the gazetteer still lacks ("بستان الباشا" and "الهلك" are curated rows since task places11)
    text = "تجددت الاشتباكات في حيي الشيخ فارس وعين التل في حلب. وانتشرت وحدات الشرطة العسكرية في محيط الحيين."
    assert _at(text, "deploy", "2024-03-02") == {"حي الشيخ فارس", "حي عين التل"}


def test_a_dual_back_reference_takes_two_camps_named_under_their_dual_cue() -> None:
    text = "وصل عشرات النازحين إلى مخيمي الهول والركبان. وقصفت طائرات مجهولة محيط المخيمين مساء أمس."
    assert _at(text, "attack", "2019-04-14") == {"الهول", "الركبان"}


def test_a_sweep_told_as_an_operation() -> None:
    assert _at("وبدأت وحدات من الجيش عملية تمشيط واسعة في محيط بلدة الصنمين.", "other", "2025-02-11") == {"محيط الصنمين"}


def test_raids_carried_out_are_a_sweep_not_an_attack() -> None:
    text = "ونفذت قوات الأمن العام عمليات دهم في قرية المتراس بريف طرطوس."
    assert _at(text, "other", "2025-06-03") == {"المتراس"}
    assert _at(text, "attack", "2025-06-03") == set()



def test_a_sweep_after_a_takeover_is_its_mop_up() -> None:
    text = "وسيطرت وحدات الجيش على قرية معردبسة، وعمليات تمشيط المنطقة مستمرة لإزالة العبوات."
    assert _at(text, "other", "2020-03-02") == set()


def test_a_sweep_to_clear_mines_is_no_event_and_leaves_no_bomb() -> None:
    text = "وبدأت وحدات الهندسة في بلدة حريتان بتمشيط واسع للأراضي لإزالة الألغام والمفخخات."
    assert _at(text, "other", "2016-11-28") == set()
    assert _at(text, "attack", "2016-11-28") == set()


def test_a_capture_of_hundreds_is_a_capture() -> None:
    text = "وانتهت المعارك في بلدة الباغوز بأسر مئات المقاتلين الأجانب."
    assert _at(text, "other", "2019-03-24") == {"الباغوز"}


def test_barrels_counted_in_the_accusative_are_a_strike() -> None:
    text = "وألقت المروحيات أكثر من أربعين برميلاً متفجراً على بلدة اليادودة."
    assert _at(text, "attack", "2021-07-30") == {"اليادودة"}


def test_a_handover_told_by_the_weapons_handed_over() -> None:
    text = "وقال المصدر إن فصائل بلدة طفس سلمت ست دبابات ومدافع هاون."
    assert _at(text, "other", "2018-07-20") == {"طفس"}
