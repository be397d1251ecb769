"""The store: SQLite or PostgreSQL, incremental ingest, queries for the web app and the API."""
from .repository import EventFilter, IngestResult, Store, StoreBusy, StoreError, content_hash, open_store

__all__ = ["EventFilter", "IngestResult", "Store", "StoreBusy", "StoreError", "content_hash", "open_store"]
