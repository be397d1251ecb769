"""Who imposes a curfew, a closure or a sweep (triggers.tsv flag authority) when the verb announcing or imposing it
names its own subject ("وأعلن وزير الداخلية حظر التجول"): that subject is the agent, even an official the actor
lexicon does not name, and a force named earlier in the sentence, in another clause, is not (sentences written
for these tests)."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def sides(text: str, day: str) -> dict[str, str]:
    """The side of each event of type other, by place."""
    evs = analyze(Article(id="a", raw=text, published=day)).events
    return {e.place.name: e.actor.side for e in evs if e.type == "other" and e.place}


def test_a_minister_announcing_a_curfew_after_tribal_clashes_is_the_government() -> None:
    got = sides("وبعد مواجهات بين مقاتلين من العشائر ومسلحين محليين في بلدة الكسوة، أعلن وزير الداخلية "
                "حظر التجول في البلدة.", "2025-06-20")
    assert got == {"الكسوة": "government"}


def test_a_ministry_named_again_without_its_name_still_imposes_the_curfew() -> None:
    got = sides("ودخلت قوات وزارة الدفاع قرية تلدو بعد خروج مسلحين من العشائر منها، ثم أعلنت الوزارة "
                "فرض حظر التجول في القرية.", "2025-06-21")
    assert got == {"تلدو": "government"}


def test_a_closure_announced_by_a_governor_after_clashes() -> None:
    got = sides("واندلعت مواجهات بين مجموعات مسلحة في بلدة صوران، وأعلن محافظ حماة إغلاق مداخل البلدة.",
                "2025-10-03")
    assert got == {"صوران": "government"}


def test_a_force_named_after_the_announcing_verb_keeps_its_side() -> None:
    got = sides("وبعد هجوم لتنظيم الدولة على مدينة الحسكة، فرضت قوات الأسايش حظر التجول في المدينة.",
                "2016-08-01")
    assert got == {"الحسكة": "sdf"}


def test_a_verb_with_no_subject_of_its_own_keeps_the_force_before_it() -> None:
    got = sides("وقالت مصادر محلية إن قوات الأسايش أعلنت عن فرض حظر التجول في مدينة القامشلي.", "2016-08-02")
    assert got == {"القامشلي": "sdf"}
