"""Constructions of multi-event pages (roundups, live pages, daily tolls) that the probe24 first-sight measure showed
(bench/articles_probe24). Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2020-08-22") -> list[tuple[str, str, str]]:
    evs = analyze(Article(id="p24", raw=text, published=published)).events
    return [(e.type, e.polarity, e.place.name) for e in evs]


def test_a_toll_joined_to_the_next_toll_falls_at_its_place() -> None:
    got = events("قصفت قوات النظام قرى البارة وكنصفرة وسفوهن، وقال الدفاع المدني إن طفلاً قتل وأصيب اثنان آخران "
                 "في كنصفرة.")
    assert {e[2] for e in got if e[0] == "casualties"} == {"كنصفرة"}
    got = events("سقطت قذائف على حيي الميدان والسليمانية، ما أدى إلى مقتل امرأة وإصابة خمسة في حي الميدان.",
                 "2016-08-03")
    assert {e[2] for e in got if e[0] == "casualties"} == {"حي الميدان"}
    # no place after the joined toll: the toll falls where the strike fell
    got = events("قصفت قوات النظام قرى البارة وكنصفرة، ما أدى إلى مقتل طفل وإصابة اثنين آخرين.")
    assert {e[2] for e in got if e[0] == "casualties"} == {"البارة", "كنصفرة"}


def test_most_of_them_names_the_members_of_a_frame() -> None:
    got = events("عادت نحو ألفي عائلة إلى مدن وبلدات ريف إدلب الجنوبي، أغلبها إلى خان شيخون ومعرة النعمان وكفرنبل.",
                 "2025-06-18")
    assert {e[2] for e in got} == {"خان شيخون", "معرة النعمان", "كفرنبل"}
    got = events("نزحت مئات العائلات نحو قرى ريف حماة الشمالي، غالبيتها إلى مدينتي اللطامنة وكفرزيتا.", "2025-07-01")
    assert {e[2] for e in got} == {"اللطامنة", "كفرزيتا"}


def test_the_deniers_own_report_in_the_present_is_asserted() -> None:
    got = events("التلفزيون الرسمي ينفي سقوط بلدة منيان، ويقول إن وحدات الجيش تتصدى للمهاجمين على أطراف ضاحية الأسد.",
                 "2016-10-29")
    assert ("take_control", "denied", "منيان") in got
    assert ("attack", "asserted", "ضاحية الأسد") in got
    got = events("قسد تنفي انسحابها من سد الفرات، وتقول إن مقاتليها قصفوا تجمعات للجيش قرب بلدة المنصورة.", "2026-01-19")
    assert ("attack", "asserted", "المنصورة") in got


def test_where_the_force_operates_is_no_target() -> None:
    got = events("قصفت وحدات الجيش العاملة في ريف حماة الشمالي بلدة اللطامنة.", "2023-10-06")
    assert got == [("attack", "asserted", "اللطامنة")]


def test_a_weekday_bounding_a_present_verb_is_the_coming_one() -> None:
    evs = analyze(Article(id="p24", raw="قوى الأمن الداخلي تفرض حظر تجوال في حي الخالدية حتى صباح الخميس.",
                          published="2026-03-04")).events
    assert [(e.type, e.date.value) for e in evs] == [("other", "2026-03-04")]
    # a past narrative keeps the weekday it runs to
    evs = analyze(Article(id="p24", raw="استمرت الاشتباكات في حي الخالدية حتى صباح الأحد.",
                          published="2026-03-05")).events
    assert [e.date.value for e in evs] == ["2026-03-01"]


def test_a_family_clash_is_no_attackers() -> None:
    text = ("- مقتل عنصرين من الجيش بهجوم لخلايا تنظيم الدولة على حاجز قرب بلدة ذيبان.\n"
            "- قوى الأمن تفرض حظر تجوال في حي الخالدية إثر اشتباك عائلي قتل فيه شخصان.")
    evs = analyze(Article(id="p24", raw=text, published="2026-03-04")).events
    sides = {(e.type, e.place.name): e.actor.side for e in evs}
    assert sides[("attack", "ذيبان")] == "isis"
    assert sides[("attack", "الخالدية")] == "unknown"


def test_a_capture_told_after_the_battle_of_its_sentence() -> None:
    got = events("الجيش يعلن السيطرة الكاملة على قرية الرصافة، ويقول إنه أسر 17 مقاتلاً من قسد.", "2026-01-19")
    assert ("other", "asserted", "الرصافة") in got
    assert events("تعيش أسر المقاتلين في مخيمات قرب مدينة أعزاز.", "2025-03-01") == []


def test_a_corridor_keeps_the_destination_after_it() -> None:
    got = events("تأمين خروج 300 عائلة من مدينة الطبقة عبر ممر إنساني باتجاه ريف حلب الشرقي.", "2026-01-19")
    assert {e[2] for e in got if e[0] == "displacement"} == {"الطبقة", "ريف حلب الشرقي"}


def test_she_died_of_her_wounds_after_another_toll() -> None:
    got = events("قتل 12 مدنياً في غارات على بلدة كفرنبل، كما قضت سيدة متأثرة بجراح أصيبت بها قبل أيام في قصف على "
                 "بلدة حاس.", "2019-06-10")
    assert ("casualties", "asserted", "حاس") in got
    assert events("قضت المحكمة بسجن المتهم خمس سنوات في مدينة حمص.", "2025-04-02") == []
