"""Task elsewhere42 (issue 12): a facility the gazetteer lacks (a depot, a police station, a checkpoint) is located
in a town when the text first names it ("مستودع ... في بلدة X"، "مخفر X"، "حاجز ... عند المدخل الشمالي لمدينة X"); a
later sentence's "المستودع"، "المخفر"، "الحاجز" points back at that town, past a town named since in passing. With no
facility located before it, the word names no place. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2025-06-10") -> list[tuple[str, str, str]]:
    evs = analyze(Article(id="elsewhere42", raw=text, published=published)).events
    return [(e.type, e.place.name if e.place else "", e.rule) for e in evs]


def test_the_depot_recalled_is_the_town_it_stands_in() -> None:
    got = events("شب حريق في مستودع لقطع الغيار داخل بلدة معرة مصرين مساء الجمعة، وجاءت سيارات الإطفاء من مدينة "
                 "إدلب. وأفاد متطوعون بأنهم أخرجوا ثلاثين عائلة من محيط المستودع ليلاً")
    # the depot itself where the reader composed it ("مستودع لقطع الغيار"، a place at the town's coordinates), else the town
    assert any(t == "displacement" and ("مصرين" in p or p.startswith("مستودع")) and "backref:المستودع" in r
               for t, p, r in got)
    assert not any(t == "displacement" and p == "إدلب" for t, p, _ in got)


def test_the_police_station_composed_at_its_town_is_that_facility() -> None:
    # "المخفر" after "مخفر الشرطة في بلدة X" is the facility the reader composed at X: the clash told at it is the same
    # strike's place, one attack, not a second one at X
    got = events("فجّر مهاجم عبوة أمام مخفر الشرطة في بلدة سلقين ليلاً، ووصلت سيارات إسعاف من مدينة حارم. وقال مصدر "
                 "أمني إن عناصر الشرطة اشتبكوا مع مسلحين في محيط المخفر")
    attacks = [p for t, p, _ in got if t == "attack"]
    assert len(attacks) == 1 and attacks[0].startswith("مخفر")


def test_the_police_station_named_by_its_town_is_that_town() -> None:
    got = events("هاجمت مجموعة مسلحة مخفر سلقين فجر السبت، ثم قدمت دورية من مدينة حارم. وأوضح مسؤول أمني أن "
                 "المسلحين سيطروا على المخفر مدة قصيرة")
    assert ("take_control", "سلقين") in {(t, p) for t, p, _ in got}


def test_a_checkpoint_at_a_named_edge_is_at_that_town() -> None:
    got = events("استهدف مجهولون حاجزاً للشرطة عند المدخل الشمالي لمدينة محردة ليلاً، وأرسلت مدينة حماة تعزيزات "
                 "إلى المنطقة. وبحسب مصدر طبي فإن عناصر الحاجز قتلوا أحد المسلحين")
    assert ("casualties", "محردة") in {(t, p) for t, p, _ in got}


def test_a_facility_word_with_no_facility_located_names_no_place() -> None:
    got = events("وزعمت صفحات موالية أن غارة أصابت مستودعاً للأسلحة، فيما قال ناشط إن المستودع لم يتضرر")
    assert not any("backref:المستودع" in r for _, _, r in got)


def test_the_place_around_which_forces_spread_is_the_scene_just_told() -> None:
    got = events("أصيب خمسة أشخاص بانفجار لغم أرضي عند مدخل بلدة الحارة مساء الأحد، ونقلوا إلى مشفى مدينة الصنمين. "
                 "ثم انتشرت وحدات من الشرطة العسكرية في محيط المكان")
    assert any(t == "deploy" and p == "الحارة" and "backref:المكان" in r for t, p, r in got)
    assert not any(t == "deploy" and p == "الصنمين" for t, p, _ in got)


def test_a_site_word_with_a_definite_word_after_it_or_no_scene_names_no_place() -> None:
    got = events("وذكرت الوزارة أن دورية انتشرت في الموقع المخصص لاستقبال العائدين")
    assert not any("backref:الموقع" in r for _, _, r in got)
    got = events("التقى المحافظ وجهاء مدينة نوى أمس. وانتشرت دورية للشرطة حول المكان صباح اليوم")
    assert not any("backref:المكان" in r for _, _, r in got)
