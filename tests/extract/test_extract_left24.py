"""Constructions this session's helpers left (task left24): a place that saw none of a strike, working toward a
deal, fighters moving out, a gathering with a demand, an arrival in a time clause. Sentences written for these
tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2025-03-01") -> list[tuple[str, str, str]]:
    evs = analyze(Article(id="l24", raw=text, published=published)).events
    return [(e.type, e.polarity, e.place.name) for e in evs]


def test_a_place_that_saw_no_strike_denies_it() -> None:
    assert events("ولم تشهد مدينة إدلب أي قصف خلال اليوم.") == [("attack", "denied", "إدلب")]
    assert events("وأكد الناشطون أن بلدة سرمين لم تشهد أي غارات جوية منذ يومين.") == [
        ("attack", "denied", "سرمين")]
    assert events("لم تشهد مدينة معرة النعمان أي قصف.") == [("attack", "denied", "معرة النعمان")]
    assert events("ولم تُسجَّل أي غارة جوية على مدينة كفرنبل خلال الأيام الماضية.") == [("attack", "denied", "كفرنبل")]
    # no toll recorded is no toll, denied or told
    assert events("سقطت قذيفة على حي الوعر ولم تسجل أي إصابات.") == [("attack", "asserted", "الوعر")]
    # what a place saw is told done
    assert events("وشهدت مدينة إدلب قصفاً مدفعياً عنيفاً خلال اليوم.") == [("attack", "asserted", "إدلب")]


def test_working_toward_a_deal_is_expected() -> None:
    assert events("وتعمل روسيا على التوصل إلى هدنة في مدينة درعا.", "2018-03-01") == [
        ("other", "expected", "درعا")]
    assert events("وتبذل روسيا جهوداً للتوصل إلى هدنة في مدينة درعا.", "2018-03-01") == [
        ("other", "expected", "درعا")]
    # a deal reached is made
    assert events("وتوصلت روسيا إلى هدنة في مدينة درعا.", "2018-03-01") == [("other", "asserted", "درعا")]


def test_fighters_moving_out_withdraw() -> None:
    assert events("وانتقل مقاتلو الفصائل من مدينة جاسم إلى الشمال السوري.", "2018-03-01") == [
        ("withdraw", "asserted", "جاسم")]
    got = events("وانتقلت العائلات من حي الوعر إلى مدينة جرابلس.", "2018-03-01")
    assert {(e[0], e[2]) for e in got} == {("displacement", "الوعر"), ("displacement", "جرابلس")}
    assert events("وانتقل الوفد الروسي إلى مدينة درعا.", "2018-03-01") == []


def test_a_gathering_with_a_demand_is_a_protest() -> None:
    assert events("وتجمع العشرات في ساحة الكرامة بمدينة السويداء مطالبين بالإفراج عن المعتقلين.") == [
        ("protest", "asserted", "ساحة الكرامة")]
    assert events("وتجمع المئات وسط مدينة جاسم منددين بالاعتقالات.") == [("protest", "asserted", "جاسم")]
    assert [e[0] for e in events("وتتجمع القوات قرب مدينة سراقب استعداداً للهجوم.")] == ["deploy"]


def test_an_arrival_in_a_time_clause_is_no_entry() -> None:
    assert events("وتعرضت قافلة مساعدات لقصف عند وصولها إلى مدينة دوما.") == [("attack", "asserted", "دوما")]
    assert events("وأطلق مسلحون النار على الدورية لدى وصولها إلى قرية الكرك الشرقي.") == [
        ("attack", "asserted", "الكرك الشرقي")]
    assert events("ووصلت قوات الأمن العام إلى مدينة دوما.") == [("enter", "asserted", "دوما")]


def test_the_fate_that_awaits_is_no_event() -> None:
    assert events("وقال إن المعتقلين في سجن حماة المركزي ينتظرهم الإعدام.") == []
    assert [e[0] for e in events("واعتقلت قوات النظام ثلاثة شبان في بلدة طفس ينتظرهم الإعدام.", "2018-03-01")] == [
        "other"]
    assert [e[:2] for e in events("وأعدمت قوات النظام ثلاثة معتقلين في سجن صيدنايا.", "2018-03-01")] == [
        ("casualties", "asserted")]


def test_sorties_with_a_target_are_air_strikes() -> None:
    assert events("ونفذت الطائرات الروسية عشرات الطلعات الجوية مستهدفة بلدة كفرنبل.", "2018-03-01") == [
        ("attack", "asserted", "كفرنبل")]
    assert events("ونفذ طيران التحالف 12 طلعة جوية ضد مواقع التنظيم في مدينة البوكمال.", "2018-03-01") == [
        ("attack", "asserted", "البوكمال")]
    assert events("ونفذ الطيران الحربي ثلاث طلعات جوية في أجواء مدينة إدلب.", "2018-03-01") == []


def test_a_denial_by_its_verbal_noun_with_lam() -> None:
    assert events("وجاء البيان في نفي لحدوث أي اشتباكات في مدينة الصنمين.") == [("attack", "denied", "الصنمين")]
    # a purpose after the denial stays a hypothetical
    assert events("نفى الجيش الانسحاب وأكد جاهزيته لصد أي هجوم على مدينة حماة.") == []


def test_hostages_and_travellers_freed_are_other() -> None:
    assert [e[0] for e in events("وحررت قوات الأمن العام رهينتين في بلدة الصنمين.")] == ["other"]
    assert [e[0] for e in events("وتمكنت دورية من تحرير ثلاثة مسافرين في بلدة حسياء.")] == ["other"]
    assert [e[0] for e in events("وحررت الفصائل بلدة مورك.", "2017-03-01")] == ["take_control"]
