"""Which stored merged events a batch loads as candidates: those within reach of the batch's days,
not every merged event of its places between its first and last day (Arabic written for these
tests)."""
from __future__ import annotations

from datetime import date, timedelta

from tawatur.model import Actor, Article, Event, EventDate, Evidence, Place, Sentence, Source
from tawatur.store import open_store
from tawatur.store.writes import BLOCK_DAYS, candidate_windows

TOWN = Place(name="بلدة الاختبار", lat=35.0, lon=37.0, gazetteer_id="T-1")
REACH = BLOCK_DAYS + 3  # SPAN_MAX: no campaign here


def _article(n: int, day: date | None, place: Place | None = TOWN) -> Article:
    text = f"قالت مصادر محلية إن اشتباكات اندلعت في محيط البلدة مساء الأمس ({n})."
    art = Article(id=f"cand-{n}", raw=text, text=text, outlet=f"outlet{n % 3}",
                  published=day.isoformat() if day else "", sentences=[Sentence(0, 0, len(text), text)])
    art.events = [Event(id=f"cand-{n}-e1", article=art.id, type="attack", place=place,
                        actor=Actor(side="government"), source=Source(),
                        date=EventDate(day.isoformat() if day else ""), evidence=Evidence(text, 0, len(text)))]
    return art


def test_nearby_days_make_one_window_from_first_to_last() -> None:
    d = date(2024, 3, 10)
    spans = candidate_windows([_article(1, d), _article(2, d + timedelta(days=2))])
    assert spans == [(d - timedelta(days=REACH), d + timedelta(days=2 + REACH))]


def test_days_far_apart_make_separate_windows() -> None:
    a, b = date(2023, 1, 5), date(2024, 6, 1)
    spans = candidate_windows([_article(1, b), _article(2, a)])
    assert spans == [(a - timedelta(days=REACH), a + timedelta(days=REACH)),
                     (b - timedelta(days=REACH), b + timedelta(days=REACH))]


def test_an_undated_batch_looks_at_every_day() -> None:
    assert candidate_windows([_article(1, None)]) is None


def test_a_spread_batch_does_not_load_the_merged_events_between_its_days(db_url: str) -> None:
    a, b = date(2023, 1, 5), date(2024, 6, 1)
    middle = [_article(10 + i, a + timedelta(days=30 * (i + 1))) for i in range(5)]
    with open_store(db_url) as st:
        st.ingest_articles([_article(1, a), *middle, _article(2, b)], run_pipeline=False)
        batch = [_article(3, a + timedelta(days=1)), _article(4, b)]
        with st.engine.connect() as conn:
            found = {e for m in st._candidate_merged(conn, batch) for e in m.events}
    assert found == {"cand-1-e1", "cand-2-e1"}


def test_at_the_cap_the_merged_events_closest_to_the_batch_are_loaded(db_url: str, monkeypatch) -> None:
    from tawatur.store import writes

    d = date(2024, 3, 10)
    offsets = {"attack": -5, "take_control": -3, "withdraw": -1, "advance": 2, "displacement": 4,
               "protest": 6}
    stored = []
    for n, (typ, off) in enumerate(offsets.items()):
        art = _article(20 + n, d + timedelta(days=off))
        art.events[0].type = typ
        stored.append(art)
    with open_store(db_url) as st:
        st.ingest_articles(stored, run_pipeline=False)
        batch = [_article(40, d)]
        with st.engine.connect() as conn:
            every = {e for m in st._candidate_merged(conn, batch) for e in m.events}
            monkeypatch.setattr(writes, "MAX_CANDIDATES", 3)
            capped = [e for m in st._candidate_merged(conn, batch) for e in m.events]
    assert every == {f"cand-{20 + n}-e1" for n in range(6)}
    assert sorted(capped) == ["cand-21-e1", "cand-22-e1", "cand-23-e1"]  # 3, 1 and 2 days away


def test_closest_first_orders_by_the_nearest_batch_day_then_id() -> None:
    from tawatur.store.writes import closest_first

    days = [date(2024, 1, 1).toordinal(), date(2024, 1, 20).toordinal()]
    rows = [("m-a", "2024-01-10"), ("m-b", "2024-01-18"), ("m-c", None), ("m-d", "2023-12-31"),
            ("m-e", "2024-01-02")]
    assert closest_first(rows, days) == ["m-d", "m-e", "m-b", "m-a", "m-c"]
    assert closest_first(rows, []) == ["m-a", "m-b", "m-c", "m-d", "m-e"]
