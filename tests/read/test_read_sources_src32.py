"""Task src32: who a correspondent's report is credited to. A named outlet's correspondent speaks for the outlet
(the shared gold: "مراسل الأناضول" -> Anadolu), whether named by its name or by its kind's noun and its name
("مراسل صحيفة الوطن"); a correspondent of "the agency" with no name ("لمراسل الوكالة") is the page's own, as
"مراسلنا" is: told to him is told to the article, the speaker is the first hop. Each beside its twin. Sentences
written for these tests."""
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
    return [m.attrs["name_en"] for m in
            read_sources(read_persons(read_actors(read_places(article)))).mentions_of("source")]


def chains(text: str) -> list[list[str]]:
    article = segment(Article(id="t", raw=text, text=text))
    return [m.attrs["chain"] for m in
            read_sources(read_persons(read_actors(read_places(article)))).mentions_of("source")]


@pytest.mark.parametrize("text,names", [
    ("أفاد مراسل سبوتنيك في درعا بأن وحدات الجيش دخلت بلدة بصرى الشام.", ["Sputnik"]),
    ("أفاد مراسل ميداني بأن وحدات الجيش دخلت بلدة بصرى الشام.", ["correspondent"]),
    ("وذكر مراسل صحيفة الوطن أن وحدات الجيش دخلت بلدة جباتا الخشب.", ["Al-Watan"]),
    ("وذكر مراسل الصحيفة أن وحدات الجيش دخلت بلدة جباتا الخشب.", ["correspondent"]),
    ("وقال مصدر عسكري لمراسل سانا إن وحدات الجيش دخلت بلدة مورك.", ["SANA"]),
    ("وقال مراسلنا إن قذائف سقطت على حي الميدان في مدينة حلب.", ["correspondent"]),
], ids=["correspondent-of-outlet", "correspondent-of-no-outlet", "correspondent-of-a-named-paper",
        "correspondent-of-the-paper",
        "told-to-correspondent-is-the-outlet", "own-correspondent-no-outlet"])
def test_a_named_outlets_correspondent_speaks_for_the_outlet(text: str, names: list[str]) -> None:
    assert hops(text) == names


def test_the_correspondent_named_again_is_the_same_correspondent() -> None:
    text = ("أفاد مراسل سبوتنيك في الحسكة بأن وحدات الجيش دخلت بلدة الهول. "
            "وأضاف المراسل أن الوحدات انتشرت في محيط المخيم.")
    assert hops(text) == ["Sputnik", "Sputnik"]


def test_told_to_the_pages_own_correspondent_leaves_no_hop() -> None:
    """The linker counts origins by the chain: told to the page's reporter, the source is the chain's only hop."""
    assert chains("وقال مصدر ميداني لمراسل الموقع إن الفصائل انسحبت من قرية كفرنبودة.") == [["field source"]]
    assert chains("وقال مصدر ميداني لمراسل موقع الجزيرة نت إن الفصائل انسحبت من قرية كفرنبودة.") == \
        [["Al Jazeera Net", "field source"]]


@pytest.mark.parametrize("text,names", [
    ("وذكر مصدر عسكري لمراسل الوكالة أن وحدات الجيش دخلت بلدة مورك.", ["military source"]),
    ("وذكر مصدر عسكري لمراسل وكالة سانا أن وحدات الجيش دخلت بلدة مورك.", ["SANA"]),
    ("وقال قائد ميداني لمراسل الصحيفة إن الفصائل انسحبت من قرية كفرنبودة.", ["field commander"]),
    ("وقال قائد ميداني لمراسل صحيفة الوطن إن الفصائل انسحبت من قرية كفرنبودة.", ["Al-Watan"]),
    ("وأفاد مراسل الموقع بأن وحدات الجيش دخلت بلدة مورك.", ["correspondent"]),
], ids=["told-the-agency-is-the-page", "told-a-named-agency", "told-the-paper-is-the-page",
        "told-a-named-paper", "the-sites-correspondent"])
def test_the_correspondent_of_the_agency_is_the_pages_own(text: str, names: list[str]) -> None:
    assert hops(text) == names



@pytest.mark.parametrize("text,names", [
    ("قيادة الأمن الداخلي في محافظة حماة تعلن فرض حظر تجوال في مدينة محردة.", ["Internal Security Command"]),
    ("الدفاع المدني في مدينة إدلب يعلن انتشال جثث ثلاثة أشخاص من تحت الأنقاض في بلدة سرمين.",
     ["Syrian Civil Defence"]),
    ("قيادة الأمن الداخلي تعلن فرض حظر تجوال في مدينة محردة.", ["Internal Security Command"]),
    ("انتشرت قوات الأمن الداخلي في محافظة حماة وتعلن الوزارة فرض حظر تجوال.", []),
], ids=["body-seat-then-verb", "civil-defence-seat-then-verb", "body-then-verb", "not-fronted-no-speaker"])
def test_a_fronted_body_with_its_seat_speaks(text: str, names: list[str]) -> None:
    """A body named with where it sits ("في محافظة حماة") before its present-tense verb is the verb's subject."""
    assert hops(text) == names


@pytest.mark.parametrize("text,names", [
    ("تغطية مباشرة\n11:20 - قيادة الأمن الداخلي في محافظة حماة تعلن فرض حظر تجوال في مدينة محردة.",
     ["Internal Security Command"]),
    ("21:45 — قسد تنفي في بيان سيطرة الفصائل على قرية الكرامة.", ["SDF"]),
    ("وصلت بين 20 - 30 آلية عسكرية إلى مدينة محردة مساء أمس.", []),
], ids=["time-dash-body-verb", "time-emdash-body-verb", "a-range-dash-no-speaker"])
def test_a_live_pages_time_and_dash_open_the_line(text: str, names: list[str]) -> None:
    """"11:20 - X تعلن": the time and its dash label the line; the body after them is a fronted subject."""
    assert hops(text) == names
