"""Fixtures for the web app tests: a store on a real SQLite file (or PostgreSQL when TAWATUR_TEST_PG
is set) filled with hand-built articles, and a TestClient over the real app."""
from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text

from tawatur.serve import Settings, create_app
from tawatur.store import open_store
from tawatur.store.repository import normalise_url

TOKEN = "test-token-123"
_spec = importlib.util.spec_from_file_location(
    "serve_store_factory", Path(__file__).resolve().parents[1] / "store" / "store_factory.py")
factory = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(factory)
make_article = factory.make_article


def sample_articles() -> list:
    return [
        make_article("a1", "سانا", "حمص", "2024-12-07"),
        make_article("a2", "الجزيرة", "حمص", "2024-12-07"),
        make_article("a3", "عنب بلدي", "درعا", "2024-12-06", kind="attack", side="government"),
        make_article("a4", "سانا", "حماة", "2024-12-05", polarity="denied", side="government"),
    ]


def _reset_pg(url: str) -> None:
    eng = create_engine(normalise_url(url))
    with eng.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    eng.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db(request: pytest.FixtureRequest, tmp_path) -> str:
    if request.param == "sqlite":
        url = str(tmp_path / "serve.db")
    else:
        url = os.environ.get("TAWATUR_TEST_PG", "")
        if not url:
            pytest.skip("TAWATUR_TEST_PG is not set (run tests/serve/start_postgres.sh to get a URL)")
        _reset_pg(url)
    with open_store(url) as st:
        st.ingest_articles(sample_articles())
    return url


@pytest.fixture
def client(db: str):
    app = create_app(Settings(db=db, token=TOKEN, max_body=200_000))
    with TestClient(app) as c:
        yield c
    app.state.store.close()
