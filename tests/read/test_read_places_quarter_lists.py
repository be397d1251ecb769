"""A dual or plural head of quarters before names that are quarters only after a head (task places8).
Sentences written for these tests."""
from __future__ import annotations

from tawatur.clean.segment import segment
from tawatur.model import Article
from tawatur.read.places import read_places


def _places(text: str) -> list[tuple[str, str]]:
    """(name, kind) of each place read."""
    art = segment(Article(id="quarters", raw=text, language="ar"))
    read_places(art)
    return [(m.attrs.get("name", ""), m.attrs.get("kind", "")) for m in art.mentions if m.kind == "place"]


def test_a_dual_head_fans_out_over_a_word_that_is_a_quarter_only_after_its_head() -> None:
    got = _places("سيطرت القوات على حيي الصناعة والبدو في مدينة الرقة.")
    assert ("حي الصناعة", "neighbourhood") in got and ("حي البدو", "neighbourhood") in got


def test_such_a_word_second_in_the_list_keeps_the_first_member() -> None:
    got = _places("دخلت القوات حيي المشلب والصناعة.")
    assert [n for n, _ in got] == ["المشلب", "حي الصناعة"]  # "المشلب" a curated quarter since task places11


def test_a_plural_head_before_a_common_noun_of_places_names_no_quarter() -> None:
    assert all("المدينة" not in n for n, _ in _places("انتشرت القوات في أحياء المدينة وريفها."))


def test_the_word_alone_is_still_no_place() -> None:
    assert _places("قصفت الطائرات الصناعة والبدو.") == []
