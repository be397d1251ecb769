"""The report's templates are compiled once into Jinja2's bytecode cache and read back from it by later
runs: a page rendered from cached bytecode must be the page compiled from source."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from jinja2 import FileSystemBytecodeCache

from tawatur.report import html_out

_spec = importlib.util.spec_from_file_location("reportfactory", Path(__file__).with_name("reportfactory.py"))
assert _spec and _spec.loader
reportfactory = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(reportfactory)


def test_a_report_from_cached_templates_is_the_report_from_source(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    analysis = reportfactory.sample_analysis()
    monkeypatch.setattr(html_out, "_bytecode_cache", lambda: None)
    from_source = html_out.render_html(analysis)
    monkeypatch.setattr(html_out, "_bytecode_cache", lambda: FileSystemBytecodeCache(str(tmp_path)))
    first = html_out.render_html(analysis)  # compiles and stores
    stored = sorted(p.name for p in tmp_path.iterdir())
    assert stored, "the templates were not stored"
    again = html_out.render_html(analysis)  # a new environment: loads the stored bytecode
    assert from_source == first == again
    assert sorted(p.name for p in tmp_path.iterdir()) == stored


def test_the_default_cache_is_jinjas_own_or_none() -> None:
    cache = html_out._bytecode_cache()
    assert cache is None or isinstance(cache, FileSystemBytecodeCache)
    assert html_out.environment().bytecode_cache is cache
