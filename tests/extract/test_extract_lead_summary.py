"""A governorate-wide lead over a detailed body (GUIDELINES "A headline"; sentences written for these tests)."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def places(text: str, etype: str) -> list[str]:
    evs = analyze(Article(id="a", raw=text, published="2025-03-10")).events
    return sorted(e.place.name for e in evs if e.type == etype and e.place is not None)


def test_an_entry_into_a_governorate_told_again_at_a_town_inside_it_is_one_event() -> None:
    text = ("توغلت قوة عسكرية إسرائيلية صباح اليوم في محافظة القنيطرة. "
            "وقال مراسلون إن القوة توغلت في مدينة خان أرنبة بريف القنيطرة برفقة جرافات.")
    got = places(text, "enter")
    assert not any(p.startswith("محافظة") for p in got), got
    assert got


def test_a_takeover_of_a_whole_governorate_stays_beside_its_towns() -> None:
    text = ("سيطرت فصائل المعارضة على مدينة سراقب يوم الأحد. "
            "ثم سيطرت الفصائل على كامل محافظة إدلب بعد انسحاب قوات النظام.")
    got = places(text, "take_control")
    assert any(p.startswith("محافظة") for p in got), got
    assert len(got) >= 2


def test_a_facility_located_by_a_preposition_is_named_with_its_town() -> None:
    """"مسجد بمدينة حمص": the cue and preposition locate the mosque; its name is the mosque in Homs."""
    evs = analyze(Article(id="a", raw="فجر انتحاري نفسه داخل مسجد بمدينة حمص ظهر الجمعة.", published="2015-03-10")).events
    place = next(e.place for e in evs if e.type == "attack")
    assert place.name.split()[0] == "مسجد" and place.name.split()[-1] == "حمص" and len(place.name.split()) == 3
    assert place.admin1 == "Homs" and "مسجد بمدينة حمص" in place.aliases


def test_a_named_facility_keeps_its_own_name() -> None:
    evs = analyze(Article(id="a", raw="قصفت طائرات حربية سجن حماة المركزي صباح اليوم.", published="2015-03-10")).events
    assert [e.place.name for e in evs if e.type == "attack"] == ["سجن حماة المركزي"]


def test_a_bracketed_other_name_of_a_locator_is_no_event_place() -> None:
    """"في ريف عين العرب (كوباني)": Kobani is the locator said again, not a place the shelling hit."""
    text = "قصفت المدفعية التركية قريتي تل حمام والصفا في ريف عين العرب (كوباني) بقذائف الهاون."
    got = places(text, "attack")
    assert got == ["الصفا", "تل حمام"], got


def test_a_bracketed_other_place_after_a_main_place_stays_a_place() -> None:
    text = "قصفت المدفعية التركية مدينة عين العرب (كوباني) ومدينة منبج بقذائف الهاون."
    got = places(text, "attack")
    assert len(got) == 2 and "منبج" in got, got


def test_an_unknown_town_lies_in_the_governorate_its_locator_names() -> None:
    """"بلدة زيزفون غرب درعا": a town the gazetteer lacks is still placed in Daraa, so the lead
    "توغلت في محافظة درعا" is the same entry told in detail."""
    text = "توغلت القوات في محافظة درعا فجر اليوم. وتوغلت القوات في بلدة زيزفون غرب درعا."
    evs = analyze(Article(id="a", raw=text, published="2025-01-10")).events
    got = [(e.place.name, e.place.admin1) for e in evs if e.type == "enter"]
    assert got == [("زيزفون", "Daraa")], got


def test_an_unnamed_building_placed_by_fi_is_named_by_its_kind_and_town() -> None:
    got = places("ندين التفجير الذي استهدف كنيسة في القصاع بدمشق مساء الأحد.", "attack")
    assert got == ["كنيسة في القصاع"], got


def test_an_unnamed_building_after_a_named_one_of_its_kind_there_is_that_building() -> None:
    text = ("فجر انتحاري نفسه داخل كنيسة مار جرجس الواقعة في حي القصاع بدمشق. "
            "وندين التفجير الذي استهدف كنيسة في القصاع.")
    assert places(text, "attack") == ["كنيسة مار جرجس"]


def test_an_unnamed_facility_told_again_with_its_name_is_one_event() -> None:
    text = ("أعلنت القوات أنها حررت ساحة في مدينة الرقة كان التنظيم يستخدمها للإعدامات. "
            "وقال متحدث باسمها إن مقاتليه طردوا التنظيم من دوار الساعة وسط المدينة ظهر اليوم.")
    got = places(text, "take_control")
    assert not any(p.startswith("ساحة") for p in got), got


def test_a_displacement_from_a_governorate_said_by_a_pronoun_is_the_town_told_after() -> None:
    """"نزوح الأهالي منها" after "محافظة القنيطرة" sums up the flight from the town the body names."""
    text = ("قصفت القوات بلدة في محافظة القنيطرة، ما أدى إلى نزوح الأهالي منها. "
            "وأفادت مصادر محلية بنزوح عشرات العائلات من مدينة خان أرنبة.")
    got = places(text, "displacement")
    assert got and not any(p.startswith("محافظة") for p in got), got
