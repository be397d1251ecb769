"""Task src37: a reporter's (or the outlet's own) sight and information are his report: a verb of seeing after
the relative ما of "بحسب"/"وفق" ("بحسب ما شاهده مراسلنا") and information obtained by a speaker ("بحسب معلومات
حصل عليها مراسلنا") name that speaker as the source. Sentences written for these tests."""
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
    ("وصلت تعزيزات عسكرية إلى بلدة الصالحية، بحسب ما شاهده مراسلنا هناك.", "correspondent"),
    ("انتشرت دوريات للأمن العام في بلدة جاسم، وفق ما عاينه مراسل الشبكة.", "correspondent"),
    ("انسحبت قوات النظام من بلدة تلبيسة، بحسب ما شاهده مراسل الجزيرة.", "Al Jazeera"),
    ("وبحسب معلومات حصل عليها مراسلنا، سيطرت فصائل المعارضة على بلدة تل رفعت.", "correspondent"),
    ("ووفق معلومات حصلت عليها الجزيرة، دخلت قوات الأمن بلدة الشجرة.", "Al Jazeera"),
], ids=["seen-by-our-correspondent", "inspected-by-network-correspondent", "seen-by-named-correspondent",
        "information-obtained-by-correspondent", "information-obtained-by-outlet"])
def test_what_a_reporter_saw_or_obtained_is_his_report(text: str, name: str) -> None:
    assert hops(text) and hops(text)[0] == name


@pytest.mark.parametrize("text", [
    "شاهد الأهالي انسحاب قوات النظام من بلدة الهبيط بعد منتصف الليل.",
    "قصفت مدفعية النظام بلدة معرشورين.",
], ids=["seeing-without-relative", "unattributed"])
def test_no_reporter_without_the_frame(text: str) -> None:
    assert hops(text) == []
