"""Every lexicon matcher of the readers is built once a process: a matcher factory that lost its cache (a
decorator left on another function) rebuilt a whole table for each word it was asked about, and made the
sources reader four times slower with identical output — a fault no extraction figure shows."""
from __future__ import annotations

import inspect

import pytest

from tawatur.read import actors, persons, sources


def _factories():
    for module in (actors, persons, sources):
        for name, fn in vars(module).items():  # cached or not: an lru_cache wrapper is no plain function
            if callable(fn) and getattr(fn, "__module__", "") == module.__name__ \
                    and name.endswith(("_matcher", "_matchers")) and not inspect.signature(fn).parameters:
                yield pytest.param(fn, id=f"{module.__name__.rsplit('.', 1)[-1]}.{name}")


@pytest.mark.parametrize("factory", list(_factories()))
def test_a_matcher_factory_returns_the_same_matcher_twice(factory) -> None:
    assert factory() is factory()


def test_the_factories_are_found() -> None:
    names = {p.id for p in _factories()}
    assert {"sources.head_matcher", "sources.directorate_matcher", "actors.actor_matcher"} <= names
