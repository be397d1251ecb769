"""Hand-built analysed articles for the store and serve tests (Arabic written for these tests), and the
database each test runs on: a fresh SQLite file, or the emptied PostgreSQL of TAWATUR_TEST_PG."""
from __future__ import annotations

import os
import sqlite3
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from tawatur.model import Actor, Article, Event, EventDate, Evidence, Mention, Place, Sentence, Source
from tawatur.store.engine import WRITE_LOCK_KEY, normalise_url

PLACES = {
    "حمص": Place(name="حمص", name_en="Homs", lat=34.73, lon=36.71, gazetteer_id="SY04"),
    "حماة": Place(name="حماة", name_en="Hama", lat=35.13, lon=36.75, gazetteer_id="SY05"),
    "درعا": Place(name="درعا", name_en="Daraa", lat=32.62, lon=36.10, gazetteer_id="SY12"),
}


def make_article(aid: str, outlet: str, place: str, day: str, kind: str = "take_control",
                 side: str = "opposition", polarity: str = "asserted", extra: str = "") -> Article:
    """One article with one event at ``place`` on ``day``, its evidence span pointing into raw."""
    sentence = f"أعلنت فصائل المعارضة سيطرتها على مدينة {place} صباح اليوم{extra}."
    raw = f"عنوان تجريبي عن {place}\n{sentence}\nالمصدر: {outlet} ({aid})\n"
    start = raw.index(sentence)
    ps = raw.index(place, start)
    art = Article(id=aid, raw=raw, text=raw.strip(), outlet=outlet, published=day,
                  title=f"عنوان تجريبي عن {place}", url=f"https://example.org/{aid}",
                  body_spans=[(0, len(raw))])
    art.sentences = [Sentence(index=0, start=start, end=start + len(sentence), text=sentence)]
    art.mentions = [Mention(kind="place", start=ps, end=ps + len(place), text=place, sentence=0,
                            attrs={"id": PLACES[place].gazetteer_id}, rule="gazetteer:test")]
    art.events = [Event(id=f"{aid}-e1", article=aid, type=kind, polarity=polarity, place=PLACES[place],
                        actor=Actor(name="فصائل المعارضة", name_en="opposition factions", side=side),
                        source=Source(name=outlet, name_en=outlet, kind="outlet", chain=[outlet]),
                        date=EventDate(value=day), evidence=Evidence(sentence, start, start + len(sentence)),
                        rule="test", sentence=0)]
    return art


def reset_postgres(url: str) -> None:
    """Drop everything in the test database so each test starts empty."""
    eng = create_engine(normalise_url(url))
    with eng.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    eng.dispose()


DB_PARAMS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


def database(backend: str, tmp_path: Path, name: str) -> str:
    """The URL of an empty database: a SQLite file ``name`` in ``tmp_path``, or PostgreSQL (skipped
    with the reason when TAWATUR_TEST_PG is not set)."""
    if backend == "sqlite":
        return str(tmp_path / name)
    url = os.environ.get("TAWATUR_TEST_PG", "")
    if not url:
        pytest.skip("TAWATUR_TEST_PG is not set (run tests/serve/start_postgres.sh to get a URL)")
    reset_postgres(url)
    return url


@contextmanager
def holding_write_lock(url: str):
    """Another writer in the middle of a long write: it holds the store's write lock until released."""
    if url.startswith("postgres"):
        eng = create_engine(normalise_url(url))
        with eng.connect() as conn:
            conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": WRITE_LOCK_KEY})
            try:
                yield
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": WRITE_LOCK_KEY})
                conn.commit()
        eng.dispose()
    else:
        conn = sqlite3.connect(url, isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE articles SET title = title")
        try:
            yield
        finally:
            conn.execute("COMMIT")
            conn.close()


def alembic_config(conn):
    """An alembic configuration running the store's migrations on ``conn`` (up or down to a revision)."""
    from alembic.config import Config

    from tawatur.store.engine import MIGRATIONS

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = conn
    return cfg
