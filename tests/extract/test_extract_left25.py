"""Constructions left over by the last sessions (task left25): a toll told by "راح ضحيتها", an entry after a
withdrawal told by ل + a verb with the place as its pronoun, a denial by لم + a strike verb + أي, an aim told by
رمى إلى or كي, and a strike's nationality against the dead named before it. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2018-03-01") -> list[tuple[str, str, str, str]]:
    evs = analyze(Article(id="l25", raw=text, published=published)).events
    return [(e.type, e.polarity, e.place.name, e.actor.side) for e in evs]


def kinds(text: str, published: str = "2018-03-01") -> set[tuple[str, str, str]]:
    return {e[:3] for e in events(text, published)}


def test_fell_its_victims_is_a_toll() -> None:
    assert ("casualties", "asserted", "كفرزيتا") in kinds("وتعرضت بلدة كفرزيتا لقصف مدفعي عنيف راح ضحيته خمسة مدنيين.")
    assert ("casualties", "asserted", "الخريطة") in kinds(
        "ارتكبت الطائرات مجزرة في قرية الخريطة راح ضحيتها سبعة مدنيين.")
    # the victim of a fraud or of politics is no toll
    assert events("ووقع عشرات المزارعين في بلدة سرمدا ضحية عملية احتيال.") == []
    assert events("وذهبت مدينة الرقة ضحية التجاذبات السياسية.") == []


def test_an_entry_told_after_a_withdrawal_by_lam() -> None:
    got = kinds("وانسحبت الفصائل من بلدة كفرنبودة فجراً لتدخلها قوات النظام بعد ساعات.")
    assert ("enter", "asserted", "كفرنبودة") in got
    # the first force's purpose, with no subject of its own, is no entry
    got = kinds("وحشدت قوات النظام أرتالها قرب بلدة كفرنبودة لكي تدخلها بعد انسحاب الفصائل.")
    assert not any(e[0] == "enter" for e in got)


def test_no_target_at_all_is_a_denied_strike() -> None:
    assert kinds("وقال المصدر إن قواته لم تستهدف أي نقطة في بلدة دير حافر.", "2026-01-18") == {
        ("attack", "denied", "دير حافر")}
    # a strike noun as subject: the strike is given, only its target denied
    assert events("وقال المصدر إن القصف لم يستهدف أي منزل في قرية الخفسة.", "2026-01-18") == []
    # an exception: targeted only
    assert kinds("وقال مصدر عسكري إن المدفعية لم تستهدف سوى مواقع عسكرية في بلدة مسكنة.", "2026-01-18") == {
        ("attack", "asserted", "مسكنة")}


def test_an_aim_is_no_event() -> None:
    assert events("وترمي العملية إلى استعادة السيطرة على مدينة الميادين.", "2025-06-01") == []
    assert events("ويرمي الهجوم إلى إخراج قسد من قرية الخفسة.", "2025-06-01") == []


def test_the_strike_nationality_over_the_dead() -> None:
    got = events("وقتل جنود أتراك بغارة روسية على بلدة تادف.")
    assert ("attack", "asserted", "تادف", "russia") in got
    assert ("casualties", "asserted", "تادف", "russia") in got
    assert ("attack", "asserted", "المالكية", "turkey") in events("وقتل ثلاثة عناصر من قسد بقصف تركي على قرية المالكية.")
