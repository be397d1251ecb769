"""Constructions read in heldout22's second half (task read22b): a prediction told by the plural imperfect
("ويتوقعون أن")، a strike noun in a fronted time adjunct ("في أعقاب الهجوم،") is no strike on what the main verb after
it sends, and fighters who give themselves up with their weapons hand them in (other) at their home town. Sentences
written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2014-02-11") -> set[tuple[str, str, str]]:
    return {(e.type, e.polarity, e.place.name) for e in analyze(Article(id="r22b", raw=text, published=published)).events}


def test_plural_prediction_is_expected() -> None:
    text = "ويرى محللون أن سقوط المطار يقوي موقع الفصائل، ويتوقعون أن يتقدموا خلال الأيام المقبلة نحو مدينة حرستا"
    assert events(text, "2012-11-28") == {("advance", "expected", "حرستا")}
    text = "وقال محللون إن مقاتلي الفصائل تقدموا أمس نحو مدينة حرستا"
    assert events(text, "2012-11-28") == {("advance", "asserted", "حرستا")}


def test_main_verb_after_a_fronted_time_adjunct_tells_its_event() -> None:
    text = "وفي أعقاب الهجوم، أرسلت وزارة الدفاع تعزيزات عسكرية إلى قرية الشحيل"
    assert ("deploy", "asserted", "الشحيل") in events(text, "2026-03-19")
    text = "وبعد الهجوم دفعت وزارة الدفاع بتعزيزات عسكرية إلى بلدة موحسن"
    assert events(text, "2026-03-19") == {("deploy", "asserted", "موحسن")}


def test_a_patrol_right_after_a_strike_is_still_its_target() -> None:
    assert events("وهاجم مسلحون دورية للأمن العام في قرية الشحيل", "2026-03-19") == {("attack", "asserted", "الشحيل")}
    # a patrol noun after the adjunct is still the object of the verb before it
    text = "وهاجم مسلحون في أعقاب الهجوم دورية للأمن العام في قرية الشحيل"
    assert {t for t, _, _ in events(text, "2026-03-19")} == {"attack"}


def test_fighters_giving_themselves_up_with_weapons_hand_them_in() -> None:
    text = "وسلّم 45 مسلحاً من أبناء بلدة ببيلا بريف دمشق أنفسهم مع أسلحتهم إلى الجهات المختصة أمس"
    assert events(text) == {("other", "asserted", "ببيلا")}
    assert events("وسلّم المسلحون بلدة ببيلا إلى وحدات الجيش بعد مفاوضات") == {("take_control", "asserted", "ببيلا")}


def test_happening_after_baad_in_a_denial_is_given() -> None:
    text = "ونفى مصدر محلي اعتقال شبان من أهالي مدينة قدسيا بعد دخول الجيش"
    assert events(text, "2016-12-03") == {("other", "denied", "قدسيا"), ("enter", "asserted", "قدسيا")}
    assert events("ونفى مصدر محلي دخول الجيش إلى مدينة قدسيا", "2016-12-03") == {("enter", "denied", "قدسيا")}


def test_speech_participle_after_a_prediction_opens_a_statement() -> None:
    text = "ويتوقع ناشطون أن تشن قوات النظام هجوماً على بلدة زبدين، مشيرين إلى أن القوات قصفت بلدة حزة أمس"
    assert events(text, "2012-11-14") == {("attack", "expected", "زبدين"), ("attack", "asserted", "حزة")}
    text = "ومن المتوقع، كما قالت المصادر، أن تنسحب الفصائل من بلدة كفرزيتا"
    assert events(text, "2018-05-10") == {("withdraw", "expected", "كفرزيتا")}
