"""Fields the rules read many times a sentence, bound once: a Match carries its pattern's row and flags,
and usable_place reads a place's own fields (a field removed again reads as never set)."""
from __future__ import annotations

from tawatur.extract.frames import usable_place
from tawatur.extract.patterns import Match, find_all, load_patterns, tokenize
from tawatur.model import Mention


def test_match_carries_its_patterns_row_and_flags() -> None:
    text = "ودخلت القوات إلى البلدة بعد معارك عنيفة"
    matches = find_all(load_patterns("triggers.tsv"), tokenize(text, 0, len(text)))
    assert matches
    for m in matches:
        assert m.row is m.pattern.row and m.flags is m.pattern.flags
        twin = Match(m.pattern, m.i, m.j)
        assert twin == m and Match(m.pattern, m.i, m.j + 1) != m
    assert repr(matches[0]).startswith("Match(pattern=")


def _place(**attrs) -> Mention:
    return Mention("place", 0, 5, "البلدة", 0, {"name": "البلدة", "resolved": True, **attrs})


def test_usable_place_reads_role_kind_and_resolution() -> None:
    assert usable_place(_place(kind="town"))
    assert not usable_place(_place(kind="town", role="locator"))
    assert not usable_place(_place(kind="country"))
    assert usable_place(_place(kind="town", role="main"))
    unset = _place(kind="country", role="locator")
    del unset.attrs["role"]
    del unset.attrs["kind"]
    assert "role" not in unset.attrs and usable_place(unset)  # removed: as never set


def test_an_unresolved_place_of_cue_words_alone_is_not_usable() -> None:
    """Read by its name (remembered by name): cue words alone, with or without clitics, are no place an
    event stands at; a name with a word of its own is, and so is a resolved place named by a cue word.
    The text stands in for a name never set; the answer does not change when asked again."""
    for _ in range(2):
        assert not usable_place(_place(kind="village", resolved=False))
        assert not usable_place(_place(kind="village", resolved=False, name="وبالقرى"))
        assert not usable_place(Mention("place", 0, 6, "البلدات", 0, {"resolved": False}))
        assert usable_place(_place(kind="village", resolved=False, name="قرية الزيتونة"))
        assert usable_place(Mention("place", 0, 9, "تل الورد", 0, {"resolved": False}))
        assert usable_place(_place(kind="village"))
