"""Recall gaps left by task recall38 (task recall38b): a victim set apart by a comma as a local figure of his
town ("الشيخ X، أحد وجهاء بلدة Y"). Sentences written for these tests, read as eval/GUIDELINES.md decides them."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events_of(text: str, published: str = "2025-11-10") -> list:
    return analyze(Article(id="s", raw=text, published=published)).events


def at(evs, etype: str) -> set[str]:
    return {e.place.name for e in evs if e.type == etype and e.place}


def test_a_notable_of_a_town_after_a_comma_gives_the_town():
    """"اغتال مسلحون الشيخ X، أحد وجهاء بلدة Y، أمام منزله": the apposition names his town, the act's place."""
    evs = events_of("اغتال مسلحون مجهولون مساء أمس الشيخ خالد العبد، أحد وجهاء بلدة درنج بريف دير الزور الشرقي، أمام منزله")
    assert at(evs, "attack") == {"درنج"}
    assert at(evs, "casualties") == {"درنج"}


def test_a_mukhtar_and_a_notable_told_with_wahuwa():
    """"X، مختار قرية Y"، "X، وهو أحد وجهاء مدينة Y": the same apposition, with its noun first or after وهو أحد."""
    assert at(events_of("اغتال مسلحون مجهولون فجر اليوم حسين الرجب، مختار قرية المسيفرة في ريف درعا"),
              "attack") == {"المسيفرة"}
    assert at(events_of("اغتال مجهولون الحاج محمود السالم، وهو أحد وجهاء مدينة جاسم، بإطلاق النار عليه"),
              "attack") == {"جاسم"}


def test_an_arrest_of_a_notable_of_a_town():
    """"اعتقلت دورية الشيخ X، أحد وجهاء مدينة Y": the arrest at his town."""
    assert at(events_of("اعتقلت دورية للأمن الداخلي الشيخ عمر الحريري، أحد وجهاء مدينة الصنمين"), "other") == {"الصنمين"}


def test_a_post_or_a_provenance_after_the_comma_gives_no_place():
    """Guards: "X، رئيس المجلس العسكري السابق للفصيل" names no town, "X، المنحدر من بلدة Y، في مدينة Z" the
    victim's origin, "X، الذي زار بلدة Y" a relative clause: none is the act's place."""
    assert not events_of("قتل مسلحون مجهولون الشيخ خالد العبد، رئيس المجلس العسكري السابق للفصيل")
    assert "درنج" not in at(events_of("قتل مسلحون مجهولون الشاب خالد العبد، المنحدر من بلدة درنج، في مدينة الميادين"),
                            "casualties")
    assert not events_of("اغتال مسلحون مجهولون الشيخ خالد العبد، الذي زار بلدة درنج قبل أيام")


def test_a_denied_claim_in_the_city_of_the_speakers_seat():
    """"نفى مدير منطقة X ما تداولته صفحات عن عمليات خطف في المدينة": "المدينة" points at the speaker's seat, though
    the gazetteer calls X a town (news call towns cities)."""
    evs = events_of("نفى مدير منطقة مصياف ما تداولته صفحات على مواقع التواصل عن عمليات خطف في المدينة")
    assert {(e.type, e.place.name, e.polarity) for e in evs if e.place} == {("other", "مصياف", "denied")}


def test_a_seat_that_is_a_province_is_no_city():
    """Guard: "نفت قيادة الأمن في محافظة X ... في المدينة": a province is no settlement the word recalls."""
    assert not events_of("نفت قيادة الأمن الداخلي في محافظة درعا ما تداولته صفحات عن عمليات خطف في المدينة")


def test_posts_set_up_with_a_time_phrase_between():
    """"أقام الجيش منذ ذلك الحين عدة مواقع عسكرية في X": a subject and a time phrase (five words) between the verb
    and the posts; tents set up near posts six words away stay no deploy."""
    evs = events_of("وأقام الجيش منذ ذلك الحين عدة مواقع عسكرية في ريف إدلب الجنوبي")
    assert at(evs, "deploy") == {"ريف إدلب الجنوبي"}
    assert not events_of("وأقام الأهالي عدداً من الخيام في محيط المواقع العسكرية المهجورة قرب بلدة جباثا الخشب")


def test_any_after_the_about_of_a_denied_report_is_denied():
    """"نفى ما تداولته صفحات عن "أي عمليات خطف" في المدينة": the "any" of the reported content is the denial's; with
    no denial ("لا يملك معلومات عن أي اشتباكات") it stays a hypothetical, no event."""
    evs = events_of('نفى مدير منطقة مصياف ما تداولته صفحات على مواقع التواصل عن "أي عمليات خطف" في المدينة')
    assert {(e.type, e.place.name, e.polarity) for e in evs if e.place} == {("other", "مصياف", "denied")}
    assert {(e.type, e.polarity) for e in events_of("نفى مصدر أمني ما تداولته صفحات محلية عن أي اشتباكات في بلدة نصيب")} \
        == {("attack", "denied")}
    assert not events_of("قال المصدر إنه لا يملك معلومات عن أي اشتباكات في بلدة نصيب")


def test_a_town_word_after_a_citys_official_is_the_town_told_before():
    """Guard: "ونفى مسؤول أمني في دير الزور أن يكون المسلحون قد سيطروا على أي من أحياء البلدة": the town of the
    sentence before; only a city word takes a town's seat, not a town word a city's."""
    evs = events_of("هاجم مسلحون مجهولون حاجزاً للأمن في بلدة الصور بريف دير الزور. ونفى مسؤول أمني في دير الزور أن يكون"
                    " المسلحون قد سيطروا على أي من أحياء البلدة")
    assert {e.place.name for e in evs if e.type == "take_control" and e.place} == {"الصور"}
