"""Every value the report shows, in the reader's language: sides, sources, outlets, dates, counts.

The words are data (``data/report/labels.tsv``); this module only applies them. Each helper returns a
bilingual pair ``{"ar": ..., "en": ...}`` so a page can show one language and the report's toggle can
swap to the other without a round trip.

- Dates: one format per language — Arabic "7 كانون الأول 2024", English "7 Dec 2024"; a coarser
  precision says so; a date inferred from the story is marked "≈" (see link/dating.py).
- Counts follow each language's plural categories, written as rules in the labels file (CLDR:
  Arabic has zero, one, two, few 3-10, many 11-99, other), so "5 مقالات" and "11 مقالاً", never
  "5 المقالات".
- Outlet ids are left-to-right strings inside right-to-left text: templates wrap them in ``<bdi>``.
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from .data import labels

LANGS = ("ar", "en")
CATEGORIES = ("zero", "one", "two", "few", "many")
_RULE = re.compile(r"^n(?:%(\d+))?=(\d+)(?:\.\.(\d+))?$")


def pair(ar: str, en: str | None = None) -> dict[str, str]:
    return {"ar": ar, "en": ar if en is None else en}


def label(key: str, fallback: str = "") -> dict[str, str]:
    """The labels-file pair of ``key``; ``fallback`` (both languages) when the key is missing."""
    row = labels().get(key)
    return {"ar": row["ar"], "en": row["en"]} if row else pair(fallback or key)


@lru_cache(maxsize=1)
def _rules() -> dict[str, list[tuple[str, int | None, int, int]]]:
    """lang -> [(category, modulus, low, high)] from the ``plural:*`` rows."""
    out: dict[str, list[tuple[str, int | None, int, int]]] = {lang: [] for lang in LANGS}
    for cat in CATEGORIES:
        row = labels().get(f"plural:{cat}")
        for lang in LANGS:
            rule = (row or {}).get(lang, "").replace(" ", "")
            if m := _RULE.match(rule):
                low = int(m[2])
                out[lang].append((cat, int(m[1]) if m[1] else None, low, int(m[3]) if m[3] else low))
    return out


def plural_category(n: int, lang: str) -> str:
    """The plural category of ``n`` in ``lang`` by the rules of the labels file ('other' by default)."""
    for cat, mod, low, high in _rules().get(lang, []):
        v = n % mod if mod else n
        if low <= v <= high:
            return cat
    return "other"


def count(n: int, noun: str) -> dict[str, str]:
    """"5 مقالات" / "5 articles": ``n`` with its noun in the right form for each language."""
    out = {}
    for lang in LANGS:
        cat = plural_category(n, lang)
        row = labels().get(f"count:{noun}:{cat}") or labels().get(f"count:{noun}:other")
        text = (row or {}).get(lang) or f"{{n}} {noun}"
        out[lang] = text.replace("{n}", str(n))
    return out


def side(value: str | None) -> dict[str, str]:
    return label(f"side:{value or 'unknown'}", value or "unknown")


def source(name: str | None, name_en: str | None) -> dict[str, str]:
    """A source as written in the article (Arabic) and its English name; the unattributed default
    ("the article") in words in each language."""
    if (name or name_en or "the article") in ("the article",) or (not name and name_en == "the article"):
        return label("source:the article")
    return pair(name or name_en or "", name_en or name or "")


def outlet(value: str | None) -> dict[str, str]:
    """An outlet id (left-to-right) or the unknown outlet in words."""
    if not value or value == "unknown" or value.startswith("article:"):
        return label("outlet:unknown")
    return pair(value)


def _day(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10])
    except (TypeError, ValueError):
        return None


def fmt_date(value: str | None, precision: str = "day", basis: str = "") -> dict[str, str]:
    """A date in one format per language; coarser precisions and inferred dates say so."""
    d = _day(value or "")
    if d is None:
        return {**label("date_unknown"), "iso": "", "basis": basis}
    month = label(f"month:{d.month}", str(d.month))
    out = {}
    for lang in LANGS:
        if precision == "year":
            text = str(d.year)
        elif precision == "month":
            text = f"{month[lang]} {d.year}"
        else:
            text = f"{d.day} {month[lang]} {d.year}"
        if basis == "story":
            text = "≈ " + text
        out[lang] = text
    note = label(f"basis:{basis}") if basis else pair("")
    prec = label(f"precision:{precision}") if precision in ("week", "month", "year") else pair("")
    return {**out, "iso": d.isoformat(), "basis": basis,
            "title_ar": " · ".join(x for x in (note["ar"], prec["ar"]) if x),
            "title_en": " · ".join(x for x in (note["en"], prec["en"]) if x)}


def confidence(value: float | None) -> dict[str, str]:
    """Confidence as a percentage and a level (weak < 0.5 <= medium < 0.75 <= strong)."""
    v = float(value or 0.0)
    level = "weak" if v < 0.5 else ("medium" if v < 0.75 else "strong")
    name = label(f"conf:{level}")
    n = round(v * 100)
    return {"ar": f"{name['ar']} ({n}٪)", "en": f"{name['en']} ({n}%)", "level": level, "value": v}


def _en(key: str, default: str = "") -> str:
    row = labels().get(key)
    return row["en"] if row and row["en"] else default


def english_sentence(d: dict) -> str:
    """What happened, in English, from a digest item's fields (type, polarity, actor, side, place,
    quantity, date, sources, outlets, status, chains): the English reader's summary line.

    "Opposition forces took control of Homs on 7 Dec 2024, according to Reuters (outlet-two.sy);
    corroborated, 2 independent chains." Sentence templates are rows of the labels file."""
    side_ = d.get("side") or "unknown"
    actor = d.get("actor_en") or _en(f"who:{side_}") or _en("actor:unknown", "an unidentified party")
    place = d.get("place_en") or _en("place:unknown", "an unnamed place")
    qty = "".join(ch for ch in str(d.get("quantity") or "") if ch.isdigit())
    kind = d.get("type") or "other"
    counted = ":wounded" if d.get("quantity_of") == "wounded" else ""
    say = (_en(f"say:{kind}:n{counted}") if qty else "") or _en(f"say:{kind}") or _en("say:other")
    what = say.replace("{actor}", actor).replace("{place}", place).replace("{quantity}", qty)
    sources = ", ".join(source(s, s)["en"] for s in d.get("sources") or []) or source(None, None)["en"]
    what = _en(f"frame:{d.get('polarity') or 'asserted'}", "{what}").replace("{what}", what) \
        .replace("{sources}", sources)
    when = fmt_date(d.get("date"), d.get("precision") or "day", d.get("basis") or "")
    if not when["iso"]:
        date_phrase = ""
    elif d.get("basis") == "story":
        date_phrase = " " + _en("date:approx").replace("{date}", when["en"].lstrip("≈ "))
    elif (d.get("precision") or "day") == "day":
        date_phrase = " " + _en("date:day").replace("{date}", when["en"])
    else:
        date_phrase = " " + _en("date:coarse").replace("{date}", when["en"])
    outlets = ", ".join(outlet(o)["en"] for o in d.get("outlets") or [])
    status = label(f"s:{d.get('status') or 'single-source'}")["en"]
    text = _en("frame:tail", "{what}{date}.").replace("{what}", what).replace("{date}", date_phrase) \
        .replace("{sources}", sources).replace("{outlets}", outlets).replace("{status}", status) \
        .replace("{chains}", count(int(d.get("n_chains") or 0), "chains")["en"])
    return text[:1].upper() + text[1:]
