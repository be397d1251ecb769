"""Fixtures for the store tests: a fresh SQLite file, and PostgreSQL when TAWATUR_TEST_PG is set."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

_spec = importlib.util.spec_from_file_location("store_conftest_factory", Path(__file__).with_name("store_factory.py"))
factory = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(factory)


@pytest.fixture(params=factory.DB_PARAMS)
def db_url(request: pytest.FixtureRequest, tmp_path) -> str:
    return factory.database(request.param, tmp_path, "store.db")
