"""Evacuation deals told across sentences (issue 12, task deals8): buses whose passengers the sentence before
named carry them (the fighters' withdraw, by their own force, and the civilians' displacement: GUIDELINES, who
leaves), "يقضي بخروج" far from its agreement word (expected terms at the deal's place), the side of fighters a
deal sends away, and ", متجهين إلى Y" after a departure (a destination for civilians only). Our own sentences."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def _events(text: str, published: str) -> list:
    return list(analyze(Article(id="d8", raw=text, published=published)).events)


def _got(text: str, published: str = "2017-04-01") -> set[tuple[str, str, str, str]]:
    return {(e.type, e.place.name, e.polarity, e.actor.side if e.actor else "")
            for e in _events(text, published) if e.place is not None}


def test_buses_carry_the_fighters_and_families_named_before() -> None:
    text = ("وتجمع مئات من مقاتلي المعارضة وعائلاتهم في ساحة بلدة مضايا. "
            "وانطلقت الحافلات ظهر الأحد من مضايا باتجاه مدينة إدلب.")
    got = _got(text, "2017-04-16")
    assert ("withdraw", "مضايا", "asserted", "opposition") in got
    assert ("displacement", "مضايا", "asserted", "civilians") in got
    assert ("displacement", "إدلب", "asserted", "civilians") in got
    assert not any(t == "withdraw" and p == "إدلب" for t, p, _, _ in got)


def test_buses_that_move_off_from_the_town_word() -> None:
    text = ("ووصل عشرات المسلحين من الفصائل إلى ساحة بلدة الزبداني. "
            "وتحركت الحافلات مساء من البلدة نحو الشمال.")
    assert ("withdraw", "الزبداني", "asserted", "opposition") in _got(text, "2017-04-14")


def test_buses_after_civilians_only_displace() -> None:
    text = "وتجمع مئات الأهالي في ساحة بلدة التل. وانطلقت الحافلات من التل باتجاه مدينة جرابلس."
    got = {(t, p) for t, p, _, _ in _got(text, "2016-12-02")}
    assert ("displacement", "التل") in got and ("displacement", "جرابلس") in got
    assert not any(t == "withdraw" for t, _ in got)


def test_the_fighters_not_the_force_that_sent_the_buses() -> None:
    text = ("وأرسلت الحكومة حافلات إلى حي القابون لنقل مقاتلي الفصائل. "
            "وغادرت الحافلات الحي مساء وعلى متنها عشرات المقاتلين.")
    got = _got(text, "2017-05-14")
    assert ("withdraw", "القابون", "asserted", "opposition") in got
    assert not any(t == "deploy" for t, _, _, _ in got)


def test_a_units_word_is_no_rider() -> None:
    text = "وقصفت قوات النظام بلدة كفرنبل. وانطلقت الحافلات من بلدة سراقب."
    assert not any(t == "withdraw" for t, _, _, _ in _got(text, "2016-03-01"))


def test_terms_far_from_the_deal_verb_take_the_deals_place() -> None:
    text = ("وتوصل ممثلو المعارضة في بلدة الرحيبة والجانب الروسي بعد محادثات طويلة إلى اتفاق "
            "يقضي بخروج الراغبين من المقاتلين وعائلاتهم.")
    got = _got(text, "2018-04-20")
    assert ("other", "الرحيبة", "asserted", "opposition") in got
    assert ("withdraw", "الرحيبة", "expected", "opposition") in got


def test_a_deal_named_far_after_its_verb() -> None:
    text = ("وتوصل وجهاء بلدة تلبيسة وقوات النظام بعد أسابيع من المفاوضات برعاية روسية إلى تسوية "
            "تقضي بخروج مقاتلي الفصائل من البلدة.")
    got = {(t, p, pol) for t, p, pol, _ in _got(text, "2018-05-03")}
    assert ("other", "تلبيسة", "asserted") in got
    assert ("withdraw", "تلبيسة", "expected") in got


def test_fighters_a_deal_sends_away_are_the_governments_adversary() -> None:
    text = "ووقعت لجنة أهالي حي برزة اتفاقا مع الحكومة برعاية روسية يقضي بخروج المسلحين."
    assert ("withdraw", "برزة", "expected", "opposition") in _got(text, "2017-05-08")


def test_a_heading_participle_gives_civilians_a_destination() -> None:
    text = "وفر مئات المدنيين من مدينة الباب، متجهين إلى مدينة منبج."
    got = {(t, p) for t, p, _, _ in _got(text, "2017-02-10")}
    assert ("displacement", "الباب") in got and ("displacement", "منبج") in got


def test_a_heading_participle_after_fighters_gives_no_event_there() -> None:
    text = "وانسحب مقاتلو التنظيم من بلدة تادف، متجهين نحو مدينة الرقة."
    got = {(t, p) for t, p, _, _ in _got(text, "2017-02-25")}
    assert ("withdraw", "تادف") in got
    assert not any(p == "الرقة" for _, p in got)


def test_gathering_to_board_enters_nothing() -> None:
    text = "ووصل عشرات من مقاتلي الفصائل إلى نقطة التجمع في بلدة عربين."
    assert not any(t == "enter" for t, _, _, _ in _got(text, "2018-03-25"))


def test_a_counted_bus_departs() -> None:
    text = ("وبدأت عملية إجلاء مقاتلي الفصائل وعائلاتهم من بلدة مضايا. "
            "وقال مراسلنا إن خمسين حافلة انطلقت من بلدة بقين باتجاه مدينة إدلب.")
    got = {(t, p) for t, p, _, _ in _got(text, "2017-04-14")}
    assert ("withdraw", "بقين") in got and ("displacement", "إدلب") in got


def test_terms_after_what_the_deal_is_for_are_expected() -> None:
    text = ("وأعلنت الفصائل التوصل إلى اتفاق مع الجانب الروسي لوقف إطلاق النار في بلدتي كفربطنا وحزة، "
            "يقضي بخروج مقاتليها منهما إلى الشمال.")
    got = {(t, p, pol) for t, p, pol, _ in _got(text, "2018-03-24")}
    assert ("withdraw", "كفربطنا", "expected") in got and ("withdraw", "حزة", "expected") in got
    assert not any(t == "withdraw" and pol == "asserted" for t, _, pol in got)


def test_a_departure_under_the_deal_carries_its_terms_out() -> None:
    text = ("وجاء خروج أول قافلة من المقاتلين والمدنيين وفق اتفاق بين الفصائل وروسيا "
            "يقضي بخروج من يرغب من مدينة دوما.")
    got = {(t, p, pol) for t, p, pol, _ in _got(text, "2018-04-02")}
    assert ("withdraw", "دوما", "asserted") in got and ("displacement", "دوما", "asserted") in got
