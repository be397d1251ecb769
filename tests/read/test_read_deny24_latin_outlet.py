"""Task deny24: a correspondent of an outlet named in Latin letters ("مراسلة الـ«MTV»"), which sources.tsv does not
list, is the first hop; a "نقلاً عن" after the name is an inner hop. Sentences written for these tests."""
from __future__ import annotations

from tawatur.clean.segment import segment
from tawatur.model import Article
from tawatur.read.actors import read_actors
from tawatur.read.persons import read_persons
from tawatur.read.places import read_places
from tawatur.read.sources import read_sources


def chains(text: str) -> list[list[str]]:
    article = segment(Article(id="t", raw=text, text=text))
    return [m.attrs["chain"] for m in
            read_sources(read_persons(read_actors(read_places(article)))).mentions_of("source")]


def test_a_latin_outlets_correspondent_is_the_first_hop_of_a_relayed_report():
    text = 'أفادت مراسلة الـ"MTV" نقلاً عن مصادر محلية أن غارة جوية استهدفت بلدة حمورية.'
    assert chains(text) == [["MTV correspondent", "local sources"]]


def test_a_latin_name_joined_to_the_article_names_the_outlet():
    assert chains("وقال مراسل الـLBC إن قذائف سقطت على بلدة سقبا.") == [["LBC correspondent"]]


def test_a_bare_correspondent_relaying_keeps_the_correspondent_first():
    """The twin with no outlet named: "أفادت مراسلة نقلاً عن مصادر" is the bare correspondent, then the sources."""
    text = "أفادت مراسلة نقلاً عن مصادر محلية أن غارة جوية استهدفت بلدة حمورية."
    assert chains(text) == [["correspondent", "local sources"]]


def test_a_listed_outlet_is_still_read_from_the_lexicon():
    text = "أفاد مراسل الأناضول نقلاً عن مصادر محلية أن غارة جوية استهدفت بلدة حمورية."
    assert chains(text) == [["Anadolu", "local sources"]]


def test_the_correspondent_named_again_is_the_same():
    text = 'أفادت مراسلة الـ"MTV" أن غارة جوية استهدفت بلدة حمورية. وأضاف المراسل أن القصف طال بلدة سقبا.'
    assert [c[0] for c in chains(text)] == ["MTV correspondent", "MTV correspondent"]
