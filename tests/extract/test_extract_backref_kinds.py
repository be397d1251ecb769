"""Back-references by kind (issue 12, places4): "الحي" is the last neighbourhood, "الحقل" the last field,
"المشفى" the last hospital, whatever kind the gazetteer files the place under, and never a city. Our own sentences."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def _events(text: str, published: str = "2018-04-02"):
    return analyze(Article(id="bk", raw=text, published=published)).events


def _at(evs, etype: str) -> set[str]:
    return {e.place.name for e in evs if e.type == etype and e.place is not None}


def test_the_neighbourhood_word_recalls_the_last_neighbourhood() -> None:
    evs = _events("سيطر الجيش على حي القابون في دمشق. ثم انتشرت الشرطة العسكرية في الحي.")
    assert _at(evs, "deploy") == {"القابون"}  # not the city the neighbourhood lies in
    ev = next(e for e in evs if e.type == "deploy")
    assert "backref" in ev.rule


def test_the_field_word_recalls_a_field_the_gazetteer_files_as_a_base() -> None:
    evs = _events("استعادت القوات الحكومية حقل العمر النفطي. وانسحب مسلحو قسد من الحقل ليلا.", "2026-01-20")
    assert _at(evs, "withdraw") == {"حقل العمر"}


def test_a_facility_word_with_no_place_of_its_kind_recalls_nothing() -> None:
    # "الحي" after a city only: no neighbourhood was named, so the withdrawal has no place
    evs = _events("وصلت التعزيزات إلى مدينة حماة. وانسحب المسلحون من الحي.")
    assert _at(evs, "withdraw") == set()


def test_people_leave_the_neighbourhood_a_back_reference_names_and_go_to_the_destination() -> None:
    evs = _events("استعاد الجيش حي بستان القصر في حلب. ونزحت عشرات العائلات من الحي باتجاه حي الشيخ مقصود.")
    assert _at(evs, "displacement") == {"بستان القصر", "الشيخ مقصود"}
    # a city word is no such origin: "من المدينة" with a destination leaves the city to the rules before
    evs = _events("دخل الجيش مدينة حماة. ونزحت عائلات من المدينة باتجاه مدينة سلمية.")
    assert _at(evs, "displacement") & {"السلمية", "سلمية"}


def test_the_masculine_dual_recalls_both_quarters_a_dual_head_introduced() -> None:
    """Task places8: "الحيين" (a masculine dual: no ta marbuta) sentences after "حيي X وY" is both quarters, which
    the gazetteer lacks and the text introduced under their head."""
    # quarters the gazetteer still lacks ("المشلب" and "الرميلة" are curated rows since task places11)
    evs = _events("دخلت القوات حيي حطين والأندلس في الرقة. وقال متحدث إن المعارك عنيفة. ثم سيطرت القوات على الحيين.")
    assert _at(evs, "take_control") == {"حي حطين", "حي الأندلس"}
