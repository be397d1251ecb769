"""No workbench answer ships all rows: over a store of 4,000 events (bulk-inserted, SQLite), every
answer the workbench page asks for is an aggregate or one page, so it names at most a page of events
and stays a small fraction of the events' own data, whatever the filter."""
from __future__ import annotations

import json
import re
from datetime import date, timedelta

from fastapi.testclient import TestClient
from sqlalchemy import func, insert, select

from tawatur.serve import Settings, create_app
from tawatur.store import open_store, rollup
from tawatur.store import schema as S

N = 4000
TYPES = ("attack", "take_control", "withdraw", "protest")
SIDES = ("government", "opposition", "sdf")
PLACES = (("حمص", "P-homs"), ("حماة", "P-hama"), ("درعا", "P-daraa"))


def _fill(url: str) -> int:
    with open_store(url) as st, st.engine.begin() as conn:
        evs, mes = [], []
        for i in range(N):
            day = (date(2024, 1, 1) + timedelta(days=i % 200)).isoformat()
            name, pid = PLACES[i % 3]
            typ, side = TYPES[i % 4], SIDES[i % 3]
            data = {"id": f"ev-{i:05d}", "article": f"ar-{i}", "type": typ, "date": {"value": day},
                    "actor": {"name": f"فاعل {i % 7}", "side": side}, "place": {"name": name, "gazetteer_id": pid},
                    "cluster": f"me-{i // 2:05d}"}
            evs.append({"id": data["id"], "article_id": data["article"], "type": typ, "polarity": "asserted",
                        "side": side, "place_id": pid, "place_name": name, "lat": 34.7, "lon": 36.7, "date": day,
                        "outlet": f"outlet-{i % 5}", "merged_event": data["cluster"], "status": "single-source",
                        "data": json.dumps(data, ensure_ascii=False), "actor": f"فاعل {i % 7}",
                        "fatalities": i % 3})
            if i % 2 == 0:
                mes.append({"id": data["cluster"], "type": typ, "status": "single-source", "polarity": "asserted",
                            "side": side, "place_id": pid, "place_name": name, "date": day, "n_outlets": 2,
                            "data": json.dumps({"id": data["cluster"], "type": typ})})
        conn.execute(insert(S.events), evs)
        conn.execute(insert(S.merged_events), mes)
        rollup.rebuild(conn)  # the per-day counts, as ingest keeps them (rows inserted in bulk here)
        return conn.execute(select(func.sum(func.length(S.events.c.data)))).scalar_one()


def test_no_workbench_answer_ships_all_rows(tmp_path):
    url = str(tmp_path / "scale.db")
    all_bytes = _fill(url)
    app = create_app(Settings(db=url))
    filters = [[], [("type", "attack")], [("side", "government"), ("side", "sdf")], [("outlet", "outlet-2")],
               [("place", "حمص")], [("actor", "فاعل 3")], [("from", "2024-02-01"), ("to", "2024-03-01")]]
    paths = [("/api/v1/events", [("limit", "25")]), ("/api/v1/stats/daily", []), ("/api/v1/facets", []),
             ("/api/v1/coverage/outlets", []), ("/api/v1/coverage/merged-events", [("limit", "20")]),
             ("/api/v1/control/intervals", []), ("/api/v1/merged-events", [("limit", "25")]), ("/workbench", [])]
    with TestClient(app) as client:
        assert client.get("/api/v1/events").json()["total"] == N
        for path, extra in paths:
            for f in filters:
                r = client.get(path, params=f + extra)
                assert r.status_code == 200, (path, f)
                named = set(re.findall(r"ev-\d{5}", r.text))
                assert len(named) <= 25, (path, f, len(named))
                assert len(r.content) < all_bytes / 20, (path, f, len(r.content))
        body = client.get("/api/v1/stats/daily").json()
        assert body["total"] == N and len(body["days"]) == 200
        assert sum(d["fatalities"] for d in body["days"]) == sum(i % 3 for i in range(N))
        assert client.get("/api/v1/events", params={"actor": "فاعل 3"}).json()["total"] == len(
            [i for i in range(N) if i % 7 == 3])
    app.state.store.close()
