"""Places misread in heldout26 (whole set, task read26c): sentences written for these tests, read as
eval/GUIDELINES.md decides them."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events_of(text: str, published: str) -> list:
    return analyze(Article(id="s", raw=text, published=published)).events


def places(evs, etype: str | None = None) -> set[str]:
    return {e.place.name for e in evs if e.place and (etype is None or e.type == etype)}


def test_two_word_unknown_village_closed_by_the_instrument_of_the_strike():
    """"قرية X Y بالقذائف": ب on a weapon says what the village was struck with and closes its name; a later bare
    mention of the two words is the same village."""
    evs = events_of("قصفت القوات التركية مساء أمس قرية زور مغار بالقذائف المدفعية، ما ألحق أضراراً بالمنازل.\n"
                    "ونزحت عائلات من زور مغار نحو مدينة منبج.", "2025-02-25")
    assert places(evs, "attack") == {"زور مغار"}
    assert "زور مغار" in places(evs, "displacement")
    evs = events_of("استهدفت الطائرات المسيرة قرية عين حور بصواريخ موجهة", "2025-02-25")
    assert places(evs, "attack") == {"عين حور"}


def test_a_known_village_or_a_time_word_before_the_instrument_is_unchanged():
    evs = events_of("قصفت قوات النظام قرية كفرنبودة بالبراميل المتفجرة", "2016-04-02")
    assert places(evs, "attack") == {"كفرنبودة"}
    evs = events_of("قصفت قوات النظام قرية الشيخ مصطفى مجدداً بالقذائف", "2016-04-02")
    assert places(evs, "attack") == {"الشيخ مصطفى"}
