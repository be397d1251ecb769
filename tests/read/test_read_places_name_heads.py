"""Unknown two-word names whose first word is a common noun of the landscape (issue 12, task names2):
Kurdish "كاني" (spring) and "كري" (hill) as "عين" and "تل" are, "كرم" (orchard), "بستان" (garden), "حوش"
(yard) and "رسم" (trace, a ruin) head a name with the word after them. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tawatur.clean.segment import segment
from tawatur.model import Article
from tawatur.read.places import read_places


def texts(text: str) -> list[str]:
    return [m.text for m in read_places(segment(Article(id="t", raw=text))).mentions_of("place")]


@pytest.mark.parametrize(("text", "name"), [
    ("وقصفت المدفعية حي كاني سبي في مدينة عفرين.", "كاني سبي"),
    ("وسيطرت القوات على قرية رسم العبد شرق حلب.", "رسم العبد"),
    ("وقصفت الطائرات بلدة حوش الضواهرة ليلا.", "حوش الضواهرة"),
    ("وقتل مدنيان في قصف على حي بستان القصر.", "بستان القصر"),
    ("وسيطرت الفصائل على حي كرم الطراب.", "كرم الطراب"),
    ("وقصفت المدفعية التركية قرية كري خضر.", "كري خضر"),
])
def test_the_second_word_belongs_to_the_name(text: str, name: str) -> None:
    assert any(t.endswith(name) for t in texts(text))


def test_a_name_cut_to_its_head_is_not_read():
    """"حي كاني سبي في مدينة عفرين": the whole name, then Afrin as its locator; no place "حي كاني"."""
    got = texts("وقصفت المدفعية حي كاني سبي في مدينة عفرين.")
    assert not any(t.endswith("كاني") for t in got)


def test_a_head_in_a_list_of_villages():
    got = texts("وتعرضت قرى كاني كرد وتل غزال لقصف مدفعي.")
    assert "كاني كرد" in got and "تل غزال" in got


@pytest.mark.parametrize(("text", "name"), [
    ("وقصف الحزب بلدة حوش السيد علي الحدودية.", "حوش السيد علي"),
    ("وقصفت الطائرات قريتي حوش السيد علي وتل الشيخ حسين.", "تل الشيخ حسين"),
    ("ودخلت القوات قرية تل الشيخ حسين شمال حلب.", "تل الشيخ حسين"),
])
def test_a_title_second_goes_on_with_the_given_name_after_it(text: str, name: str) -> None:
    """Task places8: "حوش السيد علي" is one name (after a person: title and given name), not "حوش السيد"."""
    assert name in texts(text)


def test_a_title_second_stops_before_a_word_that_is_no_given_name() -> None:
    assert "حوش السيد" in texts("وقصفت الطائرات قرية حوش السيد غربي حمص.")
