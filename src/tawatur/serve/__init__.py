"""The web app and REST API over a store: ``create_app(Settings(db=...))``; run by ``tawatur serve``."""
from .app import create_app
from .settings import Settings

__all__ = ["Settings", "create_app"]
