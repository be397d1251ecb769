"""A small site named inside a district (issue 12, task fell8): "سوق X في حي Y" is recorded as the district Y,
with the site's name among its aliases, so that reports naming only the district can be linked with it; a
landmark (a mosque, a church, a hospital) keeps its own name and takes the district as an alias. Sentences
are our own."""
from __future__ import annotations

from tawatur.clean.segment import segment
from tawatur.model import Article
from tawatur.read.places import read_places


def _main_places(text: str) -> list:
    art = segment(Article(id="sd", raw=text, language="ar"))
    read_places(art)
    return [m for m in art.mentions if m.kind == "place" and m.attrs.get("role") != "locator"]


def test_a_market_inside_a_district_is_recorded_as_the_district() -> None:
    site = _main_places("سقطت قذيفة على سوق الخضار في حي الشعار بحلب.")[0]
    assert site.attrs["name"] == "الشعار" and site.attrs["kind"] == "neighbourhood"
    assert "سوق الخضار" in site.attrs["aliases"] and site.attrs["resolved"]
    assert site.rule.startswith("site-in-district:")


def test_a_market_inside_a_town_keeps_its_own_name() -> None:
    site = _main_places("سقطت قذيفة على سوق الهال في مدينة دوما.")[0]
    assert site.attrs["name"].startswith("سوق الهال") and site.attrs["kind"] == "market"


def test_a_mosque_inside_a_district_keeps_its_name_with_the_district_as_alias() -> None:
    site = _main_places("قصفت الطائرات جامع التوحيد في حي الشعار بحلب.")[0]
    assert site.attrs["kind"] == "mosque" and site.attrs["name"].startswith("جامع التوحيد")
    assert "الشعار" in site.attrs["aliases"]
