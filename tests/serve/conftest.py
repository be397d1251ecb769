"""Fixtures for the web app tests: a store on a real SQLite file (or PostgreSQL when TAWATUR_TEST_PG
is set) filled with hand-built articles, and a TestClient over the real app."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tawatur.serve import Settings, create_app
from tawatur.store import open_store

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


@pytest.fixture(params=factory.DB_PARAMS)
def db(request: pytest.FixtureRequest, tmp_path) -> str:
    url = factory.database(request.param, tmp_path, "serve.db")
    with open_store(url) as st:
        st.ingest_articles(sample_articles())
    return url


@pytest.fixture
def client(db: str):
    app = create_app(Settings(db=db, token=TOKEN, max_body=200_000))
    with TestClient(app) as c:
        yield c
    app.state.store.close()
