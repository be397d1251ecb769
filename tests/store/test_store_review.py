"""Review that persists: accept / reject / edit / merge / split / undo in the store, on SQLite and
PostgreSQL, kept in an append-only log and laid over events through re-ingest and re-linking."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from sqlalchemy import select

from tawatur.model import Analysis
from tawatur.store import EventFilter, open_store
from tawatur.store import schema as S
from tawatur.store.review import ReviewError

_spec = importlib.util.spec_from_file_location("store_factory", Path(__file__).with_name("store_factory.py"))
factory = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(factory)
make_article = factory.make_article


def _three(st):
    """Two outlets report Homs (one merged event), one reports Daraa."""
    st.ingest_articles([make_article("a1", "سانا", "حمص", "2024-12-07"),
                        make_article("a2", "الجزيرة", "حمص", "2024-12-07"),
                        make_article("a3", "عنب بلدي", "درعا", "2024-12-06")])


def _log_rows(st):
    with st.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(select(S.reviews).order_by(S.reviews.c.pk))]


def test_edit_is_laid_over_reads_filters_and_exports(db_url):
    with open_store(db_url) as st:
        _three(st)
        change = st.review_event("a1-e1", "edit", "محللة", {"type": "attack", "side": "government",
                                                            "place": "حماة", "date": "2024-12-05",
                                                            "toll": "4"})
        assert change["action"] == "edit" and change["who"] == "محللة" and change["at"]
        ev = st.event("a1-e1")
        assert (ev["type"], ev["actor"]["side"], ev["date"]["value"], ev["fatalities"]) == \
            ("attack", "government", "2024-12-05", 4)
        assert ev["place"]["name_en"] == "Hama" and ev["reviewed"] is True
        assert ev["review"]["original"]["type"] == "take_control"
        assert ev["review"]["original"]["place"]["name_en"] == "Homs"
        # the filters see the reviewed values, not the pipeline's
        assert [e["id"] for e in st.events(EventFilter(type="attack"))[0]] == ["a1-e1"]
        assert st.events(EventFilter(type="take_control", place="SY04"))[1] == 1
        assert st.events(EventFilter(date_to="2024-12-05"))[1] == 1
        an, _ = st.events_analysis(EventFilter(type="attack"))
        assert an.events[0].review["state"] == "edited" and an.events[0].fatalities == 4
        whole = st.load_analysis()
        assert next(e for e in whole.events if e.id == "a1-e1").type == "attack"
        assert st.event("a2-e1")["reviewed"] is False


def test_reject_drops_out_of_counts_and_exports_unless_asked(db_url):
    with open_store(db_url) as st:
        _three(st)
        st.review_event("a3-e1", "reject", "analyst")
        assert st.events()[1] == 2
        assert st.events(EventFilter(review="all"))[1] == 3
        assert [e["id"] for e in st.events(EventFilter(review="rejected"))[0]] == ["a3-e1"]
        assert {p["name"] for p in st.places()[0]} == {"حمص"}
        assert "a3-e1" not in {e.id for e in st.load_analysis().events}
        assert "a3-e1" in {e.id for e in st.load_analysis(rejected=True).events}
        assert st.merged_events()[1] == 1  # its merged event had no other report
        st.review_event("a3-e1", "accept", "analyst")
        assert st.events()[1] == 3 and st.event("a3-e1")["review"]["state"] == "accepted"


def test_split_merge_and_undo(db_url):
    with open_store(db_url) as st:
        _three(st)
        homs = st.event("a1-e1")["cluster"]
        daraa = st.event("a3-e1")["cluster"]
        assert st.merged_event(homs)["events"] == ["a1-e1", "a2-e1"]
        split = st.split_merged(homs, ["a2-e1"], "analyst")
        new = split["payload"]["into"]
        assert st.merged_event(homs)["events"] == ["a1-e1"]
        assert st.merged_event(new)["events"] == ["a2-e1"] and st.merged_event(new)["reviewed"]
        assert st.event("a2-e1")["cluster"] == new
        assert [e["id"] for e in st.events(EventFilter(merged_event=new))[0]] == ["a2-e1"]
        assert st.merged_events()[1] == 3
        merge = st.merge_merged(homs, [daraa], "analyst")
        assert merge["payload"]["events"] == ["a3-e1"]
        assert sorted(st.merged_event(homs)["events"]) == ["a1-e1", "a3-e1"]
        assert st.merged_event(daraa)["review"]["state"] == "emptied"
        assert st.merged_events()[1] == 2
        # undo the last change (the merge), then a given one (the split)
        st.undo_review("analyst")
        assert st.merged_event(daraa)["events"] == ["a3-e1"]
        undo = st.undo_review("analyst", split["id"])
        assert undo["undoes"] == split["id"]
        assert st.merged_event(homs)["events"] == ["a1-e1", "a2-e1"]
        assert st.event("a2-e1")["reviewed"] is False and st.merged_events()[1] == 2
        log, total = st.review_log()
        assert total == 4 and [c["action"] for c in log] == ["undo", "undo", "merge", "split"]
        assert log[3]["undone_by"] == undo["id"]


def test_the_log_is_append_only_and_undo_restores_the_pipeline_values(db_url):
    with open_store(db_url) as st:
        _three(st)
        st.review_event("a1-e1", "edit", "x", {"type": "attack"})
        before = _log_rows(st)
        st.undo_review("y")
        after = _log_rows(st)
        assert after[:len(before)] == before and len(after) == len(before) + 1
        ev = st.event("a1-e1")
        assert ev["type"] == "take_control" and ev["reviewed"] is False
        assert st.events(EventFilter(type="attack"))[1] == 0
        assert [c["who"] for c in st.review_log(target="a1-e1")[0]] == ["y", "x"]


def test_reviews_survive_reingest_and_relinking(db_url):
    with open_store(db_url) as st:
        _three(st)
        homs = st.event("a1-e1")["cluster"]
        st.review_event("a1-e1", "edit", "x", {"toll": 7})
        st.review_event("a3-e1", "reject", "x")
        st.split_merged(homs, ["a2-e1"], "x")
        # re-ingest the same articles (a no-op) and a new report that links with Homs
        st.ingest_articles([make_article("a1", "سانا", "حمص", "2024-12-07")])
        st.ingest_articles([make_article("a4", "المرصد", "حمص", "2024-12-07")])
        assert st.event("a1-e1")["fatalities"] == 7
        assert st.event("a2-e1")["cluster"].startswith("me-rv")
        assert st.events()[1] == 3
        # re-run the whole analysis into the store: rows rewritten, the review laid over again
        arts = [make_article(a, o, p, d) for a, o, p, d in (
            ("a1", "سانا", "حمص", "2024-12-07"), ("a2", "الجزيرة", "حمص", "2024-12-07"),
            ("a3", "عنب بلدي", "درعا", "2024-12-06"))]
        st.ingest_analysis(Analysis(articles=arts, events=[e for a in arts for e in a.events]))
        assert st.event("a1-e1")["fatalities"] == 7 and st.event("a1-e1")["reviewed"]
        assert st.event("a3-e1")["review"]["state"] == "rejected"
        assert st.events(EventFilter(review="rejected"))[1] == 1


@pytest.mark.parametrize("fields, message", [
    ({"type": "picnic"}, "type must be"), ({"side": "martians"}, "side must be"),
    ({"date": "2024-13-45"}, "calendar date"), ({"toll": -1}, "between 0"), ({"toll": "many"}, "whole number"),
    ({"place": "مكان لا يعرفه أحد"}, "unknown place"), ({"colour": "red"}, "cannot edit"), ({}, "at least one"),
])
def test_bad_edits_are_refused_with_a_reason_and_nothing_logged(db_url, fields, message):
    with open_store(db_url) as st:
        _three(st)
        with pytest.raises(ReviewError, match=message):
            st.review_event("a1-e1", "edit", "x", fields)
        assert st.review_log()[1] == 0


def test_bad_targets_and_undo_errors(db_url):
    with open_store(db_url) as st:
        _three(st)
        homs = st.event("a1-e1")["cluster"]
        with pytest.raises(ReviewError, match="no event") as e404:
            st.review_event("nope", "accept", "x")
        assert e404.value.status == 404
        with pytest.raises(ReviewError, match="a name"):
            st.review_event("a1-e1", "accept", "  ")
        with pytest.raises(ReviewError, match="nothing to undo"):
            st.undo_review("x")
        with pytest.raises(ReviewError, match="leave at least one"):
            st.split_merged(homs, ["a1-e1", "a2-e1"], "x")
        with pytest.raises(ReviewError, match="not reports"):
            st.split_merged(homs, ["a3-e1"], "x")
        with pytest.raises(ReviewError, match="other merged"):
            st.merge_merged(homs, [homs], "x")
        ok = st.review_event("a1-e1", "accept", "x")
        undo = st.undo_review("x", ok["id"])
        with pytest.raises(ReviewError, match="already undone"):
            st.undo_review("x", ok["id"])
        with pytest.raises(ReviewError, match="cannot be undone"):
            st.undo_review("x", undo["id"])
        assert st.review_log()[1] == 2
