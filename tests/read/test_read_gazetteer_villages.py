"""Villages and quarters the curated gazetteer gained in task places11: each resolves in its governorate, in the
spellings news uses (joined or apart compounds, with or without the article), and a quarter whose name is also a
common word ("المشهد" the scene) is a place only after a cue or with a locator (ambiguous.tsv, policy cue)."""
from __future__ import annotations

import pytest

from tawatur.clean.segment import segment
from tawatur.model import Article
from tawatur.read.gazetteer import Gazetteer
from tawatur.read.places import read_places


@pytest.mark.parametrize("surface, admin1", [
    ("بسيمة", "Rif Dimashq"), ("وبدير مقرن", "Rif Dimashq"), ("كفرالعواميد", "Rif Dimashq"),
    ("فليطا", "Rif Dimashq"), ("بلدة أوتايا", "Rif Dimashq"), ("تير معلة", "Homs"), ("تيرمعلة", "Homs"),
    ("كنصفرة", "Idlib"), ("تل مرديخ", "Idlib"), ("البغيلية", "Deir ez-Zor"), ("بغيلية", "Deir ez-Zor"),
    ("تل براك", "Al-Hasakah"), ("الصاخور", "Aleppo"), ("المشلب", "Raqqa"), ("ثعلة", "As-Suwayda"),
])
def test_village_resolves_in_its_governorate(surface: str, admin1: str) -> None:
    e = Gazetteer.default().resolve(surface)
    assert e is not None and e.admin1 == admin1


def _places(text: str) -> list[str]:
    art = read_places(segment(Article(id="t", raw=text)))
    return [m.attrs.get("name_en", "") for m in art.mentions_of("place")]


def test_common_word_quarter_needs_a_cue() -> None:
    assert "Al-Mashhad" not in _places("وقال الوزير إن المشهد السياسي تغير خلال العام الماضي.")
    assert "Al-Muwazzafin" not in _places("وطالب الموظفين في المؤسسة بزيادة رواتبهم.")


def test_common_word_quarter_after_its_cue() -> None:
    assert "Al-Mashhad" in _places("وقصفت قوات النظام حي المشهد في حلب بقذائف الهاون.")
    assert "Al-Muwazzafin" in _places("وقصف التنظيم حي الموظفين في مدينة دير الزور.")


def test_quarter_named_bare_after_its_cue_is_that_quarter() -> None:
    # "حي الجورة" fixes the word's sense for the article: "الجورة" further on is the quarter (gazetteer
    # ambiguous.tsv sense "article"), as it was when the gazetteer did not know the quarter
    names = _places("وسيطر مقاتلو المعارضة على حي الجورة في دير الزور. وقصفت قوات النظام الجورة بالمدفعية.")
    assert names.count("Al-Jorah") == 2
