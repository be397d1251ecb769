"""Villages the gazetteer lacked (task gaz25): named under their cue they resolve to a cited row; the ones that are
also common words or names (ambiguous.tsv policy cue) stay no place when bare; a later member of a list under a
plural cue fixes the article's sense of the word as the first does; "غرب مدينة X" names X as the town whose bare
"المطار العسكري" is meant. Our own texts."""
from __future__ import annotations

from tawatur.clean.segment import segment
from tawatur.model import Article
from tawatur.read.places import read_places


def _places(text: str) -> list[tuple[str, str]]:
    """(text, resolved name) of every place mention of ``text``."""
    art = read_places(segment(Article(id="gaz25", raw=text)))
    return [(m.text, str(m.attrs.get("name", ""))) for m in art.mentions_of("place")]


def _resolved(text: str, name: str) -> bool:
    """Whether ``name`` is read in ``text`` as a place the gazetteer places (coordinates, not a bare name)."""
    art = read_places(segment(Article(id="gaz25", raw=text)))
    return any(m.text == name and m.attrs.get("lat") is not None for m in art.mentions_of("place"))


def test_a_village_under_its_cue_resolves() -> None:
    assert _resolved("وقصفت الطائرات منازل في قرية الشميطية بريف دير الزور الغربي.", "الشميطية")
    assert _resolved("واندلعت اشتباكات قرب قرية عرى جنوب مدينة السويداء.", "عرى")


def test_the_same_word_as_a_common_noun_is_no_place() -> None:
    assert _places("وجمعت اللجنة أموال الزكاة لتوزيعها على الأسر الفقيرة.") == []


def test_a_mans_name_is_no_place_but_the_village_is() -> None:
    assert _places("وقال الشيخ سعد إن الأهالي ينتظرون عودة الخدمات.") == []
    assert _resolved("ودخلت القوات بلدة الشيخ سعد بعد انسحاب المسلحين منها.", "الشيخ سعد")


def test_a_list_under_a_plural_cue_fixes_the_sense_of_its_later_member() -> None:
    text = ("استعادت القوات السيطرة على بلدتي اللطامنة والزكاة في ريف حماة. "
            "ونفى مصدر انسحاب مقاتليه من الزكاة.")
    assert sum(1 for t, _n in _places(text) if t == "الزكاة") == 2


def test_a_set_of_measures_in_a_story_naming_no_village_is_no_place() -> None:
    assert _places("واتخذت البلدية جملة من الإجراءات لتنظيم حركة السير.") == []


def test_a_city_named_by_a_direction_owns_the_bare_military_airport() -> None:
    text = ("وفرت العائلات من الخريطة والشميطية نحو البادية.\n"
            "وتشهد المنطقة الممتدة غرب مدينة دير الزور معارك منذ فك الحصار عن المطار العسكري مطلع الشهر.")
    airport = [n for t, n in _places(text) if t == "المطار العسكري"]
    assert airport and "دير الزور" in airport[0]
