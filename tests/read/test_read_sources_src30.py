"""Task src30: a speaker's English name follows the number of the Arabic noun ("ناشط" one activist,
"ناشطون" several; "مصدر أمني" one security source, "مصدران أمنيان" two), and bodies that speak in their own
name get the name outlets' English pages give them ("القيادة العامة للجيش والقوات المسلحة" -> General Command
of the Army, "القيادة المركزية الأمريكية" -> CENTCOM, "الأمم المتحدة" -> UN) rather than the force behind
them. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tawatur.clean.segment import segment
from tawatur.model import Article
from tawatur.read.actors import read_actors
from tawatur.read.persons import read_persons
from tawatur.read.places import read_places
from tawatur.read.sources import read_sources


def first_hop(text: str) -> str:
    article = segment(Article(id="t", raw=text, text=text))
    found = read_sources(read_persons(read_actors(read_places(article)))).mentions_of("source")
    assert found, f"no attribution read in {text!r}"
    return found[0].attrs["name_en"]


@pytest.mark.parametrize("text,name", [
    ("وقال ناشط من المدينة إن القصف طال حي الحميدية في دير الزور.", "activist"),
    ("وقال ناشطون من المدينة إن القصف طال حي الحميدية في دير الزور.", "activists"),
    ("وأفاد الناشط الإعلامي بأن عشرات العائلات نزحت من بلدة التمانعة.", "activist"),
    ("وقال مصدر أمني إن دورية تعرضت لكمين قرب بلدة الصنمين.", "security source"),
    ("وقال مصدران أمنيان إن دورية تعرضت لكمين قرب بلدة الصنمين.", "security sources"),
    ("وذكرت مصادر أمنية أن دورية تعرضت لكمين قرب بلدة الصنمين.", "security sources"),
], ids=["one-activist", "activists", "one-media-activist", "one-security-source", "two-security-sources",
        "security-sources"])
def test_the_speaker_keeps_the_number_of_the_arabic_noun(text: str, name: str) -> None:
    assert first_hop(text) == name


@pytest.mark.parametrize("text,name", [
    ("وأعلنت القيادة العامة للجيش والقوات المسلحة أن وحداتها دخلت بلدة خان شيخون.", "General Command of the Army"),
    ("وأعلن الجيش السوري أن وحداته دخلت بلدة خان شيخون.", "Syrian army"),
    ("وقالت القيادة المركزية الأمريكية إن غارة استهدفت قيادياً قرب مدينة الباب.", "CENTCOM"),
    ("وقالت القوات الأمريكية إن غارة استهدفت قيادياً قرب مدينة الباب.", "US forces"),
    ("وأعلن المركز الإعلامي لقوات سوريا الديمقراطية أن مقاتليه صدوا هجوماً على بلدة الشدادي.", "SDF media centre"),
    ("وأعلنت قوات سوريا الديمقراطية أن مقاتليها صدوا هجوماً على بلدة الشدادي.", "SDF"),
    ("وقالت الأمم المتحدة إن آلاف الأسر نزحت من ريف إدلب الجنوبي.", "UN"),
], ids=["general-command", "army", "centcom", "us-forces", "sdf-media-centre", "sdf", "un"])
def test_a_body_that_speaks_in_its_own_name(text: str, name: str) -> None:
    assert first_hop(text) == name


@pytest.mark.parametrize("text,name", [
    ("وزارة الداخلية السورية\nتعرض حاجز للأمن العام عند مدخل مدينة جرمانا لهجوم ليلي. وأعلنت الوزارة انتشار "
     "وحدات من الأمن العام في محيط مدينة جرمانا.", "Syrian Ministry of Interior"),
    ("انتشرت قوات الأمن العام في مدينة جبلة. وقال الأمن العام إن الحملة أسفرت عن توقيف ثلاثة مطلوبين.",
     "General Security"),
], ids=["ministry-named-again", "force-named-again"])
def test_a_body_named_again_by_its_head_keeps_its_source_name(text: str, name: str) -> None:
    """"وأعلنت الوزارة" after the ministry was named outside any attribution (a line above the text): the
    ministry speaks under its own name, not under the name of the force it commands."""
    found = [h for h in _hops(text) if h]
    assert found[-1] == name


def _hops(text: str) -> list[str]:
    article = segment(Article(id="t", raw=text, text=text))
    found = read_sources(read_persons(read_actors(read_places(article)))).mentions_of("source")
    return [m.attrs["name_en"] for m in found]


@pytest.mark.parametrize("text,name", [
    ("ووثق المرصد الوطني لتوثيق الانتهاكات مقتل ستة مدنيين في بلدة الحراك.",
     "National Monitor for Documenting Violations"),
    ("وقال مرصد دمشق لحقوق الإنسان إن قذيفة سقطت على حي القابون.", "Damascus Monitor for Human Rights"),
    ("وقال المرصد السوري لحقوق الإنسان إن قذيفة سقطت على حي القابون.", "Syrian Observatory for Human Rights"),
    ("وقال المرصد إن قذيفة سقطت على حي القابون.", "Syrian Observatory for Human Rights"),
    ("وقال المرصد في حلب إن قذيفة سقطت على حي القابون.", "Syrian Observatory for Human Rights"),
    ("وقال مرصد محلي إن قذيفة سقطت على حي القابون.", "local monitor"),
], ids=["national-monitor", "damascus-monitor", "sohr-in-full", "bare-observatory", "observatory-in-a-place",
        "local-monitor"])
def test_a_monitor_that_names_itself(text: str, name: str) -> None:
    """"المرصد الوطني ..."، "مرصد دمشق ...": a modifier or a place right after the bare noun names another
    monitor; "المرصد" alone, or with "في" before a place, stays the Syrian Observatory."""
    assert first_hop(text) == name


def test_the_monitor_named_again_is_the_one_named_before() -> None:
    text = ("ووثق المرصد الجنوبي مقتل أربعة أشخاص في مدينة نوى. وأضاف المرصد أن مسلحين اغتالوا قيادياً سابقاً "
            "في بلدة اليادودة.")
    assert _hops(text) == ["Southern Monitor", "Southern Monitor"]
