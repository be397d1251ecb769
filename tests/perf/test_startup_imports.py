"""Start-up stays light: ``tawatur --help`` and analysing one article load no web, database or
scientific stack (checked by which modules a fresh interpreter imported, never by timing)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HEAVY = ("fastapi", "starlette", "sqlalchemy", "alembic", "httpx", "uvicorn", "scipy", "datasketch")


def _loaded(code: str, cwd: Path) -> set[str]:
    probe = code + "\nimport sys, json\nprint(json.dumps(sorted(m for m in sys.modules)))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=cwd,
                         check=True, timeout=300)
    mods = json.loads(out.stdout.strip().splitlines()[-1])
    return {m.split(".")[0] for m in mods}


def test_help_imports_no_heavy_stack(tmp_path: Path) -> None:
    code = ("import contextlib, io\nfrom tawatur import cli\n"
            "with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):\n"
            "    cli.main(['--help'])")
    loaded = _loaded(code, tmp_path)
    assert "tawatur" in loaded
    assert not loaded & set(HEAVY), sorted(loaded & set(HEAVY))


def test_analyse_one_article_imports_no_web_db_or_scipy(tmp_path: Path) -> None:
    src = tmp_path / "one.txt"
    src.write_text("سيطرت فصائل المعارضة على بلدة تلبيسة في ريف حمص الشمالي يوم الأحد.\n",
                   encoding="utf-8")
    code = (f"from tawatur import cli\nrc = cli.main(['analyze', {str(src)!r}, '--out', "
            f"{str(tmp_path / 'out')!r}, '-q'])\nassert rc == 0, rc")
    loaded = _loaded(code, tmp_path)
    assert "tawatur" in loaded
    # a local file needs no HTTP client, and the report's map reads the governorates from the data file
    unwanted = set(HEAVY) | {"httpcore", "pydantic", "countrystatecity_countries"}
    assert not loaded & unwanted, sorted(loaded & unwanted)
    assert (tmp_path / "out" / "analysis.json").exists()
