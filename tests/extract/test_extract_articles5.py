"""Constructions met in whole articles of our own (issue 12, task articles5: bench/articles): sentences written
for these tests, with invented details. Types and polarity as eval/GUIDELINES.md sets them."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events_of(text: str, published: str = "2024-11-29"):
    return analyze(Article(id="art5", raw=text, published=published)).events


def _seen(text: str, published: str = "2024-11-29") -> set[tuple[str, str, str]]:
    return {(e.type, e.polarity, e.place.name) for e in events_of(text, published) if e.place}


def test_a_denying_source_that_goes_on_to_report_asserts_what_it_reports():
    """"نفت الوزارة X، وقالت في بيان إن قواتها استعادت Y": the denial covers its own clause; after a new
    report verb of the same source ("وقالت"، "وأكدت") what it says happened is asserted."""
    got = _seen("ونفت وزارة الدفاع دخول المسلحين إلى مدينة حماة، وقالت في بيان إن قواتها استعادت السيطرة "
                "على بلدة صوران.")
    assert ("enter", "denied", "حماة") in got
    assert ("take_control", "asserted", "صوران") in got
    # no report verb between them: the denial still reaches a second object of the same verb
    got = _seen("نفى مصدر عسكري انسحاب القوات من مدينة مورك وبلدة اللطامنة.")
    assert {("withdraw", "denied", "مورك"), ("withdraw", "denied", "اللطامنة")} <= got


def test_a_likelihood_about_who_struck_is_no_expectation():
    """"غارات يرجح أنها روسية استهدفت X": "يرجح" hedges whose strike it was (a pronoun and a nationality
    adjective after it), not whether the strike and its toll happened; "يرجح أن تستهدف" is still expected."""
    got = _seen("وأفاد ناشطون بأن غارات جوية يرجح أنها روسية استهدفت بلدة كفرنبل، ما أدى إلى مقتل أربعة "
                "مدنيين.", "2019-05-10")
    assert {("attack", "asserted", "كفرنبل"), ("casualties", "asserted", "كفرنبل")} <= got
    got = _seen("ويرجح مراقبون أن تستهدف الطائرات بلدة كفرنبل خلال الأيام المقبلة.", "2019-05-10")
    assert ("attack", "asserted", "كفرنبل") not in got


def test_shells_told_before_their_fall_are_a_strike():
    """"قذائف سقطت على حي X": the projectile first, then its fall: a strike on X, not X falling to a force."""
    got = _seen("وقال الدفاع المدني إن قذائف سقطت على حي الميدان وأدت إلى إصابة ثلاثة مدنيين.", "2026-01-08")
    assert ("attack", "asserted", "حي الميدان") in got
    assert not any(t == "take_control" for t, _, _ in got)
    got = _seen("وأفاد سكان بأن قذيفتين سقطتا قرب مدرسة في بلدة تلبيسة صباح اليوم.", "2013-03-02")
    assert any(t == "attack" and "تلبيسة" in p for t, _, p in got)


def test_gunfire_into_the_air_in_celebration_is_no_strike():
    """"سمعوا إطلاق نار كثيفاً في الهواء ابتهاجاً": shots of joy strike no place; shots at a checkpoint do."""
    assert not events_of("وقال سكان في حي الشعار إنهم سمعوا إطلاق نار كثيف في الهواء ابتهاجا بالخبر.")
    got = _seen("أطلق مسلحون النار على حاجز تابع للأمن العام في مدينة الصنمين.", "2025-02-01")
    assert any(t == "attack" for t, _, _ in got)


def test_the_press_entering_is_no_force_entering():
    """"لم تتمكن الصحافة من دخول المدينة": journalists are no force; their entry (or not) is no event."""
    assert not events_of("ولم يتمكن الصحفيون الأجانب من دخول مدينة تدمر منذ أسابيع.", "2016-03-20")
    got = _seen("ودخلت قوات النظام مدينة تدمر صباح اليوم.", "2016-03-27")
    assert ("enter", "asserted", "تدمر") in got


def test_a_withdrawal_told_only_by_where_it_went_takes_no_place_from_the_last_sentence():
    """"وأشار المرصد إلى أن عناصر التنظيم انسحبوا باتجاه X": the withdrawal names its destination only, so the
    previous sentence's place does not become where they left (GUIDELINES: withdrawals name where they
    leave); "انسحبوا منها باتجاه X" names it by a back-reference, and a bare "انسحبوا" still continues."""
    text = "وقال الجيش إن قواته تتقدم نحو بلدة مهين. وأضاف المرصد أن عناصر التنظيم انسحبوا باتجاه بلدة السخنة."
    assert not any(e.type == "withdraw" for e in events_of(text, "2016-03-27"))
    text = "سيطر الجيش على بلدة مهين. وأضاف المصدر أن المسلحين انسحبوا منها باتجاه القريتين."
    assert ("withdraw", "asserted", "مهين") in _seen(text, "2016-03-27")


def test_the_capital_points_at_the_capital_named_before():
    """"غادر الرئيس العاصمة" after "العاصمة دمشق": the back-reference is Damascus, not the city the previous
    sentence named; with no capital named before, no other city stands in for it."""
    text = ("ودخل المقاتلون إلى العاصمة دمشق فجر اليوم. وكانوا قد سيطروا أمس على مدينة حماة. وقال ضابطان "
            "إن كبار المسؤولين غادروا العاصمة على متن طائرة.")
    got = _seen(text, "2024-12-08")
    assert ("evacuation", "asserted", "دمشق") in got
    assert ("evacuation", "asserted", "حماة") not in got
    got = _seen("سيطر المقاتلون على مدينة حماة. وقال ضابطان إن كبار المسؤولين غادروا العاصمة.", "2024-12-06")
    assert not any(t == "evacuation" and p == "حماة" for t, _, p in got)


def test_a_toll_goes_on_with_where_part_of_it_fell():
    """"مقتل 60 شخصاً في أنحاء البلاد، بينهم 14 في بلدة X": after the comma "بينهم"/"منهم" carries the toll on
    to the places of a part of it; a part named without a place ("بينهم أطفال") adds none."""
    got = _seen("ووثق ناشطون مقتل 60 شخصا في أنحاء البلاد أمس، بينهم 14 في بلدة كفرزيتا.", "2013-05-02")
    assert ("casualties", "asserted", "كفرزيتا") in got
    got = _seen("قتل 25 شخصا في سوريا اليوم، منهم تسعة في حيي جوبر والقابون بدمشق.", "2013-05-02")
    assert {("casualties", "asserted", "جوبر"), ("casualties", "asserted", "القابون")} <= got
    got = _seen("قتل 12 شخصا في مدينة حمص اليوم، بينهم أطفال ونساء.", "2013-05-02")
    assert {p for t, _, p in got if t == "casualties"} == {"حمص"}


def test_a_section_of_a_city_told_with_the_genitive_lam_only_locates():
    """"دخلت الفصائل حي X في الطرف الغربي لمدينة حلب": the section noun, its direction and a genitive ل name
    the city only to say where X lies (as "في القسم الغربي من مدينة حلب" does); the entry is at X."""
    for text in ("دخلت الفصائل مساء اليوم حي الحمدانية في الطرف الغربي لمدينة حلب.",
                 "دخلت الفصائل مساء اليوم حي الحمدانية في القسم الغربي من مدينة حلب."):
        got = {(t, p) for t, _, p in _seen(text)}
        assert ("enter", "الحمدانية") in got
        assert ("enter", "حلب") not in got


def test_its_quarters_in_the_accusative_point_back_at_the_town():
    """"دخلت الفصائل أحياءها الغربية"، "يقصف أحياءها": the accusative spelling of "its quarters" is a
    back-reference to the town just named, as "أحيائها" is."""
    text = "اشتدت المعارك في مدينة رأس العين اليوم. وأفاد المرصد بأن الفصائل دخلت أحياءها الغربية."
    assert ("enter", "asserted", "رأس العين") in _seen(text, "2019-10-13")


def test_a_fear_of_fighting_reaching_a_place_is_no_event():
    """"يتحدث السكان عن خوف من وصول المعارك إلى وسط المدينة": what people fear has not happened (as with
    "مخاوف من"); the fighting that is told is still read."""
    text = "اندلعت اشتباكات في حي جوبر اليوم، وسط خوف متزايد من وصول المعارك إلى وسط مدينة دمشق."
    got = _seen(text, "2012-07-20")
    assert ("attack", "asserted", "جوبر") in got
    assert not any(p == "دمشق" for _, _, p in got)


def test_reinforcements_told_before_their_arrival_are_deployed_there():
    """"وأضافت أن تعزيزات عسكرية وصلت صباح اليوم إلى مدينة X": reinforcements named before the verb that
    brings them deploy at X (as "وصلت تعزيزات إلى X" does); it is no entry, and no place of the previous
    sentence."""
    text = ("وقالت الوزارة إن دورية تعرضت لكمين قرب قرية الدالية. وأضافت أن تعزيزات عسكرية وصلت صباح اليوم "
            "إلى مدينة بانياس.")
    got = _seen(text, "2025-03-07")
    assert ("deploy", "asserted", "بانياس") in got
    assert ("enter", "asserted", "بانياس") not in got
    assert not any(t == "deploy" and p == "الدالية" for t, _, p in got)


def test_the_participle_of_denial_denies_what_follows_it():
    """"وقال المصدر إن الجيش سيطر على X، نافياً أنباء عن انسحابه من Y": the circumstantial participle of نفى
    denies what follows it, as the verb does; what comes before it stays asserted."""
    got = _seen("وقال المصدر إن الجيش سيطر على بلدة الهبيط، نافيا أنباء عن انسحابه من بلدة كفرنبودة.", "2019-05-20")
    assert ("take_control", "asserted", "الهبيط") in got
    assert ("withdraw", "denied", "كفرنبودة") in got


def test_a_military_campaign_on_a_place_is_fought_there():
    """"بدأت القوات في حزيران حملة عسكرية واسعة على ريف X": a military or air campaign on a place is an attack
    there, whatever verb opens it; a security sweep ("حملة أمنية") stays what it was, and one only prepared
    for is expected."""
    got = _seen("وكانت القوات قد بدأت في حزيران الماضي حملة عسكرية واسعة على ريف درعا الشرقي.", "2018-07-06")
    assert ("attack", "asserted", "ريف درعا الشرقي") in got
    got = _seen("وتستعد القوات لحملة عسكرية على مدينة درعا.", "2018-07-06")
    assert ("attack", "asserted", "درعا") not in got
    got = _seen("ونفذت قوات الأمن العام حملة أمنية في مدينة جبلة.", "2025-03-10")
    assert not any(t == "attack" for t, _, _ in got)


def test_on_it_points_back_at_the_facility_taken():
    """"هاجم المسلحون سجن X، قبل أن تعلن قسد استعادة السيطرة عليه": the masculine "عليه" points back at the
    place just named, as "عليها" does for a feminine one."""
    got = _seen("هاجم مسلحو التنظيم سجن غويران في مدينة الحسكة، قبل أن تعلن قسد استعادة السيطرة عليه.", "2022-01-30")
    assert any(t == "take_control" and "غويران" in p for t, _, p in got)
