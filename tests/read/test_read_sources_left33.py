"""Task left33: a speaker's seat ("مراسلة قناة الميادين في دمشق") before "نقلاً عن"/"عن" describes the first hop; the
chain goes on to the inner source after it. Each beside its twin. Sentences written for these tests."""
from __future__ import annotations

from tawatur.clean.segment import segment
from tawatur.model import Article
from tawatur.read.actors import read_actors
from tawatur.read.persons import read_persons
from tawatur.read.places import read_places
from tawatur.read.sources import read_sources


def chains(text: str) -> list[list[str]]:
    article = segment(Article(id="t", raw=text, text=text))
    return [m.attrs.get("chain", []) for m in
            read_sources(read_persons(read_actors(read_places(article)))).mentions_of("source")]


def test_the_seat_of_a_correspondent_does_not_cut_the_chain():
    """"مراسلة قناة الميادين في دمشق نقلاً عن مصدر ميداني": Al Mayadeen first, the field source inside it."""
    got = chains("وقالت مراسلة قناة الميادين في دمشق نقلاً عن مصدر ميداني إن الطائرات قصفت بلدة كفرزيتا.")
    assert ["Al Mayadeen", "field source"] in got


def test_the_seat_before_a_bare_from_does_not_cut_the_chain():
    """"ونقلت مراسلة قناة الميادين في حلب عن مصدر ميداني": the same chain with "عن" alone."""
    got = chains("ونقلت مراسلة قناة الميادين في حلب عن مصدر ميداني أن الطائرات قصفت بلدة عندان.")
    assert ["Al Mayadeen", "field source"] in got


def test_without_a_seat_the_chain_is_the_same():
    """The twin: no seat; the chain was already whole."""
    got = chains("وقالت مراسلة قناة الميادين نقلاً عن مصدر ميداني إن الطائرات قصفت بلدة كفرزيتا.")
    assert ["Al Mayadeen", "field source"] in got
