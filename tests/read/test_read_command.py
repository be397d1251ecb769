"""``tawatur read``: text and JSON output, kind filter, bad input."""
from __future__ import annotations

import json
from pathlib import Path

from tawatur.cli import main

TEXT = ("أفادت مصادر محلية يوم الخميس 5 من كانون الأول 2024 بأن قوات النظام انسحبت من بلدة قريبة، "
        "وقالت فصائل المعارضة إنها أسرت 12 عنصراً.\n")


def _write(tmp_path: Path) -> Path:
    p = tmp_path / "a.txt"
    p.write_text(TEXT, encoding="utf-8")
    return p


def test_json_output_has_exact_spans(tmp_path: Path, capsys) -> None:
    assert main(["read", str(_write(tmp_path)), "--json", "-q"]) == 0
    out = json.loads(capsys.readouterr().out.strip().splitlines()[0])
    kinds = {m["kind"] for m in out["mentions"]}
    assert {"actor", "source", "date", "number"} <= kinds
    raw = TEXT
    for m in out["mentions"]:
        assert raw[m["start"]:m["end"]] == m["text"]


def test_kind_filter_and_text_output(tmp_path: Path, capsys) -> None:
    assert main(["read", str(_write(tmp_path)), "--kind", "source", "-q"]) == 0
    lines = [ln for ln in capsys.readouterr().out.splitlines() if not ln.startswith("#")]
    assert lines and all(" source " in ln for ln in lines)
    assert any("local sources" in ln for ln in lines)


def test_unknown_kind_is_a_usage_error(tmp_path: Path, capsys) -> None:
    assert main(["read", str(_write(tmp_path)), "--kind", "weather"]) == 2
    assert "unknown kind" in capsys.readouterr().err


def test_missing_input_fails_cleanly(tmp_path: Path, capsys) -> None:
    assert main(["read", str(tmp_path / "nope.txt"), "-q"]) == 1
