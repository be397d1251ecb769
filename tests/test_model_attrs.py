"""Typed mention attributes (tawatur.attrs): one dataclass per kind, the old dict's Mapping interface,
unknown keys rejected, serialisation as the dict was."""
from __future__ import annotations

import copy
import json
import pickle

import pytest

from tawatur.attrs import ATTRS, UNSET, ActorAttrs, PlaceAttrs, attrs_for
from tawatur.model import MENTION_KINDS, Article, Mention, article_from_dict, to_dict


def _place() -> Mention:
    return Mention("place", 4, 8, "حلب", 0, {"id": "aleppo", "name": "حلب", "lat": 36.2, "lon": None,
                                            "resolved": True, "group": 2})


def test_every_mention_kind_has_its_class() -> None:
    assert set(ATTRS) == set(MENTION_KINDS)


def test_a_dict_becomes_the_kinds_dataclass() -> None:
    m = _place()
    assert isinstance(m.attrs, PlaceAttrs)
    assert m.attrs.lat == 36.2 and m.attrs.lon is None and m.attrs.group == 2
    assert m.attrs.kind is UNSET and not m.attrs.kind  # never set: absent, falsy
    assert m.id == "aleppo"


def test_mapping_interface_of_the_old_dict() -> None:
    a = _place().attrs
    assert a["name"] == "حلب" and a.get("kind") is None and a.get("kind", "x") == "x"
    assert "lon" in a and "kind" not in a
    assert list(a) == ["id", "name", "lat", "lon", "resolved", "group"]  # the order they were set
    with pytest.raises(KeyError):
        a["kind"]  # noqa: B018
    a.update({"kind": "city", "group": 3})
    a["role"] = "main"
    assert a.kind == "city" and a["group"] == 3 and list(a)[-2:] == ["kind", "role"]
    del a["role"]
    assert "role" not in a and a.role is UNSET
    assert a == {**dict(a)} and dict(a)["kind"] == "city"


def test_unknown_key_is_an_error() -> None:
    with pytest.raises(KeyError, match="unknown place attribute 'gazetteer_id'"):
        Mention("place", 0, 1, "x", 0, {"gazetteer_id": "aleppo"})
    a = ActorAttrs.of({"side": "government"})
    with pytest.raises(KeyError, match="unknown actor attribute 'sidee'"):
        a["sidee"] = "rebels"
    with pytest.raises(KeyError):
        a.sidee = "rebels"
    with pytest.raises(ValueError, match="unknown mention kind"):
        attrs_for("weather", {})


def test_serialised_as_the_dict_was_and_read_back() -> None:
    m = _place()
    d = to_dict(m)
    assert d["attrs"] == {"id": "aleppo", "name": "حلب", "lat": 36.2, "lon": None, "resolved": True,
                          "group": 2}
    art = Article(id="a1", raw="في حلب")
    art.mentions = [m]
    back = article_from_dict(json.loads(json.dumps(to_dict(art), ensure_ascii=False)))
    assert isinstance(back.mentions[0].attrs, PlaceAttrs) and back.mentions[0].attrs == m.attrs


def test_pickles_and_copies_for_worker_processes() -> None:
    m = _place()
    for other in (pickle.loads(pickle.dumps(m)), copy.deepcopy(m)):
        assert other.attrs == m.attrs and list(other.attrs) == list(m.attrs)
        assert other.attrs.kind is UNSET
        other.attrs["kind"] = "city"
        assert "kind" not in m.attrs


def test_the_read_command_prints_any_kinds_attributes() -> None:
    from tawatur.commands.read import resolution

    assert resolution(Mention("trigger", 0, 1, "x", 0, {})) == "{}"  # json of the mapping, not the object
    assert resolution(Mention("date", 0, 1, "x", 0, {"value": "2024-12-07", "precision": "day"})) == \
        "2024-12-07 (day)"


def test_built_from_a_dict_reads_as_constructed() -> None:
    """``of`` skips the dataclass ``__init__``: that holds only while every field defaults to UNSET."""
    import dataclasses
    for cls in ATTRS.values():
        assert all(f.default is UNSET for f in dataclasses.fields(cls)), cls.__name__
        built, made = cls.of({}), cls()
        assert all(getattr(built, f.name) is getattr(made, f.name) for f in dataclasses.fields(cls))
        assert built == made and list(built) == []
    a = PlaceAttrs.of({"id": "x", "kind": "city"})
    a.kind = UNSET  # unset again: gone from the mapping
    assert list(a) == ["id"] and a.to_dict() == {"id": "x"}
    with pytest.raises(KeyError):
        PlaceAttrs.of({"nope": 1})


def test_a_key_unset_again_or_built_unset_is_absent() -> None:
    """``get``, ``[]`` and ``in`` read the instance dict directly: a field set to UNSET (by assignment,
    ``del`` or in the dict an instance is built from) must read as absent, like one never set."""
    a = PlaceAttrs.of({"id": "x", "kind": UNSET, "group": 0, "resolved": False})
    assert "kind" not in a and a.get("kind", "d") == "d" and list(a) == ["id", "group", "resolved"]
    assert a.get("group") == 0 and a["resolved"] is False and "resolved" in a  # falsy values are set
    a.role = "main"
    a.role = UNSET
    assert "role" not in a and a.get("role") is None
    with pytest.raises(KeyError):
        a["role"]  # noqa: B018
    assert "_order" not in a and a.get("_order") is None  # the bookkeeping is no key
    with pytest.raises(KeyError):
        a["_order"]  # noqa: B018


def test_update_from_a_dict_sets_as_the_mapping_update_does() -> None:
    """``update`` with a plain dict (the fast path) and with keywords or another mapping (the ABC's) give
    the same attributes in the same order; an unknown key raises either way; UNSET unsets."""
    from collections.abc import MutableMapping

    fast, slow = _place().attrs, _place().attrs
    new = {"kind": "city", "group": 3, "lon": UNSET, "role": "main"}
    fast.update(new, admin1="Aleppo")
    MutableMapping.update(slow, new, admin1="Aleppo")
    assert list(fast.items()) == list(slow.items())
    assert list(fast) == ["id", "name", "lat", "resolved", "group", "kind", "role", "admin1"]
    fast.update(slow)  # another mapping: the ABC's update
    assert list(fast.items()) == list(slow.items())
    with pytest.raises(KeyError):
        fast.update({"no_such_field": 1})
