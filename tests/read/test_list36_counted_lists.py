"""Task list36: a singular place noun counted by a number ("50 بلدة"، "أكثر من 20 قرية وبلدة") stands for many
places; an intro word after it ("، بينها"، "، أبرزها") names members, every one the trigger's. Sentences written
for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def places_of(text: str, etype: str) -> set[str]:
    evs = analyze(Article(id="s", raw=text, published="2024-11-29")).events
    return {e.place.name for e in evs if e.type == etype and e.place}


def test_counted_noun_with_intro_word_fans_out_to_every_member():
    got = places_of("وسيطرت الفصائل على 50 بلدة، بينها قبتان الجبل وعنجارة.", "take_control")
    assert {"قبتان الجبل", "عنجارة"} <= got


def test_two_counted_nouns_and_a_framing_dual_countryside():
    got = places_of("وسيطرت الفصائل على أكثر من 50 بلدة وقرية في ريفي حلب الغربي وإدلب الشرقي، بينها قبتان الجبل "
                    "وعنجارة ومقر الفوج 46.", "take_control")
    assert {"قبتان الجبل", "عنجارة", "الفوج 46"} <= got


def test_counted_people_before_among_them_name_no_place():
    got = places_of("قتل 12 مدنياً، بينهم ثلاثة أطفال، بقصف مدفعي على بلدة كفرنبل", "casualties")
    assert got == {"كفرنبل"}
