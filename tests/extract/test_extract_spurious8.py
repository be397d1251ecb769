"""What whole articles read as events and are not (task spurious8): invented details, our own wording. Each
test has a sentence the construction must leave without the spurious event and one that keeps the event."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events_of(text: str, published: str = "2016-10-03"):
    return analyze(Article(id="sp8", raw=text, published=published)).events


def types(evs) -> set[tuple[str, str]]:
    return {(e.type, e.place.name if e.place else "") for e in evs}


def test_a_campaign_of_strikes_a_place_was_taken_after_is_the_takeovers_manner():
    """"بعد حملة قصف": the campaign noun heads the strike noun, an offensive told as how the place was taken,
    no attack of its own (GUIDELINES "Manner is not an event")."""
    evs = events_of("وسيطرت قوات النظام على بلدة كفرزيتا بعد حملة قصف عنيف استمرت ثلاثة أسابيع.")
    assert types(evs) == {("take_control", "كفرزيتا")}
    evs = events_of("واستعادت الفصائل السيطرة على قرية الحماميات بعد حملة قصف مدفعي على مواقع الجيش.", "2019-06-21")
    assert "attack" not in {e.type for e in evs}


def test_strikes_a_withdrawal_followed_and_strikes_told_alone_stay_events():
    """After a withdrawal the strikes are their own happening (shared train gold); "بعد منتصف الليل" is a time."""
    evs = events_of("وانسحب مسلحو التنظيم من بلدة مسكنة إثر غارات مكثفة شنتها طائرات التحالف الدولي.",
                    "2017-05-14")
    assert ("attack", "مسكنة") in types(evs)
    evs = events_of("وقصفت طائرات حربية بلدة تلبيسة بعد منتصف الليل.", "2013-08-09")
    assert ("attack", "تلبيسة") in types(evs)


def test_an_outskirts_phrase_after_a_place_locates_it():
    """"مطار X على الأطراف الشرقية لمدينة Y": where X lies, no advance at Y; a force standing on the outskirts
    is still an advance."""
    evs = events_of("ووصلت طلائع الجيش إلى مطار كويرس العسكري على الأطراف الشرقية لمدينة الباب.", "2017-09-05")
    assert "advance" not in {e.type for e in evs} and "enter" in {e.type for e in evs}
    evs = events_of("وقال ناشطون إن قوات النظام وصلت إلى قرية الجنابرة على أطراف بلدة اللطامنة.", "2019-04-11")
    assert "advance" not in {e.type for e in evs}
    evs = events_of("وباتت قوات النظام على أطراف بلدة الشيخ مسكين.", "2016-01-30")
    assert ("advance", "الشيخ مسكين") in types(evs)


def test_an_institution_that_speaks_sits_in_its_city_where_nothing_happens():
    """"أعلنت وزارة الداخلية في دمشق القبض على ...": Damascus is the ministry's seat; the arrest is where the
    text puts it. A building of the ministry struck in Damascus is struck there."""
    evs = events_of("وأعلنت وزارة الداخلية في دمشق اليوم القبض على أربعة مطلوبين خلال مداهمة في بلدة الصنمين.",
                    "2026-02-10")
    assert types(evs) == {("other", "الصنمين")}
    evs = events_of("ونفت الحكومة السورية في دمشق أن تكون قد منعت القوافل من دخول مدينة جنديرس.", "2023-02-09")
    assert not any(e.place and e.place.name == "دمشق" for e in evs)
    evs = events_of("وتظاهر العشرات أمام وزارة الخارجية في دمشق للمطالبة بالإفراج عن المعتقلين.", "2025-05-04")
    assert ("protest", "دمشق") in types(evs)


def test_the_wounded_cared_for_or_spared_are_no_toll():
    """"عاجزة عن استقبال الجرحى"، "حفاظاً على أرواح المدنيين والجرحى": people, uncounted, no casualties."""
    evs = events_of("وقال طبيب إن مستشفيات مدينة دوما عاجزة عن استقبال الجرحى بسبب نقص الأدوية.", "2013-04-20")
    assert not evs
    evs = events_of("وقال قائد ميداني إن مقاتلي المعارضة انسحبوا من بلدة الضبعة حفاظاً على أرواح المدنيين والجرحى.")
    assert {e.type for e in evs} == {"withdraw"}
    evs = events_of("واستقبل مستشفى مدينة الباب عشرين جريحاً بعد القصف على أحياء المدينة.")
    assert "casualties" in {e.type for e in evs}


def test_a_battle_told_before_sets_a_later_sentence_and_is_no_new_clash():
    """"وأضاف ... أن ثمانية قتلوا خلال المعارك": the fighting the takeover sentence told, no clash at a borrowed
    place; "خلال الاشتباكات في حي X" names its own place and stays a clash."""
    evs = events_of("سيطرت الفصائل على مدينة جسر الشغور بعد ثلاثة أيام من المعارك.\n"
                    "وأضاف المصدر أن عشرين من المقاتلين قتلوا خلال المعارك.", "2015-04-25")
    assert "attack" not in {e.type for e in evs} and ("take_control", "جسر الشغور") in types(evs)
    evs = events_of("ووصلت مئات العائلات إلى بلدة إزرع. وقالت امرأة إنها فقدت ابنها في المعارك.", "2025-07-24")
    assert "attack" not in {e.type for e in evs}
    evs = events_of("وقتل ثلاثة مدنيين خلال الاشتباكات في حي جوبر.")
    assert ("attack", "جوبر") in types(evs)


def test_the_place_a_cut_separates_from_only_locates():
    """"ففصلت دوما عن حرستا"، "عزل بلدة X عن مدينة Y": Y is the other side of the cut, no event there."""
    evs = events_of("وسيطرت قوات النظام على بلدة مسرابا، ففصلت دوما عن حرستا.", "2018-03-12")
    assert types(evs) == {("take_control", "مسرابا")}
    evs = events_of("وتمكن الجيش من عزل بلدة داريا عن مدينة المعضمية.", "2016-08-20")
    assert ("advance", "داريا") in types(evs) and not any(e.place and e.place.name == "المعضمية" for e in evs)


def test_a_denial_after_a_cause_answers_the_cause_not_the_happening_before_it():
    """"بدأت الاشتباكات في X إثر انتشار تسجيل نسب إلى شيخ، وهو ما نفاه الشيخ": the attribution is denied,
    the clashes stay told; right after the claim the denial denies it."""
    evs = events_of("وكانت الاشتباكات قد بدأت أمس في جرمانا إثر انتشار تسجيل صوتي نسب إلى أحد المشايخ، "
                    "وهو ما نفاه الشيخ المعني.", "2025-04-30")
    assert {(e.type, e.polarity) for e in evs} == {("attack", "asserted")}
    evs = events_of("وقالت مصادر محلية إن قوات النظام انسحبت من بلدة معردس، وهو ما نفاه الجيش.", "2017-03-22")
    assert {e.polarity for e in evs if e.type == "withdraw"} == {"asserted", "denied"}
