"""2,000 mutated files (txt, html, json, jsonl, rss) through the readers and the API's intake
(issue 10): bad input is reported with a reason, and no exception ever reaches the safety nets."""
from __future__ import annotations

import importlib.util
import random
from pathlib import Path

import pytest

from tawatur.ingest import IngestError, iter_articles
from tawatur.serve.intake import article_from_upload, articles_from_json

_spec = importlib.util.spec_from_file_location("fuzzing", Path(__file__).resolve().parents[1] / "fuzzing.py")
fuzzing = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fuzzing)

N_FILES = 2000
EXTS = ("txt", "html", "json", "jsonl", "xml")
# what the catch-alls say when an exception escaped a reader: a bug of ours, never expected
INTERNAL = ("could not be read (", "nested too deeply to read\x00")


def _files(tmp_path: Path) -> list[Path]:
    rng = random.Random(20261203)
    paths = []
    for i in range(N_FILES):
        ext = EXTS[i % len(EXTS)]
        p = tmp_path / f"f{i:04d}.{ext}"
        p.write_bytes(fuzzing.file_bytes(rng, ext))
        paths.append(p)
    return paths


@pytest.mark.slow
def test_mutated_files_through_the_readers(tmp_path: Path) -> None:
    paths = _files(tmp_path)
    errors: list[tuple[str, str]] = []
    arts = list(iter_articles([str(p) for p in paths], on_error=lambda s, r: errors.append((s, r))))
    internal = [(s, r) for s, r in errors if any(t in r for t in INTERNAL)]
    assert internal == []
    assert len(arts) > N_FILES // 2  # most mutations still leave something to read
    for a in arts:
        a.raw.encode("utf-8")  # no lone surrogate survives a reader
        assert a.raw.strip()


@pytest.mark.slow
def test_mutated_bodies_through_the_api_intake(tmp_path: Path) -> None:
    read = rejected_total = 0
    for p in _files(tmp_path)[::2]:
        data = p.read_bytes()
        rejected: list[dict] = []
        try:
            if p.suffix in (".json", ".jsonl"):
                read += len(articles_from_json(data, rejected))
            else:
                article_from_upload(data, p.name, {"id": None, "url": None, "title": None,
                                                   "published": None, "outlet": None})
                read += 1
        except IngestError as exc:  # a clear 400
            assert not any(t in str(exc) for t in INTERNAL), (p.name, str(exc))
        assert not [r for r in rejected if any(t in r["reason"] for t in INTERNAL)]
        rejected_total += len(rejected)
    assert read > 300
