"""Task read25a: a second complement of the report verb ("وأن"، "وإن") ends the scope of a trigger before it; a sweep
told as going on ("تمشيطاً يجري في محيط X") is other; a relative clause on the settlements a place is ranked among
("X كانت من أوائل البلدات التي ...") tells what happened at that place. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2025-08-10") -> list[tuple[str, str]]:
    evs = analyze(Article(id="read25a", raw=text, published=published)).events
    return [(e.type, e.place.name if e.place else "") for e in evs]


def test_a_second_complement_keeps_its_place_to_itself() -> None:
    got = events("دخلت قوات الأمن العام مدينة الصنمين صباح اليوم. وأضاف المصدر أن تعزيزات وصلت إلى المدينة وأن "
                 "تمشيطاً يجري في محيط قرية قيطة")
    assert ("deploy", "الصنمين") in got and not any(t == "deploy" and "قيطة" in p for t, p in got)


def test_a_first_complement_with_its_own_place_is_unchanged() -> None:
    got = events("وقال مصدر أمني إن تعزيزات وصلت إلى مدينة الصنمين وإن الوضع هادئ")
    assert ("deploy", "الصنمين") in got


def test_a_sweep_going_on_is_other() -> None:
    got = events("وأفادت مصادر محلية بأن تمشيطاً واسعاً يجري في محيط بلدة الشولا", "2026-02-17")
    assert any(t == "other" and "الشولا" in p for t, p in got)


def test_raking_with_guns_stays_a_strike() -> None:
    got = events("ومشطت القوات بالرشاشات الثقيلة أطراف قرية المسرب", "2026-02-17")
    assert any(t == "attack" for t, _ in got) and not any(t == "other" for t, _ in got)


def test_a_ranked_town_is_where_its_relative_clause_happened() -> None:
    got = events("يُذكر أن معرة مصرين كانت من أوائل البلدات التي خرجت عن سيطرة النظام السابق في ريف إدلب",
                 "2026-03-12")
    assert [p for t, p in got if t == "take_control"] == ["معرة مصرين"]


def test_settlements_with_no_ranked_town_keep_the_area() -> None:
    got = events("وخرجت بلدات كثيرة عن سيطرة النظام في ريف إدلب خلال عام 2012", "2026-03-12")
    assert ("take_control", "ريف إدلب") in got


def test_what_is_exploited_is_done() -> None:
    evs = analyze(Article(id="read25a", raw="ويحاول التنظيم استغلال انسحاب قوات التحالف الدولي من قاعدة الشدادي "
                          "الشهر الماضي لإعادة تنشيط خلاياه", published="2026-02-17")).events
    assert [e.polarity for e in evs if e.type == "withdraw"] == ["asserted"]


def test_trying_to_withdraw_stays_expected() -> None:
    evs = analyze(Article(id="read25a", raw="وتحاول قوات التحالف الانسحاب من قاعدة الشدادي قبل نهاية الشهر",
                          published="2026-02-17")).events
    assert [e.polarity for e in evs if e.type == "withdraw"] == ["expected"]


def test_the_ceasefire_line_is_no_ceasefire() -> None:
    got = events("توغلت قوة إسرائيلية في قريتي بئر عجم وبريقة. وذكرت الوكالة أن القوة دخلت القريتين من جهة خط وقف "
                 "إطلاق النار", "2025-07-15")
    assert not any(t == "other" for t, _ in got) and ("enter", "بريقة") in got


def test_a_ceasefire_declared_stays_other() -> None:
    got = events("وأعلن الطرفان وقف إطلاق النار في بلدة الرفيد اعتباراً من منتصف الليل", "2025-07-15")
    assert ("other", "الرفيد") in got
