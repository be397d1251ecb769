"""The disk cache of built tables: reused across processes, rebuilt on any edit, harmless when broken."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tawatur import buildcache
from tawatur.buildcache import cached, package_digest


class Counter:
    """A build function that counts its calls."""

    def __init__(self, value: object) -> None:
        self.value, self.calls = value, 0

    def __call__(self) -> object:
        self.calls += 1
        return self.value


@pytest.fixture()
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("TAWATUR_CACHE_DIR", str(folder))
    monkeypatch.delenv("TAWATUR_CACHE", raising=False)
    return folder


def test_second_call_reads_the_stored_table(cache_home: Path) -> None:
    build = Counter({"سيطر": (("سيطر", "v"),)})
    assert cached("demo", build) == build.value
    assert cached("demo", build) == build.value
    assert build.calls == 1
    assert len(list(cache_home.glob("demo-*.pickle"))) == 1


def test_editing_an_extra_file_rebuilds_and_keeps_only_the_newest_entries(cache_home: Path, tmp_path: Path) -> None:
    """An edit gives a new key and a build; the entry of the version before stays (two installs sharing one
    cache folder alternate between their keys without rebuilding), and past the newest few the oldest go."""
    layer = tmp_path / "mine.tsv"
    versions = ["تل الصوان", "تل الريحان", "تل العيس", "تل حميس", "تل عرن", "تل رفعت"]
    for n, name in enumerate(versions[:2]):
        layer.write_text(f"id\tname\nx1\t{name}\n", encoding="utf-8")
        assert cached("layer", Counter(n), extra=[layer]) == n
    layer.write_text(f"id\tname\nx1\t{versions[0]}\n", encoding="utf-8")
    again = Counter(-1)
    assert cached("layer", again, extra=[layer]) == 0 and again.calls == 0  # the first version's entry stayed
    for n, name in enumerate(versions[2:], 2):
        layer.write_text(f"id\tname\nx1\t{name}\n", encoding="utf-8")
        assert cached("layer", Counter(n), extra=[layer]) == n
    assert len(list(cache_home.glob("layer-*.pickle"))) == buildcache.KEEP_PER_TABLE


def test_editing_a_package_data_file_changes_the_key(tmp_path: Path, cache_home: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    pack = tmp_path / "pack"
    (pack / "data").mkdir(parents=True)
    table = pack / "data" / "words.tsv"
    table.write_text("forms\nقصف\n", encoding="utf-8")
    monkeypatch.setattr(buildcache, "PACKAGE", pack)
    package_digest.cache_clear()
    try:
        before = package_digest()
        assert cached("words", Counter("a")) == "a"
        table.write_text("forms\nقصف|استهدف\n", encoding="utf-8")
        package_digest.cache_clear()
        assert package_digest() != before
        rebuilt = Counter("b")
        assert cached("words", rebuilt) == "b" and rebuilt.calls == 1
    finally:
        package_digest.cache_clear()


def test_unwritable_folder_and_corrupt_entry_just_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("TAWATUR_CACHE_DIR", str(blocker / "cache"))
    build = Counter([1, 2])
    assert cached("x", build) == [1, 2] and cached("x", build) == [1, 2]
    assert build.calls == 2

    folder = tmp_path / "ok"
    monkeypatch.setenv("TAWATUR_CACHE_DIR", str(folder))
    assert cached("y", Counter("good")) == "good"
    for entry in folder.glob("y-*.pickle"):
        entry.write_bytes(b"\x80\x05truncated")
    again = Counter("good")
    assert cached("y", again) == "good" and again.calls == 1


def test_switched_off_writes_nothing(cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TAWATUR_CACHE", "off")
    build = Counter(3)
    assert cached("off", build) == 3 and cached("off", build) == 3
    assert build.calls == 2 and not cache_home.exists()


def test_cached_tables_equal_fresh_ones_in_a_new_process(cache_home: Path) -> None:
    """The Arabic pack's table and the gazetteer read back from disk in a second interpreter are the
    ones built from the data files."""
    probe = (
        "import pickle, sys\n"
        "from tawatur.lang.ar import _table, _build_table\n"
        "from tawatur.read.gazetteer import Gazetteer, DATA_DIR, user_dir\n"
        "g, fresh = Gazetteer.default(), Gazetteer.load(DATA_DIR, user_dir())\n"
        "same = _table() == _build_table() and g.entries == fresh.entries and g.index == fresh.index "
        "and g.max_words == fresh.max_words and g.cues == fresh.cues and g.ambiguous == fresh.ambiguous\n"
        "print(same)\n"
    )
    for _ in range(2):  # the first run builds and stores, the second reads the stored tables
        out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
        assert out.stdout.strip() == "True"
    assert {p.name.split("-")[0] for p in cache_home.glob("*.pickle")} == {"artable", "gazetteer"}
