"""A wire story that two outlets carry word for word is two reports in the store, as ``tawatur analyze``
counts it: the store's key is the outlet plus the text (migration 0018 re-keys an existing database)."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import select

from tawatur.cli import main
from tawatur.model import Article
from tawatur.store import content_hash, open_store
from tawatur.store import schema as S
from tawatur.store.engine import MIGRATIONS

# one wire story (Arabic written for this test): a military source quoted through SANA
WIRE = ("قال مصدر عسكري لوكالة سانا إن وحدات الجيش استعادت السيطرة على بلدة مورك في ريف حماة الشمالي "
        "صباح الأحد بعد معارك استمرت يومين مع الفصائل المسلحة.\nوأضاف المصدر أن الوحدات تعمل على تأمين محيط البلدة.")
OUTLETS = ("شبكة الفرات", "موقع الساحل")


def _jsonl(path: Path, recs: list[dict[str, str]]) -> str:
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in recs), encoding="utf-8")
    return str(path)


def _wire(path: Path, outlets: tuple[str, ...] = OUTLETS, prefix: str = "w") -> str:
    return _jsonl(path, [{"id": f"{prefix}-{i}", "outlet": o, "published": "2024-12-08", "text": WIRE}
                         for i, o in enumerate(outlets)])


def _alembic(conn) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = conn
    return cfg


def _merged_view(merged: list[dict]) -> list[tuple]:
    return sorted((m["type"], sorted(m["events"]), sorted(m["outlets"]), sorted(map(tuple, m["chains"])),
                   m["n_outlets"]) for m in merged)


def test_content_hash_is_outlet_plus_text():
    body = hashlib.sha256("نص الخبر".encode()).hexdigest()
    assert content_hash(Article(id="a", raw=" نص الخبر\n")) == body  # no outlet: the text alone, as before
    assert content_hash(Article(id="b", raw="نص الخبر", outlet="  ")) == body
    one, other = (content_hash(Article(id=o, raw="نص الخبر", outlet=o)) for o in OUTLETS)
    assert one != other and body not in (one, other)
    assert content_hash(Article(id="c", raw="نص الخبر \n", outlet=OUTLETS[0])) == one


def test_same_text_from_two_outlets_is_two_reports_as_analyze_gives(db_url, tmp_path, capsys):
    src = _wire(tmp_path / "wire.jsonl")
    assert main(["analyze", src, "--out", str(tmp_path / "out"), "--format", "json", "-q"]) == 0
    want = json.loads((tmp_path / "out" / "analysis.json").read_text(encoding="utf-8"))
    assert len(want["articles"]) == 2 and len(want["events"]) == 2  # the premise: analyze keeps both
    assert [len(m["events"]) for m in want["merged_events"]] == [2]
    assert [len(m["chains"]) for m in want["merged_events"]] == [1]

    assert main(["ingest", src, "--db", db_url]) == 0
    assert "2 added" in capsys.readouterr().out
    with open_store(db_url) as st:
        assert sorted(a["outlet"] for a in st.articles()[0]) == sorted(OUTLETS)
        events, n = st.events()
        assert n == 2 and sorted(e["id"] for e in events) == sorted(e["id"] for e in want["events"])
        merged = [st.merged_event(i) for i in {e["cluster"] for e in events}]
        assert _merged_view(merged) == _merged_view(want["merged_events"])
        assert st.check_consistency() == []

    assert main(["ingest", src, "--db", db_url]) == 0  # re-ingest: a no-op
    assert "0 added, 2 already stored" in capsys.readouterr().out
    with open_store(db_url) as st:
        assert st.counts()["articles"] == 2 and st.events()[1] == 2


def test_same_text_without_outlet_is_kept_once(db_url, tmp_path, capsys):
    src = _jsonl(tmp_path / "bare.jsonl", [{"id": f"n-{i}", "published": "2024-12-08", "text": WIRE}
                                          for i in range(2)])
    assert main(["ingest", src, "--db", db_url]) == 0
    assert "1 added, 1 already stored" in capsys.readouterr().out


def test_database_keyed_by_text_alone_keeps_deduplicating_after_0018(db_url, tmp_path, capsys):
    """A store at 0017 (keys: the text's sha256) with articles in it, migrated: re-ingesting its
    articles is still a no-op, and the same text from a third outlet is a new article."""
    src = _wire(tmp_path / "wire.jsonl")
    assert main(["ingest", src, "--db", db_url]) == 0
    with open_store(db_url) as st:
        with st.engine.begin() as conn:
            command.downgrade(_alembic(conn), "0017")
            keys = dict(conn.execute(select(S.articles.c.id, S.articles.c.content_hash)).all())
        # at 0017 one text has one key: the first stored gets it, the other its 0018 key in capitals
        new = {f"w-{i}": content_hash(Article(id="", raw=WIRE, outlet=o)) for i, o in enumerate(OUTLETS)}
        assert keys == {"w-0": hashlib.sha256(WIRE.strip().encode()).hexdigest(), "w-1": new["w-1"].upper()}
        with st.engine.begin() as conn:
            command.upgrade(_alembic(conn), "heads")
            rekeyed = dict(conn.execute(select(S.articles.c.id, S.articles.c.content_hash)).all())
        assert rekeyed == new
    capsys.readouterr()

    assert main(["ingest", src, "--db", db_url]) == 0
    assert "0 added, 2 already stored" in capsys.readouterr().out
    third = _wire(tmp_path / "third.jsonl", ("نشرة الشمال",), prefix="t")
    assert main(["ingest", third, "--db", db_url]) == 0
    assert "1 added" in capsys.readouterr().out
    with open_store(db_url) as st:
        assert st.counts()["articles"] == 3
        (merged,) = {e["cluster"] for e in st.events()[0]}
        assert st.merged_event(merged)["n_outlets"] == 3
        assert st.check_consistency() == []


def test_0018_rekeys_a_store_with_one_article_per_text(db_url, tmp_path):
    """Written at 0017 with the text's sha256 as the key (as that code wrote it), re-keyed by 0018."""
    src = _jsonl(tmp_path / "one.jsonl", [{"id": "o-1", "outlet": OUTLETS[0], "published": "2024-12-08",
                                           "text": WIRE}])
    assert main(["ingest", src, "--db", db_url, "-q"]) == 0
    old = hashlib.sha256(WIRE.strip().encode()).hexdigest()
    with open_store(db_url) as st:
        with st.engine.begin() as conn:
            command.downgrade(_alembic(conn), "0017")
            assert conn.execute(select(S.articles.c.content_hash)).scalar_one() == old
            command.upgrade(_alembic(conn), "heads")
            assert conn.execute(select(S.articles.c.content_hash)).scalar_one() == content_hash(
                Article(id="o-1", raw=WIRE, outlet=OUTLETS[0]))
