"""tools/min_constraints.py: every direct dependency pinned to its '>=' bound, read from pyproject.toml."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("min_constraints", ROOT / "tools" / "min_constraints.py")
tool = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(tool)


def test_project_pins_every_dependency_to_its_lower_bound(capsys):
    assert tool.main([str(ROOT / "pyproject.toml"), "--extras", "test"]) == 0
    pins = dict(line.split("==") for line in capsys.readouterr().out.split())
    project = tool._load(ROOT / "pyproject.toml")["project"]
    names = [tool.lowest(r)[0] for r in project["dependencies"] + project["optional-dependencies"]["test"]]
    assert len(pins) == len({n.lower().replace("_", "-") for n in names})
    assert pins["dask"] == tool.lowest(next(r for r in project["dependencies"] if r.startswith("dask")))[1]
    assert "psycopg" in pins and "[" not in "".join(pins)  # extras are not part of a constraint


def test_requirement_forms():
    assert tool.lowest("dask[distributed]>=2024.1") == ("dask", "2024.1")
    assert tool.lowest("lxml>=5.3,<7") == ("lxml", "5.3")
    assert tool.lowest("foo == 1.2 ; python_version < '3.12'") == ("foo", "1.2")
    with pytest.raises(ValueError, match="no '>=' lower bound"):
        tool.lowest("unbounded")
    with pytest.raises(ValueError, match="two different lower bounds"):
        tool.constraints({"project": {"dependencies": ["a>=1", "A>=2"]}}, [])
