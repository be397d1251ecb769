"""Constructions of 2025-2026 whole articles in real outlets' styles that the probe10a first-sight measure showed
(bench/articles_probe10a). Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2025-12-14") -> list[tuple[str, str, str, str]]:
    evs = analyze(Article(id="p10a", raw=text, published=published)).events
    return [(e.type, e.polarity, e.place.name, e.actor.side) for e in evs]


def test_a_plural_verb_of_dying_is_a_toll() -> None:
    got = events("وقال ناشطون إن ثلاثة رعاة قضوا بانفجار لغم قرب قرية البصيرة.")
    assert {e[0] for e in got if e[2] == "البصيرة"} == {"casualties"}  # a mine blast: no strike (task conv33)
    got = events("وقال مصدر طبي إن طفلاً قضى غرقاً في النهر قرب مدينة دير الزور.")
    assert [e[0] for e in got] == ["casualties"]


def test_spending_time_or_a_court_ruling_is_no_toll() -> None:
    assert not events("وقال نازحون إنهم قضوا أياماً في العراء قرب بلدة الصنمين.")
    assert not events("وقضت محكمة في مدينة حمص بسجن المتهمين.")


def test_a_toll_with_no_place_falls_at_the_raid_of_its_sentence() -> None:
    got = events("وأعلنت وزارة الداخلية أنه جرى تحييد عنصرين من الخلية خلال مداهمة في بلدة المليحة.")
    assert ("casualties", "asserted", "المليحة", "government") in got


def test_freeing_hostages_is_other_not_a_takeover() -> None:
    got = events("وتمكن الأمن الداخلي من تحرير مخطوفين اثنين في مدينة السخنة.")
    assert got == [("other", "asserted", "السخنة", "government")]


def test_violence_sweeping_a_place_takes_nothing_and_the_toll_keeps_it() -> None:
    got = events("قتل العشرات في أعمال عنف اجتاحت ريف جبلة.", "2025-03-08")
    assert [e[0] for e in got] == ["casualties"]


def test_a_pursuit_toward_a_place_is_an_advance_there() -> None:
    got = events("وسيطرت وحدات الجيش على قرية زيتا وتواصل ملاحقة المسلحين باتجاه قرية مطربا.", "2025-02-08")
    assert ("advance", "asserted", "مطربا", "government") in got
    assert not any(e[0] == "take_control" and e[2] == "مطربا" for e in got)


def test_control_held_since_a_year_is_status() -> None:
    assert not events("وتسيطر قسد على حي الشيخ مقصود منذ عام 2012.", "2025-10-07")


def test_going_out_in_a_vigil_after_a_long_subject_is_a_protest() -> None:
    got = events("وخرج اليوم عشرات من أبناء قرية الحصن في وقفة احتجاجية.", "2025-11-18")
    assert got and all(e[0] == "protest" for e in got)


def test_an_apposition_of_who_the_dead_were_keeps_the_tolls_place() -> None:
    got = events("قتل ما لا يقل عن عشرين شخصاً، معظمهم من المدنيين، في قصف على بلدة سرمين.")
    assert ("casualties", "asserted", "سرمين", "unknown") in got


def test_an_apposition_of_who_an_arrested_man_is_keeps_the_arrests_place() -> None:
    got = events("وألقت قوى الأمن الداخلي القبض على العميد السابق م. ع.، الرئيس السابق لقسم التحقيق، في قرية عين شقاق.",
                 "2025-09-16")
    assert [(e[0], e[3]) for e in got] == [("other", "government")] and "شقاق" in got[0][2]


def test_an_agreements_terms_after_ala_an_are_expected() -> None:
    got = events("وتوصل الطرفان إلى اتفاق لوقف إطلاق النار في بلدة جاسم، على أن ينسحب المسلحون من بلدة نوى خلال يومين.",
                 "2025-08-11")
    assert ("withdraw", "expected", "نوى", "unknown") in got
    got = events("وأكد المتحدث على أن وحدات الجيش انسحبت من بلدة جاسم.", "2025-08-11")
    assert got == [("withdraw", "asserted", "جاسم", "government")]


def test_a_closing_span_after_an_apposition_dates_the_toll() -> None:
    text = "وقتل نحو مئتي شخص، أغلبهم من المدنيين، في قرى ريف جبلة، خلال الأيام الممتدة من السادس إلى العاشر من آذار."
    evs = analyze(Article(id="p10a", raw=text, published="2025-07-22")).events
    assert [(e.type, e.date.value[:7]) for e in evs] == [("casualties", "2025-03")]


def test_a_border_villages_adjective_is_no_part_of_its_name() -> None:
    got = events("وقصف الجيش قرية حاويك الحدودية غرب القصير.", "2025-02-08")
    assert [(e[0], e[2]) for e in got] == [("attack", "حاويك")]


def test_a_front_line_is_no_clash_and_villages_near_it_name_no_place() -> None:
    got = events("ونزح مئات المدنيين من القرى القريبة من خطوط الاشتباك نحو مدينة الطبقة.", "2026-01-10")
    assert got == [("displacement", "asserted", "الطبقة", "civilians")]


def test_remnants_of_shelling_leave_the_blast_its_place() -> None:
    got = events("وقتل طفلان بانفجار قذيفة من مخلفات القصف قرب منزلهما في بلدة سراقب.", "2026-04-02")
    assert {(e[0], e[2]) for e in got} == {("casualties", "سراقب")}  # debris: its toll only (task conv33)


def test_each_toll_of_a_sentence_falls_at_its_own_blast() -> None:
    got = events("وقتل شابان بانفجار لغم في بلدة حيش، فيما فقد راع حياته بانفجار عبوة قرب قرية التح.", "2026-04-02")
    assert {e[2] for e in got if e[0] == "casualties"} == {"حيش", "التح"}
    assert not events("وقال نازحون إنهم فقدوا منازلهم في بلدة كفرنبل.", "2026-04-02")


def test_a_body_found_is_a_toll_and_a_body_handed_over_is_none() -> None:
    assert events("وعثر الأهالي على جثته قرب قرية الغنطو.", "2025-11-18") == [
        ("casualties", "asserted", "الغنطو", "unknown")]
    assert not events("وسلمت قوى الأمن جثتها إلى ذويها في مدينة حماة.", "2025-11-18")
    assert not events("وقال مصدر طبي إن مشفى مدينة الحسكة استقبل جثتي المقاتلين.", "2025-11-18")


def test_one_military_target_struck_is_an_attack() -> None:
    got = events("وقال الجيش الإسرائيلي إنه ضرب أيضاً هدفاً عسكرياً قرب مدينة قطنا.", "2025-07-16")
    assert got == [("attack", "asserted", "قطنا", "israel")]


def test_the_items_of_a_toll_list_are_its_leads_speakers() -> None:
    text = ("أحصى المرصد السوري لحقوق الإنسان مقتل تسعة أشخاص خلال الأسبوع الماضي، بينهم:\n"
            "- أربعة مدنيين قضوا بانفجار لغم قرب بلدة الشدادي.\n"
            "- شاب قتل برصاص مسلحين مجهولين في مدينة طفس.\n"
            "وقصفت طائرات مجهولة قرية الكشمة.")
    evs = analyze(Article(id="p10a", raw=text, published="2025-12-14")).events
    by_place = {(e.type, e.place.name): e.source.name_en for e in evs}
    assert by_place[("casualties", "الشدادي")] == "Syrian Observatory for Human Rights"
    assert by_place[("casualties", "طفس")] == "Syrian Observatory for Human Rights"
    assert by_place[("attack", "الكشمة")] == "the article"
