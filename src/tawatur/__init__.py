"""tawatur: read many Arabic news reports of a conflict at once.

ingest -> clean -> read -> extract -> link -> report, one data model (:mod:`tawatur.model`).
"""
__version__ = "0.1.0"
