"""Common nouns among the Arabic names of unchecked gazetteer rows: a kind of place ("السجن"، "المعبر")
is never a village's name, however GeoNames lists it; curated rows are kept as written."""
from __future__ import annotations

from pathlib import Path

from tawatur.clean.normalize import fold_text
from tawatur.clean.segment import segment
from tawatur.model import Article
from tawatur.read.gazetteer import DATA_DIR, Entry, Gazetteer, common_nouns, drop_common_names
from tawatur.read.places import read_places

_HEADER = "id\tname\tvariants\tname_en\tvariants_en\tlat\tlon\tkind\tadmin1\tpopulation\tsource\tcountry\n"


def test_prison_is_not_the_suwayda_village() -> None:
    g = Gazetteer.default()
    assert g.lookup(fold_text("السجن")) == []
    village = g.lookup(fold_text("المزرعة"))
    assert any(e.admin1 == "As-Suwayda" for e in village)


def test_unchecked_row_keeps_its_real_names() -> None:
    e = Entry(id="u:9", name="المعبر", name_en="Tall Abyad Gate", variants=["معبر الشمال", "الجسر"], layer="user")
    drop_common_names(e, common_nouns())
    assert (e.name, e.variants) == ("معبر الشمال", [])


def test_row_left_nameless_keeps_its_english_name() -> None:
    e = Entry(id="u:8", name="المطار", name_en="Old Field", layer="package")
    drop_common_names(e, common_nouns())
    assert e.name == "Old Field" and e.variants == []


def test_curated_row_is_kept(tmp_path: Path) -> None:
    e = Entry(id="c:x", name="السوق", name_en="Souq", layer="curated")
    drop_common_names(e, common_nouns())
    assert e.name == "السوق"


def test_user_import_is_filtered(tmp_path: Path) -> None:
    user = tmp_path / "gazetteer"
    user.mkdir()
    (user / "mine.tsv").write_text(
        _HEADER + "u:1\tالمدرسة\tكفر الليمون\tKafr al-Laymun\t\t35.3\t36.6\ttown\tHama\t\tmy survey\tSY\n",
        encoding="utf-8")
    g = Gazetteer.load(DATA_DIR, user)
    assert g.lookup(fold_text("المدرسة")) == []
    assert g.get("u:1").name == "كفر الليمون"


def test_village_in_a_text_is_named_by_its_name() -> None:
    """A Suwayda village read from "قرية المزرعة" is reported as المزرعة, not as "السجن" (the prison)."""
    art = read_places(segment(Article(id="t", raw="وداهم مسلحون قرية المزرعة غربي السويداء ليلا.")))
    village = [m for m in art.mentions_of("place") if m.text == "المزرعة"]
    assert village and village[0].attrs["name"] == "المزرعة"
