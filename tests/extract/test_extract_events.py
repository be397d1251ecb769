"""The rule extractor on sentences written for these tests: every type, every polarity, the no-event cases.

Each test runs the whole per-article pipeline (clean, segment, read, extract) on a short article, so a
failure can come from a reader too: the event's ``rule`` says which part decided.
"""
from __future__ import annotations

import pytest

from tawatur.model import Article
from tawatur.pipeline import analyze

PUBLISHED = "2019-05-10"  # a Friday


def events_of(text: str, published: str = PUBLISHED):
    art = analyze(Article(id="t", raw=text, published=published))
    return [(e.type, e.polarity, e.place.name_en or e.place.name, e.actor.side) for e in art.events], art


def has(evs, etype, polarity, place_en_part, side=None):
    return any(t == etype and p == polarity and place_en_part.lower() in pl.lower()
               and (side is None or s == side) for t, p, pl, s in evs)


def test_take_control_fans_out_over_a_dual_and_skips_the_locator():
    evs, _ = events_of("أعلنت فصائل المعارضة سيطرتها على بلدتي كفرنبل وخان شيخون في ريف إدلب الجنوبي.")
    assert has(evs, "take_control", "asserted", "Kafr", "opposition")
    assert has(evs, "take_control", "asserted", "Khan Shaykhun", "opposition")
    assert len([e for e in evs if e[0] == "take_control"]) == 2


def test_denial_by_a_ministry():
    evs, art = events_of("نفت وزارة الدفاع السورية انسحاب وحداتها من مدينة حماة.")
    assert evs == [("withdraw", "denied", "Hama", "government")] or has(evs, "withdraw", "denied", "Hama")
    ev = art.events[0]
    assert "Defen" in ev.source.name_en or "Ministry" in ev.source.name_en


def test_expected_takeover():
    evs, _ = events_of("ويتوقع أن تسيطر الفصائل على مدينة حمص خلال الساعات المقبلة.")
    assert has(evs, "take_control", "expected", "Homs")
    assert not has(evs, "take_control", "asserted", "Homs")


def test_hypothetical_gives_no_event():
    evs, _ = events_of("ومن شأن سيطرة المعارضة على مدينة حمص أن تقطع الطريق بين العاصمة والساحل.")
    assert evs == []


def test_purpose_is_not_an_event_but_the_operation_is():
    evs, _ = events_of("أطلقت الفصائل عملية عسكرية للسيطرة على مدينة تدمر.")
    assert has(evs, "attack", "asserted", "Palmyra")
    assert not any(t == "take_control" for t, *_ in evs)


def test_air_strike_side_and_place():
    evs, _ = events_of("قصفت الطائرات الحربية الروسية مدينة معرة النعمان صباح اليوم.")
    assert has(evs, "attack", "asserted", "Ma", "russia")


def test_casualties_take_the_place_and_number_of_the_strike():
    evs, art = events_of("وقتل 12 مدنياً في غارات جوية استهدفت مدينة أريحا أمس الخميس.")
    assert has(evs, "attack", "asserted", "Ariha")
    cas = [e for e in art.events if e.type == "casualties"]
    assert cas and cas[0].quantity == "12"
    assert cas[0].date.value == "2019-05-09"


def test_displacement_counts_origin_and_destination_not_the_border():
    evs, _ = events_of("وفرّ مئات المدنيين من مدينة سراقب باتجاه الحدود التركية ومدينة إدلب.")
    assert has(evs, "displacement", "asserted", "Saraqib", "civilians")
    assert has(evs, "displacement", "asserted", "Idlib", "civilians")
    assert len(evs) == 2


def test_protest():
    evs, _ = events_of("وخرجت مظاهرات في مدينة السويداء تطالب برحيل المحافظ.")
    assert has(evs, "protest", "asserted", "Suwayda", "civilians")


def test_locator_place_is_not_an_event_place():
    evs, _ = events_of("سيطرت قوات سوريا الديمقراطية على بلدة هجين قرب مدينة البوكمال.")
    assert has(evs, "take_control", "asserted", "Hajin", "sdf")
    assert not any("Kamal" in pl for _, _, pl, _ in evs)


def test_back_reference_to_the_city():
    evs, _ = events_of("وصلت الفصائل إلى أطراف مدينة حماة، ثم دخلت المدينة وسيطرت عليها.")
    assert has(evs, "advance", "asserted", "Hama", "opposition")
    assert has(evs, "enter", "asserted", "Hama", "opposition")
    assert has(evs, "take_control", "asserted", "Hama", "opposition")


@pytest.mark.parametrize("text", [
    "وتقع البلدة في المناطق الخاضعة لسيطرة الحكومة قرب مدينة جبلة.",
    "لكن الفصائل لم تعلن بعد السيطرة على مدينة حمص.",
    "ويقول محللون إن أي تقدم للفصائل نحو مدينة حماة قد يغير موازين القوى.",
])
def test_status_not_yet_and_hypothetical_sentences_give_nothing(text):
    evs, _ = events_of(text)
    assert evs == []


def test_call_to_defect_is_a_defection_of_the_side_called():
    evs, _ = events_of("ودعت الفصائل عناصر قوات النظام في مدينة حمص إلى الانشقاق.")
    assert has(evs, "defection", "asserted", "Homs", "government")


def test_attribution_chain_through_a_news_agency():
    _, art = events_of("ونقلت وكالة سانا عن مصدر عسكري أن قوات الجيش انسحبت من مطار كويرس العسكري.")
    ws = [e for e in art.events if e.type == "withdraw"]
    assert ws and ws[0].actor.side == "government"
    assert ws[0].source.name_en == "SANA"
    assert len(ws[0].source.chain) == 2


def test_distance_in_a_relative_clause_is_not_an_advance():
    evs, _ = events_of("دخلت الفصائل بلدة الصنمين الواقعة على بعد 50 كيلومتراً من دمشق.")
    assert has(evs, "enter", "asserted", "Sanamayn")
    assert not any(t == "advance" for t, *_ in evs)


def test_distance_with_a_force_as_subject_is_an_advance():
    evs, _ = events_of("وأصبحت الفصائل على بعد 10 كيلومترات من مدينة حمص.")
    assert has(evs, "advance", "asserted", "Homs")


def test_curfew_is_other():
    evs, _ = events_of("وأعلنت قوات الأمن حظر التجوال في مدينة اللاذقية حتى إشعار آخر.")
    assert has(evs, "other", "asserted", "Latakia")


def test_evidence_points_at_the_raw_text():
    text = "قال مراسلنا إن الجيش قصف بلدة اللطامنة بالمدفعية الثقيلة."
    _, art = events_of(text)
    ev = art.events[0]
    assert text[ev.evidence.start:ev.evidence.end] == ev.evidence.text
    assert "قصف" in ev.evidence.text and ev.rule.startswith("trigger:attack")


def test_same_happening_twice_in_one_article_is_one_event():
    evs, _ = events_of("سيطرت الفصائل على مدينة درعا.\nوأكدت الفصائل سيطرتها على مدينة درعا بالكامل.")
    assert len([e for e in evs if e[0] == "take_control"]) == 1
