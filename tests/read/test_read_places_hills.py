"""A hill named after a word that is also a town's name (task recall6). Sentences written for these tests."""
from __future__ import annotations

from tawatur.clean.segment import segment
from tawatur.model import Article
from tawatur.read.places import read_places


def _places(text: str) -> list[tuple[str, str]]:
    """(name, kind) of each place read."""
    art = segment(Article(id="hill", raw=text, language="ar"))
    read_places(art)
    return [(m.attrs.get("name", ""), m.attrs.get("kind", "")) for m in art.mentions if m.kind == "place"]


def test_a_hill_the_gazetteer_lacks_is_not_the_town_of_its_name() -> None:
    assert _places("شنت الفصائل هجوما معاكسا في تل ملح أمس.") == [("تل ملح", "hill")]


def test_a_hill_town_the_gazetteer_has_whole_stays_that_town() -> None:
    assert _places("سيطر التنظيم على تل أبيض أمس.") == [("تل أبيض", "town")]


def test_two_unknown_words_a_direction_closes_are_one_village_and_the_town_only_locates_it() -> None:
    got = _places("قصفت المدفعية قرية زور مغار غربي مدينة عين العرب.")
    assert got[0] == ("زور مغار", "village")


def test_a_conjunction_after_an_unknown_village_opens_the_next_member() -> None:
    got = _places("قتل مدنيان أحدهما في قرية زيتان والآخر في قرية كفرحمرة.")
    assert all(" و" not in name and not name.endswith("والآخر") for name, _ in got)


def test_the_bare_head_after_a_hill_is_that_hill_not_the_town_al_tall() -> None:
    """Task places8: "التل" a sentence after "تل X" names that hill (known or not), not the town al-Tall."""
    got = _places("سيطرت القوات على تل سكيك الاستراتيجي في ريف إدلب. وقصفت الطائرات التل قبل اقتحامه.")
    assert got[-1] == ("تل سكيك الاستراتيجي", "hill")
    got = _places("تقدمت الفصائل نحو تل الحارة في ريف درعا. ثم سيطرت على التل.")
    assert got[-1][1] == "hill" and "الحارة" in got[-1][0]


def test_the_town_al_tall_stays_the_town_with_its_cue_or_with_no_hill_before() -> None:
    assert _places("سيطرت القوات على تل سكيك الاستراتيجي. ثم دخلت مدينة التل.")[-1] == ("التل", "town")
    assert _places("دخلت القوات التل في ريف دمشق.")[0] == ("التل", "town")
