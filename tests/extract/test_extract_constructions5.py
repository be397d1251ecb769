"""Constructions the last sessions left misread (issue 12, task constructions5): sentences written for these
tests, with invented details. Types and sides as eval/GUIDELINES.md sets them."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events_of(text: str, published: str):
    return analyze(Article(id="c5", raw=text, published=published)).events


def kinds(text: str, published: str) -> set[tuple[str, str]]:
    return {(e.type, e.place.name if e.place else "") for e in events_of(text, published)}


def sides(text: str, published: str) -> set[tuple[str, str, str]]:
    return {(e.type, e.place.name if e.place else "", e.actor.side) for e in events_of(text, published)}


def test_aid_dropped_from_the_air_is_no_raid():
    """"إنزال جوي" is a heliborne raid, an attack where it lands; aid dropped from the air ("إنزال جوي
    للمساعدات"، "عملية إنزال جوي للمواد الغذائية") is a supply, no event (GUIDELINES, Types: attack)."""
    assert not kinds("وأجرت الأمم المتحدة إنزالا جويا للمساعدات فوق أحياء مدينة دير الزور.", "2016-05-02")
    assert not kinds("ونفذت طائرات أردنية عملية إنزال جوي للمواد الغذائية قرب بلدة الرقبان.", "2016-09-14")
    got = sides("ونفذت قوة أمريكية عملية إنزال جوي في بلدة الشحيل شرق دير الزور.", "2021-09-20")
    assert ("attack", "الشحيل", "usa") in got


def test_turkish_backed_factions_are_the_government_after_the_victory_conference():
    """The factions dissolved into the new army on 29 January 2025 (GUIDELINES, Sides: the forces of the new
    authorities) are the government after that day and the opposition before it; "صقور الشمال" and "فرقة
    السلطان محمد الفاتح" are two of them."""
    assert ("other", "عفرين", "government") in sides(
        "واعتقلت عناصر من فصيل صقور الشمال رجلا مسنا في مدينة عفرين.", "2025-09-02")
    assert ("deploy", "جرابلس", "government") in sides(
        "وتمركزت مجموعات من لواء السلطان محمد الفاتح في مدينة جرابلس.", "2025-04-21")
    assert ("attack", "تل رفعت", "opposition") in sides(
        "وقصف فصيل صقور الشمال مواقع لقسد في بلدة تل رفعت.", "2024-12-02")


def test_members_of_a_force_before_min_are_the_clash_subject():
    """"اشتبك عناصر من X مع Y": the part of a force before من is the verb-first subject of the clash, so the
    force after من is its first-named party and the clash its side (GUIDELINES, Sides), not the party after مع."""
    assert ("attack", "رأس العين", "government") in sides(
        "واشتبك عناصر من قوات الأمن العام مع مسلحين مجهولين في مدينة رأس العين.", "2025-08-03")
    assert ("attack", "منبج", "government") in sides(
        "واشتبك مقاتلون من فرقة الحمزة مع أبناء عشيرة محلية في مدينة منبج.", "2025-10-11")
    # the party after مع stays the other one
    assert ("attack", "منبج", "unknown") in sides(
        "واشتبك مسلحون مجهولون مع عناصر من قوات الأمن العام في مدينة منبج.", "2025-10-11")


def test_a_river_crossed_from_one_place_to_another_is_an_entry_at_the_second():
    """"عبرت القوات نهر X من A إلى B": over the river into B, an entry at B as "عبرت من A إلى B" is (not an
    advance, and nothing at A, where the move starts); toward a place it stays an advance."""
    got = kinds("وعبرت مجموعات من قوات سوريا الديمقراطية نهر الفرات من قرية أبو هريرة إلى مدينة الطبقة.",
                "2017-04-01")
    assert ("enter", "الطبقة") in got
    assert not any(t == "advance" for t, _ in got)
    got = kinds("وعبرت وحدات من الجيش النهر باتجاه بلدة مرات.", "2017-09-25")
    assert ("advance", "مرات") in got and not any(t == "enter" for t, _ in got)


def test_a_corridor_people_go_by_is_no_safe_passage_of_its_own():
    """"خرج المدنيون من X عبر ممر آمن إلى Y": the preposition عَبْر says the way they went, the departure is the
    event (GUIDELINES, Manner is not an event); opening or granting a corridor is still a safe passage."""
    got = kinds("وغادرت مئات العائلات بلدة كفربطنا عبر ممر آمن نحو مدينة دمشق.", "2018-03-16")
    assert ("displacement", "كفربطنا") in got
    assert not any(t == "other" for t, _ in got)
    assert any(t == "other" for t, _ in kinds("ومنحت القوات الروسية ممرا آمنا للمقاتلين في بلدة كفربطنا.",
                                               "2018-03-16"))


def test_a_curfew_a_state_office_announces_is_the_government_s():
    """"، وأعلن المحافظ حظر التجوال فيها": the announcing verb's own subject is an office of the state (a governor,
    a minister, a ministry), so the curfew is the government's, not the side of the force the clause before
    named; a verb joined with no subject of its own still shares that force ("وأعلنت حظراً للتجوال فيها")."""
    text = "واقتحم مقاتلو المعارضة مدينة إدلب، وأعلن محافظ إدلب حظر التجوال فيها حتى إشعار آخر."
    assert ("other", "إدلب", "government") in sides(text, "2012-03-09")
    assert ("enter", "إدلب", "opposition") in sides(text, "2012-03-09")
    text = "وسيطرت الفصائل على مدينة جاسم، وأعلنت حظرا للتجوال فيها."
    assert ("other", "جاسم", "opposition") in sides(text, "2024-12-06")


def test_the_verb_after_qabla_an_tells_the_next_happening_of_a_sequence():
    """"X قبل أن + verb" after a happening told in the sentence: the second happening is asserted (GUIDELINES,
    Polarity), dated as told, done by the same force when the verb names none of its own, and a pronoun on or
    after its verb points at the place of the first ("انسحبوا من البلدة نحو Y قبل أن تدخلها القوات": the town)."""
    got = {(e.type, e.place.name, e.polarity, e.actor.side, e.date.value)
           for e in events_of("وقصف مقاتلو المعارضة بلدة مورك بالصواريخ قبل أن ينسحبوا منها مساء الخميس.",
                              "2014-02-01")}
    assert ("withdraw", "مورك", "asserted", "opposition", "2014-01-30") in got
    got = sides("وسيطرت قوات النظام على قرية تل ملح قبل أن تتقدم نحو بلدة الجبين.", "2019-06-10")
    assert ("advance", "الجبين", "government") in got
    got = sides("وانسحب مقاتلو التنظيم من بلدة الراعي باتجاه مدينة الباب، قبل أن تدخلها فصائل المعارضة.",
                "2016-08-20")
    assert ("enter", "الراعي", "opposition") in got and not any(t == "enter" and p == "الباب" for t, p, _ in got)
    # an expectation over the sentence still reaches the second verb
    assert ("advance", "الجبين", "expected") in {(e.type, e.place.name, e.polarity) for e in events_of(
        "ومن المتوقع أن تقصف قوات النظام قرية تل ملح قبل أن تتقدم نحو بلدة الجبين.", "2019-06-10")}
    # with no happening told before it the clause is what has not come yet
    assert not kinds("وتشترط الحكومة ضمانات مكتوبة قبل أن تنشر قواتها في بلدة الجبين.", "2019-06-10")


def test_a_leader_a_strike_targets_names_the_target_not_the_striker():
    """"استهدفت غارة أمريكية زعيم التنظيم": a person's role in the construct with a force (or "قيادياً في X")
    after a targeting verb is who was struck; his group is no agent of the strike (GUIDELINES, actor_side)."""
    got = sides("واستهدفت طائرة مسيرة أمريكية زعيم التنظيم قرب بلدة سرمدا.", "2023-04-10")
    assert ("attack", "سرمدا", "usa") in got and not any(s == "isis" for _, _, s in got)
    got = sides("ونفذت قوة أمريكية عملية إنزال جوي في بلدة أطمة استهدفت أمير التنظيم.", "2022-02-03")
    assert not any(s == "isis" for _, _, s in got)


def test_the_city_is_the_one_in_the_news_not_one_named_in_passing():
    """"المدينة" points at the last city an event took, past a city of an earlier sentence named only in
    passing (where the leavers headed, a member of a list that locates); a city that had an event of its own
    is still the one meant, and with no city in the news the last city named is."""
    text = ("ودخلت فصائل المعارضة مدينة الباب صباح اليوم. وقال قيادي إن عناصر التنظيم انسحبوا صباحاً من قرى مجاورة "
            "متجهين نحو مدينة دير حافر. وأضاف أن الفصائل تنتشر الآن في أحياء المدينة.")
    got = kinds(text, "2017-02-23")
    assert ("deploy", "الباب") in got and ("deploy", "دير حافر") not in got
    text = ("ودخلت فصائل المعارضة مدينة الباب صباح اليوم. وتقدمت الفصائل نحو مدينة دير حافر. "
            "وأضاف أن الفصائل تنتشر الآن في أحياء المدينة.")
    assert ("deploy", "دير حافر") in kinds(text, "2017-02-23")
    text = "وسيطرت قوات النظام على قرية الزارة. وقال ناشطون إن وفدا حكوميا زار مدينة حمص، وإن قوات النظام انتشرت في أحياء المدينة."
    assert ("deploy", "حمص") in kinds(text, "2014-05-02")


def test_a_force_that_underwent_a_strike_and_the_striker_named_after_it():
    """"تعرضت مواقع للجيش لقصف بطائرات مسيرة تابعة لقسد": the force in the subject of تعرض was struck; the force
    named right after the strike noun struck it (GUIDELINES, actor_side: the side that does it)."""
    got = sides("وتعرضت نقاط للجيش السوري قرب بلدة مسكنة لقصف بطائرات مسيرة تابعة لقسد.", "2025-09-14")
    assert ("attack", "مسكنة", "sdf") in got
    got = sides("وتعرضت قوات النظام لهجوم من مقاتلي المعارضة قرب بلدة كفرنبودة.", "2019-05-12")
    assert ("attack", "كفرنبودة", "opposition") in got


def test_an_accusation_told_after_the_strike_names_its_alleged_agent():
    """"تعرضت البلدة لقصف كيماوي اتهمت المعارضة قوات النظام بتنفيذه": an accusation after the strike whose link
    points back at it ("بتنفيذه"، "بالوقوف وراءه") names the alleged agent, not the accuser."""
    got = sides("وتعرضت بلدة اللطامنة لقصف بغاز الكلور اتهم ناشطون قوات النظام بتنفيذه.", "2017-03-30")
    assert ("attack", "اللطامنة", "government") in got
    got = sides("وانفجرت سيارة مفخخة في مدينة أعزاز، واتهمت الفصائل وحدات حماية الشعب بالوقوف وراءها.", "2018-08-01")
    assert ("attack", "أعزاز", "sdf") in got
