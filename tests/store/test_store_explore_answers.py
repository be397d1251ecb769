"""The workbench's aggregates (store/explore.py) and the event list's totals give the same answers as a
plain recomputation in Python over every stored event row, under each kind of filter, before and after
an analyst rejects and edits events: the fast paths (all-minus-rejected counts, the data version that
keys the cache) must never change an answer. Runs on SQLite, and on PostgreSQL with TAWATUR_TEST_PG."""
from __future__ import annotations

import importlib.util
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlalchemy import select

from tawatur.store import EventFilter, explore, open_store
from tawatur.store import schema as S

_spec = importlib.util.spec_from_file_location("answers_factory", Path(__file__).with_name("store_factory.py"))
factory = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(factory)

OUTLETS = ("سانا", "الجزيرة", "عنب بلدي")
KINDS = ("take_control", "attack", "withdraw")
SIDES = ("opposition", "government", "sdf")
PLACES = ("حمص", "حماة", "درعا")


def _articles() -> list:
    """Eighteen one-event articles over six days, three outlets, places, kinds and sides."""
    arts = []
    for i in range(18):
        art = factory.make_article(f"x{i}", OUTLETS[i % 3], PLACES[i // 3 % 3], f"2024-12-{1 + i % 6:02d}",
                                   kind=KINDS[i % 3], side=SIDES[i // 2 % 3],
                                   polarity="denied" if i % 7 == 3 else "asserted", extra=f" رقم {i}")
        art.events[0].fatalities = i % 4
        arts.append(art)
    return arts


FILTERS = [EventFilter(), EventFilter(type="attack"), EventFilter(side=("government", "sdf")),
           EventFilter(outlet="سانا"), EventFilter(place="SY05"), EventFilter(actor="فصائل المعارضة"),
           EventFilter(date_from="2024-12-02", date_to="2024-12-04"), EventFilter(polarity="denied"),
           EventFilter(review="rejected"), EventFilter(review="all", type="take_control"),
           EventFilter(type=("attack", "withdraw"), date_from="2024-12-03"),
           EventFilter(side="government", date_to="2024-12-05"), EventFilter(review="all", side="sdf"),
           EventFilter(polarity="asserted"), EventFilter(polarity=("asserted", "expected"), outlet="الجزيرة"),
           EventFilter(polarity=("asserted", "denied"), type=KINDS),  # excludes no event
           EventFilter(polarity=("asserted", "denied"), side=("government", "sdf"))]


def _rows(st) -> list[Any]:
    c = S.events.c
    with st.engine.connect() as conn:
        a = S.articles.c
        return conn.execute(select(c.id, c.type, c.polarity, c.side, c.place_id, c.place_name, c.date, c.outlet,
                                   c.actor, c.fatalities, c.review, c.merged_event, a.published)
                            .join_from(S.events, S.articles, a.id == c.article_id)).all()


def _match(r: Any, f: EventFilter) -> bool:
    """The filter's meaning, written plainly (one value or any of several; days inclusive)."""
    def any_of(v: Any, want: Any) -> bool:
        return not want or v in ((want,) if isinstance(want, str) else want)
    review = {None: r.review != "rejected", "all": True}.get(f.review, r.review == f.review)
    return (review and any_of(r.type, f.type) and any_of(r.side, f.side) and any_of(r.polarity, f.polarity)
            and (not f.outlet or r.outlet == f.outlet) and (not f.place or r.place_id == f.place)
            and (not f.actor or r.actor == f.actor) and (not f.date_from or (r.date or "") >= f.date_from)
            and (not f.date_to or (r.date or "9") <= f.date_to))


def _expected(rows: list[Any], f: EventFilter) -> dict[str, Any]:
    got = [r for r in rows if _match(r, f)]
    days: dict[str, Counter] = defaultdict(Counter)
    for r in got:
        days[r.date].update({"n": 1, "dead": r.fatalities, "t:" + r.type: 1, "s:" + r.side: 1})
    facet = {k: Counter(getattr(r, k) for r in got if getattr(r, k) is not None)
             for k in ("type", "polarity", "side", "outlet", "actor", "place_id")}
    dated = [r.date for r in got if r.date]
    earliest: dict[str, dict[str, str]] = defaultdict(dict)  # merged event -> outlet -> first report
    for r in got:
        if r.merged_event and r.outlet and r.published:
            seen = earliest[r.merged_event]
            seen[r.outlet] = min(seen.get(r.outlet, r.published), r.published)
    firsts = Counter(o for seen in earliest.values() for o, p in seen.items() if p == min(seen.values()))
    return {"total": len(got), "days": {d: dict(+c) for d, c in days.items()}, "facets": facet,
            "first": min(dated, default=None), "last": max(dated, default=None),
            "outlets": Counter(r.outlet for r in got), "firsts": firsts}


def _answered(st, f: EventFilter) -> dict[str, Any]:
    daily = explore.daily(st, f)
    days = {d["date"]: dict(Counter({"n": d["n"], "dead": d["fatalities"]}) +
                            Counter({"t:" + k: v for k, v in d["types"].items()}) +
                            Counter({"s:" + k: v for k, v in d["sides"].items()})) for d in daily["days"]}
    fac = explore.facets(st, f)
    names = {"type": "types", "polarity": "polarity", "side": "sides", "outlet": "outlets", "actor": "actors",
             "place_id": "places"}
    cov = explore.outlet_coverage(st, f)
    blind = explore.blindspots(st, f, 50, 0)
    assert blind["outlets"] == [o["outlet"] for o in sorted(cov, key=lambda o: (-o["events"], o["outlet"]))]
    counts = [v["n"] for k in names.values() for v in fac[k]]
    assert all(n > 0 for n in counts)
    for k in names.values():  # most reported first
        assert [v["n"] for v in fac[k]] == sorted((v["n"] for v in fac[k]), reverse=True)
    known: dict[str, set[str]] = defaultdict(set)
    for r in _rows(st):
        known[r.place_id].add(r.place_name)
    assert all(p["label"] in known[p["value"]] for p in fac["places"])  # a name an event there has
    return {"total": st.events(f, 5, 0)[1], "days": days,
            "facets": {k: Counter({v["value"]: v["n"] for v in fac[n]}) for k, n in names.items()},
            "first": fac["first"], "last": fac["last"], "outlets": Counter({o["outlet"]: o["events"] for o in cov}),
            "firsts": Counter({o["outlet"]: o["first_reports"] for o in cov if o["first_reports"]})}


def _check_all(st) -> None:
    rows = _rows(st)
    days: Counter = Counter()
    for r in rows:  # the per-day counts kept at each write equal the events counted now
        days[(r.date or "", r.type, r.side, r.polarity)] += 1
    with st.engine.connect() as conn:
        kept = {tuple(r[:4]): r.n for r in conn.execute(select(S.event_days))}
        dead = {tuple(r[:4]): r.dead for r in conn.execute(select(S.event_days))}
    assert kept == dict(days)
    for key, n in dead.items():
        assert n == sum(r.fatalities for r in rows if (r.date or "", r.type, r.side, r.polarity) == key)
    _check_day_sums(st, rows)
    assert len(_control_expected(st, rows, EventFilter())["places"]) == 3  # the check has timelines to read
    for f in FILTERS:
        want = _expected(rows, f)
        got = _answered(st, f)
        assert got["total"] == fac_total(st, f) == want["total"], f
        assert got == want, f
        assert explore.control_intervals(st, f) == _control_expected(st, rows, f), f


def _check_day_sums(st, rows: list[Any]) -> None:
    """The (day, type) and (day, side) counts kept at each write equal the events rows counted now
    (rejected ones too, as the finer counts), with their tolls; no key is kept with no event."""
    for table, col in ((S.event_day_types, "type"), (S.event_day_sides, "side")):
        want: dict[tuple, list[int]] = defaultdict(lambda: [0, 0])
        for r in rows:
            acc = want[(r.date or "", getattr(r, col))]
            acc[0] += 1
            acc[1] += r.fatalities
        with st.engine.connect() as conn:
            kept = {(r.date, r[1]): [r.n, r.dead] for r in conn.execute(select(table))}
        assert kept == dict(want), table.name


def _control_expected(st, rows: list[Any], f: EventFilter) -> dict[str, Any]:
    """The control intervals written plainly: places with dated states (with a filter, only those of
    a matching event), most states first; per place its states by day then number, each up to the next."""
    with st.engine.connect() as conn:
        states = conn.execute(select(S.control)).all()
    at = {r.place_id for r in rows if _match(r, f)} if any(vars(f).values()) else None
    per: dict[str, list[Any]] = defaultdict(list)
    for r in states:
        if r.since is not None and (at is None or r.place_key in at):
            per[r.place_key].append(r)
    keys = sorted(per, key=lambda k: (-len(per[k]), k))[:explore.CONTROL_PLACES]
    out = []
    for k in keys:
        tl = sorted(per[k], key=lambda r: (r.since[:10], int(r.key.rsplit("#", 1)[1])))
        out.append({"place": k, "name": tl[0].place, "name_en": tl[0].place_en, "intervals": [
            {"holder": r.holder, "from": r.since[:10], "contested": bool(r.contested),
             "to": tl[i + 1].since[:10] if i + 1 < len(tl) else None} for i, r in enumerate(tl)]})
    return {"places": out, "total": sum(len(p["intervals"]) for p in out), "limit": explore.CONTROL_LIMIT,
            "offset": 0}


def fac_total(st, f: EventFilter) -> int:
    return explore.facets(st, f)["total"]


def test_aggregates_equal_a_plain_recomputation_before_and_after_reviews(db_url):
    with open_store(db_url) as st:
        st.ingest_articles(_articles())
        assert st.counts()["events"] == 18
        _check_all(st)
        # reject the first event of a day (the first/last day must move past it) and a few others
        for eid in ("x0-e1", "x6-e1", "x12-e1", "x5-e1", "x9-e1"):
            st.review_event(eid, "reject", "محلل")
        st.review_event("x4-e1", "edit", "محلل", {"type": "attack", "toll": 7})
        st.review_event("x8-e1", "accept", "محلل")
        _check_all(st)
        assert fac_total(st, EventFilter(review="rejected")) == 5
        # x0, x6 and x12, day one's only events, are rejected: the first day moves past it
        assert explore.daily(st, EventFilter(date_to="2024-12-01"))["days"] == []
        assert explore.facets(st, EventFilter())["first"] == "2024-12-02"
        st.undo_review("محلل")  # the accept
        st.undo_review("محلل")  # the edit
        _check_all(st)


def test_cache_sees_a_write_by_another_store_object(db_url):
    """The cache key is the store's data version: a write through another Store object (another
    process, as a watcher ingesting beside the web app) is seen at once."""
    with open_store(db_url) as web, open_store(db_url) as writer:
        writer.ingest_articles(_articles()[:6])
        assert explore.facets(web, EventFilter())["total"] == 6
        writer.review_event("x1-e1", "reject", "محلل")
        assert explore.facets(web, EventFilter())["total"] == 5
        assert explore.daily(web, replace(EventFilter(), review="all"))["total"] == 6
        writer.ingest_articles(_articles()[6:9])
        assert explore.facets(web, EventFilter())["total"] == 8


def test_cached_answer_is_a_fresh_copy_each_time(db_url):
    """A caller that changes the answer it got (the API adds or drops keys) changes neither the
    cached answer nor the next caller's: each hit is a copy, the first call's value too."""
    with open_store(db_url) as st:
        st.ingest_articles(_articles()[:6])
        first = explore.daily(st, EventFilter())
        want = explore.daily(st, EventFilter())
        assert first == want and first is not want
        first["days"].clear()
        want["days"][0]["types"]["attack"] = -1
        again = explore.daily(st, EventFilter())
        assert again["days"] and again["days"][0]["types"].get("attack") != -1
        assert again == explore.daily.__wrapped__(st, EventFilter())


def test_keyset_export_pages_follow_the_event_list(db_url):
    """Export pages (keyset: each page starts after the last row of the one before) list the same
    events in the same order as the offset-paged event list, undated events and rejected ones
    included, wherever the database sorts an undated row."""
    from tawatur.model import EventDate

    arts = _articles()
    for i in (2, 9, 10):
        arts[i].events[0].date = EventDate(value=None)
    with open_store(db_url) as st:
        st.ingest_articles(arts)
        st.review_event("x4-e1", "reject", "محلل")
        for f in (EventFilter(), EventFilter(review="all"), EventFilter(side="government"),
                  EventFilter(date_from="2024-12-03")):
            listed = [e["id"] for e in st.events(f, 100, 0)[0]]
            for page in (1, 4, 100):
                paged = [e.id for an in st.export_pages(f, 100, page=page) for e in an.events]
                assert paged == listed, (f, page)
            assert [e.id for an in st.export_pages(f, 5, page=4) for e in an.events] == listed[:5]
        assert "x4-e1" not in [e.id for an in st.export_pages(EventFilter(), 100) for e in an.events]


def test_control_interval_pages_put_end_to_end_are_the_whole_answer(db_url):
    """Pages of the control intervals (limit, offset) hold the whole answer's intervals in its order,
    a place cut at a page's end continuing on the next with the same name; the first page is the
    whole answer's beginning and every page says the total."""
    arts = _articles()
    for i in range(18, 30):  # more states at Homs, so that a page ends inside a place's timeline
        arts.append(factory.make_article(f"x{i}", OUTLETS[i % 3], "حمص", f"2024-12-{7 + i % 12:02d}",
                                         kind=KINDS[i % 3], side=SIDES[i % 3], extra=f" رقم {i}"))
    with open_store(db_url) as st:
        st.ingest_articles(arts)
        whole = explore.control_intervals(st, EventFilter())
        bars = [(p["place"], b) for p in whole["places"] for b in p["intervals"]]
        assert whole["total"] == len(bars) and max(len(p["intervals"]) for p in whole["places"]) > 3
        for limit in (1, 2, 3, 5):
            got: list[tuple] = []
            names: dict[str, tuple] = {}
            for offset in range(0, whole["total"], limit):
                page = explore.control_intervals(st, EventFilter(), explore.CONTROL_PLACES, limit, offset)
                assert (page["total"], page["limit"], page["offset"]) == (whole["total"], limit, offset)
                assert sum(len(p["intervals"]) for p in page["places"]) == min(limit, whole["total"] - offset)
                for p in page["places"]:
                    assert names.setdefault(p["place"], (p["name"], p["name_en"])) == (p["name"], p["name_en"])
                    got += [(p["place"], b) for b in p["intervals"]]
            assert got == bars, limit
        first = explore.control_intervals(st, EventFilter(), explore.CONTROL_PLACES, 3, 0)
        lead = whole["places"][0]
        assert first["places"][0] == {**lead, "intervals": lead["intervals"][:3]}
        past = explore.control_intervals(st, EventFilter(), explore.CONTROL_PLACES, 5, whole["total"])
        assert past["places"] == [] and past["total"] == whole["total"]
