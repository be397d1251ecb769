"""Constructions behind the errors of bench/articles_heldout8 (task read8; sentences written for these tests)."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events_of(text: str, published: str = "2016-03-02"):
    return analyze(Article(id="r8", raw=text, published=published)).events


def at(evs, place: str) -> set[str]:
    return {e.type for e in evs if e.place is not None and e.place.name == place}


def test_peaceful_protests_are_not_salamiyah():
    evs = events_of("وخرجت مظاهرات سلمية في بلدة كفرنبل بعد صلاة الجمعة.", "2012-03-02")
    assert not [e for e in evs if "Salam" in (e.place.name_en or "")]
    assert "protest" in {e.type for e in evs}
    evs = events_of("واعتقلت قوات الأمن عشرات المشاركين في المظاهرات السلمية وسط مدينة حماة.", "2011-07-01")
    assert not [e for e in evs if "Salam" in (e.place.name_en or "")]


def test_salamiyah_with_a_cue_is_still_the_town():
    evs = events_of("وقصفت الفصائل أطراف مدينة السلمية بالصواريخ.", "2014-02-02")
    assert [e for e in evs if e.type == "attack" and "Salam" in (e.place.name_en or "")]


def test_neighbouring_adjective_is_no_part_of_an_unknown_name():
    evs = events_of("وداهمت دورية أمنية منازل في قرية الكشمة المجاورة واعتقلت مطلوبين.", "2026-01-14")
    assert {e.place.name for e in evs} == {"الكشمة"}


def test_villages_with_an_adjective_spread_over_the_countryside():
    evs = events_of("وقصفت المدفعية قرى كردية في ريف عفرين الغربي.", "2018-01-22")
    assert [e for e in evs if e.type == "attack" and "Afrin" in (e.place.name_en or "")]


def test_prisoners_freed_are_other_not_a_takeover():
    evs = events_of("وقال مقاتلون إنهم حرروا عشرات المعتقلين من سجن حماة المركزي.", "2024-12-05")
    assert {e.type for e in evs} == {"other"}


def test_toll_fell_in_a_town_is_no_takeover():
    evs = events_of("وتوزعت الحصيلة على مدينة دوما التي سقط فيها 12 قتيلاً، وبلدة مسرابا.", "2017-03-15")
    assert "take_control" not in {e.type for e in evs}
    assert "casualties" in at(evs, "دوما")


def test_submitting_a_complaint_and_slowing_an_advance_are_no_advance():
    evs = events_of("وقال المحافظ إنه سيتابع الشكاوى التي تقدم بها سكان مدينة حمص.", "2026-03-20")
    assert not evs
    evs = events_of("وقصفت طائرات حربية روسية جسر الرستن لإبطاء تقدم الفصائل نحو الجنوب.", "2024-12-06")
    assert {e.type for e in evs} == {"attack"}


def test_security_and_stability_formula_with_its_subject_between():
    evs = events_of("أعادت وحدات من الجيش صباح اليوم الأمن والاستقرار إلى بلدة الزارة بريف حمص.", "2014-04-26")
    assert "take_control" in at(evs, "الزارة")


def test_intro_word_after_the_plurals_own_qualifiers():
    evs = events_of("وأحكم الجيش سيطرته على قرى الريف الغربي، أبرزها الحميدية والنزارية.", "2013-05-20")
    assert {e.place.name for e in evs if e.type == "take_control"} == {"الحميدية", "النزارية"}
    evs = events_of("وسيطر مقاتلو الجيش الحر على أحياء عدة غربي المدينة وشماليها، أبرزها صلاح الدين والصاخور.",
                    "2012-08-02")
    assert len([e for e in evs if e.type == "take_control"]) == 2


def test_origin_pronoun_before_a_named_destination_is_a_place_of_the_flight():
    evs = events_of("وقصفت الطائرات بلدة تل رفعت، ونزحت مئات العائلات منها نحو مدينة أعزاز.", "2016-02-04")
    assert {e.place.name for e in evs if e.type == "displacement"} == {"تل رفعت", "أعزاز"}


def test_a_perfect_after_idh_is_done_not_a_term():
    evs = events_of("وينص التفاهم على إطلاق سراح المعتقلين، إذ أفرجت الفصائل أمس عن 40 محتجزاً في مدينة الباب.",
                    "2019-10-20")
    assert {(e.type, e.polarity) for e in evs if e.place.name == "الباب"} == {("other", "asserted")}
    evs = events_of("وينص الاتفاق على أن تنسحب قسد من حي الشيخ مقصود، إذ ستنسحب أول دفعة غداً.", "2025-04-04")
    assert "asserted" not in {e.polarity for e in evs if e.type == "withdraw"}


def test_a_strike_participle_after_the_comma_names_the_targets():
    evs = events_of("وشنت الطائرات الروسية غارات على ريف إدلب الجنوبي، مستهدفة بلدتي كفرنبل وحاس.", "2019-05-10")
    assert {e.place.name for e in evs if e.type == "attack"} == {"كفرنبل", "حاس"}


def test_a_signed_deal_behind_a_move_is_an_event_at_the_places_left():
    evs = events_of("بدأ مقاتلو قسد اليوم الانسحاب من حيي الشيخ مقصود والأشرفية، بموجب اتفاق وقعته محافظة حلب مع "
                    "المجلس المدني يوم الثلاثاء الماضي.", "2025-04-04")
    assert {e.place.name for e in evs if e.type == "other"} == {"الشيخ مقصود", "الأشرفية"}
    evs = events_of("وخرج مقاتلو المعارضة من مدينة داريا بموجب اتفاق مع النظام.", "2016-08-26")
    assert {e.type for e in evs} == {"withdraw"}


def test_a_kind_noun_after_a_sequence_word_recalls_its_own_kind():
    evs = events_of("دخلت قوة إسرائيلية قرية الحميدية، ثم أقامت حاجزاً قرب بلدة خان أرنبة قبل أن تنسحب من القرية ظهراً.",
                    "2025-10-02")
    assert {e.place.name for e in evs if e.type == "withdraw"} == {"الحميدية"}


def test_battles_over_other_places_before_an_entry_are_attacks_there():
    evs = events_of("دخلت الفصائل مدينة حماة صباح اليوم، بعد أيام من المعارك على جبل زين العابدين وبلدة قمحانة.",
                    "2024-12-05")
    assert {e.place.name for e in evs if e.type == "attack"} == {"جبل زين العابدين", "قمحانة"}
    evs = events_of("وسيطر التنظيم على مدينة تدمر بعد معارك عنيفة على أطرافها.", "2015-05-21")
    assert {e.type for e in evs} == {"take_control"}
