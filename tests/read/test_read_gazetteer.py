"""The gazetteer loader: layers, lookup by folded name, resolve with clitics and cues, containment."""
from __future__ import annotations

from pathlib import Path

import pytest

from tawatur.clean.normalize import fold_text
from tawatur.read.gazetteer import Entry, Gazetteer, distance_km


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def test_default_is_cached(gaz: Gazetteer) -> None:
    assert Gazetteer.default() is gaz


def test_lookup_by_folded_name(gaz: Gazetteer) -> None:
    hits = gaz.lookup(fold_text("حماة"))
    assert hits and hits[0].name_en == "Hama" and hits[0].admin1 == "Hama"
    assert gaz.lookup(fold_text("حماه"))[0].id == hits[0].id  # ta marbuta / ha spelling meet


@pytest.mark.parametrize("surface,name_en", [
    ("وبالرستن", "Al-Rastan"), ("لحمص", "Homs"), ("مدينة تدمر", "Palmyra"), ("Palmyra", "Palmyra"),
    ("مطار التيفور", "T4 Airbase"), ("معبر نصيب", "Nasib crossing"), ("كوباني", "Kobani"),
])
def test_resolve_surface_forms(gaz: Gazetteer, surface: str, name_en: str) -> None:
    e = gaz.resolve(surface)
    assert e is not None and e.name_en == name_en


def test_resolve_governorate_and_countryside(gaz: Gazetteer) -> None:
    assert gaz.resolve("محافظة درعا").kind == "governorate"
    north = gaz.resolve("ريف حماة الشمالي")
    assert north.kind == "countryside" and north.admin1 == "Hama"
    hama = gaz.resolve("حماة")
    assert north.lat > hama.lat - 0.05  # north of the city, not south of it


def test_resolve_uses_context_for_homonyms(gaz: Gazetteer) -> None:
    # two Qahtaniyahs: a village in Quneitra and a town in Al-Hasakah
    assert gaz.resolve("القحطانية", "Quneitra").admin1 == "Quneitra"
    assert gaz.resolve("القحطانية", "Al-Hasakah").admin1 == "Al-Hasakah"


def test_resolve_unknown_is_none(gaz: Gazetteer) -> None:
    assert gaz.resolve("كلمةليست مكانا") is None


def test_contains_by_admin1(gaz: Gazetteer) -> None:
    homs_gov = gaz.resolve("محافظة حمص")
    rastan = gaz.resolve("الرستن")
    aleppo = gaz.resolve("حلب")
    assert gaz.contains(homs_gov.id, rastan.id)
    assert gaz.contains(gaz.resolve("ريف حمص").id, rastan.id)
    assert not gaz.contains(homs_gov.id, aleppo.id)
    assert gaz.contains(gaz.resolve("سوريا").id, aleppo.id)
    assert not gaz.contains(rastan.id, homs_gov.id)


def test_every_entry_is_well_formed(gaz: Gazetteer) -> None:
    for e in gaz.entries.values():
        assert isinstance(e, Entry) and e.id and e.name and e.source, e
        if e.kind != "country" and e.country == "SY":
            assert e.lat is not None and 32.0 < e.lat < 37.5 and 35.5 < e.lon < 42.5, e


def test_countryside_for_every_governorate(gaz: Gazetteer) -> None:
    for name in ("حمص", "حماة", "حلب", "إدلب", "درعا", "القنيطرة", "السويداء", "اللاذقية", "طرطوس",
                 "الرقة", "دير الزور", "الحسكة"):
        for adj in ("الشمالي", "الجنوبي", "الشرقي", "الغربي"):
            e = gaz.resolve(f"ريف {name} {adj}")
            assert e is not None and e.kind == "countryside", (name, adj)


def test_user_layer_overrides_and_adds(tmp_path: Path) -> None:
    user = tmp_path / "gazetteer"
    user.mkdir()
    (user / "mine.tsv").write_text(
        "id\tname\tvariants\tname_en\tvariants_en\tlat\tlon\tkind\tadmin1\tpopulation\tsource\tcountry\n"
        "u:1\tقرية الاختبار\t\tTest Village\t\t35.10\t36.70\tvillage\tHama\t\tmy survey\tSY\n",
        encoding="utf-8")
    from tawatur.read.gazetteer import DATA_DIR
    g = Gazetteer.load(DATA_DIR, user)
    assert g.resolve("قرية الاختبار").id == "u:1"
    assert g.get("u:1").layer == "user"


def test_bad_row_is_a_clear_error(tmp_path: Path) -> None:
    user = tmp_path / "gazetteer"
    user.mkdir()
    (user / "bad.tsv").write_text("id\tname\nu:2\t\n", encoding="utf-8")
    from tawatur.read.gazetteer import DATA_DIR
    with pytest.raises(ValueError, match="bad.tsv:2: column 'name' needs a value"):
        Gazetteer.load(DATA_DIR, user)


def test_distance() -> None:
    assert distance_km(33.51, 36.29, 36.20, 37.16) == pytest.approx(310, abs=15)


def test_every_generated_place_name_is_written_in_arabic_letters():
    """The canonical name of a GeoNames place is what the report and the map show: never a Latin
    transliteration with one Urdu letter ("ladhqyہ" was Latakia's), nor a Kurdish or Persian spelling."""
    from pathlib import Path

    import tawatur
    path = Path(tawatur.__file__).parent / "data" / "gazetteer" / "geonames_sy.tsv"
    rows = [ln.split("\t") for ln in path.read_text(encoding="utf-8").splitlines()
            if ln and not ln.startswith("#")][1:]
    bad = [r[1] for r in rows if any(ch.isalpha() and not 0x0621 <= ord(ch) <= 0x064A for ch in r[1])]
    assert rows and not bad, bad


def test_curated_ids_are_unique() -> None:
    # a second row of one id in the hand-curated file silently replaced the first ("كبانة" was lost to "كباني")
    import tawatur
    path = Path(tawatur.__file__).parent / "data" / "gazetteer" / "curated.tsv"
    ids = [line.split("\t", 1)[0] for line in path.read_text(encoding="utf-8").splitlines()
           if line and not line.startswith("#") and not line.startswith("id\t")]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})
