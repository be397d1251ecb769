"""Undated reports dated from the dated reports of their story, marked as inferred."""
from __future__ import annotations

import importlib.util
from pathlib import Path

from tawatur.link import Linker
from tawatur.model import Mention

_spec = importlib.util.spec_from_file_location("linkfactory", Path(__file__).with_name("linkfactory.py"))
lf = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(lf)

# Arabic written for these tests: one story told twice, the second text undated
DATED = ("أعلنت فصائل المعارضة السورية السيطرة على مدينة الرستن شمال حمص بعد انسحاب قوات الحكومة "
         "منها، وقالت إن مقاتليها دخلوا مبنى البلدية")
UNDATED = ("قالت فصائل المعارضة السورية إنها سيطرت أمس الجمعة على مدينة الرستن شمال حمص إثر انسحاب "
           "قوات الحكومة، وإن مقاتليها دخلوا مبنى البلدية")


def _undated_article():
    ev = lf.event("u1", "u", "take_control", "rastan", day="")
    ev.sentence = 0
    start = UNDATED.index("سيطرت")
    ev.evidence = lf.Evidence(UNDATED[start:start + 40], start, start + 40)
    other = lf.event("u2", "u", "enter", "talbiseh", day="")
    other.sentence = 1  # another sentence, with no date of its own
    art = lf.article("u", "outlet-two.sy", [ev, other], text=UNDATED, published="")
    art.published = None
    rel = UNDATED.index("أمس الجمعة")
    art.mentions.append(Mention("date", rel, rel + len("أمس الجمعة"), "أمس الجمعة", 0,
                                {"value": "", "precision": "day", "relative": True}, "date:relative:امس"))
    return art


def test_undated_report_takes_the_story_date_and_resolves_its_own_words():
    d1 = lf.event("d1", "d", "take_control", "rastan", day="2024-12-07")
    d1.date.text = "article date"  # what the extractor writes when the article's date dates it
    dated = lf.article("d", "outlet-one.sy", [d1], text=DATED, published="2024-12-07")
    lk = Linker()
    lk.add([dated, _undated_article()])
    an = lk.analysis()
    assert len(an.stories) == 1
    by = {e.id: e for e in an.events}
    # "أمس الجمعة" read against the story's reference (Saturday 7 December): Friday the 6th
    assert (by["u1"].date.value, by["u1"].date.precision, by["u1"].date.basis) == ("2024-12-06", "day", "story")
    assert by["u1"].date.text == "أمس الجمعة"
    assert (by["u2"].date.value, by["u2"].date.precision, by["u2"].date.basis) == ("2024-12-07", "week", "story")
    art = next(a for a in an.articles if a.id == "u")
    assert art.published is None and art.meta["date_inferred"]["from"] == ["d"]
    assert by["d1"].date.basis == "published"


def test_inferred_dates_follow_the_order_of_arrival():
    dated = lf.article("d", "outlet-one.sy", [lf.event("d1", "d", "take_control", "rastan", day="2024-12-07")],
                       text=DATED, published="2024-12-07")
    one = Linker()
    one.add([dated, _undated_article()])
    two = Linker()
    two.add([_undated_article()])
    assert all(not e.date.value for e in two.analysis().events)  # nothing to infer from yet
    two.add([lf.article("d", "outlet-one.sy",
                        [lf.event("d1", "d", "take_control", "rastan", day="2024-12-07")],
                        text=DATED, published="2024-12-07")])
    a, b = one.analysis(), two.analysis()
    assert {e.id: e.date.value for e in a.events} == {e.id: e.date.value for e in b.events}


# Arabic written for this test: the undated report states its day as a weekday, day and month, no year
HAMA_DATED = "سيطرت فصائل المعارضة السورية اليوم على مدينة حماة بعد معارك مع قوات الحكومة."
HAMA_UNDATED = ("ذكرت وكالة أنباء محلية، الخميس 5 من كانون الأول، أن فصائل المعارضة السورية سيطرت على مدينة حماة. "
                "وكانت الفصائل قد دخلت مدينة حلب في 29 من تشرين الثاني الماضي.")


def _read_pair(dated_text: str, day: str, undated_text: str):
    """A dated report ("d", outlet one) and an undated one ("u", outlet two), through the per-article stages."""
    from tawatur.model import Article
    from tawatur.pipeline import analyze

    dated = analyze(Article(id="d", raw=dated_text, outlet="outlet-one.sy", published=day))
    undated = analyze(Article(id="u", raw=undated_text, outlet="outlet-two.sy"))
    return dated, undated


def test_an_undated_report_with_a_dateline_without_year_is_read_again_as_of_that_day():
    dated, undated = _read_pair(HAMA_DATED, "2024-12-05", HAMA_UNDATED)
    lk = Linker()
    lk.add([dated, undated])
    an = lk.analysis()
    got = {(e.type, e.place.name_en): (e.date.value, e.date.basis) for e in an.events if e.article == "u"}
    # the story's day picks the year in which 5 December is a Thursday: 2024
    assert got[("take_control", "Hama")] == ("2024-12-05", "story")
    assert got[("enter", "Aleppo")] == ("2024-11-29", "story")
    art = next(a for a in an.articles if a.id == "u")
    assert art.published is None and art.meta["date_inferred"]["dateline"] == "2024-12-05"


# Arabic written for this test: a dated report gives the day of the capture ("أمس الجمعة"), an undated report of
# the same capture gives none; a second event of the undated report has no dated report of its own
RASTAN_DATED = "قالت فصائل المعارضة السورية إنها سيطرت أمس الجمعة على مدينة الرستن بعد معارك مع قوات الحكومة."
RASTAN_UNDATED = ("سيطرت فصائل المعارضة السورية على مدينة الرستن شمالي حمص إثر انسحاب قوات الحكومة منها. "
                  "وفي سياق متصل، قصفت طائرات حربية روسية بلدة كفرنبودة في ريف حماة.")


def _rastan_reports():
    return _read_pair(RASTAN_DATED, "2024-12-07", RASTAN_UNDATED)


def _undated_dates(an) -> dict[tuple[str, str], tuple[str, str, str]]:
    return {(e.type, e.place.name_en): (e.date.value, e.date.precision, e.date.basis)
            for e in an.events if e.article == "u"}


def test_an_undated_report_of_a_merged_event_takes_the_day_its_dated_reports_state():
    dated, undated = _rastan_reports()
    lk = Linker()
    lk.add([dated, undated])
    got = _undated_dates(lk.analysis())
    # the capture is merged with the dated report, which says Friday 6 December: that day, not the story's week
    assert got[("take_control", "Al-Rastan")] == ("2024-12-06", "day", "story")
    # the strike on Kafr Nabuda has no dated report of its own: the story's reference day, at week precision
    assert got[("attack", "Kafr Nabudah")] == ("2024-12-07", "week", "story")


def test_a_dated_report_arriving_later_dates_the_undated_report_of_the_same_event():
    dated, undated = _rastan_reports()
    lk = Linker()
    lk.add([undated])
    lk.add([dated])
    both = Linker()
    both.add([dated, undated])
    assert _undated_dates(lk.analysis()) == _undated_dates(both.analysis())


# Arabic written for this test: a report filed on Saturday whose lead tells of Friday ("أمس الجمعة"), its next
# sentence undated (the extractor dates it by that news day); an undated report of the same story adds a strike
# that no dated report tells
TALBISEH_DATED = ("قصفت طائرات حربية أمس الجمعة مدينة الرستن شمالي حمص، وقالت فصائل المعارضة إنها صدت هجوماً "
                  "لقوات الحكومة.\nوفي سياق متصل، دخلت فصائل المعارضة بلدة تلبيسة بعد انسحاب قوات الحكومة منها.")
TALBISEH_UNDATED = ("دخلت فصائل المعارضة السورية بلدة تلبيسة شمالي حمص بعد انسحاب قوات الحكومة منها.\n"
                    "وفي سياق متصل، قصفت طائرات حربية بلدة كفرنبودة في ريف حماة.")


def test_an_undated_report_takes_the_day_its_story_tells_of_not_the_day_the_dated_report_was_filed():
    dated, undated = _read_pair(TALBISEH_DATED, "2024-12-07", TALBISEH_UNDATED)
    assert any(e.date.text.startswith("news day:") for e in dated.events)  # the lead's Friday dates sentence two
    lk = Linker()
    lk.add([dated, undated])
    got = _undated_dates(lk.analysis())
    # the strike on Kafr Nabuda: the story's Friday (the news the dated report tells), at week precision
    assert got[("attack", "Kafr Nabudah")] == ("2024-12-06", "week", "story")
