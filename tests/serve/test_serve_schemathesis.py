"""Property tests of the REST API against its own OpenAPI schema (schemathesis, bounded examples):
no 5xx, responses as documented, whatever the (generated) input."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from tawatur.serve import Settings, create_app
from tawatur.store import open_store

# schemathesis 4.32.5 and later (the versions whose checks are sound) need Python 3.11: on 3.10 the test
# extra leaves it out and this module is skipped with that reason.
schemathesis = pytest.importorskip("schemathesis", reason="schemathesis >= 4.32.5 needs Python >= 3.11")
from schemathesis.specs.openapi.checks import negative_data_rejection, positive_data_acceptance  # noqa: E402

TOKEN = "schema-token"
_tmp = Path(__import__("tempfile").mkdtemp(prefix="tawatur-schemathesis-"))
_spec = importlib.util.spec_from_file_location(
    "st_store_factory", Path(__file__).resolve().parents[1] / "store" / "store_factory.py")
_factory = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_factory)


def _app():
    db = str(_tmp / "schema.db")
    with open_store(db) as st:
        st.ingest_articles([_factory.make_article("s1", "سانا", "حمص", "2024-12-07"),
                            _factory.make_article("s2", "الجزيرة", "درعا", "2024-12-06", kind="attack")])
    # a body limit well above what the generator sends: an over-long list must meet the schema's own
    # maxItems (422); the 413 of the body limit has its own test in test_serve_api.py
    return create_app(Settings(db=db, token=TOKEN, max_body=20_000_000))


APP = _app()
schema = schemathesis.openapi.from_asgi("/api/v1/openapi.json", APP)


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_conforms_to_its_schema(case):
    headers = {"Authorization": f"Bearer {TOKEN}"} if case.method.upper() == "POST" else {}
    # positive_data_acceptance is left out on purpose: a schema-valid string holding NUL is refused
    # with a 400 by policy (PostgreSQL cannot store it); every other check runs, 5xx included.
    excluded = [positive_data_acceptance]
    if case.media_type == "multipart/form-data":
        # a form field is text on the wire: an "object" schemathesis sends there arrives as a string,
        # which is valid, so its "should have been rejected" verdict cannot hold for forms
        excluded.append(negative_data_rejection)
    case.call_and_validate(headers=headers, excluded_checks=excluded)


@pytest.fixture(scope="module", autouse=True)
def _close_store():
    yield
    APP.state.store.close()
