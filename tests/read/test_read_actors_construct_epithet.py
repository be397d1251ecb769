"""An outlet's epithet for a group, written first in construct with its name, then alone ("مرتزقة داعش" ...
"المرتزقة"; task read13). Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def _actors(text: str, day: str = "2015-06-26") -> list[tuple[str, str]]:
    art = analyze(Article(id="epi", raw=text, published=day))
    return [(m.text, m.attrs.get("side", "")) for m in art.mentions if m.kind == "actor"]


def test_the_bare_epithet_names_the_group_it_was_written_with() -> None:
    got = _actors("شن مرتزقة داعش فجر أمس هجوما على قرية تل براك. وأضاف مراسلنا أن المرتزقة فجروا سيارة مفخخة "
                  "قرب مدينة الهول.")
    assert ("المرتزقة", "isis") in got


def test_a_bare_epithet_never_written_with_a_group_names_none() -> None:
    got = _actors("وأضاف مراسلنا أن المرتزقة فجروا سيارة مفخخة قرب مدينة الهول.")
    assert not any(text == "المرتزقة" for text, _ in got)


def test_the_repeated_epithet_does_not_make_its_group_the_story_s_side() -> None:
    art = analyze(Article(id="epi", raw="حررت وحدات حماية الشعب اليوم بلدة عين عيسى من مرتزقة داعش. وقال مراسلنا إن "
                                        "المقاتلين دخلوا البلدة من محورين وسط انهيار في صفوف المرتزقة.",
                          published="2015-06-16"))
    assert {(e.type, e.actor.side) for e in art.events} >= {("enter", "sdf")}
