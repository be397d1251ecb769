"""The salience model of place back-references (task backref40): a class noun or a pronoun, and a trigger with no
place of its own, read past a place named only as a speaker's seat or home to the place the story told; the verdict
names the model's features. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events_of(text: str, published: str) -> list:
    return analyze(Article(id="s", raw=text, published=published)).events


def places(evs, etype: str) -> set[str]:
    return {e.place.name for e in evs if e.type == etype and e.place}


def test_town_word_reads_past_a_speakers_home_town():
    """"وقال ناشط من أهالي بلدة X إن ... من البلدة" after the town an event took: the story's town, with the
    model's verdict in the place provenance."""
    evs = events_of("قصفت المدفعية بلدة تلبيسة فجر اليوم. وقال ناشط من أهالي بلدة الرستن إن أسراً كثيرة نزحت من البلدة "
                    "بعد القصف.", "2016-03-04")
    assert places(evs, "displacement") == {"تلبيسة"}
    rule = next(e.rule for e in evs if e.type == "displacement")
    assert "backref:" in rule and "salience(kind=town" in rule and "took" in rule


def test_pronoun_reads_past_a_sources_city():
    """"وقال مسؤول في مدينة X إن القوات خرجت منها" after the town the story told: not X."""
    evs = events_of("دخلت فصائل المعارضة بلدة اللطامنة ظهر اليوم. وقال مسؤول في مدينة حماة إن الفصائل انسحبت منها "
                    "قبل المغرب.", "2017-03-22")
    assert places(evs, "withdraw") == {"اللطامنة"}


def test_trigger_with_no_place_inherits_past_a_speakers_seat():
    """A report with no place of its own after "مصدر في مدينة X": the place the story told, not the seat."""
    evs = events_of("هاجمت الفصائل بلدة صوران من ثلاثة محاور. وقال مصدر في مدينة حماة إن القوات انسحبت بعد "
                    "ساعتين.", "2017-03-22")
    assert places(evs, "withdraw") == {"صوران"}
    assert "backward+salience(" in next(e.rule for e in evs if e.type == "withdraw")


def test_report_naming_only_its_speakers_seat_inherits_the_told_town():
    """"وقال مسؤول عسكري في مدينة X إن ..." names only where the speaker serves: its trigger inherits the town an
    event took just before (inherit+salience), and with none told it takes no place."""
    evs = events_of("اقتحمت الفصائل بلدة كفرنبودة ليلاً. وقال ضابط في مدينة حماة إن الجنود انسحبوا قبل الصباح.",
                    "2019-05-08")
    assert places(evs, "withdraw") == {"كفرنبودة"}
    assert "inherit+salience(" in next(e.rule for e in evs if e.type == "withdraw")
    assert not places(events_of("وقال ضابط في مدينة حماة إن الجنود انسحبوا قبل الصباح.", "2019-05-08"), "withdraw")


def test_guard_seat_with_no_story_place_stands():
    """Guards: with no place told before the speaker's seat, the seat stays what a back-reference points at;
    the nearest town that an event took stays the antecedent."""
    evs = events_of("وقال ناشط في بلدة كفرنبل إن عائلات كثيرة نزحت من البلدة.", "2019-05-02")
    assert places(evs, "displacement") == {"كفرنبل"}
    evs = events_of("قصفت المدفعية بلدة تلبيسة فجر اليوم. ثم قصفت بلدة الحولة بعد الظهر، ونزحت عائلات كثيرة من "
                    "البلدة.", "2016-03-04")
    assert "تلبيسة" not in places(evs, "displacement")


def test_model_scores_are_data_and_explain_themselves():
    """The weights and the class table are data; a story's town outscores a speaker's seat named after it."""
    from tawatur.extract.salience import Features, best, class_kinds, weights
    assert weights()["seat"] < 0 < weights()["kind"]
    assert class_kinds()["backref_town"] == ("town",)
    story = Features(kind="town", dist=1, took=True, lead=True)
    seat = Features(kind="town", dist=0, seat=True)
    assert best([(story, "A"), (seat, "B")])[1] == "A"
    assert story.describe() == "salience(kind=town,took,lead,dist=1)"
    near = Features(kind="town", dist=0, took=True, lead=True)
    assert best([(story, "A"), (near, "B")])[1] == "B"  # of two told in the lead, the nearer wins
