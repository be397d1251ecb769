"""The store's tables, as SQLAlchemy Core objects shared by queries (migrations create them).

Each record keeps its full model dict in ``data`` (JSON text) so it reads back losslessly, plus the
columns queries filter on, indexed. The same schema runs on SQLite and PostgreSQL.
"""
from __future__ import annotations

from sqlalchemy import Boolean, Column, Float, Index, Integer, MetaData, String, Table, Text

metadata = MetaData()

articles = Table(
    "articles", metadata,
    Column("id", String(200), primary_key=True),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("url", Text),
    Column("outlet", String(200), index=True),
    Column("published", String(40), index=True),
    Column("title", Text),
    Column("raw", Text, nullable=False, default=""),
    Column("text", Text, nullable=False, default=""),
    Column("folded", Text, nullable=False, default=""),
    Column("removed", Text, nullable=False, default="[]"),
    Column("meta", Text, nullable=False, default="{}"),
    Column("data", Text, nullable=False, default="{}"),
    Column("ingested_at", String(40), nullable=False, default=""),
)

mentions = Table(
    "mentions", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(200), nullable=False, index=True),
    Column("kind", String(20), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("sentence", Integer, nullable=False, default=-1),
    Column("entity_id", String(200), index=True),
    Column("rule", Text, nullable=False, default=""),
    Column("attrs", Text, nullable=False, default="{}"),
)

events = Table(
    "events", metadata,
    Column("id", String(200), primary_key=True),
    Column("article_id", String(200), nullable=False, index=True),
    Column("type", String(40), nullable=False, index=True),
    Column("polarity", String(20), nullable=False),  # indexed below, with the aggregates' columns (0013)
    Column("side", String(40), nullable=False, index=True),
    Column("place_id", String(200), index=True),
    Column("place_name", Text),
    Column("lat", Float),
    Column("lon", Float),
    Column("date", String(10), index=True),
    Column("outlet", String(200), index=True),
    Column("merged_event", String(200), index=True),
    Column("status", String(20)),  # indexed below with the date and id (migration 0021)
    Column("data", Text, nullable=False),
    # An analyst's review laid over the row (store/review.py, migration 0006): accepted | rejected |
    # edited | regrouped, and the merged event a merge or split moved it to. The filter columns above
    # then hold the reviewed values; ``data`` keeps what the pipeline found.
    Column("review", String(20)),  # indexed below with the date and id (migration 0021)
    Column("review_cluster", String(200), index=True),
    Column("actor", String(200)),  # the actor's id, else its name (migration 0006_explore)
    Column("fatalities", Integer, nullable=False, default=0),  # the toll this event carries
    # What the outlet coverage reads of each report besides its own columns (migration 0022): its
    # article's publication (who reported first), and the chain of its source row when the chains
    # count it (with an outlet, of a kind other than "outlet"; the events writer writes one source row
    # per event), so the coverage under a filter reads the events alone, not a probe of the articles
    # and the sources per matching report.
    Column("published", String(40)),
    Column("cited", Text),
    # The day of the report's merged event (its ``merged_events.date``, migration 0023), so the
    # blindspot page under a window of days orders the matching reports' merged events from the
    # events alone (PostgreSQL walked ``merged_events`` by date and probed ~96,000 of them).
    Column("merged_date", String(10)),
)


def _covering(col: Column, reports: bool = True) -> list[Column]:
    """(``col``, date, id) for pages newest first, then the columns the workbench's aggregates read
    (migrations 0010, 0011: the outlet too, and on the type and side indexes), then with ``reports``
    each report's merged event and article (0016: the filtered outlet coverage's reports), and its
    article's publication and cited chain (0022: the coverage's first reports and chains), so a chart,
    facet or coverage under that filter reads the index alone. Not on the polarity and outlet indexes:
    wider, the planner leaves them for narrower ones that read table rows (migration 0016)."""
    carried = [events.c[k] for k in ("type", "side", "polarity", "fatalities", "actor", "place_id", "outlet")
               if k != col.name]
    report = (events.c.merged_event, events.c.article_id, events.c.published, events.c.cited) if reports else ()
    return [col, events.c.date, events.c.id, *carried, *report]


Index("ix_events_type_date", *_covering(events.c.type))
# the polarity filter's index carries them too (migration 0013; was polarity alone, so the facets under
# a polarity filter read every matching table row)
Index("ix_events_polarity_date", *_covering(events.c.polarity, reports=False))


# Covering indexes for one page of a filter, newest first (migration 0005): a walk down the index
# stops after the page; (lon, lat) counts a bbox, (date, lon, lat, id) pages through it by date.
Index("ix_events_place_name_date", events.c.place_name, events.c.date, events.c.id)
Index("ix_events_place_id_date", *_covering(events.c.place_id))
Index("ix_events_side_date", *_covering(events.c.side))
Index("ix_events_outlet_date", *_covering(events.c.outlet, reports=False))
# On PostgreSQL the (lon, lat) index carries (date, id) (migration 0019): a small bbox, its page
# chosen on it, reads ids and days there and sorts them, not every matching table row.
Index("ix_events_lon_lat", events.c.lon, events.c.lat, postgresql_include=["date", "id"])
# PostgreSQL only, beside it: ix_events_lon_lat_count (lon, lat) alone (migration 0024, not declared here:
# SQLite's ix_events_lon_lat is that already), which a bbox's total reads: half the pages of the carrying one.
Index("ix_events_date_lon_lat", events.c.date, events.c.lon, events.c.lat, events.c.id)
Index("ix_events_outlet_type_date", events.c.outlet, events.c.type, events.c.date)
# The workbench's filters and per-day aggregates (migration 0006_explore): the actor filter pages by
# date; the daily charts read (date, type, side, fatalities) from the index alone.
Index("ix_events_actor_date", *_covering(events.c.actor))
# The blindspot page under a window of days (migration 0023): the window's reports with their merged
# event and its day, read on the index and grouped, not their merged events looked up.
Index("ix_events_date_merged", events.c.date, events.c.merged_date, events.c.merged_event)
Index("ix_events_date_type_side", events.c.date, events.c.type, events.c.side, events.c.fatalities)
# A page under a status or a review state walks (status|review, date, id) newest first and stops after
# the page (migration 0021; was the column alone: SQLite read every matching row and sorted it).
Index("ix_events_status_date", events.c.status, events.c.date, events.c.id)
Index("ix_events_review_date", events.c.review, events.c.date, events.c.id)

stories = Table(
    "stories", metadata,
    Column("id", String(200), primary_key=True),
    Column("title", Text),
    Column("start", String(40), index=True),
    Column("end", String(40), index=True),
    Column("data", Text, nullable=False),
    Column("centroid", Text),  # the story index's state: members' summed vector, span (JSON)
)

# What the story index looks candidates up by (an article's anchors and places, with its day), so an
# incremental ingest finds the same candidates as linking the whole corpus at once.
story_keys = Table(
    "story_keys", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("key", String(200), nullable=False),
    Column("day", Integer),
    Column("article_id", String(200), nullable=False, index=True),
    Column("story_id", String(200), nullable=False),
)
Index("ix_story_keys_key_day", story_keys.c.key, story_keys.c.day)

merged_events = Table(
    "merged_events", metadata,
    Column("id", String(200), primary_key=True),
    Column("type", String(40), nullable=False, index=True),
    Column("status", String(20), nullable=False, index=True),
    Column("polarity", String(20), nullable=False),
    Column("side", String(40), nullable=False),
    Column("place_id", String(200), index=True),
    Column("place_name", Text),
    Column("lat", Float),
    Column("lon", Float),
    Column("date", String(10), index=True),
    Column("story", String(200), index=True),
    Column("n_outlets", Integer, nullable=False, default=0),
    Column("data", Text, nullable=False),
)
# incremental ingest: a batch's merge candidates (places, a few days) and a place's control history
Index("ix_merged_events_place_date", merged_events.c.place_id, merged_events.c.date)
Index("ix_merged_events_place_type_date", merged_events.c.place_id, merged_events.c.type, merged_events.c.date)

sources = Table(
    "sources", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    # its lookups by event read ix_sources_event_chain (event_id first; ix_sources_event_id dropped, 0017)
    Column("event_id", String(200), nullable=False),
    Column("article_id", String(200), nullable=False, index=True),
    Column("outlet", String(200), index=True),
    Column("name", Text, nullable=False),
    Column("name_en", Text),
    Column("kind", String(40)),
    Column("chain", Text, nullable=False, default="[]"),
)

contradictions = Table(
    "contradictions", metadata,
    Column("id", String(200), primary_key=True),
    Column("kind", String(40), nullable=False, index=True),
    Column("merged_event", String(200), nullable=False, index=True),
    Column("data", Text, nullable=False),
)

control = Table(
    "control", metadata,
    Column("key", String(200), primary_key=True),  # "<place_key>#<n>": n-th state of the timeline
    Column("place", Text, nullable=False),
    Column("place_en", Text),
    Column("holder", String(40), nullable=False),
    Column("since", String(40)),
    Column("contested", Boolean, nullable=False, default=False),
    Column("data", Text, nullable=False),
    Column("place_key", String(200), index=True),  # gazetteer id, else the place name
)
Index("ix_control_place_key_since", control.c.place_key, control.c.since)  # a place's latest states
# the workbench's control intervals read a place's states on this index alone (migration 0011)
Index("ix_control_place_key_intervals", control.c.place_key, control.c.since, control.c.key, control.c.holder,
      control.c.contested)

feeds = Table(
    "feeds", metadata,
    Column("url", String(1000), primary_key=True),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("failures", Integer, nullable=False, default=0),
    Column("next_poll", Float, nullable=False, default=0.0),
    Column("last_status", Text),
    Column("seen", Text, nullable=False, default="[]"),
)

# Short lines seen per outlet and on how many pages (tawatur.clean.boilerplate.RepeatedLines), so
# furniture an outlet repeats is cut the same however its pages arrive.
outlet_lines = Table(
    "outlet_lines", metadata,
    Column("outlet", String(200), primary_key=True),
    Column("key", String(1000), primary_key=True),
    Column("n", Integer, nullable=False, default=0),
)

# The review audit log: append-only, one row per analyst change (accept, reject, edit, merge, split,
# undo), with who and when. Keyed on stable event ids, so it outlives re-ingest and re-linking.
reviews = Table(
    "reviews", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("at", String(40), nullable=False),
    Column("who", String(200), nullable=False),
    Column("action", String(20), nullable=False, index=True),
    Column("target", String(200), nullable=False, index=True),  # event id, or merged event id
    Column("payload", Text, nullable=False, default="{}"),  # fields edited, event ids moved, ...
    Column("undoes", Integer, index=True),  # an undo names the change it takes back
)

# The review state of each reviewed event, folded from the log (rebuilt from it after every change),
# read as an overlay when events are read and re-applied to the events rows after every ingest.
event_reviews = Table(
    "event_reviews", metadata,
    Column("event_id", String(200), primary_key=True),
    Column("state", String(20), nullable=False),  # accepted | rejected | edited | regrouped
    Column("fields", Text, nullable=False, default="{}"),  # reviewed values: type, place, side, date, toll
    Column("cluster", String(200), index=True),  # the merged event a merge/split put it in
    Column("changes", Text, nullable=False, default="[]"),  # the log rows (pk) in force on it
    Column("who", String(200), nullable=False),
    Column("at", String(40), nullable=False),
)

# Counters of the store as a whole (migration 0008): ``data_version`` rises with every committed write,
# whichever process made it (the workbench's aggregate cache is keyed on it).
store_state = Table(
    "store_state", metadata,
    Column("key", String(40), primary_key=True),
    Column("value", Integer, nullable=False, default=0),
)
DATA_VERSION = "data_version"

# The events counted per day, type, side and polarity, with their toll (store/rollup.py, migration
# 0009), rejected ones included; kept in step with the events rows in the transactions that write them.
event_days = Table(
    "event_days", metadata,
    Column("date", String(10), primary_key=True),  # "" for undated events
    Column("type", String(40), primary_key=True),
    Column("side", String(40), primary_key=True),
    Column("polarity", String(20), primary_key=True),
    Column("n", Integer, nullable=False, default=0),
    Column("dead", Integer, nullable=False, default=0),
)
# the daily charts' and facets' groupings read on an index alone, in group order (migration 0011): by
# day and type, by day and side (a temporary sort over the key before), by type, by side, by polarity;
# those led by type, side and polarity carry the day and the other keys after it (migration 0013), so a
# day series under a type, sides or polarity filter reads one range of one index, in day order
EVENT_DAYS_INDEXES = {"ix_event_days_date_type": ("date", "type"), "ix_event_days_date_side": ("date", "side"),
                      "ix_event_days_type": ("type", "date", "side"), "ix_event_days_side": ("side", "date", "type"),
                      "ix_event_days_polarity": ("polarity", "date", "type", "side")}
for _name, _cols in EVENT_DAYS_INDEXES.items():
    Index(_name, *(event_days.c[k] for k in (*_cols, "n", "dead")))

# The same counts summed per (day, type) and per (day, side) (store/rollup.py, migration 0012), kept in
# the same writes: the daily chart, unfiltered or under a type or sides filter, reads its two series
# as stored, a few thousand rows, instead of grouping every (day, type, side, polarity) count.
def _day_counts(name: str, key: str) -> Table:
    """A (day, key) count table: events and dead per day and type, or per day and side."""
    return Table(
        name, metadata,
        Column("date", String(10), primary_key=True),  # "" for undated events
        Column(key, String(40), primary_key=True),
        Column("n", Integer, nullable=False, default=0),
        Column("dead", Integer, nullable=False, default=0),
        sqlite_with_rowid=False,  # stored in key order: a day series reads it as it lies
    )


event_day_types = _day_counts("event_day_types", "type")
event_day_sides = _day_counts("event_day_sides", "side")

# The events counted per filter choice (outlet, actor, place) within each (type, side, polarity) cell,
# and per cell (facet and value ""), with their toll (store/rollup.py, migration 0014), kept in the same
# writes: the facets unfiltered or under a type, sides or polarity filter read a few rows per choice
# instead of grouping every matching event (~15 ms a facet at 100,000 events).
event_values = Table(
    "event_values", metadata,
    Column("facet", String(10), primary_key=True),  # "outlet", "actor", "place_id"; "" for the cell itself
    Column("value", String(200), primary_key=True),  # "" on a cell's own row; events without a value: none
    Column("type", String(40), primary_key=True),
    Column("side", String(40), primary_key=True),
    Column("polarity", String(20), primary_key=True),
    Column("n", Integer, nullable=False, default=0),
    Column("dead", Integer, nullable=False, default=0),
    sqlite_with_rowid=False,  # stored in key order: a facet is one range, its values in order
)

# The events counted per filter choice (outlet, actor, place) and day within each (type, side, polarity)
# cell, with their toll (store/rollup.py, migration 0017), kept in the same writes: the daily series
# under one choice reads that choice's range in day order instead of grouping its events rows.
event_day_values = Table(
    "event_day_values", metadata,
    Column("facet", String(10), primary_key=True),  # "outlet", "actor", "place_id"
    Column("value", String(200), primary_key=True),
    Column("date", String(10), primary_key=True),  # "" for undated events
    Column("type", String(40), primary_key=True),
    Column("side", String(40), primary_key=True),
    Column("polarity", String(20), primary_key=True),
    Column("n", Integer, nullable=False, default=0),
    Column("dead", Integer, nullable=False, default=0),
    sqlite_with_rowid=False,  # stored in key order: a choice's days are one range, in day order
)

# Per merged event, the outlets that carried it and whether each reported it first (store/firsts.py,
# migration 0011), kept in step with the events rows by ingest; the outlet coverage counts these rows.
merged_outlets = Table(
    "merged_outlets", metadata,
    Column("merged_event", String(200), primary_key=True),
    Column("outlet", String(200), primary_key=True),
    Column("first", Boolean, nullable=False, default=False),
)
Index("ix_merged_outlets_outlet_first", merged_outlets.c.outlet, merged_outlets.c.first)
# the outlet coverage's source chains under a filter (a join of the matching events' sources; the
# unfiltered answer reads outlet_chains) (migration 0011)
Index("ix_sources_outlet_chain", sources.c.outlet, sources.c.chain, sources.c.kind)
# the filtered coverage's join from each matching event to its source rows, read on the index alone
# (migration 0016)
Index("ix_sources_event_chain", sources.c.event_id, sources.c.kind, sources.c.outlet, sources.c.chain)

# Per outlet, its stored reports counted by the source chain they cite (store/chains.py, migration
# 0015), kept with the source rows: the unfiltered outlet coverage reads these instead of every source.
outlet_chains = Table(
    "outlet_chains", metadata,
    Column("outlet", String(200), primary_key=True),
    Column("chain", Text, primary_key=True),
    Column("n", Integer, nullable=False, default=0),
)

# Per outlet, its merged events and first reports: the rows of merged_outlets summed (store/firsts.py,
# migration 0015), kept with them, so the unfiltered coverage reads one row per outlet.
outlet_firsts = Table(
    "outlet_firsts", metadata,
    Column("outlet", String(200), primary_key=True),
    Column("merged", Integer, nullable=False, default=0),
    Column("firsts", Integer, nullable=False, default=0),
)

# The same three counts per (type, side, polarity) cell (store/cells.py, migration 0017), kept with
# them, so the outlet coverage under a type, side, polarity or outlet filter reads a few rows per outlet:
# per (merged event, outlet, cell) whether that outlet reported it first among the cell's reports and
# whether it has a dated report in the cell; those rows summed per (outlet, cell); the merged events
# whose reports lie in more than one cell (a filter over several cells counts them from their rows);
# and per (outlet, chain, cell) the source rows citing it.
merged_outlet_cells = Table(
    "merged_outlet_cells", metadata,
    Column("merged_event", String(200), primary_key=True),
    Column("outlet", String(200), primary_key=True),
    Column("type", String(40), primary_key=True),
    Column("side", String(40), primary_key=True),
    Column("polarity", String(20), primary_key=True),
    Column("first", Boolean, nullable=False, default=False),
    Column("dated", Boolean, nullable=False, default=False),
)
outlet_cells = Table(
    "outlet_cells", metadata,
    Column("outlet", String(200), primary_key=True),
    Column("type", String(40), primary_key=True),
    Column("side", String(40), primary_key=True),
    Column("polarity", String(20), primary_key=True),
    Column("merged", Integer, nullable=False, default=0),
    Column("firsts", Integer, nullable=False, default=0),
    Column("dated", Integer, nullable=False, default=0),
)
merged_mixed = Table(
    "merged_mixed", metadata,
    Column("merged_event", String(200), primary_key=True),
)
outlet_chain_cells = Table(
    "outlet_chain_cells", metadata,
    Column("outlet", String(200), primary_key=True),
    Column("chain", Text, primary_key=True),
    Column("type", String(40), primary_key=True),
    Column("side", String(40), primary_key=True),
    Column("polarity", String(20), primary_key=True),
    Column("n", Integer, nullable=False, default=0),
)

# Who is quoted, by outlet: the source rows counted by (outlet, name, kind, name_en) (store/quoted.py,
# migration 0020), kept with the source rows, so the sources view groups a row per distinct source
# instead of every source row (~150 ms on SQLite at 110,000 events). Keyed by a digest of the four,
# any of which but the name may be NULL (no NULL in a primary key on PostgreSQL).
source_names = Table(
    "source_names", metadata,
    Column("key", String(64), primary_key=True),
    Column("outlet", String(200)),
    Column("name", Text, nullable=False),
    Column("kind", String(40)),
    Column("name_en", Text),
    Column("n", Integer, nullable=False, default=0),
)
Index("ix_source_names_outlet_name", source_names.c.outlet, source_names.c.name)

ALL_TABLES = (articles, mentions, events, stories, merged_events, sources, contradictions, control, feeds,
              story_keys, outlet_lines, reviews, event_reviews)
