"""``tawatur review`` end to end on a real store: accept, edit, split, merge, undo, log; bad input
exits non-zero with a reason and logs nothing."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from tawatur.cli import main
from tawatur.store import open_store

_spec = importlib.util.spec_from_file_location("review_cmd_factory", Path(__file__).with_name("store_factory.py"))
factory = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(factory)


def test_review_command(tmp_path, capsys):
    db = str(tmp_path / "cli.db")
    with open_store(db) as st:
        st.ingest_articles([factory.make_article("a1", "سانا", "حمص", "2024-12-07"),
                            factory.make_article("a2", "الجزيرة", "حمص", "2024-12-07"),
                            factory.make_article("a3", "عنب بلدي", "درعا", "2024-12-06")])
        homs, daraa = st.event("a1-e1")["cluster"], st.event("a3-e1")["cluster"]
    base = ["review", "--db", db, "--who", "محلل"]
    assert main(base + ["accept", "a1-e1"]) == 0
    assert json.loads(capsys.readouterr().out)["action"] == "accept"
    assert main(base + ["edit", "a1-e1", "--type", "attack", "--toll", "2"]) == 0
    assert main(base + ["split", homs, "a2-e1"]) == 0
    assert main(base + ["merge", homs, daraa]) == 0
    capsys.readouterr()
    assert main(base + ["edit", "a1-e1", "--date", "yesterday"]) == 1
    assert "calendar date" in capsys.readouterr().err
    assert main(base + ["accept", "no-such-event"]) == 1
    assert main(["review", "--db", db, "--who", "", "accept", "a1-e1"]) == 1
    assert main(base + ["undo"]) == 0  # the merge
    with open_store(db) as st:
        assert st.event("a1-e1")["type"] == "attack" and st.event("a1-e1")["review"]["state"] == "accepted"
        assert st.event("a3-e1")["cluster"] == daraa
        assert st.event("a2-e1")["cluster"] != homs
    capsys.readouterr()
    assert main(base + ["log", "--target", "a1-e1"]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    # the merge names a1-e1 as the anchor of the merged event it kept
    assert [c["action"] for c in lines] == ["merge", "edit", "accept"] and {c["who"] for c in lines} == {"محلل"}
