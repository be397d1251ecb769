"""The ``published`` field as people send it, read into one ISO form, or dropped with a warning.

Feeds, scrapers, sidecar files and command-line flags send dates as ISO dates and datetimes, RFC 2822
(often cut: "Sat, 07 Dec 2024 02:47" or "Sat, 07 Dec 2024"), day-first numbers as Arab outlets write
them ("07/12/2024", "07-12-2024 | 02:47"), Arabic or English month names ("7 كانون الأول 2024"), a
Hijri date ("1446-06-05", "5 جمادى الآخرة 1446 هـ": the Gregorian day by the Umm al-Qura calendar), or a
word such as "yesterday". A word means a date only against a reference date (when the page was
fetched); anything else that is not a date is dropped with a warning, so it can never reach an event's
date or a database column as if it were one.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from email.utils import parsedate_tz
from functools import lru_cache
from pathlib import Path

from ..clean.normalize import fold_text

DATA = Path(__file__).resolve().parents[1] / "data" / "ingest" / "published_words.tsv"
MIN_YEAR, MAX_YEAR = 1900, 2100  # outside this no news report was published (9999-12-31, 0001-01-01)
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$")
_RFC = re.compile(r"^(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{1,2}:\d{1,2}")


@lru_cache(maxsize=1)
def _words() -> dict[str, int]:
    from ..read.lexicon import read_tsv

    return {fold_text(f.strip()).lower(): int(r["offset"])
            for r in read_tsv(DATA) for f in r["forms"].split("|") if f.strip()}


def _plausible(y: int) -> bool:
    return MIN_YEAR <= y <= MAX_YEAR


def _from_iso(value: str) -> str | None:
    if not _ISO.match(value):
        return None
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00").replace(" ", "T"))
    except ValueError:
        return None
    if not _plausible(dt.year):
        return None
    if len(value) == 10:
        return dt.date().isoformat()
    return dt.isoformat(timespec="minutes")


def _from_rfc2822(value: str) -> str | None:
    if not _RFC.match(value):
        return None
    parts = parsedate_tz(value)
    if not parts or not _plausible(parts[0]):
        return None
    y, mo, d, hh, mm = parts[:5]
    try:
        dt = datetime(y, mo, d, hh, mm)
    except ValueError:
        return None
    return dt.isoformat(timespec="minutes")


def _from_text(value: str) -> str | None:
    from ..clean.boilerplate import load_cues, parse_dateline

    iso = parse_dateline(value, load_cues())
    if not iso:
        return None
    try:
        datetime.fromisoformat(iso)
    except ValueError:  # "31/02/2024": a day the month does not have
        return None
    return iso


def _from_hijri(value: str) -> str | None:
    from ..read.dates import hijri_day

    day = hijri_day(value)
    return day.isoformat() if day else None


def _from_word(value: str, reference: date | None) -> tuple[str | None, bool]:
    """(ISO date, True) for a relative word with a reference; (None, True) for one without."""
    key = " ".join(fold_text(value).lower().split())
    if key not in _words():
        return None, False
    if reference is None:
        return None, True
    return (reference + timedelta(days=_words()[key])).isoformat(), True


def parse_published(value: object, reference: date | None = None) -> tuple[str | None, str | None]:
    """(ISO date or datetime, None) when ``value`` is a date; (None, warning) when it is not.

    Day-first for numeric dates (07/12/2024 is 7 December), as the Arabic press writes them.
    """
    if value is None:
        return None, None
    s = " ".join(str(value).split())
    if not s:
        return None, None
    if len(s) > 80:
        return None, f"published {s[:40]!r}… is not a date; dropped"
    for parse in (_from_iso, _from_rfc2822, _from_text, _from_hijri):
        iso = parse(s)
        if iso:
            return iso, None
    iso, is_word = _from_word(s, reference)
    if iso:
        return iso, None
    if is_word:
        return None, f"published {s!r} is relative and there is no reference date; dropped"
    return None, f"published {s!r} is not a date; dropped"


def published_day(value: str | None) -> date | None:
    """The day of an ISO ``published`` value, or None."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
