"""Task same36: a class noun with an emphatic ("الطريق ذاته"، "نفس الطريق") recalls the road named before,
whatever the trigger. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def kinds(text: str, published: str = "2018-03-10") -> set[tuple[str, str, str]]:
    evs = analyze(Article(id="s36", raw=text, published=published)).events
    return {(e.type, e.polarity, e.place.name) for e in evs}


def test_the_same_road_is_the_road_named_before() -> None:
    for same in ("على الطريق ذاته", "على الطريق نفسه", "على نفس الطريق"):
        got = kinds(f"خطف مسلحون ثلاثة مدنيين على الطريق الواصل بين حمص وحماة. وقتل سائق {same} بعد ساعات.")
        assert ("casualties", "asserted", "طريق حمص - حماة") in got, same
    # the bare noun as another verb's object stays unread (task left25)
    got = kinds("سيطرت الفصائل على طريق حلب - دمشق. وقتل مدنيان على الطريق.")
    assert not any(t == "casualties" for t, _, _ in got)
