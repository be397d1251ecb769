"""Task src31: speakers the attribution reader missed. A minister named by his portfolio alone speaks for the
Syrian ministry; a ministry named as the owner of a force ("وحدات تابعة لوزارة الداخلية") is what a later
"الوزارة" points back at; a label's short name ("عاجل | الداخلية: ...") and a body speaking through its channel
("عبر معرفاتها الرسمية: ...") are a headline's speaker. Each beside a twin that must not read the same.
Sentences written for these tests."""
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


@pytest.mark.parametrize("text,names", [
    ("وقال وزير الدفاع إن وحدات الجيش دخلت بلدة خان شيخون.", ["Syrian Ministry of Defence"]),
    ("وأعلن وزير الدفاع حظر التجوال في مدينة جبلة.", ["Syrian Ministry of Defence"]),
    ("وأعلن وزير الدفاع التوصل إلى اتفاق لوقف إطلاق النار في حي الشيخ مقصود.", ["Syrian Ministry of Defence"]),
    ("وقال وزير الصحة إن المشافي استقبلت عشرات الجرحى من بلدة كفرنبل.", ["Syrian Ministry of Health"]),
    ("وقال وزير الدفاع التركي إن وحدات الجيش دخلت بلدة تل أبيض.", ["Turkish defence minister"]),
    ("قتل وزير الدفاع في تفجير هز حي المزة بدمشق.", []),
], ids=["minister-says", "minister-announces-curfew", "minister-announces-deal", "health-minister",
        "minister-of-a-state", "minister-killed-no-speaker"])
def test_a_minister_named_by_his_portfolio_speaks_for_the_ministry(text: str, names: list[str]) -> None:
    assert hops(text) == names


@pytest.mark.parametrize("text,names", [
    ("انتشرت وحدات تابعة لوزارة الداخلية في مدينة جبلة. وقالت الوزارة إن الحملة أسفرت عن توقيف ثلاثة مطلوبين.",
     ["Syrian Ministry of Interior"]),
    ("انتشرت وحدات تابعة لوزارة الدفاع في مدينة جبلة. وقالت الوزارة إن الحملة أسفرت عن توقيف ثلاثة مطلوبين.",
     ["Syrian Ministry of Defence"]),
    ("انتشرت وحدات تابعة لوزارة الداخلية في مدينة جبلة. وقالت الوحدات إن الحملة أسفرت عن توقيف ثلاثة مطلوبين.",
     ["General Security"]),
], ids=["interior-owner", "defence-owner", "the-units-themselves"])
def test_the_owner_of_a_force_is_what_its_head_noun_points_back_at(text: str, names: list[str]) -> None:
    assert hops(text) == names


@pytest.mark.parametrize("text,names", [
    ("عاجل | الداخلية: توقيف ثلاثة مطلوبين في مدينة جبلة", ["Syrian Ministry of Interior"]),
    ("الدفاع التركية: تحييد ثلاثة مسلحين قرب مدينة تل أبيض", ["Turkish Ministry of Defence"]),
    ("عاجل | الدفاع المدني: انتشال ثلاثة مصابين في مدينة جبلة", ["Syrian Civil Defence"]),
    ("الداخلية والبلديات في مدينة جبلة: توقيف ثلاثة مطلوبين.", []),
    ("وزارة الداخلية عبر معرفاتها الرسمية: توقيف ثلاثة مطلوبين في مدينة جبلة.", ["Syrian Ministry of Interior"]),
    ("وزارة الداخلية عبر معرفاتها الرسمية والحسابات التابعة لها في المحافظات: توقيف ثلاثة مطلوبين.", []),
], ids=["label-portfolio", "portfolio-with-state", "civil-defence-is-no-ministry", "portfolio-not-closed-by-colon",
        "channel-before-colon", "channel-too-long"])
def test_a_label_names_its_speaker_before_the_colon(text: str, names: list[str]) -> None:
    assert hops(text) == names


@pytest.mark.parametrize("text,names", [
    ("أعلنت وزارة الدفاع في بيان سيطرة وحداتها على بلدة خان شيخون. وتقع البلدة على الطريق الدولي. وشهدت المنطقة "
     "معارك عنيفة خلال الأسبوع الماضي. وقال البيان إن الوحدات صادرت أسلحة في البلدة.",
     ["Syrian Ministry of Defence", "Syrian Ministry of Defence"]),
    ("نفت وزارة الداخلية قصف قرية الثعلة، مؤكدة في بيان أن الصور قديمة. وقال البيان إن مسلحين هاجموا نقطة للأمن "
     "العام قرب قرية المجدل.", ["Syrian Ministry of Interior"] * 3),
    ("دخلت وحدات الجيش بلدة خان شيخون. وقال البيان إن الوحدات صادرت أسلحة في البلدة.", []),
], ids=["statement-three-sentences-back", "statement-of-a-denial", "no-issuer-no-speaker"])
def test_the_statement_speaks_in_the_words_of_its_issuer(text: str, names: list[str]) -> None:
    """"وقال البيان إن": the definite statement points back at the one issued before; with none, no one speaks
    (not the last force named)."""
    assert hops(text) == names
