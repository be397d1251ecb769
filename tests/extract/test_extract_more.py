"""More extractor cases in the language of other years and outlets (written for these tests)."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events_of(text: str, published: str = "2017-03-02"):
    art = analyze(Article(id="m", raw=text, published=published))
    return art.events


def find(evs, etype, place_part, polarity="asserted"):
    return [e for e in evs if e.type == etype and e.polarity == polarity
            and place_part.lower() in (e.place.name_en or "").lower()]


def test_government_regains_a_city():
    evs = events_of("استعادت قوات النظام السيطرة على مدينة تدمر بعد انسحاب عناصر تنظيم الدولة منها.")
    tc = find(evs, "take_control", "Palmyra")
    assert tc and tc[0].actor.side == "government"


def test_car_bomb_with_casualties():
    evs = events_of("انفجرت سيارة مفخخة في مدينة أعزاز شمال حلب ما أدى إلى مقتل خمسة مدنيين.")
    assert find(evs, "attack", "Azaz")
    cas = find(evs, "casualties", "Azaz")
    assert cas and cas[0].quantity == "5"


def test_barrel_bombs():
    evs = events_of("ألقت مروحيات النظام براميل متفجرة على مدينة داريا في الغوطة الغربية.")
    att = find(evs, "attack", "Dar")
    assert att and att[0].actor.side == "government"
    assert not find(evs, "attack", "Ghouta")


def test_repelled_attack_is_one_attack():
    evs = events_of("وتصدت الفصائل لهجوم شنته قوات النظام على بلدة اللطامنة في ريف حماة الشمالي.")
    assert len([e for e in evs if e.type == "attack"]) == 1
    assert find(evs, "attack", "Lata")


def test_denial_without_a_denying_verb():
    evs = events_of("وقال مصدر عسكري إنه لا صحة للأنباء عن انسحاب الجيش من مدينة دير الزور.")
    assert find(evs, "withdraw", "Deir", polarity="denied")
    assert not find(evs, "withdraw", "Deir")


def test_news_spreading_is_not_a_deployment():
    evs = events_of("وتشهد مدينة حلب انتشاراً واسعاً لشائعات عن انسحاب وشيك.")
    assert not [e for e in evs if e.type == "deploy"]


def test_date_set_off_by_commas_keeps_the_place_in_scope():
    evs = events_of("دخلت قوة من الجيش التركي، صباح اليوم الخميس، بلدة جرابلس على الحدود.")
    ent = find(evs, "enter", "Jarabulus")
    assert ent and ent[0].actor.side == "turkey"
    assert ent[0].date.value == "2017-03-02"


def test_counted_villages_in_a_countryside_are_not_the_countryside():
    evs = events_of("سيطرت القوات الحكومية على 12 قرية في ريف حلب الجنوبي، أبرزها الحاضر والعيس.")
    assert not find(evs, "take_control", "countryside")
    assert find(evs, "take_control", "Hadher") or find(evs, "take_control", "Hader") or find(evs, "take_control", "Hadir")


def test_strike_nationality_names_the_side_of_what_it_hit():
    evs = events_of("وقال مراقبون إن 9 مدنيين قتلوا جراء غارات روسية استهدفت بلدة كفرنبل.")
    att = find(evs, "attack", "Kafr")
    assert att and att[0].actor.side == "russia"
    cas = find(evs, "casualties", "Kafr")
    assert cas and cas[0].actor.side == "russia" and cas[0].quantity == "9"


def test_fighters_and_families_leaving_under_a_deal():
    # GUIDELINES, hard cases: the fighters withdraw from where they leave; their families are displaced
    # from there to the named destination
    evs = events_of("وخرجت الدفعة الأولى من المقاتلين وعائلاتهم من بلدة مضايا باتجاه مدينة إدلب.")
    assert find(evs, "withdraw", "Mad") and find(evs, "displacement", "Mad")
    assert find(evs, "displacement", "Idlib") and not find(evs, "withdraw", "Idlib")
    assert not find(evs, "evacuation", "Mad")


def test_opinions_calls_and_threats_are_not_events():
    for text in ("ويرى محللون أن سيطرة الفصائل على مدينة حلب ستغير موازين القوى.",
                 "وطالبت المنظمات الإنسانية بفتح ممرات آمنة لإجلاء المدنيين من مدينة دوما.",
                 "وهددت أنقرة بشن عملية عسكرية جديدة في مدينة تل رفعت."):
        assert [e for e in events_of(text) if e.type != "other"] == [], text


def test_failed_entry_is_denied():
    evs = events_of("ولم تتمكن القوات الحكومية من دخول بلدة اللطامنة رغم القصف المكثف.")
    assert find(evs, "enter", "Lata", polarity="denied")
    assert not find(evs, "enter", "Lata")


def test_a_past_year_dates_the_event():
    evs = events_of("وكانت قوات النظام قد سيطرت على مدينة حلب بالكامل في عام 2016.")
    tc = find(evs, "take_control", "Aleppo")
    assert tc and tc[0].date.value.startswith("2016") and tc[0].date.precision == "year"


def test_reinforcements_reaching_a_town_are_a_deployment_of_their_owner():
    evs = events_of("ووصلت تعزيزات عسكرية كبيرة لقوات النظام إلى مدينة مورك في ريف حماة الشمالي.")
    dep = find(evs, "deploy", "Morek")
    assert dep and dep[0].actor.side == "government"
    assert not find(evs, "enter", "Morek")


def test_fell_back_explosion_death_execution_strike_action():
    assert find(events_of("وتراجعت الفصائل من مواقعها في بلدة كفرزيتا."), "withdraw", "Kafr Zita")
    evs = events_of("وانفجرت عبوة ناسفة في سوق مدينة الباب ما أدى إلى مقتل ثلاثة أشخاص.")
    assert find(evs, "attack", "Bab") and find(evs, "casualties", "Bab")
    assert find(events_of("ولقي خمسة مدنيين حتفهم جراء قصف مدفعي على بلدة معرشورين."), "casualties", "")
    ex = find(events_of("وأعدم تنظيم الدولة عشرة أشخاص في مدينة الميادين."), "attack", "Mayadin")
    assert ex and ex[0].actor.side == "isis"
    assert find(events_of("ونفذ أهالي مدينة السويداء إضراباً عاماً احتجاجاً على الغلاء."), "protest", "Suwayda")


def test_strikes_on_unnamed_districts_of_a_city_are_at_the_city():
    evs = events_of("وقتل 17 مدنيا على الأقل في غارات لطائرات التحالف الدولي على أحياء في مدينة الرقة.")
    att = find(evs, "attack", "Raqq")
    assert att and att[0].actor.side == "usa"
    assert find(evs, "casualties", "Raqq")


def test_destroyed_is_a_strike_but_palmyra_is_a_place():
    evs = events_of("وأعلنت وزارة الدفاع الروسية أن قاذفاتها دمرت مواقع للتنظيم قرب مدينة تدمر.")
    att = find(evs, "attack", "Palmyra")
    assert att and att[0].actor.side == "russia"


def test_heading_for_a_city_is_an_advance_and_where_people_came_from_is_not_entered():
    assert find(events_of("وتوجهت أرتال الفصائل إلى مدينة حماة صباح اليوم."), "advance", "Hama")
    evs = events_of("وقالت إحدى الساكنات إن آلاف الأشخاص بدأوا يصلون إلى مدينة طرطوس من حلب.")
    assert not find(evs, "enter", "Aleppo")


def test_keeping_control_is_a_status():
    evs = events_of("وكان من الممكن أن تبقي الحكومة سيطرتها على مدينة حلب لولا الانهيار السريع.")
    assert not [e for e in evs if e.type == "take_control"]


def test_the_city_after_a_facility_named_after_it():
    evs = events_of("وقصفت الطائرات جسر الرستن، ثم شنت غارات على المدينة.")
    assert find(evs, "attack", "Rastan")


def test_a_road_through_a_town_is_described_not_taken():
    evs = events_of("وسيطرت الفصائل على مدينة سراقب التي يمر فيها طريق M5 الدولي.")
    assert find(evs, "take_control", "Saraqib")
    assert not find(evs, "take_control", "M5")


def test_a_vague_countryside_gives_way_to_its_named_part():
    evs = events_of("وبدأت الفصائل معركة ضد قوات النظام في ريف حلب.\n"
                    "ودارت اشتباكات عنيفة في ريف حلب الغربي وريف حلب الجنوبي.")
    places = sorted(e.place.name_en for e in evs if e.type == "attack")
    assert places == ["Southern Aleppo countryside", "Western Aleppo countryside"]


def test_status_of_confined_or_contrasted_control_gives_no_event() -> None:
    """"تنحصر سيطرته على X" and "في حين تسيطر Y على X" say who holds what (GUIDELINES: status)."""
    from tawatur.model import Article
    from tawatur.pipeline import analyze
    for text in ("خسر التنظيم بلدات كثيرة وتنحصر سيطرته اليوم على مدن الرقة والطبقة ومسكنة.",
                 "قال المصدر إن الجيش تقدم في الريف الجنوبي في حين تسيطر الوحدات الكردية على مدينة القامشلي."):
        evs = analyze(Article(id="t", raw=text, published="2019-10-13")).events
        assert not [e for e in evs if e.type == "take_control"], text


def test_an_aim_described_before_a_takeover_is_no_takeover() -> None:
    from tawatur.model import Article
    from tawatur.pipeline import analyze
    text = "بدأت الحافلات بالخروج من المنطقة المحاصرة منذ الحملة العسكرية الهادفة لاستعادة السيطرة عليها."
    evs = analyze(Article(id="t", raw=text, published="2018-03-22")).events
    assert not [e for e in evs if e.type == "take_control"]


def test_a_bearing_from_a_city_only_locates() -> None:
    """"X إلى الشمال من مدينة حماة": Hama says where X lies; the takeover is at X only."""
    from tawatur.model import Article
    from tawatur.pipeline import analyze
    text = "سيطرت قوات النظام على بلدة معردس إلى الشمال من مدينة حماة."
    evs = analyze(Article(id="t", raw=text, published="2019-10-13")).events
    assert [(e.type, e.place.name) for e in evs] == [("take_control", "معردس")]
