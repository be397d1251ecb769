"""A singular back-reference after a pair (task left12): "بين بلدتي X وY ... في البلدة" recalls the town the
story is about when it is one of the pair, and no place when neither was named before (GUIDELINES: a
back-reference to a place just named counts as naming it; a pair names two)."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def places_of(text: str, etype: str) -> set[str]:
    evs = analyze(Article(id="s", raw=text, published="2016-05-01")).events
    return {e.place.name for e in evs if e.type == etype and e.place}


def test_town_word_after_a_pair_recalls_the_story_town() -> None:
    text = "تتعرض بلدة كفرنبل لقصف متواصل منذ أيام.\nوتقدمت قوات النظام بين بلدتي حاس وكفرنبل، ثم قصفت البلدة بالمدفعية."
    assert places_of(text, "attack") == {"كفرنبل"}


def test_story_town_first_of_the_pair() -> None:
    text = "تتعرض بلدة كفرنبل لقصف متواصل.\nودارت اشتباكات عنيفة بين بلدتي كفرنبل وحاس.\nوقتل ثلاثة مدنيين في البلدة."
    assert places_of(text, "casualties") == {"كفرنبل"}


def test_city_word_after_a_pair_of_cities() -> None:
    text = "تشهد مدينة نوى توتراً أمنياً.\nوانتشرت القوات على الطريق بين مدينتي جاسم ونوى.\nوهاجم مسلحون حاجزاً في المدينة."
    assert places_of(text, "attack") == {"نوى"}


def test_undecidable_pair_gives_no_place() -> None:
    text = "انتشرت القوات على الطريق بين بلدتي حاس وكفرنبل.\nوقصف الطيران البلدة بعد ذلك."
    assert places_of(text, "attack") == set()


def test_toll_in_the_town_after_a_strike_at_a_pair() -> None:
    """"ووقعت المعارك بين مدينتي X وY، وسقط قتلى في المدينة": the toll's own word says which of the pair."""
    text = "سيطرت فصائل المعارضة على مدينة تلبيسة.\nووقعت المعارك بين مدينتي الرستن وتلبيسة، وسقط قتلى في المدينة."
    assert places_of(text, "casualties") == {"تلبيسة"}
    assert places_of(text, "attack") == {"الرستن", "تلبيسة"}
