""""الريف الغربي للمدينة" (issue 12, backref7): the definite countryside, a direction, then "لـ" and the city or
governorate the article is about, is the countryside of that governorate in that direction, as "ريف المدينة
الغربي" is. "الريف الغربي" with no owner names nothing. Our own sentences."""
from __future__ import annotations

from tawatur.clean.segment import segment
from tawatur.model import Article
from tawatur.read.places import read_places


def _places(text: str) -> set[str]:
    art = read_places(segment(Article(id="rf", raw=text, language="ar")))
    return {m.attrs.get("name", "") for m in art.mentions if m.kind == "place" and m.attrs.get("resolved", True)}


def test_the_countryside_of_the_city_said_after_its_direction() -> None:
    got = _places("دخلت قوات النظام مدينة خان شيخون. وقصفت الطائرات الريف الغربي للمدينة.")
    assert "ريف إدلب الغربي" in got


def test_the_countryside_of_the_governorate_said_after_its_direction() -> None:
    got = _places("سيطرت الفصائل على مدينة درعا. ثم تقدمت نحو الريف الشرقي للمحافظة.")
    assert "ريف درعا الشرقي" in got


def test_the_countryside_with_no_owner_names_no_place() -> None:
    got = _places("دخلت قوات النظام مدينة خان شيخون. وقصفت الطائرات الريف الغربي.")
    assert not any(name.startswith("ريف") for name in got)
