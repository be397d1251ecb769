"""Hand-built articles and events for the link tests (Arabic written for these tests)."""
from __future__ import annotations

from tawatur.model import Actor, Article, Event, EventDate, Evidence, Place, Sentence, Source

PLACES = {
    "homs": Place(name="حمص", name_en="Homs", lat=34.73, lon=36.71, kind="city", gazetteer_id="g-homs",
                  admin1="حمص"),
    "rastan": Place(name="الرستن", name_en="Al-Rastan", lat=34.93, lon=36.73, kind="city",
                    gazetteer_id="g-rastan", admin1="حمص"),
    "talbiseh": Place(name="تلبيسة", name_en="Talbiseh", lat=34.84, lon=36.73, kind="city",
                      gazetteer_id="g-talbiseh", admin1="حمص"),
    "daraa": Place(name="درعا", name_en="Daraa", lat=32.62, lon=36.10, kind="city", gazetteer_id="g-daraa",
                   admin1="درعا"),
    "daraa_gov": Place(name="محافظة درعا", name_en="Daraa Governorate", lat=32.8, lon=36.2,
                       kind="governorate", gazetteer_id="g-daraa-gov", admin1="درعا"),
}


def event(eid: str, article: str, type_: str, place: str | Place, *, polarity: str = "asserted",
          side: str = "opposition", source: str = "the article", chain: list[str] | None = None,
          day: str = "2024-12-06", quantity: str | None = None, evidence: tuple[str, int, int] | None = None,
          trigger: str = "") -> Event:
    pl = PLACES[place] if isinstance(place, str) else place
    ev = Evidence(*evidence) if evidence else None
    return Event(id=eid, article=article, type=type_, polarity=polarity, place=pl,
                 actor=Actor(side=side), source=Source(name=source, name_en=source, chain=chain or []),
                 date=EventDate(value=day), quantity=quantity, evidence=ev, trigger=trigger)


def article(aid: str, outlet: str, events: list[Event], text: str = "", published: str = "2024-12-06",
            title: str = "") -> Article:
    art = Article(id=aid, outlet=outlet, published=published, text=text, raw=text, title=title,
                  events=events)
    if text:
        start = 0
        for i, part in enumerate(text.split("\n")):
            art.sentences.append(Sentence(index=i, start=start, end=start + len(part), text=part))
            start += len(part) + 1
    return art
