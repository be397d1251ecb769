"""Sides read from the story and the sentence, not from a fixed table (issue 12, GUIDELINES "Sides"):
sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events_of(text: str, published: str) -> list:
    return analyze(Article(id="s", raw=text, published=published)).events


def sides(evs, etype: str, place: str) -> set[str]:
    return {e.actor.side for e in evs if e.type == etype and e.place.name == place}


def test_an_expeller_left_unnamed_is_the_force_of_the_story():
    """"وطرد عناصر داعش منها" after the army stormed the town: the army expels, not the SDF that a fixed
    table makes the enemy of the Islamic State."""
    evs = events_of("وتمكنت وحدات الجيش السوري أمس من اقتحام بلدة السخنة والتقدم في أحيائها "
                    "وطرد عناصر داعش منها.", "2017-08-07")
    assert sides(evs, "take_control", "السخنة") == {"government"}


def test_the_first_force_after_an_expelling_verb_is_its_subject():
    """VSO: "طردت الفصائل عناصر التنظيم من X": the factions expel, the Islamic State is expelled."""
    evs = events_of("وطردت الفصائل عناصر التنظيم من بلدة دابق صباح اليوم.", "2016-10-17")
    assert sides(evs, "take_control", "دابق") == {"opposition"}
    noun = events_of("وتمكنت الفصائل من طرد عناصر التنظيم من بلدة دابق صباح اليوم.", "2016-10-17")
    assert sides(noun, "take_control", "دابق") == {"opposition"}


def test_a_force_named_in_a_place_owns_it_and_does_not_take_it():
    """"استولوا على مقر قيادة الأسايش": the Asayish own the headquarters; with no agent named, the one who
    takes it is their adversary. A named agent still takes it."""
    evs = events_of("وقال المرصد إن الجهاديين استولوا أمس على مقر قيادة الأسايش في مدينة عين العرب.",
                    "2014-10-11")
    assert sides(evs, "take_control", "مقر قيادة الأسايش") == {"isis"}
    named = events_of("واستعادت وحدات حماية الشعب أمس مقر قيادة الأسايش في مدينة عين العرب.", "2014-10-20")
    assert sides(named, "take_control", "مقر قيادة الأسايش") == {"sdf"}


def test_the_kurdish_security_forces_are_the_asayish():
    evs = events_of("وانتشرت عناصر الأمن الكردي أمس في مدينة القامشلي.", "2015-06-11")
    assert sides(evs, "deploy", "القامشلي") == {"sdf"}


def test_a_part_of_a_force_before_min_is_the_subject_not_the_loser():
    """"سيطرت وحدات من الجيش على X": units of the army took X; "السيطرة على X من Y": Y lost it."""
    evs = events_of("سيطرت وحدات من الجيش السوري صباح الأحد على بلدة بسيمة في وادي بردى.", "2017-01-29")
    assert sides(evs, "take_control", "بسيمة") == {"government"}
    lost = events_of("واستعادت الفصائل أمس السيطرة على بلدة بسيمة من قوات النظام.", "2017-01-29")
    assert sides(lost, "take_control", "بسيمة") == {"opposition"}
    unit = events_of("وسيطرت مجموعة من مقاتلي الفصائل فجر اليوم على قرية عين الخضرة.", "2017-01-29")
    assert sides(unit, "take_control", "عين الخضرة") == {"opposition"}


def test_the_fighters_of_a_loyalist_town_are_the_governments():
    """"مسلحي بلدتي X وY المواليتين": who the text says the town's people are decides the side of its
    fighters who leave, not the article's main side (here the opposition's deal)."""
    text = ("وقالت فصائل المعارضة إن الاتفاق دخل حيز التنفيذ صباح اليوم. وخرجت 30 حافلة تقل مئات من أهالي "
            "ومسلحي بلدتي نبل والزهراء المواليتين باتجاه مدينة حلب.")
    evs = events_of(text, "2016-03-02")
    assert sides(evs, "withdraw", "نبل") == sides(evs, "withdraw", "الزهراء") == {"government"}
    assert sides(evs, "displacement", "نبل") == {"civilians"}


def test_a_town_besieged_by_a_force_is_of_its_adversary():
    """"X المحاصرة من قبل Y": X's fighters are Y's adversary; the besieger is not who leaves."""
    by_army = events_of("وخرجت صباح اليوم حافلات تقل مسلحي بلدة مضايا المحاصرة من قبل قوات النظام "
                        "باتجاه محافظة إدلب.", "2016-03-02")
    assert sides(by_army, "withdraw", "مضايا") == {"opposition"}
    by_rebels = events_of("وخرجت صباح اليوم حافلات تقل مسلحي بلدة نبل المحاصرة من قبل فصائل المعارضة "
                          "باتجاه مدينة حلب.", "2016-03-02")
    assert sides(by_rebels, "withdraw", "نبل") == {"government"}


def test_a_towns_side_holds_in_the_article_and_is_no_subject_for_the_next():
    """Said once ("بلدتي X وY الموالية"), the side holds for a later departure from X; a departure from
    another town told next does not take it as its pro-drop subject."""
    text = ("وقالت فصائل المعارضة إنها تحاصر بلدتي نبل والزهراء الموالية منذ عامين. "
            "وخرجت صباح اليوم حافلات تقل مقاتلين من بلدة نبل باتجاه حلب. "
            "كما خرجت حافلات تقل مقاتلين من بلدة مضايا باتجاه إدلب.")
    evs = events_of(text, "2016-03-02")
    assert sides(evs, "withdraw", "نبل") == {"government"}
    assert sides(evs, "withdraw", "مضايا") == {"opposition"}


def test_a_toll_is_never_inflicted_by_the_force_it_counts():
    """A toll that takes the side of the battle it belongs to goes to the other party when the dead are
    the battle's own attackers ("قتل 12 من عناصر التنظيم" after the Islamic State's attack)."""
    evs = events_of("شن عناصر التنظيم هجوما على بلدة الشدادي فجر اليوم. وقتل في الهجوم 12 من عناصر التنظيم.",
                    "2016-02-20")
    assert sides(evs, "attack", "الشدادي") == {"isis"}
    assert sides(evs, "casualties", "الشدادي") == {"sdf"}


def test_the_subject_of_a_verb_of_dying_suffered_the_toll():
    """"أن قائد الهجوم التابع لقوات النظام لقي مصرعه": the army's commander died; the toll is its enemy's."""
    died = events_of("وقالت المعارضة إن قوات النظام هاجمت حي الشيخ سعيد أمس، وإن قائد الهجوم التابع لقوات "
                     "النظام لقي مصرعه خلال الاشتباكات.", "2016-11-20")
    assert sides(died, "casualties", "الشيخ سعيد") == {"opposition"}


def test_a_toll_in_a_strike_of_a_named_force_is_that_forces():
    """"قتل 9 أشخاص في قصف مدفعي للقوات النظامية": "في" before the strike makes it the cause, as "جراء"."""
    evs = events_of("وقتل 9 أشخاص اليوم في مدينة حلب في قصف مدفعي للقوات النظامية استهدف سوقا شعبية.",
                    "2012-08-08")
    assert sides(evs, "casualties", "حلب") == {"government"}


def test_an_allegiance_adjective_keeps_the_locator_a_locator():
    """"بلدتي X وY المواليتين في ريف حلب": the adjective stands between the towns and what locates them;
    the countryside is no place the fighters leave."""
    evs = events_of("وخرجت صباح اليوم حافلات تقل مسلحي بلدتي نبل والزهراء المواليتين في ريف حلب الشمالي "
                    "باتجاه مدينة حلب.", "2016-03-02")
    assert {e.place.name for e in evs if e.type == "withdraw"} == {"نبل", "الزهراء"}


def test_a_deal_whose_parties_are_not_named_is_no_sides():
    """"جرى التوصل إلى هدنة في X": a truce or deal told with no party in its sentence, and no party
    announcing it, is unknown, not the side the article is mostly about."""
    evs = events_of("وذكر ناشطون أنه جرى التوصل إلى هدنة في مدينة الرستن صباح اليوم. "
                    "وقصفت قوات النظام مدينة تلبيسة.", "2016-05-02")
    assert sides(evs, "other", "الرستن") == {"unknown"}
    assert sides(evs, "attack", "تلبيسة") == {"government"}


def test_a_supporter_is_no_agent():
    """"تسانده المروحيات الروسية": a force that supports another (ساند like دعم) does not do what follows."""
    evs = events_of("وشنت قوات النظام فجر اليوم هجوما واسعا على ريف حماة الشمالي تسانده المروحيات الروسية، "
                    "انتهى بسيطرته على بلدة كفرنبودة.", "2019-05-08")
    assert sides(evs, "take_control", "كفرنبودة") == {"government"}


def test_a_strike_told_by_its_device_has_no_guessed_agent():
    """"في انفجار سيارة مفخخة"، "خلال تفجير انتحاري استهدف ...": the device is told, its agent is not; the
    strike and its toll are no party's of the story (the factions named before did not bomb). A force
    named as who set it off still owns it."""
    evs = events_of("وسيطرت فصائل المعارضة على بلدة كفرزيتا. وقتل عشرة أشخاص في انفجار سيارة مفخخة "
                    "وسط مدينة إعزاز.", "2017-04-16")
    assert sides(evs, "take_control", "كفرزيتا") == {"opposition"}
    assert sides(evs, "attack", "أعزاز") == {"unknown"}
    assert sides(evs, "casualties", "أعزاز") == {"unknown"}
    verb = events_of("وتقدمت فصائل المعارضة نحو بلدة كفرزيتا. ولقي 30 شخصاً مصرعهم خلال تفجير انتحاري "
                     "استهدف الحافلات في حي الراموسة بحلب.", "2017-04-16")
    assert sides(verb, "attack", "الراموسة") == {"unknown"}
    named = events_of("وفجّر عنصر من تنظيم داعش سيارة مفخخة عند حاجز في بلدة الراعي.", "2017-01-10")
    assert sides(named, "attack", "الراعي") == {"isis"}


def test_a_convoy_with_a_military_adjective_keeps_its_nationality():
    """"أرتال عسكرية تركية ... دخلت الأراضي السورية": Turkey's convoys enter, not the factions of the story."""
    evs = events_of("وانتشرت فصائل الجيش الوطني في محيط مدينة منبج. وأكدت مصادر أن 10 أرتال عسكرية تركية "
                    "تضم نحو 300 جندي دخلت الأراضي السورية من معبر باب السلامة.", "2018-12-24")
    assert sides(evs, "enter", "معبر باب السلامة") == {"turkey"}


def test_an_expeller_and_the_expelled_named_at_length_still_reach_the_place():
    """"طرد مقاتلو X معظم عناصر Y من Z": a long subject and object stand between the verb and its من."""
    evs = events_of("طرد مقاتلو وحدات حماية الشعب معظم عناصر التنظيم من بلدة صرين صباح اليوم.", "2015-07-27")
    assert sides(evs, "take_control", "صرين") == {"sdf"}
