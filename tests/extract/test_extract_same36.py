"""Task same36: a class noun with an emphatic ("الطريق ذاته"، "نفس الطريق") recalls the road named before, and a
force cutting a road told verb first ("قطعت قوات النظام الطريق ...") takes it. Sentences written for these tests."""
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


def test_a_force_cutting_a_road_verb_first_takes_it() -> None:
    assert ("take_control", "asserted", "طريق حمص - حماة") in kinds("وقطعت قوات النظام الطريق الواصل بين حمص وحماة.")
    # protesters cutting it protest; a car crossing it (imperfect), a goal, a figure of speech: no take_control
    assert ("protest", "asserted", "السويداء") in kinds("وقطع محتجون غاضبون الطريق الرئيسي وسط مدينة السويداء.")
    for text in ("أسرت قوات النظام ركاب سيارة مدنية كانت تقطع الطريق قرب حماة.",
                 "تقدمت الفصائل نحو بلدة كفرنبودة لقطع طريق السلمية - حماة.",
                 "وقطع الرئيس الطريق على أي تسوية."):
        assert not any(t == "take_control" for t, _, _ in kinds(text)), text
