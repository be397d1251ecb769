"""Count the Arabic string literals left in the package's Python code (issue 11: Arabic lives in data).

A literal counts when it is a ``str`` constant holding a letter or mark of the Arabic block
(U+0600-U+06FF) and is not a docstring (module, class or function). Comments are not literals.
f-strings count their constant parts. The language pack's data files (TSV/JSON) are not Python and are
not counted.

    python tools/arabic_literals.py [--list] [ROOT]     # ROOT defaults to src/tawatur

The test ``tests/test_arabic_literals.py`` keeps the count under its ceiling.
"""
from __future__ import annotations

import argparse
import ast
import re
import sys
from collections import Counter
from pathlib import Path

ARABIC = re.compile("[\u0600-\u06ff]")
DEFAULT_ROOT = Path(__file__).resolve().parent.parent / "src" / "tawatur"


def _docstrings(tree: ast.AST) -> set[int]:
    kinds = (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)
    return {id(n.body[0].value) for n in ast.walk(tree) if isinstance(n, kinds) and n.body
            and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}


def literals(path: Path) -> list[tuple[int, str]]:
    """(line, value) of every Arabic string literal of one Python file, docstrings excluded."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    docs = _docstrings(tree)
    return sorted((n.lineno, n.value) for n in ast.walk(tree)
                  if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docs
                  and ARABIC.search(n.value))


def scan(root: Path = DEFAULT_ROOT) -> dict[str, list[tuple[int, str]]]:
    """Relative path -> its Arabic literals, for every ``*.py`` under ``root`` that has any."""
    out = {}
    for path in sorted(root.rglob("*.py")):
        found = literals(path)
        if found:
            out[path.relative_to(root).as_posix()] = found
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("root", nargs="?", type=Path, default=DEFAULT_ROOT)
    ap.add_argument("--list", action="store_true", help="print every literal with its line")
    args = ap.parse_args(argv)
    found = scan(args.root)
    per_file = Counter({f: len(v) for f, v in found.items()})
    for f, n in per_file.most_common():
        print(f"{n:4d}  {f}")
        if args.list:
            for line, value in found[f]:
                print(f"        {line}: {value!r}")
    print(f"{sum(per_file.values()):4d}  total in {len(per_file)} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
