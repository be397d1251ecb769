"""Back-references by kind (issue 12, backref7): "الجسر" is the last bridge named, a facility word like "السد",
never a town of another name (a place whose name is headed by the word, "جسر الشغور", which news call
"الجسر", is taken as for "السد" and "سد الفرات"); "أطرافه"، "مشارفه"، "تخومه" the last place, as their feminine
forms are. Our own sentences."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def _at(text: str, etype: str, published: str = "2017-09-20") -> set[str]:
    evs = analyze(Article(id="br", raw=text, published=published)).events
    return {e.place.name for e in evs if e.type == etype and e.place is not None}


def test_the_bridge_word_recalls_the_last_bridge() -> None:
    text = "وصلت وحدات الجيش إلى الجسر المعلق في مدينة دير الزور. وانتشر الجنود في محيط الجسر مساء الأحد."
    assert _at(text, "deploy") == {"الجسر المعلق"}


def test_the_bridge_word_with_no_bridge_before_it_recalls_no_town() -> None:
    # only a city was named: "الجسر" points at no bridge, so the deployment takes no place from it
    text = "قصفت الطائرات الحربية مدينة إدلب. وانتشر الجنود عند الجسر."
    assert _at(text, "deploy") == set()


def test_a_masculine_edge_word_points_back_at_the_neighbourhood() -> None:
    # "أطرافه"، "مشارفه"، "تخومه": the masculine forms of "أطرافها"، "مشارفها"، "تخومها" after "حي X"
    text = "استعادت القوات الحكومية حي الحميدية في المدينة. ودارت معارك عنيفة عند أطرافه الشرقية."
    assert _at(text, "attack", "2015-06-01") == {"الحميدية"}


def test_an_intervention_on_air_is_no_back_reference() -> None:
    # "مداخلة" folds like "مداخله" (its entrances), so the latter is left out of the back-references
    text = "دخلت القوات بلدة مهين. وقال مسؤول محلي في مداخلة تلفزيونية إن الاشتباكات مستمرة."
    assert _at(text, "attack") == set()
