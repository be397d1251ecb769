"""Task src38: the source of articles by outlets the lexicon had never seen. (1) Outlets sources.tsv lacked, added
as data under their real names: their correspondent speaks for them, as "مراسل سبوتنيك" is Sputnik; their short
names that are common words name them only after a correspondent. (2) The page's own outlet, named as the one a
speaker told ("قالت مصادر محلية لموقع تلفزيون سوريا" on syria.tv), is the article itself, no hop: the speaker it
heard is the first hop; on another outlet's page that outlet stays the first hop. Each beside its twin. Sentences
written for these tests."""
from __future__ import annotations

import pytest

from tawatur.clean.segment import segment
from tawatur.model import Article
from tawatur.read.actors import read_actors
from tawatur.read.persons import read_persons
from tawatur.read.places import read_places
from tawatur.read.sources import is_page_outlet, page_keys, read_sources


def sources(text: str, outlet: str | None = None, url: str | None = None) -> list[list[str]]:
    article = segment(Article(id="t", raw=text, text=text, outlet=outlet, url=url))
    return [m.attrs["chain"] for m in
            read_sources(read_persons(read_actors(read_places(article)))).mentions_of("source")]


@pytest.mark.parametrize("text,name", [
    ("أفاد مراسل حرية برس بأن دوريات انتشرت في مدينة عدرا العمالية.", "Horrya Press"),
    ("وأفاد مراسل الدرر الشامية بأن أرتالاً دخلت قرية الدالية.", "Al-Dorar Al-Shamia"),
    ("وأفاد مراسل فرات بوست بأن عناصر التنظيم هاجموا حاجزاً في بلدة الصور.", "Euphrates Post"),
    ("وأفاد مراسل \"جسر\" في ريف دير الزور بأن دوريات انتشرت في بلدة الجرذي.", "Jesr Press"),
    ("وذكر مراسل \"النهار\" في عكار أن عائلات نزحت من تلكلخ.", "An-Nahar"),
    ("وقال مراسل \"رؤيا\" إن قوة توغلت في بلدة كويا.", "Roya"),
    ("وقال مراسل “زيتون” إن طائرات قصفت بلدة حريتان.", "Zaiton"),
    ("وأفاد مراسل قاسيون بأن مجهولين استهدفوا حاجزاً في بلدة خراب الشحم.", "Qasioun News Agency"),
    ("وأفاد مراسل كوردستان24 بأن عائلات عادت إلى ناحية راجو.", "Kurdistan 24"),
], ids=["horrya", "dorar", "euphrates-post", "jesr-quoted", "annahar", "roya", "zaiton", "qasioun-short",
        "kurdistan24-spelling"])
def test_an_unlisted_outlets_correspondent_now_speaks_for_it(text: str, name: str) -> None:
    assert sources(text) == [[name]]


def test_a_correspondent_of_no_outlet_stays_a_correspondent() -> None:
    assert sources("وأفاد مراسل ميداني بأن قذائف سقطت على بلدة حريتان قرب حقول الزيتون.") == [["correspondent"]]


def test_the_short_names_are_no_speaker_away_from_a_correspondent() -> None:
    assert sources("وقصفت الطائرات جسر الشغور منتصف النهار.") == []


@pytest.mark.parametrize("outlet,url", [
    ("syria-tv.example", None), ("syria.tv", None), (None, "https://www.syria.tv/news/123"),
], ids=["hyphenated-host", "host-is-the-name", "from-the-url"])
def test_told_to_the_pages_own_outlet_the_speaker_is_the_first_hop(outlet: str | None, url: str | None) -> None:
    text = "قالت مصادر محلية لموقع تلفزيون سوريا إن وحدات الجيش دخلت بلدة بصرى الشام."
    assert sources(text, outlet=outlet, url=url) == [["local sources"]]


def test_told_to_another_outlet_that_outlet_stays_the_first_hop() -> None:
    text = "قالت مصادر محلية لموقع تلفزيون سوريا إن وحدات الجيش دخلت بلدة بصرى الشام."
    assert sources(text, outlet="enabbaladi.net") == [["Syria TV", "local sources"]]
    assert sources(text) == [["Syria TV", "local sources"]]


def test_the_pages_own_outlet_alone_stays_the_speaker() -> None:
    """No inner hop: the outlet's own correspondent with nobody quoted keeps the outlet (its reporter says it)."""
    text = "وأفاد مراسل دير الزور 24 بأن قسد اعتقلت 11 شاباً في بلدة درنج."
    assert sources(text, outlet="deirezzor24.net") == [["Deir ez-Zor 24"]]


def test_the_pages_own_wire_agency_relaying_a_source() -> None:
    text = "وقال مصدر عسكري لرويترز إن قوات الأمن اعتقلت أربعة أشخاص في بلدة سقبا."
    assert sources(text, outlet="ara.reuters.com") == [["military source"]]
    assert sources(text, outlet="aljazeera.net") == [["Reuters", "military source"]]


def test_page_keys_spell_the_address_not_short_names() -> None:
    keys = page_keys(Article(id="t", outlet="www.aljazeera-net.example"))
    assert is_page_outlet("Al Jazeera Net", keys)
    assert not is_page_outlet("Al Jazeera", page_keys(Article(id="t", outlet="alhurra.com")))
    assert not is_page_outlet("RT", page_keys(Article(id="t", outlet="rt-news.example")))  # too short to tell
    assert is_page_outlet("RT", page_keys(Article(id="t", outlet="arabic.rt.com")))  # its host, outlet_hosts.tsv
    assert page_keys(Article(id="t")) == frozenset()


def test_what_an_outlet_learned_from_sources_has_them_as_the_inner_hop() -> None:
    text = "وعلمت عنب بلدي من مصادر أهلية أن اشتباكات اندلعت بين أبناء قريتي الجنينة وشقرا."
    assert sources(text) == [["Enab Baladi", "local sources"]]
    assert sources(text, outlet="www.enabbaladi.net") == [["local sources"]]


def test_from_after_another_speaker_is_no_hop() -> None:
    assert sources("وقال قيادي من الفصائل إن اشتباكات اندلعت في قرية الجنينة.") == [["commander"]]


@pytest.mark.parametrize("text,chain", [
    ("وذكر مصدر مسؤول لـ«تشرين» أن وحدات الجيش دخلت بلدة مورك.", ["Tishreen", "official source"]),
    ("وقال مصدر عسكري لـ«الثورة» إن وحدات الجيش دخلت بلدة مورك.", ["Al-Thawra", "military source"]),
    ("وقالت مصادر محلية ليورونيوز إن عشرات العائلات غادرت الرحيبة.", ["Euronews", "local sources"]),
], ids=["tishreen-quoted", "thawra-quoted", "euronews"])
def test_told_to_an_unlisted_paper_it_is_the_outer_hop(text: str, chain: list[str]) -> None:
    assert sources(text) == [chain]


def test_the_page_named_without_its_article_is_still_the_page() -> None:
    text = "وقال مصدر عسكري لـ«الثورة» إن وحدات الجيش دخلت بلدة مورك."
    assert sources(text, outlet="thawra.sy") == [["military source"]]


def test_a_responsible_source_is_an_official_source() -> None:
    assert sources("وذكر مصدر مسؤول أن وحدات الجيش دخلت بلدة مورك.") == [["official source"]]
    assert sources("وقال قائد الثورة إن الفصائل دخلت بلدة مورك.") == []


def test_a_quoted_short_name_must_fill_the_quote() -> None:
    assert sources('قالت مصادر محلية في إدلب لـ"الوطن الجديد" إن القصف طال أحياء في مدينة إدلب.') == \
        [["local sources"]]
    assert sources('قالت مصادر محلية في إدلب لـ"الوطن" إن القصف طال أحياء في مدينة إدلب.') == \
        [["Al-Watan", "local sources"]]


def test_an_outlet_whose_name_does_not_spell_its_address_is_found_by_its_host() -> None:
    text = 'وقالت مصادر محلية في منبج لـ"العربي الجديد" إن قوات النظام قصفت بلدة العريمة.'
    assert sources(text, outlet="www.alaraby.co.uk") == [["local sources"]]
    assert sources(text, outlet="aajsy.com") == [["Al-Araby Al-Jadeed", "local sources"]]
