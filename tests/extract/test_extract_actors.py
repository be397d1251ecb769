"""Actors of events: canonical names, sides over time, subjects (sentences written for these tests)."""
from __future__ import annotations

from tawatur.extract.events import dedupe
from tawatur.model import Actor, Article, Event, EventDate, Place
from tawatur.pipeline import analyze


def events_of(text: str, published: str):
    return analyze(Article(id="a", raw=text, published=published)).events


def one(evs, etype: str, place_part: str) -> Event:
    got = [e for e in evs if e.type == etype
           and (place_part.lower() in (e.place.name_en or "").lower() or place_part in e.place.name)]
    assert got, [(e.type, e.place.name_en) for e in evs]
    return got[0]


def test_events_carry_canonical_names_not_surface_forms() -> None:
    ev = one(events_of("سيطرت قوات النظام على مدينة تدمر.", "2017-03-02"), "take_control", "Palmyra")
    assert ev.actor.side == "government"
    assert ev.actor.name_en == "Military Forces of Syria (2000-2024)"
    assert ev.actor.name == "القوات العسكرية السورية (2000-2024)"


def test_remnants_in_a_2025_report_are_unknown() -> None:
    ev = one(events_of("هاجمت فلول النظام حاجزاً في مدينة جبلة.", "2025-03-07"), "attack", "Jableh")
    assert ev.actor.side == "unknown"
    assert ev.actor.name_en == "Assad Regime Remnants (Syria)"


def test_a_dated_background_event_reads_the_actor_at_its_own_date() -> None:
    text = "وكانت قوات النظام قد سيطرت على مدينة تدمر في آذار 2017."
    ev = one(events_of(text, "2025-05-01"), "take_control", "Palmyra")
    assert ev.date.value.startswith("2017")
    assert ev.actor.side == "government"
    assert ev.actor.name_en == "Military Forces of Syria (2000-2024)"


def test_new_authorities_forces_are_the_government() -> None:
    ev = one(events_of("انتشرت قوات الأمن العام في مدينة جرمانا.", "2025-03-02"), "deploy", "Jaramana")
    assert ev.actor.side == "government"
    assert ev.actor.name_en == "Police Forces of Syria (2024-)"


def test_unnamed_actor_with_known_side_gets_the_side_generic_actor() -> None:
    from tawatur.extract.sides import actor_of as _actor_of
    assert _actor_of(None, "opposition").name_en == "Opposition Rebels (Syria)"
    assert _actor_of(None, "government", "2025-06-01").name_en == "Military Forces of Syria (2024-)"
    assert _actor_of(None, "unknown").name_en == "Unidentified Armed Group (Syria)"


def test_a_subject_right_before_a_verb_whose_root_starts_with_waw_is_its_own() -> None:
    text = ("سيطرت فصائل المعارضة على مدينة حماة، وذكر مصدر محلي أن قوة إسرائيلية وصلت إلى بلدة "
            "خان أرنبة.")
    ev = one(events_of(text, "2024-12-09"), "enter", "Khan Arnab")
    assert ev.actor.side == "israel"


def test_dedupe_keys_on_the_canonical_side_not_the_actor_string() -> None:
    place = Place(name="حمص", name_en="Homs", gazetteer_id="c:homs")
    a = Event(id="1", article="x", type="take_control", place=place, rule="side:actor",
              actor=Actor(name="قوات النظام", side="government"))
    b = Event(id="2", article="x", type="take_control", place=place, rule="side:actor",
              actor=Actor(name="الجيش السوري", side="government"))
    c = Event(id="3", article="x", type="take_control", place=place, rule="side:actor",
              actor=Actor(name="الفصائل", side="opposition"))
    assert [e.id for e in dedupe([a, b, c])] == ["1", "3"]


def test_a_fronted_possessive_clause_points_at_the_main_subject() -> None:
    text = "تقدمت قوات النظام في ريف إدلب. وإثر انسحابها من بلدة كفرنبل، أعلنت فصائل المعارضة بدء هجوم معاكس."
    assert one(events_of(text, "2019-12-01"), "withdraw", "Kafranbel").actor.side == "opposition"


def test_a_possessive_trigger_takes_the_last_force_named_before_it() -> None:
    text = ("قصفت الطائرات الروسية أطراف مدينة سراقب. وتحدثت مصادر محلية عن وصول تعزيزات لهيئة تحرير الشام "
            "إلى المنطقة، وعن تقدمها نحو بلدة النيرب.")
    ev = one(events_of(text, "2020-02-01"), "advance", "Nayrab")
    assert ev.actor.side == "opposition"


def test_clash_between_two_forces_takes_the_first_named_when_the_story_follows_neither() -> None:
    text = ("توغلت قوات الاحتلال الإسرائيلي في ريف القنيطرة وقصفت الطائرات الإسرائيلية موقعاً قرب درعا. "
            "وفي سياق آخر، أفاد سكان بأن اشتباكات اندلعت أمس بين مسلحين دروز وعناصر من الأمن العام في "
            "مدينة جرمانا.")
    ev = one(events_of(text, "2025-03-01"), "attack", "Jaramana")
    assert ev.actor.side == "unknown" and ev.actor.name_en == "Druze Communal Militia (Syria)"


def test_an_agent_after_a_time_adverb_is_still_the_verbs_subject() -> None:
    text = "تقدمت فصائل المعارضة نحو مدينة حمص. وسيطرت صباح اليوم الأربعاء الماضي قوات النظام على مدينة حماة."
    assert one(events_of(text, "2024-12-05"), "take_control", "Hama").actor.side == "government"


def test_a_place_local_gunmen_lose_after_the_fall_goes_to_the_new_government() -> None:
    text = "خرجت بلدة الصورة الكبرى عن سيطرة المسلحين بعد اشتباكات."
    old = one(events_of(text, "2019-05-01"), "take_control", "الصورة")
    new = one(events_of(text, "2025-07-20"), "take_control", "الصورة")
    assert old.actor.side == new.actor.side == "government"
    assert new.actor.name_en == "Military Forces of Syria (2024-)"
    assert old.actor.name_en == "Military Forces of Syria (2000-2024)"


def test_victims_named_after_min_are_not_the_agent_of_the_strike() -> None:
    # "N من X" after a casualty word names who suffered; the strike is their adversary's
    text = "وأعلنت وحدات الحماية مقتل خمسة من الجنود الأتراك في هجوم على قرية جنديرس."
    evs = events_of(text, "2018-02-01")
    assert one(evs, "attack", "Jindires").actor.side == "sdf"
    assert one(evs, "casualties", "Jindires").actor.side == "sdf"


def test_a_speaker_claiming_with_a_pronoun_is_the_agent() -> None:
    text = "وأكدت فصائل المعارضة أنها أوقعت قتلى من قوات النظام في اشتباكات عند بلدة مورك."
    evs = events_of(text, "2017-09-05")
    assert one(evs, "attack", "Morek").actor.side == "opposition"


def test_a_speaker_is_not_the_agent_of_the_strike_it_reports() -> None:
    # a party that tells of a strike with no named agent is its target: the strike is its adversary's
    text = "وأكد قائد منطقة إدلب في الجيش الحر أن الهجوم على بلدة مورك كان عنيفا."
    assert one(events_of(text, "2017-09-05"), "attack", "Morek").actor.side == "government"
    # after 8 December 2024 the adversary of the government is no named side
    text = "وقالت وزارة الداخلية إن الهجوم على حاجز في بلدة مورك أوقع قتيلين."
    assert one(events_of(text, "2025-03-07"), "attack", "Morek").actor.side == "unknown"


def test_who_perpetrates_a_massacre_struck_and_inflicted_its_casualties() -> None:
    """GUIDELINES: a force that commits a massacre at a place ("ارتكبت X مجزرة في Y") struck it: an
    attack by X; the toll the sentence tells is a casualty event of X's."""
    text = "وارتكبت الطائرات الحربية التركية مجزرة في قرية جنديرس."
    evs = events_of(text, "2018-02-01")
    assert one(evs, "attack", "Jindires").actor.side == "turkey"
    text = "وأفاد ناشطون بأن طائرات النظام الحربية ارتكبت اليوم مجزرة في مدينة دوما وقتلت 40 مدنيا."
    evs = events_of(text, "2018-04-09")
    assert one(evs, "attack", "Douma").actor.side == "government"
    assert one(evs, "casualties", "Douma").actor.side == "government"
    # a speaker named before the quote is not who committed it
    text = 'وقال متحدث باسم وحدات حماية الشعب "ارتكبت المروحيات الحربية التركية مجزرة في قرية جنديرس".'
    assert one(events_of(text, "2018-02-01"), "attack", "Jindires").actor.side == "turkey"
    # a massacre nobody is said to commit is its toll only
    told = events_of("ووقعت مجزرة في مدينة دوما راح ضحيتها عشرات المدنيين.", "2018-04-09")
    assert {e.type for e in told} == {"casualties"}


def test_one_takeover_credited_to_two_forces_on_a_day_is_one_event() -> None:
    """GUIDELINES "Sides": one happening two sentences credit to different forces is the first-named's;
    a retaking days later, and a clash's two parties, stay two events."""
    place = Place(name="حمص", name_en="Homs", gazetteer_id="c:homs")

    def ev(i: str, etype: str, side: str, day: str) -> Event:
        return Event(id=i, article="x", type=etype, place=place, rule="side:actor",
                     actor=Actor(name=side, side=side), date=EventDate(value=day))
    evs = [ev("1", "take_control", "government", "2016-11-26"), ev("2", "take_control", "opposition", "2016-11-27"),
           ev("3", "take_control", "opposition", "2016-12-05"), ev("4", "attack", "government", "2016-11-26"),
           ev("5", "attack", "opposition", "2016-11-26")]
    assert [e.id for e in dedupe(evs)] == ["1", "3", "4", "5"]


def test_two_implied_sides_of_one_happening_are_one_event() -> None:
    place = Place(name="إدلب", name_en="Idlib", gazetteer_id="c:idlib")
    a = Event(id="1", article="x", type="casualties", place=place, rule="side:implied",
              actor=Actor(name="", side="turkey"))
    b = Event(id="2", article="x", type="casualties", place=place, rule="side:implied",
              actor=Actor(name="", side="sdf"))
    c = Event(id="3", article="x", type="casualties", place=place, rule="side:actor",
              actor=Actor(name="الجيش", side="government"))
    assert [e.id for e in dedupe([a, b])] == ["1"]
    assert [e.id for e in dedupe([a, b, c])] == ["3"]


def test_the_force_that_launched_a_repelled_attack_is_its_agent() -> None:
    text = "وتصدى مقاتلو المعارضة لهجوم شنته قوات النظام على بلدة مورك."
    assert one(events_of(text, "2016-10-05"), "attack", "Morek").actor.side == "government"


def test_a_force_after_min_lost_the_place_it_is_not_the_taker() -> None:
    text = "وتمت استعادة السيطرة على مدينة منبج من تنظيم الدولة الإسلامية."
    assert one(events_of(text, "2016-08-13"), "take_control", "Manbij").actor.side == "sdf"


def test_a_verb_joined_to_the_trigger_before_it_shares_its_subject() -> None:
    text = "وقصفت المدفعية التركية قرية راجو، ثم شن مقاتلو الجيش الحر هجوما واسعا وسيطروا على بلدة جنديرس."
    assert one(events_of(text, "2018-01-24"), "take_control", "Jindires").actor.side == "opposition"


def test_a_struck_patrol_is_the_target_not_a_deployment() -> None:
    evs = events_of("وشنت فلول النظام هجوما على دوريات للأمن العام في مدينة جبلة.", "2025-03-07")
    assert [(e.type, e.actor.side) for e in evs] == [("attack", "unknown")]
    evs = events_of("واستهدف مسلحون دورية للأمن العام في مدينة جبلة.", "2025-03-07")
    assert [e.type for e in evs] == ["attack"]
    # a patrol sent out is still a deployment
    evs = events_of("وسيرت القوات الروسية دوريات في مدينة جبلة.", "2019-10-24")
    assert [(e.type, e.actor.side) for e in evs] == [("deploy", "russia")]


def test_the_factions_of_a_turkish_operation_are_the_opposition() -> None:
    # the operation named alone is the Turkish army's; its factions are the Syrian National Army
    ev = one(events_of('وسيطرت فصائل عملية "غصن الزيتون" على بلدة جنديرس.', "2018-03-08"), "take_control", "Jindires")
    assert ev.actor.side == "opposition"
    assert ev.actor.name_en == "Syrian National Army"


def test_an_unnamed_strike_after_the_fall_is_not_the_incumbents() -> None:
    # an article mostly about the government's forces; the clash in its last sentence names no agent
    text = ("انتشرت قوات الأمن العام في مدينة جرمانا وأقامت وزارة الدفاع حواجز حول المدينة. "
            "وقالت وزارة الداخلية إن قواتها تلاحق المطلوبين. واندلعت اشتباكات عنيفة في بلدة صحنايا.")
    new = one(events_of(text, "2025-04-30"), "attack", "Sahnaya")
    assert new.actor.side == "unknown"
    assert one(events_of(text, "2025-04-30"), "deploy", "Jaramana").actor.side == "government"
    old = one(events_of(text.replace("الأمن العام", "النظام"), "2016-04-30"), "attack", "Sahnaya")
    assert old.actor.side == "government"  # before the fall, a story of the army narrates its own strikes


def test_the_subject_of_taarrada_was_struck_not_the_striker() -> None:
    # "تعرضت X لهجوم": X suffered the attack; with no agent named its adversary of the time struck
    old = one(events_of("وتعرضت مواقع الفصائل لقصف عنيف في بلدة كفرنبودة.", "2019-05-10"), "attack", "Kafr Nabudah")
    assert old.actor.side == "government"
    new = one(events_of("وتعرضت قوات الأمن العام لهجوم في بلدة كفرنبودة.", "2025-05-10"), "attack", "Kafr Nabudah")
    assert new.actor.side == "unknown"
    named = one(events_of("تعرضت بلدة كفرنبودة لقصف من قبل قوات النظام.", "2019-05-10"), "attack", "Kafr Nabudah")
    assert named.actor.side == "government"


def test_a_party_announcing_its_enemys_dead_inflicted_them() -> None:
    text = "أعلنت قوات سوريا الديمقراطية مقتل 40 عنصراً من فصائل الجيش الوطني السوري قرب قرية الخفسة."
    assert one(events_of(text, "2025-01-10"), "casualties", "Khafsa").actor.side == "sdf"
    own = "أعلنت قوات سوريا الديمقراطية مقتل 4 من مقاتليها قرب قرية الخفسة."
    assert one(events_of(own, "2025-01-10"), "casualties", "Khafsa").actor.side != "sdf"
    told = "ووثق المرصد مقتل 5 عناصر من الجيش الوطني في هجمات نفذتها قوات سوريا الديمقراطية قرب قرية الخفسة."
    assert one(events_of(told, "2025-01-10"), "casualties", "Khafsa").actor.side == "sdf"


def test_an_unnamed_truce_after_the_fall_is_not_the_incumbents() -> None:
    text = ("انتشرت قوات الأمن العام في مدينة جرمانا وأقامت وزارة الدفاع حواجز حول المدينة. "
            "وقالت وزارة الداخلية إن قواتها تلاحق المطلوبين. وأُعلن عن اتفاق لوقف إطلاق النار في بلدة صحنايا.")
    assert one(events_of(text, "2025-04-30"), "other", "Sahnaya").actor.side == "unknown"


def test_a_patrol_struck_after_a_named_subject_is_the_target() -> None:
    evs = events_of("هاجم مسلحون من فلول النظام دورية للأمن العام في مدينة بانياس.", "2025-03-07")
    assert [e.type for e in evs] == ["attack"] and evs[0].actor.side == "unknown"
    evs = events_of("هاجم عناصر تنظيم داعش دورية لقسد في بلدة الشحيل.", "2025-07-20")
    assert [e.type for e in evs] == ["attack"] and evs[0].actor.side == "isis"
    # a patrol with its own verb after the strike is a deployment
    evs = events_of("هاجم التنظيم ليلاً وسيّر الجيش دورية في بلدة الشحيل.", "2025-07-20")
    assert "deploy" in [e.type for e in evs]


def test_a_clash_after_the_fall_takes_its_first_named_party() -> None:
    text = ("انتشرت قوات الأمن العام في مدينة جرمانا. "
            "واندلعت اشتباكات بين مسلحين دروز وعناصر الأمن العام في بلدة صحنايا.")
    assert one(events_of(text, "2025-04-30"), "attack", "Sahnaya").actor.side == "unknown"
    text = text.replace("بين مسلحين دروز وعناصر الأمن العام", "بين عناصر الأمن العام ومسلحين دروز")
    assert one(events_of(text, "2025-04-30"), "attack", "Sahnaya").actor.side == "government"


def test_between_the_two_sides_points_at_the_parties_named_before() -> None:
    text = ("انتشرت قوات الأمن العام في مدينة جرمانا. "
            "تقدم الجيش السوري نحو مدينة الطبقة وانسحبت قسد من مواقعها، فيما تستمر الاشتباكات بين الطرفين "
            "في مدينة الرقة.")
    assert one(events_of(text, "2026-01-18"), "attack", "Raqqa").actor.side == "government"


def test_a_force_joined_to_an_object_is_a_second_object_not_the_subject() -> None:
    ev = one(events_of("ذكر التلفزيون الرسمي أن الجيش استهدف بالمدفعية نقطة طبية ومجموعة مسلحة داخل مدينة تلبيسة.", "2024-12-05"),
             "attack", "Talbiseh")
    assert ev.actor.side == "government"
    ev = one(events_of("وقالت قسد إن جماعة مسلحة هاجمت سجناً في مدينة الشدادي.", "2026-01-19"), "attack", "Shaddadi")
    assert ev.actor.side == "unknown"


def test_an_unnamed_bombing_after_the_fall_is_nobodys_by_default() -> None:
    text = ("قالت قوات سوريا الديمقراطية إن عناصرها صدوا هجوماً قرب سد تشرين، وأكدت قسد أن الوضع مستقر. "
            "وفي سياق آخر، قتل عشرة مدنيين جراء انفجار سيارة ملغمة في مدينة منبج.")
    new = one(events_of(text, "2025-02-04"), "attack", "Manbij")
    assert new.actor.side == "unknown"


def test_a_demonstrative_force_under_a_speaker_stays_the_force_named() -> None:
    text = ("وقالت قوات سوريا الديمقراطية في بيان إن الفصائل الموالية للحكومة هاجمت مواقعها قرب مدينة الرقة. "
            "وأشارت إلى أن هذه الفصائل اقتحمت بلدة الكرامة صباح اليوم.")
    evs = [e for e in events_of(text, "2025-02-01") if e.type == "enter"]
    assert evs and evs[0].source.name_en == "SDF"
    assert evs[0].actor.side == "government"  # "هذه الفصائل" are the factions, not the speaker
