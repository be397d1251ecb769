"""Back-references a sentence reads right but a whole article missed (task backref9): a dual noun ("الحيين")
after two quarters named one at a time, a second dual after another quarter was named, and a quarter or town
named as the neighbour of another ("حي X المجاور"), which "الحي" / "البلدة" after it does not point at.
Our own multi-sentence texts."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def _at(text: str, etype: str, published: str) -> set[str]:
    events = analyze(Article(id="b9", raw=text, published=published)).events
    return {e.place.name for e in events if e.type == etype and e.place is not None}


def test_a_dual_takes_two_quarters_named_in_two_sentences() -> None:
    text = ("قصفت مدفعية مجهولة حي جوبر شرقي دمشق. وقال ناشطون إن قذائف سقطت على حي القابون. "
            "وانتشرت قوات النظام في الحيين مساء اليوم.")
    assert _at(text, "deploy", "2025-03-04") == {"جوبر", "القابون"}


def test_a_pair_named_as_one_beats_a_single_quarter_named_after_it() -> None:
    text = ("فتحت السلطات ممراً لخروج الأهالي من حيي الشيخ مقصود والأشرفية. وغادرت عائلات نحو حي الشهباء. "
            "وانتشرت قوات الأمن عند مداخل الحيين مساء اليوم.")
    assert _at(text, "deploy", "2025-10-07") == {"الشيخ مقصود", "الأشرفية"}


def test_a_second_dual_keeps_the_pair_the_first_took() -> None:
    text = ("اندلعت اشتباكات في حي صلاح الدين بحلب. وتقدمت الفصائل نحو حي العامرية. وأعلنت الفصائل فتح ممر "
            "لخروج المدنيين من الحيين. ووصلت عائلات إلى حي الشعار. وانتشر مقاتلو الفصائل في الحيين مساء اليوم.")
    # "العامرية" is a quarter the gazetteer knows (task places11), so it is named bare as "صلاح الدين" is
    assert _at(text, "deploy", "2016-08-10") == {"صلاح الدين", "العامرية"}


def test_the_quarter_is_not_its_neighbour() -> None:
    text = ("دخلت قوات النظام حي الوعر. وقصفت مدفعية النظام حي الخالدية المجاور. "
            "وانتشرت دوريات للشرطة العسكرية في الحي مساء اليوم.")
    assert _at(text, "deploy", "2017-05-12") == {"الوعر"}


def test_the_town_is_not_the_neighbouring_town() -> None:
    text = ("سيطرت الفصائل على بلدة حزرما. وقصفت مدفعية الفصائل بلدة النشابية المجاورة. "
            "وانسحبت قوات النظام من البلدة بعد ساعات.")
    assert _at(text, "withdraw", "2018-02-20") == {"حزرما"}


def test_a_neighbour_is_the_quarter_when_no_other_was_named() -> None:
    text = "قصفت مدفعية النظام حي الخالدية المجاور. وانتشرت دوريات للشرطة العسكرية في الحي مساء اليوم."
    assert _at(text, "deploy", "2017-05-12") == {"الخالدية"}


def test_a_city_word_opening_a_list_of_villages_is_one_of_the_places() -> None:
    text = ("استعاد الجيش مدينة سراقب شرقي إدلب. وكانت الفصائل قد أعلنت الأسبوع الماضي أنها طردت قوات النظام "
            "من المدينة وقرى النيرب وآفس المحيطة بها.")
    events = analyze(Article(id="b9", raw=text, published="2020-02-10")).events
    assert {(e.place.name, e.actor.side) for e in events if e.type == "take_control" and e.place} >= {
        ("سراقب", "government"), ("سراقب", "opposition"), ("النيرب", "opposition")}


def test_a_town_word_before_a_cue_of_villages() -> None:
    text = "سيطرت الفصائل على بلدة كفرنبودة. وقصفت الطائرات الروسية البلدة وقرى الهبيط وعابدين."
    assert _at(text, "attack", "2019-05-20") == {"كفرنبودة", "الهبيط", "عابدين"}


def test_a_quarter_word_joined_by_and_from() -> None:
    text = "دخلت وحدات الجيش حي الوعر. وانسحب المسلحون من الحي ومن حي الخالدية نحو الريف الشمالي."
    assert _at(text, "withdraw", "2016-09-14") == {"الوعر", "الخالدية"}


def test_the_post_is_where_the_text_located_it() -> None:
    text = ("قال مصدر عسكري إن نقطة المراقبة التركية في مورك باتت محاصرة. وقالت وزارة الدفاع التركية إن جنودها "
            "ما زالوا متمركزين في النقطة.")
    assert _at(text, "deploy", "2019-08-23") == {"مورك"}


def test_no_post_located_no_place_for_the_post() -> None:
    text = "سيطرت قوات النظام على بلدة الصرمان. وانتشر عشرات الجنود في النقطة صباح اليوم."
    assert _at(text, "deploy", "2020-02-05") == set()


def test_the_town_is_not_a_camp_named_after_a_town() -> None:
    text = ("سيطرت قسد على بلدة الباغوز. ونقل آلاف الأشخاص إلى مخيم الهول في ريف الحسكة. "
            "ونفذت طائرات التحالف غارات على مواقع التنظيم في البلدة.")
    assert _at(text, "attack", "2019-03-23") == {"الباغوز"}
