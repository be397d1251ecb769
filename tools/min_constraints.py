"""Print pip constraints pinning every direct dependency to the lowest version pyproject.toml allows.

CI installs the project with these constraints (``pip install -c min.txt -e ".[test]"``) and runs the
tests, so a ``>=`` bound that no longer works (an API used that the lowest version lacks) fails CI
instead of a user's install. Only the direct dependencies are pinned; pip picks their dependencies.

    python tools/min_constraints.py [--extras test,postgres] [pyproject.toml] > min.txt

A requirement without a ``>=`` lower bound is an error: every direct dependency must state the lowest
version it is known to work with.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

# name, optional [extras], then the version specifiers (PEP 508, without environment markers here)
_REQ = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*(.*?)\s*(;.*)?$")


def _load(path: Path) -> dict:
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10: the same parser, from PyPI
        import tomli as tomllib  # type: ignore[no-redef]
    with path.open("rb") as fh:
        return tomllib.load(fh)


def lowest(requirement: str) -> tuple[str, str]:
    """(name, lowest version) of one requirement string such as ``dask[distributed]>=2024.1``."""
    m = _REQ.match(requirement)
    if not m:
        raise ValueError(f"cannot read requirement {requirement!r}")
    name, _extras, spec, _marker = m.groups()
    bounds = [v.strip() for op, v in re.findall(r"(>=|==)\s*([^,\s]+)", spec or "")]
    if not bounds:
        raise ValueError(f"{requirement!r} has no '>=' lower bound: state the lowest version that works")
    return name, bounds[0]


def constraints(project: dict, extras: list[str]) -> list[str]:
    """``name==version`` lines for the dependencies and the chosen extras, one per distinct name."""
    reqs = list(project["project"].get("dependencies", []))
    optional = project["project"].get("optional-dependencies", {})
    for extra in extras:
        if extra not in optional:
            raise ValueError(f"no optional dependency group {extra!r} in pyproject.toml")
        reqs += optional[extra]
    pins: dict[str, str] = {}
    for req in reqs:
        name, version = lowest(req)
        key = re.sub(r"[-_.]+", "-", name).lower()
        if pins.get(key, version) != version:
            raise ValueError(f"{name} has two different lower bounds ({pins[key]} and {version})")
        pins[key] = version
    return [f"{name}=={version}" for name, version in sorted(pins.items())]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("pyproject", nargs="?", default="pyproject.toml")
    p.add_argument("--extras", default="test", help="comma-separated optional groups to pin too (default test)")
    args = p.parse_args(argv)
    try:
        lines = constraints(_load(Path(args.pyproject)), [e for e in args.extras.split(",") if e])
    except (ValueError, KeyError, OSError) as exc:
        print(f"min_constraints: {exc}", file=sys.stderr)
        return 2
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
