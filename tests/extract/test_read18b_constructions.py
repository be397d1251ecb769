"""Task read18b: constructions read from articles_heldout18's errors (H1809..H1816). Sentences written for
these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2017-04-16") -> list[tuple[str, str, str]]:
    evs = analyze(Article(id="r18b", raw=text, published=published)).events
    return [(e.type, e.place.name, e.polarity) for e in evs]


def test_the_displaced_in_construct_state_arrive_as_displacement() -> None:
    got = events("وصل مهجّرو بلدة الزارة إلى مدينة حماة مساء أمس.")
    assert {t for t, _, _ in got} == {"displacement"}
    assert ("displacement", "حماة", "asserted") in got
    got = events("وصل نازحو قرية التمانعة إلى بلدة سرمين.")
    assert {t for t, _, _ in got} == {"displacement"}
    assert ("displacement", "سرمين", "asserted") in got


def test_an_instrument_phrase_does_not_part_a_strike_from_its_target() -> None:
    got = events("استهدفت الفصائل بصاروخ محلي الصنع تمركزات لقوات النظام في قرية جورين.")
    assert got == [("attack", "جورين", "asserted")]
    got = events("استهدفت الفصائل بصاروخين موجهين تمركزات لقوات النظام في قرية الحويز.")
    assert got == [("attack", "الحويز", "asserted")]
    got = events("تمركزت قوات الجيش في بلدة مورك، فيما قصفت الفصائل بالصواريخ مدينة صوران.")
    assert got == [("deploy", "مورك", "asserted"), ("attack", "صوران", "asserted")]


def test_the_strike_a_suspect_took_part_in_is_the_one_told() -> None:
    got = events("هاجم مسلحون حاجزاً قرب بلدة الجلاء.\nوطوّقت وحدات من الجيش بلدة الحسرات المجاورة، واعتقلت ثلاثة "
                 "أشخاص يشتبه في مشاركتهم بالهجوم، من دون أن تحدد الجهة التي ينتمون إليها.", "2026-05-06")
    assert ("attack", "الحسرات", "asserted") not in got
    assert ("other", "الحسرات", "asserted") in got
    got = events("أكدت الفصائل مشاركة مقاتليها في الهجوم على بلدة مورك.")
    assert got == [("attack", "مورك", "asserted")]


def test_a_closing_diacritic_does_not_join_a_force_to_the_next_word() -> None:
    evs = analyze(Article(id="r18b", raw="قال ناشطون إن مسلحين أكراداً سيطروا على بلدة تل تمر.",
                          published="2013-03-03")).events
    assert [(e.type, e.place.name, e.actor.side) for e in evs] == [("take_control", "تل تمر", "sdf")]


def test_outskirts_that_locate_a_field_are_no_advance() -> None:
    assert events("عثر الأهالي على مستودع أسلحة في مزرعة على أطراف بلدة الكسرة.") == []
    got = events("جرفت القوات الإسرائيلية أراضي زراعية على أطراف قرية الرويحينة.")
    assert [t for t, _, _ in got] == ["advance"]


def test_the_displaced_a_convoy_carries_leave_the_strike_its_place() -> None:
    got = events("قُتل 40 شخصاً في تفجير سيارة مفخخة استهدف تجمعاً لحافلات تقل مهجّرين من بلدتي الفوعة وكفريا "
                 "أثناء توقفها في منطقة الراشدين غربي حلب.")
    assert got == [("attack", "الراشدين", "asserted"), ("casualties", "الراشدين", "asserted")]


def test_a_countryside_after_a_back_reference_only_locates_it() -> None:
    got = events("سيطرت الفصائل على بلدتي الفوعة وكفريا.\nوانسحبت قوات النظام من البلدتين في ريف إدلب الشمالي.")
    assert ("withdraw", "الفوعة", "asserted") in got and ("withdraw", "كفريا", "asserted") in got
    assert not any(p.startswith("ريف") for _, p, _ in got)
    got = events("سيطرت الفصائل على بلدة كفرنبل.\nوقصفت الطائرات البلدة في ريف إدلب الجنوبي.")
    assert ("attack", "كفرنبل", "asserted") in got


def test_handing_over_the_administration_of_places_is_their_takeover_by_the_receiver() -> None:
    evs = analyze(Article(id="r18b", raw="انسحبت قوات النظام من بلدة الدرباسية وسلمت إدارتها لوحدات حماية الشعب.",
                          published="2013-03-03")).events
    got = [(e.type, e.place.name, e.actor.side) for e in evs]
    assert got == [("withdraw", "الدرباسية", "government"), ("take_control", "الدرباسية", "sdf")]


def test_a_batch_to_be_released_told_by_its_pronoun() -> None:
    got = events("وأضاف أن دفعة ثانية تضم نحو 150 موقوفاً «سيُفرج عنها من سجن حماة المركزي خلال الأسبوع المقبل».",
                 "2025-11-18")
    assert got == [("other", "سجن حماة المركزي", "expected")]


def test_assad_forces_without_the_article_are_the_regime() -> None:
    evs = analyze(Article(id="r18b", raw="فيما تفرض ميليشيات أسد طوقاً محكماً حول بلدة مضايا.",
                          published="2016-05-03")).events
    assert [(e.type, e.place.name, e.actor.side) for e in evs] == [("advance", "مضايا", "government")]
