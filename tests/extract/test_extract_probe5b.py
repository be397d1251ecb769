"""Constructions met in Syrian news of December 2024 to November 2026 (issue 12, task probe5b): sentences
written for these tests, with invented details. Types and sides as eval/GUIDELINES.md sets them."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events_of(text: str, published: str = "2025-06-01"):
    return analyze(Article(id="pr5b", raw=text, published=published)).events


def kinds(text: str, published: str = "2025-06-01") -> set[tuple[str, str]]:
    return {(e.type, e.place.name if e.place else "") for e in events_of(text, published)}


def test_a_move_carried_out_under_a_deal_gives_no_deal_event():
    """"تنفيذاً للاتفاق"، "تطبيقاً للتسوية" say how a move came about, as "بموجب اتفاق" does (GUIDELINES,
    Manner is not an event): the withdrawal is the event, the deal adds none."""
    got = kinds("وأخلت قوات قسد مواقعها في حي الشيخ مقصود تنفيذا للاتفاق مع الحكومة.")
    assert ("withdraw", "الشيخ مقصود") in got
    assert not any(t == "other" for t, _ in got)
    got = kinds("ودخلت قوات الأمن العام بلدة الكرك الشرقي تطبيقا للتسوية الأخيرة.")
    assert ("enter", "الكرك الشرقي") in got
    assert not any(t == "other" for t, _ in got)
    # a deal told with its terms is still the deal
    got = kinds("وأعلنت الحكومة اتفاقا في مدينة السويداء يقضي بانسحاب الفصائل من مداخلها.")
    assert any(t == "other" for t, _ in got)


def test_the_force_after_a_transitive_evacuation_verb_is_its_agent():
    """"أجلت السلطات العائلات من X إلى Y": verb first, the force right after أجلى is who moves the people named
    after it, not who leaves: civilians moved are displacement at origin and destination, and no withdrawal
    (GUIDELINES, Who leaves). Soldiers moved out are still a withdrawal."""
    got = kinds("وأجلت السلطات نحو مئتي عائلة من حي المقوس إلى مدينة إزرع.", "2025-07-19")
    assert {("displacement", "إزرع")} <= got
    assert not any(t == "withdraw" for t, _ in got)
    got = kinds("وأجلت القوات الروسية جنودها من مطار القامشلي.", "2024-12-12")
    assert ("withdraw", "مطار القامشلي") in got


def test_sites_with_an_adjective_in_a_countryside_are_struck_there():
    """"قصفت إسرائيل مواقع عسكرية في ريف X": the countryside that locates the sites struck is where the strike
    fell, with a nisba adjective or two on the sites as without one."""
    got = kinds("وقصف الطيران الإسرائيلي مواقع عسكرية في ريف القنيطرة فجر اليوم.", "2025-04-10")
    assert ("attack", "ريف القنيطرة") in got
    got = kinds("واستهدفت المسيرات مواقع عسكرية وأمنية في ريف الحسكة.", "2025-04-10")
    assert ("attack", "ريف الحسكة") in got


def test_a_place_the_sdf_hands_over_after_the_fall_goes_to_the_government():
    """After 8 Dec 2024 a place the SDF hands over or loses with no taker named is taken by the government
    (the incumbent; GUIDELINES, Sides over time), not by the SDF's old adversary, ISIS."""
    evs = events_of("وسلمت قسد حقل كونيكو للغاز صباح اليوم.", "2026-01-20")
    assert {(e.type, e.actor.side) for e in evs} == {("take_control", "government")}
    evs = events_of("وخرجت مدينة الشدادي عن سيطرة قسد.", "2026-01-20")
    assert ("take_control", "government") in {(e.type, e.actor.side) for e in evs}


def test_the_displaced_and_returnees_arriving_are_displacement():
    """"وصل النازحون/العائدون من X إلى Y": who arrives decides the type (GUIDELINES, Who leaves): the displaced
    and returnees in the nominative or the oblique are civilians, so displacement at origin and destination,
    not an entry."""
    got = kinds("ووصل النازحون من مدينة شهبا إلى مدينة جرمانا مساء أمس.", "2025-07-20")
    assert {("displacement", "شهبا"), ("displacement", "جرمانا")} <= got
    assert not any(t == "enter" for t, _ in got)
    got = kinds("ووصلت قافلة من العائدين إلى مدينة حمص.", "2025-03-03")
    assert ("displacement", "حمص") in got


def test_the_active_verb_of_wounding_is_a_toll_of_people():
    """"فأصابت ثلاثة منهم"، "أصاب القصف خمسة مدنيين": the active verb أصاب wounds the people or the number it
    takes as object; damage that "hit" a spring or a station is no toll."""
    got = kinds("وأطلقت دورية إسرائيلية النار على رعاة قرب بلدة الرفيد فأصابت اثنين منهم.", "2025-05-05")
    assert ("casualties", "الرفيد") in got
    got = kinds("وأصاب القصف خمسة مدنيين في بلدة طفس.", "2025-05-05")
    assert ("casualties", "طفس") in got
    got = kinds("وخلف القصف أضرارا أصابت محطة الكهرباء في بلدة طفس.", "2025-05-05")
    assert not any(t == "casualties" for t, _ in got)


def test_opening_fire_is_an_attack():
    """"فتحت دورية النار على رعاة قرب X"، "فتح العناصر نيرانهم": opening fire is a strike, as أطلق النار is;
    opening a crossing is still an opening."""
    got = kinds("وفتحت دورية إسرائيلية النار على رعاة قرب بلدة الرفيد فأصابت اثنين منهم.", "2025-05-05")
    assert {("attack", "الرفيد"), ("casualties", "الرفيد")} <= got
    assert ("attack", "israel") in {(e.type, e.actor.side) for e in events_of(
        "وفتحت قوة إسرائيلية نيرانها على سيارة في بلدة الرفيد.", "2025-05-05")}
    assert not any(t == "attack" for t, _ in kinds("وفتحت السلطات معبر نصيب أمام الشاحنات.", "2025-05-05"))


def test_a_clash_after_baad_at_a_place_of_its_own_is_told_there():
    """"قصفت إسرائيل دمشق بعد اشتباكات في صحنايا": a clash after بعد with في and a new place is a clash at that
    place with no agent named (unknown), not the strike's place nor its side; a clash at the place just
    taken stays its manner (GUIDELINES, Manner is not an event)."""
    evs = events_of("وقصفت الطائرات الإسرائيلية موقعا قرب دمشق بعد اشتباكات في بلدة صحنايا.", "2025-05-01")
    got = {(e.type, e.place.name, e.actor.side) for e in evs}
    assert ("attack", "صحنايا", "unknown") in got
    assert ("attack", "صحنايا", "israel") not in got
    evs = events_of("وانتشرت قوات الأمن العام في مدينة جرمانا بعد مواجهات في بلدة صحنايا.", "2025-05-01")
    assert ("deploy", "صحنايا") not in {(e.type, e.place.name) for e in evs}
    assert kinds("وسيطرت الفصائل على بلدة الحراك بعد معارك في البلدة.", "2018-06-25") == {("take_control", "الحراك")}


def test_a_dual_object_of_an_active_killing_names_its_subject_the_killer():
    """"قتلت قوات حرس الحدود التركية شابين": a dual of people (شابين، عنصرين) is the object of an active
    killing as a plural or a count is, so the force before it inflicted the toll."""
    evs = events_of("وقتلت قوات حرس الحدود التركية شابين قرب بلدة دركوش.", "2025-09-22")
    assert ("casualties", "turkey") in {(e.type, e.actor.side) for e in evs}
    evs = events_of("وقتل الجيش الإسرائيلي عنصرين قرب بلدة كويا.", "2025-03-25")
    assert ("casualties", "israel") in {(e.type, e.actor.side) for e in evs}


def test_the_home_capital_joined_to_a_force_is_a_party():
    """"الاتفاق بين دمشق وقسد"، "توصلت دمشق وقسد إلى اتفاق": Damascus joined by و to a force, with no
    preposition of its own, stands for the government, a party to the deal, not the place of an event;
    Damascus struck or joined to another place stays a place."""
    assert not events_of("وقال مسؤول إن الاتفاق بين دمشق وقسد يسير ببطء.", "2025-09-01")
    got = kinds("وتوصلت دمشق وقسد إلى اتفاق لوقف إطلاق النار في مدينة الطبقة.", "2025-09-01")
    assert ("other", "الطبقة") in got and not any(p == "دمشق" for _, p in got)
    assert ("attack", "دمشق") in kinds("وقصفت الطائرات الإسرائيلية دمشق وحمص.", "2025-07-16")


def test_a_unit_right_after_its_members_is_the_force_not_its_base():
    """"فر عناصر الفرقة الرابعة باتجاه الحدود": a unit in the construct after a members noun is who moves, as
    after "عناصر من"; its headquarters named as such is still a place."""
    got = kinds("وفر العشرات من عناصر الفرقة الرابعة باتجاه الحدود اللبنانية.", "2024-12-09")
    assert not any(p == "الفرقة الرابعة" for _, p in got)
    assert ("take_control", "الفرقة الرابعة") in kinds("وسيطرت الفصائل على مقر الفرقة الرابعة.", "2024-12-08")


def test_a_raid_after_khilal_is_how_an_arrest_was_made():
    """"ألقت القوات القبض على X خلال مداهمة في حي Y": the raid is the arrest's manner, so the arrest is at Y and
    keeps its agent (government after the fall), instead of an arrest with no place and a raid with none."""
    evs = events_of("وألقت إدارة الأمن العام القبض على ضابط سابق خلال مداهمة في حي الورود.", "2025-02-16")
    assert {(e.type, e.actor.side) for e in evs} == {("other", "government")}


def test_an_accusation_describing_a_person_tells_no_event():
    """"ضابطاً متهماً بقصف بلدة X"، "عميد متهم بارتكاب جرائم في سجن X خلال مداهمة في حي Y": what a person is
    accused of is a charge, not a happening now: its trigger gives no event, and its place is not the arrest's
    when the sentence names another; with no other place named it is still the best word of where."""
    got = kinds("واعتقلت قوى الأمن في مدينة حماة ضابطا متهما بقصف بلدة كفرزيتا.", "2025-03-22")
    assert got == {("other", "حماة")}
    got = kinds("وألقت قوى الأمن القبض على عميد متهم بارتكاب جرائم في سجن صيدنايا خلال مداهمة في حي الورود.",
                "2025-03-22")
    assert not any("صيدنايا" in p for _, p in got)
    got = kinds("واعتقلت قوى الأمن ضابطا متهما بارتكاب جرائم في بلدة عقربا.", "2025-03-22")
    assert ("other", "عقربا") in got


def test_a_patrol_right_after_a_raid_verb_is_who_raids():
    """"داهمت دورية من الأمن العام منزلاً في X": the patrol is the raid's subject, no deployment of its own (as
    after a verb of moving); a patrol told as such is still one."""
    got = kinds("وداهمت دورية من الأمن العام منزلا في بلدة نوى واعتقلت مطلوبا.", "2025-09-14")
    assert got == {("other", "نوى")}
    assert ("deploy", "نوى") in kinds("وسيرت قوات الأمن العام دورية في بلدة نوى.", "2025-09-14")


def test_unnamed_villages_by_a_bearing_give_no_event():
    """"سيطرت العشائر على عدة قرى شرقي دير الزور": villages not named, in the countryside a bearing reads
    ("شرقي X" = ريف X الشرقي), give no event (GUIDELINES: a place the sentence does not name), as "عدة قرى في
    ريف X" gives none; a named village located so is its own event."""
    assert not events_of("وسيطر مقاتلو العشائر على عدة قرى شرقي دير الزور.", "2026-01-22")
    got = kinds("وسيطر مقاتلو العشائر على بلدة الشحيل شرقي دير الزور.", "2026-01-22")
    assert ("take_control", "الشحيل") in got


def test_attacks_a_force_is_sent_to_contain_are_its_goal():
    """"أرسلت الوزارة تعزيزات إلى X لاحتواء الهجمات"، "لصد أي هجوم": the attacks after a purpose verbal noun of
    countering are what the move aims at, not a strike told there; the reinforcement is the event."""
    got = kinds("ودفعت وزارة الدفاع بتعزيزات إلى مدينة طرطوس لاحتواء الهجمات.", "2025-03-08")
    assert ("deploy", "طرطوس") in got and not any(t == "attack" for t, _ in got)
    got = kinds("ونشر الجيش وحدات في بلدة القصير للتصدي لهجمات المهربين.", "2025-02-08")
    assert not any(t == "attack" for t, _ in got)


def test_returnees_named_from_a_place_to_another_are_a_return():
    """"وصلت أول دفعة من العائدين من مخيم X إلى مدينة Y": the returnees noun names a return of civilians, so
    displacement at the origin and the destination (GUIDELINES, Destinations count), whatever verb carries it."""
    got = kinds("ووصلت الدفعة الثانية من العائدين من مخيم الهول إلى مدينة الميادين.", "2025-06-15")
    assert {("displacement", "الميادين")} <= got
    assert not any(t == "enter" for t, _ in got)
