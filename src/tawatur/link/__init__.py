"""Cross-article linking: stories, merged events, independent chains, contradictions, control.

``Linker`` is the one entry point (the CLI and the store call it)::

    linker = Linker(existing_analysis_or_None)
    touched = linker.add(articles)      # incremental; returns the ids it touched
    analysis = linker.analysis()
"""
from .linker import Linker

__all__ = ["Linker"]
