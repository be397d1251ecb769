"""Digging in at a place's edge is no advance on it, and calm after clashes is no return (issue 12, lead, session
13): "على أطراف X" alone tells a force at X's edge, but a fortification before it (trenches, earth berms) tells a line
held, not a move; "عاد الهدوء" returns nobody. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def types(text: str) -> list[str]:
    return [e.type for e in analyze(Article(id="dig", raw=text, published="2020-01-14")).events]


def test_trenches_and_berms_at_an_edge_are_no_advance() -> None:
    assert types("وتواصل قوات سوريا الديمقراطية حفر الخنادق على أطراف مدينة الطبقة تحسبا لأي هجوم.") == []
    assert types("وأقامت الفصائل سواتر ترابية على مشارف بلدة سراقب.") == []


def test_reaching_an_edge_is_still_an_advance() -> None:
    assert types("ووصلت قوات النظام إلى أطراف مدينة سراقب بعد معارك عنيفة.") == ["advance"]


def test_clashes_before_a_calm_are_the_sentence_s_happening() -> None:
    # "عاد الهدوء": no return; the clashes after بعد, with nothing else told, are an event of their own
    for text in ("وعاد الهدوء إلى بلدة الصنمين بعد اشتباكات عنيفة شهدتها البلدة ليل أمس.",
                 "وتسود حالة من الهدوء الحذر مدينة درعا بعد اشتباكات عنيفة في أحياء درعا البلد."):
        assert types(text) == ["attack"], text
    # a return of people after clashes stays the return
    assert types("وعاد الأهالي إلى بلدة الصنمين بعد اشتباكات عنيفة.") == ["displacement"]


def test_a_place_handed_over_by_an_object_pronoun_is_taken_by_the_receiver() -> None:
    evs = analyze(Article(id="h", raw="وانسحب مقاتلو قسد من بلدة دير حافر وسلموها لوحدات الجيش السوري.",
                          published="2026-01-19")).events
    assert [(e.type, e.place.name, e.actor.side) for e in evs] == [
        ("withdraw", "دير حافر", "sdf"), ("take_control", "دير حافر", "government")]
    # a person giving himself up hands over no place
    assert types("وسلم المطلوب نفسه للأمن العام في مدينة حمص.") == []


def test_a_place_still_held_is_no_takeover() -> None:
    assert types("ولا يزال مقاتلو التنظيم يسيطرون على أجزاء من حي الجورة.") == []
    assert types("ولا تزال بلدة اللطامنة تحت سيطرة الفصائل.") == []
    assert types("وسيطرت الفصائل على بلدة اللطامنة بعد معارك.") == ["take_control"]


def test_the_place_after_a_person_s_post_is_where_the_event_was() -> None:
    evs = analyze(Article(id="p", raw="واعتقلت قوات الأمن قياديا سابقا في الفرقة الرابعة في مدينة جبلة.",
                          published="2025-10-03")).events
    assert [(e.type, e.place.name) for e in evs] == [("other", "جبلة")]
    # ب on the town names which branch: his post, no place of the arrest
    assert types("واعتقلت إدارة العمليات العسكرية رجلا عمل مساعدا سابقا في فرع المخابرات الجوية بحمص.") == []


def test_a_missile_s_domains_joined_by_a_dash_open_no_aside() -> None:
    assert types("وأفاد ناشطون بسقوط صاروخين أرض - أرض على مدينة حلب.") == ["attack"]
    # a dash aside still closes: the speaker's aside holds no place, the strike after it keeps its own
    assert types("وقال المرصد - نقلا عن مصادر - إن قذائف سقطت على مدينة حلب.") == ["attack"]
