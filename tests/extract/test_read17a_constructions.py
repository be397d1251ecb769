"""Task read17a: constructions read from articles_heldout17 (H1701..H1708)'s errors. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2025-03-09") -> list[tuple[str, str, str]]:
    evs = analyze(Article(id="r17a", raw=text, published=published)).events
    return [(e.type, e.place.name, e.polarity) for e in evs]


def test_the_wounded_carried_to_a_hospital_give_no_toll_there() -> None:
    got = events("أصيب ثلاثة مدنيين بقصف مدفعي على بلدة الأتارب، وأفاد مسعفون بأن الجرحى نقلوا إلى مشفى باب الهوى.")
    assert got == [("attack", "الأتارب", "asserted"), ("casualties", "الأتارب", "asserted")]
    got = events("قتل مدني وجرح آخر بغارة على قرية كفرسجنة، وقال مصدر طبي إن الجريح نُقل إلى مستشفى معرة النعمان.")
    assert ("casualties", "كفرسجنة", "asserted") in got and all("معرة" not in p for _, p, _ in got)


def test_the_dual_verb_witnessed_is_no_martyrs_toll() -> None:
    assert events("وكانت البلدتان قد شهدا في الصيف الماضي توتراً مماثلاً في ريف درعا الغربي.") == []
    got = events("سقط خمسة شهداء في قصف على بلدة كفرزيتا.")
    assert ("casualties", "كفرزيتا", "asserted") in got


def test_a_dual_countryside_of_two_towns_fans_out_to_both_countrysides() -> None:
    got = events("هاجم مسلحون حواجز للأمن العام في ريفي جبلة وبانياس فجر اليوم.")
    assert got == [("attack", "ريف جبلة", "asserted"), ("attack", "ريف بانياس", "asserted")]
    got = events("قصفت الطائرات ريفي إدلب وحماة.")
    assert got == [("attack", "ريف إدلب", "asserted"), ("attack", "ريف حماة", "asserted")]


def test_an_abstract_noun_after_the_village_cue_is_the_village() -> None:
    assert events("توغلت دورية إسرائيلية في قرية الحرية صباح اليوم.") == [("enter", "الحرية", "asserted")]
    assert events("خرجت مظاهرات حاشدة في مدينة درعا تطالب بالحرية والكرامة.") == [("protest", "درعا", "asserted")]


def test_a_quarter_whose_name_goes_on_past_its_cued_name() -> None:
    got = events("داهمت دورية من الأمن الداخلي منزلاً في حي المزة 86 بدمشق.", "2026-04-23")
    assert got == [("other", "المزة 86", "asserted")]
    got = events("انتشرت دوريات الأمن العام في حي المزة غرب دمشق.", "2026-04-23")
    assert got == [("deploy", "المزة", "asserted")]


def test_the_places_of_a_fire_origin_are_no_event_place() -> None:
    got = events("تعرضت بلدة القصر لقصف مدفعي مصدره مواقع الجيش في جرود القصير، ما أدى إلى إصابة مزارعين.")
    assert got == [("attack", "القصر", "asserted"), ("casualties", "القصر", "asserted")]
    got = events("قتل ثلاثة مدنيين جراء سقوط قذائف مصدرها مواقع قسد على حي الشيخ طه.", "2026-01-10")
    assert [(t, p.endswith("الشيخ طه")) for t, p, _ in got] == [("attack", True), ("casualties", True)]


def test_unchecked_tolls_prevented_moves_march_routes_and_tried_arrests_are_no_events() -> None:
    assert events("ولم يتسن للمراسل التحقق بشكل مستقل من أعداد الضحايا في مدينة السويداء.") == []
    got = events("انتشرت وحدات من الجيش في محيط مدينة السخنة لمنع خلايا التنظيم من الوصول إلى الأحياء السكنية.")
    assert [(t, p.endswith("السخنة")) for t, p, _ in got] == [("deploy", True)]
    got = events("خرج العشرات من أهالي مدينة عامودا في مسيرة جابت الشوارع وصولاً إلى ساحة المدينة.")
    assert got == [("protest", "عامودا", "asserted")]
    got = events("اندلع اشتباك عند أطراف بلدة القصر بعدما حاولت الدورية توقيف شبان من البلدة.")
    assert got == [("attack", "القصر", "asserted")]
    assert events("ارتفع عدد الضحايا إلى 12 قتيلاً في بلدة القصر.") == [("casualties", "القصر", "asserted")]


def test_a_field_named_with_its_product_is_located_by_the_direction_after_it() -> None:
    got = events("قتل جنديان في هجوم على نقطة عسكرية قرب حقل آراك للغاز، شرقي مدينة تدمر.", "2025-11-14")
    assert got == [("attack", "آراك", "asserted"), ("casualties", "آراك", "asserted")]


def test_the_oil_fields_name_no_place() -> None:
    assert events("تتعرض الحواجز في محيط الحقول النفطية والغازية لهجمات متكررة.", "2025-11-14") == []


def test_an_accusation_after_a_denial_is_asserted() -> None:
    got = events("نفت الوزارة قصف بلدة الأتارب، واتهمت الفصائل بقصف مدينة أعزاز.", "2026-01-10")
    assert got == [("attack", "الأتارب", "denied"), ("attack", "أعزاز", "asserted")]


def test_seeking_refuge_toward_a_place_is_a_flight() -> None:
    got = events("دفعت المعارك آلاف المدنيين إلى اللجوء نحو بلدة عرسال.", "2014-04-10")
    assert got == [("displacement", "عرسال", "asserted")]
    assert events("دعت الهيئة الأهالي إلى اللجوء إلى القضاء في مدينة حمص.") == []


def test_part_of_the_displaced_heading_on_in_a_second_clause() -> None:
    got = events("غادرت مئات العائلات حي الشيخ مقصود باتجاه حي الميدان، فيما توجه بعضها نحو مدينة عفرين.", "2026-01-10")
    assert ("displacement", "عفرين", "asserted") in got
