"""Villages the curated gazetteer gained in task places12 (those readers found missing), and the rows readers
doubted: القحطانية is the curated town of the governorate the text states (Hasakah or Quneitra), and the bare
Iraqi town فيشخابور is not the Syrian Semalka crossing (only "معبر فيشخابور" is)."""
from __future__ import annotations

import pytest

from tawatur.clean.segment import segment
from tawatur.model import Article
from tawatur.read.gazetteer import Gazetteer
from tawatur.read.places import read_places


@pytest.mark.parametrize("surface, admin1", [
    ("الشولا", "Deir ez-Zor"), ("الشولة", "Deir ez-Zor"), ("وناحتة", "Daraa"), ("مليحة العطش", "Daraa"),
    ("ولغا", "As-Suwayda"), ("ريمة حازم", "As-Suwayda"), ("التريمسة", "Hama"), ("بالتريمسة", "Hama"),
    ("رميلان", "Al-Hasakah"), ("الرميلان", "Al-Hasakah"), ("قاح", "Idlib"), ("صرين", "Aleppo"),
    ("دبسي عفنان", "Raqqa"), ("مزيريب", "Daraa"), ("عريمة", "Aleppo"), ("محكان", "Deir ez-Zor"),
])
def test_village_resolves_in_its_governorate(surface: str, admin1: str) -> None:
    e = Gazetteer.default().resolve(surface)
    assert e is not None and e.admin1 == admin1


def test_qahtaniyah_is_the_town_of_the_stated_governorate() -> None:
    gaz = Gazetteer.default()
    assert gaz.resolve("القحطانية", context_admin1="Al-Hasakah").id == "t:qahtaniyah"
    assert gaz.resolve("القحطانية", context_admin1="Quneitra").admin1 == "Quneitra"


def test_faysh_khabur_alone_is_not_the_syrian_crossing() -> None:
    gaz = Gazetteer.default()
    assert gaz.resolve("معبر فيشخابور").id == "c:semalka"
    assert all(e.id != "c:semalka" for e in gaz.lookup("فيشخابور"))


def _places(text: str) -> list[str]:
    art = read_places(segment(Article(id="t", raw=text)))
    return [m.attrs.get("name_en", "") for m in art.mentions_of("place")]


def test_word_names_need_a_cue() -> None:
    assert "Al-Rai" not in _places("وقال البطريرك الماروني بشارة الراعي إن لبنان بحاجة إلى حكومة.")
    assert "Al-Rai" not in _places("وأكد الراعي الرسمي للبطولة دعمه للفريق.")
    assert "Rmelan" not in _places("وسقط برميلان متفجران على حي الفردوس في حلب.")
    assert "Al-Muabbada" not in _places("وقال رئيس البلدية إن الطرق المعبدة في البلدة تحتاج إلى صيانة.")


def test_word_names_after_their_cue() -> None:
    assert "Al-Rai" in _places("وسيطرت الفصائل على بلدة الراعي شمالي حلب.")
    assert "Rmelan" in _places("وخرجت مظاهرة في مدينة رميلان.")
    assert "Al-Muabbada" in _places("وقصفت المدفعية بلدة المعبدة بريف الحسكة الشرقي.")
