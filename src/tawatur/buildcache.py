"""A disk cache of tables built from the data files, so one short command does not rebuild them.

Building the Arabic pack's analysis table (~15,000 generated word forms) and the gazetteer's indexes
from their TSV files, with a schema check of every row, was a third or more of the CPU time of
``tawatur analyze`` on one article. :func:`cached` keeps the built object as a pickle in the user's
cache folder (``$TAWATUR_CACHE_DIR``, else ``$XDG_CACHE_HOME/tawatur``, else ``~/.cache/tawatur``).

Never stale: the key is a hash of the package version and the bytes of every source and data file
of the package (code that builds a table changes with it as surely as its data), plus any extra files
the caller names (the user's gazetteer layer). A data file edited in place therefore gives a new key
and the table is built again; the schema checks run on that build, i.e. once per data-file version.
Safe: a folder that cannot be written, a missing or corrupt entry, or ``TAWATUR_CACHE=off`` just
builds the table in memory as before; entries are written to a temporary file and renamed into place,
so a reader never sees half a file.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path
from typing import TypeVar

from . import __version__

T = TypeVar("T")
PACKAGE = Path(__file__).resolve().parent
_HASHED = (".py", ".tsv", ".json", ".txt")  # what a built table can depend on


def cache_dir() -> Path | None:
    """The folder of the cache, or None when the cache is switched off (``TAWATUR_CACHE=off``)."""
    if os.environ.get("TAWATUR_CACHE", "").lower() in ("off", "0", "no"):
        return None
    own = os.environ.get("TAWATUR_CACHE_DIR")
    if own:
        return Path(own)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "tawatur"


@cache
def package_digest() -> str:
    """A hash of the version and of every source and data file of the package: any edit changes it."""
    h = hashlib.blake2b(__version__.encode(), digest_size=16)
    for path in sorted(p for p in PACKAGE.rglob("*") if p.suffix in _HASHED and "__pycache__" not in p.parts):
        h.update(str(path.relative_to(PACKAGE)).encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def _key(name: str, extra: Iterable[Path]) -> str:
    h = hashlib.blake2b(f"{name}\0{package_digest()}".encode(), digest_size=16)
    for path in sorted(extra):
        h.update(str(path).encode())
        h.update(path.read_bytes() if path.is_file() else b"\0missing")
    return h.hexdigest()


def cached(name: str, build: Callable[[], T], extra: Iterable[Path] = ()) -> T:
    """``build()``, or its result stored by an earlier process for the same package and ``extra`` files."""
    folder = cache_dir()
    if folder is None:
        return build()
    path = folder / f"{name}-{_key(name, extra)}.pickle"
    try:
        with path.open("rb") as fh:
            return pickle.load(fh)  # noqa: S301 - our own file, in the user's own cache folder
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, IndexError, TypeError):
        pass  # absent, unreadable or from an older layout: build it
    value = build()
    _store(folder, path, value)
    return value


def _store(folder: Path, path: Path, value: object) -> None:
    """Write atomically (temporary file, then rename); a folder that cannot be written is no error."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
        _drop_old(folder, path)
    except (OSError, pickle.PicklingError):
        return


# entries kept a table: two installs (a checkout and a release, two venvs) sharing one cache folder each
# keep theirs instead of deleting each other's at every build; older keys (edits since) go
KEEP_PER_TABLE = 4


def _drop_old(folder: Path, keep: Path) -> None:
    """Remove the entries of the same table beyond the newest few, so the folder does not grow with each edit."""
    stem = keep.name.rsplit("-", 1)[0]
    others = []
    for old in folder.glob(f"{stem}-*.pickle"):
        if old != keep:
            try:
                others.append((old.stat().st_mtime, old))
            except OSError:
                pass
    for _, old in sorted(others, reverse=True)[KEEP_PER_TABLE - 1:]:
        try:
            old.unlink()
        except OSError:
            pass
