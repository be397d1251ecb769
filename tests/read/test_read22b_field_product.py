"""Task read22b (heldout22, half b): what a named field or plant yields ("النفطي"، "للغاز"، wordset field_product) is
no part of its name; the whole phrase stays an alias. Our own texts, invented details, real places."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def _places(text: str, day: str = "2026-03-19") -> list:
    return [e.place for e in analyze(Article(id="r22b", raw=text, published=day)).events if e.place is not None]


def test_an_oil_field_is_named_without_its_product() -> None:
    places = _places("هاجم مسلحون مجهولون حقل الورد النفطي شرقي مدينة الميادين")
    assert [p.name for p in places] == ["حقل الورد"]
    assert "حقل الورد النفطي" in places[0].aliases


def test_a_gas_field_told_with_lil_is_named_without_it() -> None:
    places = _places("قصف الطيران الحربي محيط حقل الهيل للغاز شرقي مدينة تدمر", "2017-06-02")
    assert [p.name for p in places] == ["حقل الهيل"]


def test_a_plant_with_no_name_of_its_own_keeps_the_word() -> None:
    places = _places("قصفت الطائرات المحطة الغازية في مدينة تدمر", "2017-06-02")
    assert [p.name for p in places] == ["المحطة الغازية"]
