"""Misreadings the last session left (task left32): a decision in force from today, a person's trade and hometown,
the fighters' flight told by "قبل فرارهم", arson, taking part in the fighting, an aid convoy entering a town.
Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def read(text: str, published: str = "2025-03-01") -> list:
    return analyze(Article(id="l32", raw=text, published=published)).events


def events(text: str, published: str = "2025-03-01") -> set[tuple[str, str, str]]:
    return {(e.type, e.polarity, e.place.name) for e in read(text, published)}


def test_a_decision_in_force_from_today_is_done() -> None:
    assert events("وقررت المحافظة إغلاق معبر نصيب أمام الشاحنات اعتباراً من صباح اليوم.") == {
        ("other", "asserted", "معبر نصيب")}
    # from a later day it is still planned
    assert events("وقررت المحافظة إغلاق معبر نصيب أمام الشاحنات اعتباراً من الشهر المقبل.") == {
        ("other", "expected", "معبر نصيب")}
    assert events("وقررت الحكومة فرض حظر تجوال في مدينة جبلة بدءاً من غد.") == {("other", "expected", "جبلة")}


def test_a_trade_nouns_hometown_is_not_where_it_befell_him() -> None:
    got = events("قتل عامل إغاثة من ريف حماة بقصف استهدف مدينة اللطامنة.", "2018-03-01")
    assert {p for _, _, p in got} == {"اللطامنة"}
    # the countryside struck itself stays the place
    got = events("قتل عامل إغاثة بقصف استهدف ريف حماة.", "2018-03-01")
    assert {p for _, _, p in got} == {"ريف حماة"}


def test_the_fighters_flight_before_which_the_main_clause_was_done() -> None:
    got = read("وزرع المسلحون الألغام في شوارع بلدة مورك قبل فرارهم نحو ريف إدلب.", "2019-08-01")
    assert {(e.type, e.place.name, e.actor.side) for e in got} == {("withdraw", "مورك", "opposition")}
    got = events("ونهب عناصر التنظيم المحال في بلدة الشعفة قبل انسحابهم منها باتجاه البادية.", "2019-08-01")
    assert ("withdraw", "asserted", "الشعفة") in got
    # a return the town waits for is not yet told; unknown gunmen getting away are no force withdrawing
    assert not events("وفككت الفرق العبوات في شوارع بلدة مورك قبل عودة الأهالي إليها.", "2019-08-01")
    got = events("قتل مسلحون مجهولون شاباً في بلدة الجيزة قبل فرارهم إلى جهة مجهولة.", "2019-08-01")
    assert got == {("casualties", "asserted", "الجيزة")}


def test_arson_is_an_attack_by_who_set_the_fire() -> None:
    got = read("وأحرق عناصر التنظيم منازل المدنيين في قرية الصالحية.", "2016-03-01")
    assert {(e.type, e.place.name, e.actor.side) for e in got} == {("attack", "الصالحية", "isis")}
    assert events("وأضرم مسلحون النار في محال تجارية بمدينة بانياس.") == {("attack", "asserted", "بانياس")}
    # protesters burning tyres, or a fire of no one's, is no attack
    assert not any(t == "attack" for t, _, _ in events("وأضرم المحتجون النار في الإطارات وسط مدينة بانياس."))
    assert not events("واندلع حريق في سوق مدينة بانياس بسبب ماس كهربائي.")


def test_taking_part_in_the_fighting_at_a_place_is_an_attack() -> None:
    got = read("وشارك مقاتلون من حزب الله في المعارك الدائرة في بلدة يبرود.", "2014-03-01")
    assert {(e.type, e.place.name, e.actor.side) for e in got} == {("attack", "يبرود", "hezbollah")}
    assert not events("وشارك مقاتلون من حزب الله في احتفال أقيم في بلدة يبرود.", "2014-03-01")


def test_an_aid_convoy_entering_a_town_is_other() -> None:
    assert events("ودخلت قافلة مساعدات غذائية إلى بلدة مضايا ظهر اليوم.", "2016-01-14") == {
        ("other", "asserted", "مضايا")}
    assert events("ودخلت قوات الأمن العام إلى بلدة مضايا ظهر اليوم.") == {("enter", "asserted", "مضايا")}


def test_our_own_dead_name_no_enemy() -> None:
    text = "وقال العميد إن مجموعة من فلول النظام هاجمت حاجزنا قرب بلدة الحفة ليلاً، حين قتل اثنان من عناصرنا."
    got = {(e.type, e.actor.side) for e in read(text, "2025-03-10")}
    assert got == {("attack", "unknown"), ("casualties", "unknown")}
    # an inflicter named beside "ours" still takes the toll
    got = {(e.type, e.actor.side) for e in read("وقال القائد إن اثنين من عناصرنا قتلا بقصف لقوات النظام على بلدة طفس.",
                                                "2018-03-01")}
    assert got == {("attack", "government"), ("casualties", "government")}


def test_the_people_of_the_town_are_the_articles_towns() -> None:
    text = ("قتل شخصان بغارة لطائرة مسيرة على بلدة الشحيل. وانتشرت دوريات في مدينة البصيرة. "
            "وخرج العشرات من أبناء البلدة في وقفة احتجاجية.")
    assert ("protest", "asserted", "الشحيل") in events(text)
    # a town the same sentence names before the people is theirs
    text = "قتل شخصان بغارة على بلدة الشحيل. وقصفت الطائرات بلدة ذيبان ما أدى إلى مقتل ثلاثة من أبناء البلدة."
    assert ("casualties", "asserted", "ذيبان") in events(text)


def test_a_region_named_among_cities_is_not_the_peoples_city() -> None:
    # "كبرى مدن X" names a region under the plural "مدن": the people of "المدينة" are the city just named
    text = "سقطت قذائف صاروخية على سراقب كبرى مدن ريف إدلب الشرقي. ونزح المئات من سكان المدينة نحو الحقول."
    got = events(text)
    assert ("displacement", "asserted", "سراقب") in got
    assert not any(p.startswith("ريف") for t, _, p in got if t == "displacement")
