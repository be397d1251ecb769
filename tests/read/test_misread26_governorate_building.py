"""The governorate's building (task misread26): "أمام مبنى المحافظة" with no town in its phrase stands in the
capital of the governorate named last (a governorate, or a town of it), not in the last town named nor
nowhere; a town named in its phrase keeps it."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def protests(text: str) -> list[tuple[str, list[str]]]:
    got = analyze(Article(id="g", raw=text, published="2024-05-20")).events
    return [(e.place.name, list(e.place.aliases)) for e in got if e.type == "protest"]


def test_after_a_governorate_named_its_capital() -> None:
    got = protests("تشهد محافظة السويداء توتراً أمنياً منذ أيام.\n"
                   "وتجمع مئات المحتجين أمام مبنى المحافظة ظهر اليوم مطالبين بالإفراج عن المعتقلين.")
    assert len(got) == 1 and "السويداء" in got[0][1]


def test_after_a_town_the_capital_of_its_governorate() -> None:
    got = protests("اعتقلت قوات الأمن شاباً في مدينة جاسم أمس.\nوتجمع العشرات أمام مبنى المحافظة مطالبين بالإفراج عنه.")
    assert len(got) == 1 and "درعا" in got[0][1]


def test_a_town_in_its_phrase_keeps_it() -> None:
    got = protests("قصفت قوات النظام بلدة كفرنبل أمس.\nواعتصم عشرات المعلمين أمام مبنى المحافظة في مدينة إدلب.")
    assert len(got) == 1 and "إدلب" in got[0][1]


def test_the_municipality_is_the_towns_and_a_demand_makes_the_gathering_a_protest() -> None:
    got = protests("اعتقلت قوات الأمن شاباً في مدينة جاسم أمس.\n"
                   "وتجمع العشرات صباح اليوم أمام مبنى البلدية للمطالبة بالإفراج عنه.")
    assert len(got) == 1 and "جاسم" in got[0][1]
