"""The web app and REST API over a store: ``create_app(Settings(db=...))``; run by ``tawatur serve``.

The names are loaded on first use, so ``tawatur --help`` (which reads ``serve.settings`` for a
default) does not import FastAPI.
"""
from __future__ import annotations

from typing import Any

__all__ = ["Settings", "create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from .app import create_app
        return create_app
    if name == "Settings":
        from .settings import Settings
        return Settings
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
