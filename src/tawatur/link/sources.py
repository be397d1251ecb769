"""Independent chains of sources: how many separate origins stand behind a merged event.

Two outlets quoting Reuters are one chain; SANA quoted by three outlets is one chain; an unattributed
statement ("the article") and a generic label ("local sources", "residents") belong to the outlet that
printed it. The chain's key is therefore the LAST named hop (the origin closest to the happening that
the text identifies), falling back to the outlet. An anonymous hop stays anonymous when the reader names
the body or the country it belongs to ("مصدر في وزارة الداخلية": "Syrian Ministry of Interior source";
"مسؤول أمريكي": "US officials"): the person is still unnamed, so Anadolu quoting such a source and Anadolu
quoting no one are one chain, Anadolu's. An article of no known outlet is no independent
chain by itself: its unattributed statements all share one "unknown outlet" chain, counted only when
no other chain reports the event.
"""
from __future__ import annotations

import re

from ..model import Article, Event
from .data import generic_sources

_OUTLET_NOISE = re.compile(r"^(?:https?://)?(?:www\.)?|\.(?:com|net|org|sy|tv|co\.uk|uk|ae|qa|sa|lb|tr|ru)(?:/.*)?$")


def norm_label(label: str) -> str:
    """Comparable form of a source or outlet label: lower-case, no domain, letters and digits only."""
    s = _OUTLET_NOISE.sub("", (label or "").strip().lower())
    return re.sub(r"[^\w]+", " ", s).strip()


def hops(event: Event) -> list[str]:
    """The chain of an event's source, outermost first (its name alone when no chain was recorded)."""
    src = event.source
    chain = [h for h in (src.chain or []) if h]
    if not chain:
        chain = [src.name_en or src.name or "the article"]
    return chain


UNKNOWN_OUTLET = "unknown"  # an article whose outlet nobody told us (a plain .txt without metadata)
UNKNOWN_CHAIN = "src:?unknown-outlet"


def outlet_of(article: Article | None, event: Event) -> str:
    """The outlet that printed the event, or :data:`UNKNOWN_OUTLET`.

    Articles of no known outlet all share the one unknown outlet: two plain-text files may well come
    from the same site, so they are never counted as two outlets (readers map a literal "unknown"
    outlet to none, so the name cannot clash with a real one)."""
    if article is None:  # not loaded (a partial seed): the article stands for its own outlet
        return f"article:{event.article}"
    return article.outlet or UNKNOWN_OUTLET


def count_independent(keys: set[str] | list[str]) -> int:
    """How many independent chains ``keys`` stand for: the unknown outlet's own statements count only
    when nothing else stands behind the event (it is never a second, independent chain by itself)."""
    known = {k for k in keys if k != UNKNOWN_CHAIN}
    return len(known) or (1 if keys else 0)


def anonymous(label: str) -> bool:
    """Whether a hop names no identifiable origin: a generic label (``generic_sources.tsv``), or one
    qualified in front by whom it belongs to, as the source reader names "مصدر عسكري روسي" ("Russian
    military source") or "مصادر في الجيش" ("Syrian Army sources")."""
    norm = norm_label(label)
    generic = generic_sources()
    return not norm or norm in generic or any(norm.endswith(" " + g) for g in generic)


def chain_key(event: Event, outlet: str) -> tuple[str, list[str]]:
    """(independence key, displayed chain) for one event printed by ``outlet``."""
    chain = hops(event)
    named = [h for h in chain if not anonymous(h)]
    if named:
        return "src:" + norm_label(named[-1]), chain
    rest = [h for h in chain if norm_label(h) != "the article"]
    if outlet == UNKNOWN_OUTLET:
        return UNKNOWN_CHAIN, [outlet, *rest]
    return "src:" + norm_label(outlet), [outlet, *rest]
