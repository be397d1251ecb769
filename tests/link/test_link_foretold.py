"""Which reports of different articles the linker joins across polarity, trigger words and the weakest
place match: an expectation and the later report of its happening; two words of one trigger entry of
the catch-all type; a site in a town and the town only when the sides are equally firm. Events and
places built for these tests."""
from __future__ import annotations

from tawatur.link import Linker
from tawatur.link.merge import FORETOLD_DAYS, foretold, trigger_keys
from tawatur.model import Article, Place

from .linkfactory import PLACES, article, event

HOMS = PLACES["homs"]
PRISON = Place(name="سجن حمص المركزي", lat=HOMS.lat, lon=HOMS.lon, kind="prison", admin1=HOMS.admin1,
               gazetteer_id="fac:سجن حمص المركزي")
SIEGE = "trigger:other:فك|كسر … الحصار#7 place:scope polarity:asserted side:actor"
CURFEW = "trigger:other:حظر … تجول#9 place:scope polarity:asserted side:actor"


def _clusters(arts: list[Article]) -> dict[str, str | None]:
    lk = Linker()
    lk.add(arts)
    return {e.id: e.cluster for e in lk.analysis().events}


def _expected_then_done(gap: int) -> dict[str, str | None]:
    """An article expects the army to take Homs on 10 March; another says it took it ``gap`` days later."""
    done = f"2024-03-{10 + gap:02d}"
    return _clusters([
        article("a", "o1", [event("e1", "a", "take_control", "homs", polarity="expected", side="government",
                                  day="2024-03-10")], published="2024-03-10"),
        article("b", "o2", [event("e2", "b", "take_control", "homs", side="government", day=done)],
                published=done)])


def test_an_expectation_joins_the_report_of_its_happening_days_later() -> None:
    cl = _expected_then_done(3)
    assert cl["e1"] == cl["e2"]


def test_what_was_done_before_or_on_the_day_it_was_expected_is_another_happening() -> None:
    for gap in (0, -1):
        cl = _expected_then_done(gap)
        assert cl["e1"] != cl["e2"], gap


def test_an_expectation_does_not_reach_further_than_its_days() -> None:
    assert foretold((100, 100), (100 + FORETOLD_DAYS, 100 + FORETOLD_DAYS))
    assert not foretold((100, 100), (101 + FORETOLD_DAYS, 101 + FORETOLD_DAYS))
    cl = _expected_then_done(FORETOLD_DAYS + 2)
    assert cl["e1"] != cl["e2"]


def test_two_words_of_one_trigger_entry_are_one_kind_of_other() -> None:
    one = event("e1", "a", "other", "homs", side="government", trigger="فك الحصار")
    two = event("e2", "b", "other", "homs", side="government", trigger="كسرت الحصار")
    curfew = event("e3", "c", "other", "homs", side="government", trigger="حظر التجول")
    one.rule = two.rule = SIEGE
    curfew.rule = CURFEW
    assert trigger_keys(one) & trigger_keys(two) and not trigger_keys(one) & trigger_keys(curfew)
    cl = _clusters([article("a", "o1", [one]), article("b", "o2", [two]), article("c", "o3", [curfew])])
    assert cl["e1"] == cl["e2"] != cl["e3"]


def test_a_site_and_its_town_need_equally_firm_sides() -> None:
    # unnamed gunmen at the prison, and the army's attack on the town: two happenings
    cl = _clusters([article("a", "o1", [event("e1", "a", "attack", PRISON, side="unknown")]),
                    article("b", "o2", [event("e2", "b", "attack", "homs", side="government")])])
    assert cl["e1"] != cl["e2"]
    # the army at the prison, and the army in the town: one happening told at two levels
    cl = _clusters([article("a", "o1", [event("e1", "a", "attack", PRISON, side="government")]),
                    article("b", "o2", [event("e2", "b", "attack", "homs", side="government")])])
    assert cl["e1"] == cl["e2"]


def test_an_expectation_with_no_day_joins_no_report_of_the_happening() -> None:
    # undated articles: "more units are expected to defect in Homs" beside "units defected in Homs"
    # (dated, or undated too): nothing shows the defections came after they were expected
    for done_day, done_pub in (("2024-03-12", "2024-03-12"), ("", None)):
        for order in (0, 1):
            exp = event("e1", "a", "defection", "homs", polarity="expected", side="government", day="")
            done = event("e2", "b", "defection", "homs", side="government", day=done_day)
            arts = [article("a", "o1", [exp], published=None), article("b", "o2", [done], published=done_pub)]
            cl = _clusters(arts[::-1] if order else arts)
            assert cl["e1"] != cl["e2"], (done_day, order)
