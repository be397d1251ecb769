"""First-sight genres of task probe18 (council posts, tickers, factboxes, UN updates): the constructions they
brought, each read the way GUIDELINES.md asks (own sentences; bench/sentences/probe18.txt holds more)."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, day: str = "2016-08-29") -> set[tuple[str, str, str]]:
    evs = analyze(Article(id="s", raw=text, published=day)).events
    return {(e.type, e.place.name if e.place else "", e.polarity) for e in evs}


def test_the_two_villages_after_a_pair_are_the_pair_not_qaryatayn() -> None:
    got = events("قصفت طائرات حربية قريتي حربل وتل جيجان، وقال ناشطون إن خمسة مدنيين قتلوا في القريتين.")
    assert ("casualties", "حربل", "asserted") in got and ("casualties", "تل جيجان", "asserted") in got
    assert not any(p == "القريتين" for _, p, _ in got)


def test_qaryatayn_under_its_cue_or_alone_is_the_town() -> None:
    assert ("take_control", "القريتين", "asserted") in events("سيطر تنظيم الدولة على مدينة القريتين بريف حمص.")
    assert ("casualties", "القريتين", "asserted") in events("قال ناشطون إن التنظيم أعدم عشرة أشخاص في القريتين.")


def test_extending_thanks_is_no_advance() -> None:
    assert events("نتقدم نحن في المجلس المحلي لمدينة سراقب بالشكر الجزيل لفرق الدفاع المدني.") == set()
    assert ("advance", "نبل", "asserted") in events("تقدمت قوات النظام نحو بلدة نبل، وشكر مصدر عسكري الأهالي.")


def test_out_of_service_is_no_departure() -> None:
    got = events("فر آلاف المدنيين من بلدة جرجناز.\nوتعرض مستشفى في بلدة معرشورين لغارة جوية، وخرج عن الخدمة.")
    assert not any(t in ("displacement", "evacuation", "withdraw") and "معرشورين" in p for t, p, _ in got)


def test_a_report_called_a_lie_after_it_is_denied() -> None:
    assert ("enter", "الحراك", "denied") in events("وما نشرته قنوات النظام عن دخول جيش الأسد إلى الحراك كذب لا أساس له.")
    assert ("take_control", "تل رفعت", "denied") in events("وصف قائد ميداني الأخبار عن سقوط بلدة تل رفعت بأنها كاذبة.")


def test_where_the_fire_came_from_is_no_place() -> None:
    assert events("قصفت قوات النظام بلدة الحراك بالمدفعية من اللواء 52.") == {("attack", "الحراك", "asserted")}
    assert events("سقطت قذائف هاون على حي القصاع مصدرها حي جوبر.") == {("attack", "القصاع", "asserted")}
    assert events("تعرضت مدينة داريا لقصف بصواريخ انطلقت من مطار المزة العسكري.") == {("attack", "داريا", "asserted")}


def test_a_town_military_council_is_an_actor() -> None:
    got = events("اشتباكات بين الفصائل ومقاتلي مجلس جرابلس العسكري قرب قرية العمارنة.")
    assert got == {("attack", "العمارنة", "asserted")}


def test_no_toll_recorded_is_no_denied_toll() -> None:
    got = events("انتشرت دوريات للأمن العام في مدينة طفس بعد إطلاق نار، ولم تسجل إصابات.", "2025-10-29")
    assert not any(t == "casualties" for t, _, _ in got)


def test_our_city_in_a_sentence_naming_it() -> None:
    got = events("قالت تنسيقية مدينة الحراك إن قوات النظام قصفت مدينتنا منذ فجر اليوم.", "2013-04-16")
    assert ("attack", "الحراك", "asserted") in got


def dated(text: str, day: str) -> set[tuple[str, str, str, str]]:
    evs = analyze(Article(id="s", raw=text, published=day)).events
    return {(e.type, e.place.name if e.place else "", e.actor.side, e.date.value or "") for e in evs}


def test_a_day_after_until_a_few_words_on_bounds_the_curfew() -> None:
    got = dated("أعلنت محافظة حمص حظر تجوال في مدينة تلكلخ حتى السادسة من صباح الغد.", "2026-04-28")
    assert ("other", "تلكلخ", "government", "2026-04-28") in got


def test_a_corrections_retracted_claim_is_denied() -> None:
    got = events("ذكرنا خطأً أن الفصائل سيطرت على بلدة كفرنبودة، والصحيح أنها تقدمت نحو أطرافها.", "2019-03-02")
    assert ("take_control", "كفرنبودة", "denied") in got and ("advance", "كفرنبودة", "asserted") in got


def test_out_of_service_keeps_the_strike_on_the_airport() -> None:
    got = events("وخرج مطار حلب الدولي عن الخدمة بعد غارة إسرائيلية على مدرجه الرئيسي.", "2018-05-10")
    assert ("attack", "مطار حلب الدولي", "asserted") in got


def test_a_timelines_two_days_are_two_happenings() -> None:
    text = ("- 27 آب: اشتباكات بين الفصائل ومقاتلي مجلس جرابلس العسكري قرب قرية العمارنة.\n"
            "- 28 آب: غارات تركية على قريتي جب الكوسا والعمارنة جنوب جرابلس.")
    got = dated(text, "2016-09-05")
    assert ("attack", "العمارنة", "opposition", "2016-08-27") in got
    assert ("attack", "العمارنة", "turkey", "2016-08-28") in got


def test_going_out_chanting_is_a_protest() -> None:
    got = events("عند الفجر كانت المدينة تحت سيطرتنا، وخرج الناس إلى ساحة الساعة يهتفون.", "2024-12-08")
    assert ("protest", "ساحة الساعة", "asserted") in got
    assert not any(t == "displacement" for t, _, _ in got)


def test_a_back_referenced_destination_before_a_named_origin() -> None:
    got = events("تشهد مدينة سراقب حركة عودة.\nوعادت عائلات إلى المدينة قادمة من مخيم أطمة.", "2025-09-21")
    assert ("displacement", "سراقب", "asserted") in got
