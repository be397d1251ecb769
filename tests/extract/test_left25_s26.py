"""Task left25 (session 26), heldout25's left-overs. A road closure told road first ("إن الطريق أُغلق حتى صباح اليوم"، "الطريق بقي مغلقاً")
is the closure of the road the text named before, "الطريق" recalling it, a road the reader composed from the towns
it joins too (a verb-first closure, "وأغلقت قوات الأمن الطريق", does not recall it: protesters' blocking shares the
row, and their protest is at the town). With no road named before,
"الطريق" points at no town; as another verb's object it takes nothing from a pronoun's town. Sentences written for
these tests. And what people keep hearing of in a quote ("كل يوم نسمع عن إصابة جديدة") is a habit of hearsay, no
toll; a toll a source tells stays."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze

ROAD = "استهدف مسلحون مجهولون حافلة على الطريق الواصل بين مدينتي الصنمين وإزرع مساء أمس. "


def events(text: str, published: str = "2025-03-04") -> list[tuple[str, str]]:
    evs = analyze(Article(id="left25", raw=text, published=published)).events
    return [(e.type, e.place.name if e.place else "") for e in evs]


def test_a_road_closed_told_road_first_is_the_road_named_before() -> None:
    got = events(ROAD + "وقال مصدر أمني إن الطريق أغلق أمام حركة المدنيين حتى صباح اليوم")
    assert ("other", "طريق الصنمين - إزرع") in got


def test_protesters_closing_a_road_in_a_town_protest_in_the_town() -> None:
    got = events(ROAD + "وأغلق محتجون غاضبون الطريق الرئيسي وسط مدينة إزرع بالإطارات المشتعلة")
    assert ("protest", "إزرع") in got
    assert not any(t in ("protest", "other") and p.startswith("طريق") for t, p in got)


def test_no_road_named_before_gives_no_place() -> None:
    got = events("قصف مسلحون مجهولون بلدة كفرزيتا بقذائف الهاون مساء أمس. وقال مصدر أمني إن الطريق أغلق بسبب الثلوج")
    assert got == [("attack", "كفرزيتا")]


def test_a_road_a_later_verb_opens_is_not_the_retaken_town() -> None:
    got = events("وكان التنظيم قد سيطر على بلدة خناصر في شباط الماضي، قبل أن يستعيدها الجيش ويعيد فتح الطريق",
                 "2016-05-11")
    assert [p for t, p in got if t == "take_control"] == ["خناصر", "خناصر"]


def test_what_people_keep_hearing_of_is_no_toll() -> None:
    got = events('انتشرت دوريات الأمن العام في بلدة الصنمين أمس، بحسب ما قال أحد السكان. وأضاف: "نمشي بسرعة في '
                 'الشوارع. كل يوم نسمع عن إصابة جديدة"', "2026-01-21")
    assert not any(t == "casualties" for t, _ in got)


def test_a_toll_the_source_tells_after_it_stays() -> None:
    got = events("انتشرت دوريات الأمن العام في بلدة الصنمين أمس. وأضاف المصدر أن ثلاثة مدنيين أصيبوا برصاص مجهولين "
                 "في البلدة", "2025-08-10")
    assert ("casualties", "الصنمين") in got


def test_the_way_opened_reaches_through_its_clause() -> None:
    got = events("سيطرت الفصائل على بلدة اللطامنة أمس. ويرى محللون أن السيطرة على البلدة تفتح الطريق أمام الفصائل "
                 "للتقدم نحو ريف حماة الشمالي وصولاً إلى مدينة محردة", "2019-05-14")
    assert got == [("take_control", "اللطامنة")]


def test_a_comma_before_a_verb_ends_the_way_opened() -> None:
    got = events("سيطرت قوات النظام على تل الحارة أمس، ما يفتح الطريق أمام الجيش، فيما تقدمت وحداته اليوم نحو بلدة "
                 "كفرشمس", "2019-05-14")
    assert ("advance", "كفرشمس") in got
