"""Task src36: a monitoring network that names itself ("الشبكة الوطنية لرصد الانتهاكات"، "شبكة الرصد الميداني") is
a monitor, named as monitor_names.tsv names monitors, and a later bare "الشبكة" is it; members of a monitor in
construct ("نشطاء المرصد السوري لحقوق الإنسان") report for it. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tawatur.clean.segment import segment
from tawatur.model import Article
from tawatur.read.actors import read_actors
from tawatur.read.persons import read_persons
from tawatur.read.places import read_places
from tawatur.read.sources import read_sources


def hops(text: str) -> list[str]:
    article = segment(Article(id="t", raw=text, text=text))
    return [m.attrs["name_en"] for m in read_sources(read_persons(read_actors(read_places(article))))
            .mentions_of("source")]


@pytest.mark.parametrize("text,name", [
    ("وثقت الشبكة الوطنية لرصد الانتهاكات مقتل ثلاثة مدنيين في بلدة كفرنبل.",
     "National Network for Monitoring Violations"),
    ("وقالت شبكة الرصد الميداني إن اشتباكات اندلعت في بلدة جاسم.", "Field Monitoring Network"),
    ("وذكرت شبكة الرصد السورية أن طائرة مسيرة استهدفت سيارة في مدينة الميادين.", "Syrian Monitoring Network"),
    ("وأصيب مدنيان بقصف على بلدة الرفيد، بحسب الشبكة الوطنية لرصد الانتهاكات.",
     "National Network for Monitoring Violations"),
    ("وقالت الشبكة السورية لحقوق الإنسان إن قوات الأمن اعتقلت عشرة أشخاص في دوما.",
     "Syrian Network for Human Rights"),
    ("ورصد نشطاء المرصد السوري لحقوق الإنسان نزوح عشرات العائلات من بلدة زردنا.",
     "Syrian Observatory for Human Rights"),
    ("وأفاد ناشطو الشبكة الوطنية لرصد الانتهاكات بأن قصفاً استهدف بلدة الشجرة.",
     "National Network for Monitoring Violations"),
    ("وقال ناشطون إن قوات النظام قصفت بلدة سرمين.", "activists"),
], ids=["network-purpose", "network-field", "network-syrian", "network-by-prep", "snhr-kept",
        "activists-of-sohr", "activists-of-network", "activists-alone"])
def test_a_monitoring_network_and_its_members(text: str, name: str) -> None:
    assert hops(text)[0] == name


def test_a_bare_network_after_one_named_is_it() -> None:
    text = ("قالت شبكة الرصد الميداني إن اشتباكات اندلعت في بلدة جاسم. "
            "وأضافت الشبكة أن مسلحين هاجموا حاجزاً في مدينة نوى.")
    assert hops(text) == ["Field Monitoring Network", "Field Monitoring Network"]


@pytest.mark.parametrize("text", [
    "قالت الشبكة إن اشتباكات اندلعت في بلدة جاسم.",
    "وقال مسؤول إن الشبكة السورية تعمل منذ سنوات.",
])
def test_a_network_naming_no_monitoring_is_no_monitor(text: str) -> None:
    assert "Monitoring" not in " ".join(hops(text)) and "Network" not in " ".join(hops(text))


@pytest.mark.parametrize("text,second", [
    ("أعلنت وزارة الداخلية القبض على خلية في مدينة جبلة. "
     "وكانت الوزارة قد أعلنت الشهر الماضي توقيف ثلاثة عناصر في مدينة بانياس.", "Syrian Ministry of Interior"),
    ("أعلنت وزارة الدفاع نشر وحدات في مدينة تلكلخ. "
     "وكانت الوزارة أعلنت قبل أيام نشر وحدات أخرى في مدينة القصير.", "Syrian Ministry of Defence"),
], ids=["kana-qad", "kana"])
def test_a_fronted_head_anaphor_after_kana_is_the_speaker_named_before(text: str, second: str) -> None:
    assert hops(text)[1:] == [second]


def test_a_fronted_definite_noun_naming_no_earlier_speaker_is_none() -> None:
    text = "قال سكان إن قوات الأمن انتشرت في مدينة تلكلخ. وكانت القوات قد أعلنت نشر وحدات في مدينة القصير."
    assert hops(text) == ["residents"]


def test_activists_and_a_body_joined_by_wa_are_not_its_members() -> None:
    text = "وأسقط مقاتلون معارضون طائرة مروحية فوق بلدة حزة، بحسب ما أفاد ناشطون ولجان التنسيق المحلية."
    assert hops(text)[0] == "activists"


@pytest.mark.parametrize("text,name", [
    ('وقال أحد سكان إبلين لـ"صدق" إن القصف دفع عشرات العائلات إلى النزوح من بلدة البارة.', "residents"),
    ("وكان سكان في طرنجة قد أفادوا أمس بأن قوة إسرائيلية توغلت في بلدة جباثا الخشب.", "residents"),
], ids=["one-of-residents", "fronted-seat-qad"])
def test_one_of_a_class_and_a_fronted_speaker_with_its_seat_and_qad(text: str, name: str) -> None:
    assert hops(text)[0] == name
