"""Person reader: role + affiliation + name, and ranks that name units instead."""
from __future__ import annotations

from tawatur.clean.segment import segment
from tawatur.model import Article
from tawatur.read.actors import read_actors
from tawatur.read.persons import read_persons
from tawatur.read.sources import read_sources


def _persons(text: str) -> list:
    art = read_persons(read_actors(segment(Article(id="t", raw=text, text=text))))
    for m in art.mentions_of("person"):
        assert text[m.start:m.end] == m.text
    return art.mentions_of("person")


def test_leader_with_affiliation_and_kunya() -> None:
    (m,) = _persons("وتوعد زعيم هيئة تحرير الشام أبو عمر الحلبي بمواصلة القتال.")
    assert m.attrs["name"] == "أبو عمر الحلبي"
    assert m.attrs["affiliation"] == "hts" and m.attrs["side"] == "opposition"


def test_commander_then_rank_then_name() -> None:
    (m,) = _persons("وأوضح القيادي في إدارة العمليات العسكرية العقيد سامر خليل إن الطريق قطع.")
    assert m.attrs["name"] == "سامر خليل"
    assert m.attrs["role"] == "colonel" and m.attrs["affiliation"] == "moc"


def test_minister_with_nationality() -> None:
    (m,) = _persons("وبحث وزير الخارجية التركي كمال أوزدمير الملف مع نظيره.")
    assert m.attrs["name"] == "كمال أوزدمير" and m.attrs["role"] == "foreign minister"
    assert m.attrs["nationality"] == "Turkish"


def test_minister_without_office_or_nationality() -> None:
    (m,) = _persons("واستقبل الوزير سليم الحسن وفدا من الأهالي.")
    assert m.attrs["role"] == "minister" and m.attrs["nationality"] == ""


def test_rank_before_a_number_is_a_unit_not_a_person() -> None:
    assert _persons("سيطرت الفصائل على اللواء 52 والفرقة 15 شرقي المدينة.") == []
    assert _persons("وقال اللواء الثامن إن عناصره انتشروا.") == []


def test_person_speaker_speaks_for_affiliation() -> None:
    text = "وقال القيادي في غرفة عمليات الجنوب المقدم ماهر سليم إن البلدة باتت آمنة."
    art = read_sources(read_persons(read_actors(segment(Article(id="t", raw=text, text=text)))))
    (src,) = art.mentions_of("source")
    assert src.attrs["name_en"] == "Southern Operations Room"


def test_outlet_after_a_role_is_no_name() -> None:
    """"قيادي ميداني للأناضول": the title's adjective and the outlet it talked to, not a person's name."""
    assert _persons("وقال قيادي ميداني للأناضول إن مقاتليه صدوا الهجوم.") == []


def test_no_name_after_a_comma() -> None:
    """"وزير الدفاع التركي، فقد ...": the clause goes on after the comma; the words there are no name."""
    assert _persons("وطبقا لتصريحات وزير الدفاع التركي، فقد أصيب ثلاثة جنود.") == []
