"""``tawatur gazetteer import FILE`` and ``tawatur gazetteer lookup NAME``.

``import`` turns a user's bigger gazetteer into a user layer (a TSV under ``$TAWATUR_HOME/gazetteer`` or
``~/.local/share/tawatur/gazetteer``) that the loader reads on top of the packaged layers: a GeoNames
country dump (``SY.txt``: 19 tab-separated columns, alternate names comma-separated) or an OCHA-style
CSV with ``name_ar``, ``name_en``, ``lat``, ``lon`` and ``admin1`` columns. Rows that cannot be read are
reported with their line number, never silently dropped.
"""
from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from ..read.gazetteer import COLUMNS, DATA_DIR, Gazetteer, read_tsv, user_dir

_ARABIC = range(0x0600, 0x0700)
_GEONAMES_KIND = {"PPLC": "city", "PPLA": "city", "PPLA2": "town", "PPLA3": "town", "PPLX": "neighbourhood",
                  "AIRP": "airport", "AIRB": "airport", "AIRF": "airport", "MT": "mountain", "MTS": "mountain",
                  "HLL": "hill", "PRN": "prison", "BDG": "bridge", "DAM": "dam", "PSTB": "crossing",
                  "ADM1": "governorate", "ADM2": "district", "ADM3": "district", "CMP": "camp",
                  "CMPRF": "camp", "RD": "road", "PRT": "port", "INSM": "base"}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("gazetteer", help="import a bigger gazetteer into your user layer, or look a name up")
    gsub = p.add_subparsers(dest="gazetteer_command", metavar="ACTION")
    imp = gsub.add_parser("import", help="import a GeoNames dump or an OCHA-style CSV")
    imp.add_argument("file", help="the file to import (GeoNames SY.txt, or CSV)")
    imp.add_argument("--format", choices=("geonames", "csv"), default=None,
                     help="input format (default: csv for .csv files, else geonames)")
    imp.add_argument("--country", default="SY", help="ISO country code of the places (default SY)")
    imp.set_defaults(func=run_import)
    look = gsub.add_parser("lookup", help="print the entries a name resolves to")
    look.add_argument("name", help="an Arabic or English place name, clitics and cue words allowed")
    look.add_argument("--admin1", default=None, help="prefer entries of this governorate")
    look.set_defaults(func=run_lookup)
    p.set_defaults(func=lambda args: (p.print_help(), 2)[1])


def _is_arabic(s: str) -> bool:
    return any(ord(c) in _ARABIC for c in s)


def _admin1_names() -> dict[str, str]:
    return {r["geonames_admin1"]: r["name_en"] for r in read_tsv(DATA_DIR / "admin1.tsv")}


def geonames_rows(path: Path, country: str, problems: list[str]) -> list[dict[str, str]]:
    """Rows of a GeoNames country dump as gazetteer rows."""
    admin = _admin1_names() if country == "SY" else {}
    rows = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, start=1):
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 15:
                problems.append(f"line {n}: {len(cols)} columns, a GeoNames row has 19")
                continue
            alts = [a for a in cols[3].split(",") if a]
            ar = [a for a in dict.fromkeys(alts) if _is_arabic(a)]
            en = [a for a in dict.fromkeys([cols[2], *alts]) if a.isascii() and a != cols[1]]
            try:
                lat, lon = float(cols[4]), float(cols[5])
            except ValueError:
                problems.append(f"line {n}: bad coordinates {cols[4]!r}, {cols[5]!r}")
                continue
            pop = cols[14] if cols[14].isdigit() and cols[14] != "0" else ""
            kind = _GEONAMES_KIND.get(cols[7], "town" if cols[6] == "P" else "area")
            if kind in ("town",) and pop and int(pop) >= 50_000:
                kind = "city"
            rows.append({"id": f"gn:{cols[0]}", "name": ar[0] if ar else cols[1], "variants": "|".join(ar[1:]),
                         "name_en": cols[1], "variants_en": "|".join(en[:20]), "lat": f"{lat:.5f}",
                         "lon": f"{lon:.5f}", "kind": kind, "admin1": admin.get(cols[10], cols[10]),
                         "population": pop, "source": f"GeoNames {cols[0]} ({path.name})",
                         "country": cols[8] or country})
    return rows


def csv_rows(path: Path, country: str, problems: list[str]) -> list[dict[str, str]]:
    """Rows of an OCHA-style CSV (name_ar, name_en, lat, lon, admin1; optional id, kind, variants)."""
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        need = {"name_ar", "name_en", "lat", "lon", "admin1"}
        missing = need - set(reader.fieldnames or [])
        if missing:
            raise ValueError(f"{path.name}: missing column(s) {', '.join(sorted(missing))}")
        rows = []
        for n, r in enumerate(reader, start=2):
            try:
                lat, lon = float(r["lat"]), float(r["lon"])
            except (TypeError, ValueError):
                problems.append(f"line {n}: bad coordinates {r.get('lat')!r}, {r.get('lon')!r}")
                continue
            if not (r["name_ar"] or r["name_en"]):
                problems.append(f"line {n}: no name")
                continue
            rows.append({"id": r.get("id") or f"user:{path.stem}:{n}", "name": r["name_ar"] or r["name_en"],
                         "variants": r.get("variants", ""), "name_en": r["name_en"], "variants_en": "",
                         "lat": f"{lat:.5f}", "lon": f"{lon:.5f}", "kind": r.get("kind") or "town",
                         "admin1": r["admin1"], "population": r.get("population", ""),
                         "source": r.get("source") or f"{path.name} line {n}", "country": country})
    return rows


def _clean(v: str) -> str:
    return " ".join((v or "").replace("\t", " ").split())


def run_import(args: argparse.Namespace) -> int:
    path = Path(args.file)
    if not path.is_file():
        print(f"tawatur gazetteer import: no such file: {path}", file=sys.stderr)
        return 2
    fmt = args.format or ("csv" if path.suffix.lower() == ".csv" else "geonames")
    problems: list[str] = []
    try:
        rows = (csv_rows if fmt == "csv" else geonames_rows)(path, args.country.upper(), problems)
    except (ValueError, UnicodeDecodeError) as exc:
        print(f"tawatur gazetteer import: {exc}", file=sys.stderr)
        return 2
    out_dir = user_dir()
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / f"{path.stem}.tsv"
    with out.open("w", encoding="utf-8", newline="") as fh:
        fh.write(f"# imported from {path.name} ({fmt})\n" + "\t".join(COLUMNS) + "\n")
        for r in rows:
            fh.write("\t".join(_clean(r.get(c, "")) for c in COLUMNS) + "\n")
    for msg in problems:
        print(f"skipped {msg}", file=sys.stderr)
    print(f"imported {len(rows)} places into {out} ({len(problems)} rows skipped)")
    Gazetteer.default.cache_clear()
    return 0 if rows or not problems else 1


def run_lookup(args: argparse.Namespace) -> int:
    gaz = Gazetteer.default()
    found, cue = gaz.candidates(args.name)
    if not found:
        print(f"no place named {args.name!r}")
        return 1
    for e in gaz.rank(found, args.admin1, cue.kind if cue else None):
        coords = f"{e.lat:.2f},{e.lon:.2f}" if e.lat is not None and e.lon is not None else "-"
        print(f"{e.id}\t{e.name}\t{e.name_en}\t{e.kind}\t{e.admin1 or e.country}\t{coords}\t{e.source}")
    return 0
