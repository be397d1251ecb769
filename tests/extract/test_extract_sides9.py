"""Sides of strikes told as the subject of their own targeting verb (issue 12, task sides9): "قصف استهدف X"
names the strike, not who struck. Sentences written for these tests, with invented details; sides as
eval/GUIDELINES.md sets them."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events_of(text: str, published: str):
    return analyze(Article(id="sd9", raw=text, published=published)).events


def sides(text: str, published: str, etype: str) -> set[str]:
    return {e.actor.side for e in events_of(text, published) if e.type == etype}


STORY = "سيطرت فصائل المعارضة على بلدة كفرنبودة بعد معارك استمرت يومين. "


def test_a_strike_that_targets_with_no_agent_is_no_sides_in_a_story_that_follows_one():
    """A story led by the opposition's takeover: a later shelling told as "قصف مدفعي استهدف X" and
    its toll take no side from the story."""
    text = STORY + "وقال مسعفون إن أربعة مدنيين قتلوا جراء قصف مدفعي استهدف بلدة قلعة المضيق."
    assert sides(text, "2019-05-10", "attack") >= {"unknown"}
    assert "opposition" not in sides(text, "2019-05-10", "attack")
    text = STORY + "وأصيب عشرة أشخاص في غارات استهدفت مدينة خان شيخون ليلاً."
    assert "opposition" not in sides(text, "2019-05-10", "attack")
    text = STORY + "وجاء ذلك بعد يومين من التفجير الذي استهدف سوقاً شعبية في مدينة إدلب."
    assert "opposition" not in sides(text, "2019-05-10", "attack")


def test_a_named_agent_or_nationality_still_names_the_striker():
    # a nationality adjective between the strike noun and the verb names who struck
    assert sides("وقتل ثلاثة مدنيين في غارات روسية استهدفت مدينة جسر الشغور.", "2019-05-10",
                 "attack") == {"russia"}
    # the force is the verb's subject: the strike is its own
    assert sides(STORY + "واستهدفت قوات النظام بلدة قلعة المضيق بالمدفعية.", "2019-05-10",
                 "attack") == {"government"}
    # a pro-drop subject of an active verb, with no strike noun as subject, keeps the story's side
    assert sides(STORY + "واستهدفت بالمدفعية مواقع قرب بلدة قلعة المضيق.", "2019-05-10",
                 "attack") == {"opposition"}


def test_a_definite_strike_told_again_keeps_the_agent_named_before():
    """"قصفت الطائرات الروسية X. وقال ناشطون إن الغارات طالت Y": the definite strikes are those just told."""
    text = "وقصفت الطائرات الروسية بلدة كفرنبل. وذكر ناشطون أن الغارات طالت كذلك قرية حاس."
    assert sides(text, "2016-03-04", "attack") == {"russia"}


def test_a_toll_in_a_strike_on_a_place_names_no_agent():
    """"قتل N في قصف على X": the strike after a cause word leads straight to its target; it is no side's
    guessed from the story, and neither is its toll."""
    text = STORY + "وقال مسعفون إن خمسة مدنيين قتلوا في قصف على بلدة الهبيط."
    evs = events_of(text, "2019-05-10")
    assert {e.actor.side for e in evs if e.type in ("attack", "casualties") and e.place.name == "الهبيط"} \
        == {"unknown"}
    text = STORY + "وأصيب سبعة أشخاص جراء غارات وقصف صاروخي على قرية الهبيط."
    assert "opposition" not in sides(text, "2019-05-10", "casualties")


def test_a_strike_on_a_place_by_an_arm_or_as_an_object_keeps_its_agent():
    # a barrel bomb only one side dropped names its side
    assert sides("وقتل أربعة مدنيين في قصف بالبراميل على بلدة الهبيط.", "2016-05-10",
                 "attack") == {"government"}
    # "شن غارات على X": the strike is the object of a verb whose subject struck
    assert sides(STORY + "وشنت غارات على بلدة الهبيط.", "2019-05-10", "attack") == {"opposition"}
