"""Fixtures for the store tests: a fresh SQLite file, and PostgreSQL when TAWATUR_TEST_PG is set."""
from __future__ import annotations

import os

import pytest
from sqlalchemy import create_engine, text

from tawatur.store.repository import normalise_url


def reset_postgres(url: str) -> None:
    """Drop everything in the test database so each test starts empty."""
    eng = create_engine(normalise_url(url))
    with eng.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    eng.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "store.db")
    url = os.environ.get("TAWATUR_TEST_PG")
    if not url:
        pytest.skip("TAWATUR_TEST_PG is not set (run tests/serve/start_postgres.sh to get a URL)")
    reset_postgres(url)
    return url
