"""Independent chains of sources: how many separate origins stand behind a merged event.

Two outlets quoting Reuters are one chain; SANA quoted by three outlets is one chain; an unattributed
statement ("the article") and a generic label ("local sources", "residents") belong to the outlet that
printed it. The chain's key is therefore the LAST named hop (the origin closest to the happening that
the text identifies), falling back to the outlet.
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


def outlet_of(article: Article | None, event: Event) -> str:
    """The outlet that printed the event (the article's outlet, else its id)."""
    if article is not None and article.outlet:
        return article.outlet
    return f"article:{event.article}"


def chain_key(event: Event, outlet: str) -> tuple[str, list[str]]:
    """(independence key, displayed chain) for one event printed by ``outlet``."""
    generic = generic_sources()
    chain = hops(event)
    named = [h for h in chain if norm_label(h) not in generic and norm_label(h)]
    if named:
        return "src:" + norm_label(named[-1]), chain
    return "src:" + norm_label(outlet), [outlet, *[h for h in chain if norm_label(h) != "the article"]]
