"""Constructions that read like events and are not (issue 12, precision): sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events_of(text: str, published: str = "2019-10-20"):
    return analyze(Article(id="p", raw=text, published=published)).events


def at(evs, place_part: str) -> set[str]:
    return {e.type for e in evs if place_part.lower() in (e.place.name_en or "").lower()}


def test_a_measure_of_length_is_no_arrival():
    evs = events_of("ويمتد الشريط الحدودي من منبج وحتى اعزاز بمسافة تصل إلى 100 كلم.")
    assert "enter" not in at(evs, "Azaz")


def test_villages_on_the_outskirts_locate_the_villages():
    evs = events_of("وأعلن الناطق أن الوحدات حررت ثلاث قرى على تخوم مدينة حماة.")
    assert not at(evs, "Hama")
    # reaching the outskirts is still an advance
    assert "advance" in at(events_of("ووصلت قوات النظام إلى مشارف مدينة حماة صباح اليوم."), "Hama")


def test_a_capital_abroad_standing_for_its_state_is_no_place():
    evs = events_of("وقال المتحدث إن الهدنة التي رعتها موسكو في مدينة تل رفعت صامدة.")
    assert not [e for e in evs if e.place.name_en == "Moscow"]
    assert "other" in {e.type for e in evs if e.place.name == "تل رفعت"}  # the place it concerns stays


def test_the_course_of_a_road_is_no_entry():
    evs = events_of("ويتجه الطريق شرقاً مروراً ببلدة أريحا، ثم يدخل مدينة سراقب.")
    assert "enter" not in at(evs, "Saraqib")
    forces = events_of("ودخلت قوات النظام مدينة سراقب مروراً ببلدة أريحا.")
    assert "enter" in at(forces, "Saraqib")


def test_buses_entering_to_fetch_fighters_are_no_entry():
    evs = events_of("وبدأت العملية بعد دخول الحافلات إلى مدينة حرستا، قبل أن تغادر محملة بالمقاتلين نحو الشمال.")
    assert "enter" not in at(evs, "Harasta")
    carried = events_of("ودخلت حافلات تقل مقاتلين إلى مدينة حرستا.")
    assert "enter" in at(carried, "Harasta")


def test_a_denial_ends_where_the_speaker_goes_on_to_report():
    evs = events_of("ونفى قيادي في المعارضة سيطرة الجيش على مدينة يبرود، مؤكدا أن الاشتباكات متواصلة داخل المدينة.")
    assert "take_control" in {e.type for e in evs if e.polarity == "denied"}
    assert "attack" in {e.type for e in evs if e.polarity == "asserted" and e.place.name == "يبرود"}


def test_what_still_goes_on_after_a_denial_is_asserted():
    evs = events_of("وقال المركز إنه لا صحة لما ذكر عن سيطرة النظام على مدينة يبرود، ولا تزال المعارك مستمرة في المدينة.")
    assert "take_control" in {e.type for e in evs if e.polarity == "denied"}
    assert "attack" in {e.type for e in evs if e.polarity == "asserted" and e.place.name == "يبرود"}


def test_a_road_described_after_a_takeover_is_no_advance():
    evs = events_of("وأعلن الجيش أنه سيطر على بلدة خان شيخون التي يمر بها الطريق الرابط بين حلب وحماة، "
                    "وصولاً إلى دمشق.")
    assert "take_control" in at(evs, "Khan")
    assert not at(evs, "Damascus")
    moved = events_of("وتقدمت قوات النظام مروراً ببلدة أريحا ووصلت إلى مدينة سراقب.")
    assert "enter" in at(moved, "Saraqib")


def test_the_standing_line_is_no_town_of_iraq():
    evs = events_of("وقال إن القوات تنسق دوريات منفصلة خارج البلدة على طول خط التماس القائم حالياً.")
    assert not [e for e in evs if e.place.name == "القائم"]
    named = events_of("وسيطر التنظيم على مدينة القائم العراقية.")
    assert "take_control" in {e.type for e in named if e.place.name == "القائم"}


def test_a_flag_on_vehicles_is_no_flag_raised():
    evs = events_of("وقالت مصادر محلية إن عشرات العربات المدرعة ترفع العلم الأميركي مرت عبر مدينة منبج.")
    assert "other" not in at(evs, "Manbij")
    raised = events_of("ورفع مقاتلو المعارضة العلم على مبنى البلدية في مدينة منبج.")
    assert "other" in {e.type for e in raised}


def test_a_takeover_named_as_the_subject_of_its_consequence_is_analysis():
    assert not events_of("سيطرة التنظيم على مدينة منبج تمكنه من ربط مناطقه على الحدود.", "2014-10-01")
    assert not events_of("هذا التقدم في ريف حماة يعكس ضعف دفاعات النظام.")
    told = events_of("وسيطرت قوات النظام على مدينة حلب مما يعني نهاية المعارضة فيها.", "2016-12-22")
    assert "take_control" in at(told, "Aleppo")


def test_a_pronoun_after_what_villages_belong_to_is_not_that_town():
    evs = events_of("وأعلن ناطق باسم الفصائل أن قريتي كفرصفرة وعمر أوشاغي التابعتين لناحية شران، وقرية ديوا التابعة لبلدة جنديرس، "
                    "قد تم السيطرة عليها.", "2018-02-10")
    assert "take_control" not in {e.type for e in evs if e.place.name == "جنديرس"}
    town = events_of("وصلت القوات إلى بلدة جنديرس وتمت السيطرة عليها.", "2018-02-10")
    assert "take_control" in {e.type for e in town if e.place.name == "جنديرس"}


def test_people_leave_the_place_after_min_not_where_they_gather():
    evs = events_of("وخرجت الحافلات التي تقل المقاتلين وعائلاتهم من دوما عند أوتستراد حرستا باتجاه جرابلس.")
    assert at(evs, "Douma") == {"withdraw", "displacement"}
    assert not at(evs, "Harasta")
    assert at(evs, "Jarabulus") == {"displacement"}  # the civilians' destination still counts
    listed = events_of("وقال إن آلاف المدنيين يفرون من حمص باتجاه اللاذقية وطرطوس.")
    assert {"Homs", "Latakia", "Tartus"} <= {e.place.name_en for e in listed if e.type == "displacement"}


def test_an_offensive_told_as_how_a_move_came_is_no_attack_of_its_own():
    evs = events_of("وتحدثت مصادر عن فرار عشرات المسلحين من يبرود نحو رنكوس بعد هجوم واسع للجيش.",
                    "2014-03-16")
    assert not [e for e in evs if e.type == "attack"]
    assert "withdraw" in at(evs, "Yabrud") | {e.type for e in evs if e.place.name == "يبرود"}
    told = events_of("وشن الجيش هجوما كبيرا على مدينة يبرود.", "2014-03-16")
    assert "attack" in {e.type for e in told if e.place.name == "يبرود"}


def test_what_a_future_will_reveal_is_no_event_yet():
    evs = events_of("وأضاف أن دخول القوات إلى المدينة سيكشف عن حجم الخراب والمجازر في مدينة عين العرب.", "2015-01-27")
    assert not [e for e in evs if e.type == "casualties"]
    told = events_of("وكشف المرصد عن مجزرة في مدينة عين العرب راح ضحيتها عشرات المدنيين.", "2015-01-27")
    assert "casualties" in {e.type for e in told}


def test_the_town_a_camp_is_named_after_is_the_town_recalled():
    evs = events_of("وبين القائد الميداني أن البحث عن المسلحين مستمر داخل مخيم الباغوز، ولا صحة لتحرير البلدة بعد.", "2019-03-21")
    denied = {e.place.name for e in evs if e.type == "take_control" and e.polarity == "denied"}
    assert denied == {"الباغوز"}


def test_another_outlets_report_after_a_denial_is_asserted():
    evs = events_of("نفت الفصائل سيطرة النظام على مدينة يبرود، مقابل ذلك نقلت وكالة سانا أن الجيش سيطر على "
                    "مدينة يبرود.", "2014-03-16")
    assert {"denied", "asserted"} <= {e.polarity for e in evs if e.type == "take_control"}


def test_there_are_is_no_back_reference():
    evs = events_of("وقال المسؤول في مدينة رأس العين: هناك معارك قليلة نسبياً.")
    assert not [e for e in evs if e.type == "attack"]
    there = events_of("وقال المسؤول في مدينة رأس العين إن المعارك مستمرة هناك.")
    assert "attack" in {e.type for e in there}


def test_fighters_go_by_a_crossing_they_do_not_leave_it():
    evs = events_of("وخرج المقاتلون من مدينة عفرين عبر معبر الزيارة.", "2018-03-10")
    assert {e.place.name for e in evs if e.type == "withdraw"} == {"عفرين"}


def test_a_force_blowing_up_its_own_quarters_is_no_attack():
    evs = events_of("وبثت قناة محلية مشاهد من حي السكري بحلب حيث قام المسلحون قبل خروجهم بتفجير المستودعات التي كانت لهم.",
                    "2016-12-01")
    assert not [e for e in evs if e.type == "attack"]
    struck = events_of("وقامت الفصائل بتفجير مقرات النظام في حي السكري بحلب.", "2016-12-01")
    assert "attack" in {e.type for e in struck}


def test_what_matters_for_a_takeover_is_analysis():
    evs = events_of("وتعد التلال المحيطة عوامل مهمة في السيطرة على مدينة حماة.")
    assert not [e for e in evs if e.type == "take_control"]


def test_patrols_being_coordinated_are_planned():
    evs = events_of("وقال المتحدث إن البلدين يقومان بتنسيق دوريات مشتركة في مدينة منبج.", "2018-11-01")
    assert {e.polarity for e in evs if e.type == "deploy"} == {"expected"}
    run = events_of("وبدأت القوات التركية والأمريكية تسيير دوريات مشتركة في مدينة منبج.", "2018-11-01")
    assert "asserted" in {e.polarity for e in run if e.type == "deploy"}


def test_not_acknowledging_is_no_denial():
    evs = events_of("ولا يزال النظام غير معترف بتقدم المعارضة في ريف إدلب وسيطرتها على مدينة سراقب.", "2020-02-28")
    assert {e.polarity for e in evs if e.type in ("take_control", "advance")} == {"asserted"}
    denied = events_of("ونفى النظام سيطرة المعارضة على مدينة سراقب.", "2020-02-28")
    assert {e.polarity for e in denied if e.type == "take_control"} == {"denied"}


def test_a_battle_summed_up_by_its_end_is_no_clash():
    evs = events_of("وحررت القوات بلدة الباغوز كاملة، وبذلك تكون المعركة ضد التنظيم قد انتهت بهزيمته.", "2019-03-21")
    assert not [e for e in evs if e.type == "attack"]
    fought = events_of("ودارت معركة عنيفة في بلدة الباغوز بين القوات والتنظيم.", "2019-03-21")
    assert "attack" in {e.type for e in fought}


def test_a_nickname_of_the_place_is_no_second_place():
    evs = events_of("وسيطر المقاتلون على دوار الساعة الذي يطلق عليه السكان «دوار الموت» في مدينة حمص.")
    names = {e.place.name for e in evs if e.type == "take_control"}
    assert "دوار الساعة" in names and "دوار الموت" not in names


def test_a_region_after_the_force_a_town_is_taken_from_locates_the_town():
    evs = events_of("وتحشد الفصائل مقاتليها تمهيداً لتحرير مدينة منبج من عناصر التنظيم في ريف حلب الشرقي.")
    assert "take_control" in at(evs, "Manbij") and "deploy" in at(evs, "Manbij")
    assert not [e for e in evs if e.place.kind == "countryside"]
    # a named force between the town and the region does the same
    named = events_of("وسيطرت قوات النظام على مدينة منبج من قوات سوريا الديمقراطية في ريف حلب الشرقي.")
    assert {e.place.name_en for e in named} == {"Manbij"}
    # with no town before it the region is the place: "من مواقعها في ريف X"
    left = events_of("وانسحبت القوات من مواقعها في ريف حلب الشرقي.")
    assert "withdraw" in {e.type for e in left if e.place.kind == "countryside"}


def test_the_district_a_village_belongs_to_is_no_event_place():
    # the village is one no gazetteer knows: the strike is there, not in the district
    evs = events_of("وقصفت الطائرات مستودعاً في منطقة عين الغزلان التابعة لناحية شيراوا جنوب عفرين.")
    assert not [e for e in evs if e.place.name == "شيراوا"]
    known = events_of("وقصفت الطائرات قرية مريمين التابعة لناحية شيراوا جنوب عفرين.")
    assert "attack" in {e.type for e in known if e.place.name == "مريمين"}
    assert not [e for e in known if e.place.name == "شيراوا"]


def test_shots_into_the_air_are_no_strike():
    evs = events_of("وأطلق عناصر الحاجز الرصاص في الهواء في بلدة جاسم.")
    assert "attack" not in {e.type for e in evs}
    aimed = events_of("وأطلقت قوات النظام النار على المتظاهرين في مدينة درعا.")
    assert "attack" in at(aimed, "Daraa")


def test_a_pronoun_in_a_relative_clause_on_an_agreement_is_the_agreement():
    for text in ("ودخلت القوات مدينة منبج. وقال المتحدث إن الهدنة التي سعت إليها الأطراف صامدة.",
                 "ودخلت القوات مدينة منبج. وقال المتحدث إن الاتفاق الذي توصل إليه الطرفان صامد."):
        evs = events_of(text)
        assert "enter" in at(evs, "Manbij")
        assert "other" not in {e.type for e in evs}
    # a place named in the clause is still the agreement's place
    named = events_of("ودخلت القوات مدينة منبج. وقال المتحدث إن الهدنة التي توصل إليها الطرفان في المدينة صامدة.")
    assert "other" in at(named, "Manbij")


def test_a_strike_that_borrows_the_place_of_the_fighting_is_that_fighting():
    head = "شنت فصائل المعارضة هجوماً كبيراً على نقاط للجيش السوري في ريف حلب الغربي. "
    evs = events_of(head + "وتشهد مناطق ريف حلب الغربي منذ الصباح اشتباكات عنيفة بين الفصائل وقوات النظام، "
                           "حيث تكثف قوات النظام قصفها للأحياء السكنية.")
    attacks = [e for e in evs if e.type == "attack" and e.place.name == "ريف حلب الغربي"]
    assert [e.actor.side for e in attacks] == ["opposition"]  # once, with the first-named force
    # a strike that names the place itself is its own event, with its own side
    own = events_of(head + "وتشهد مناطق ريف حلب الغربي منذ الصباح اشتباكات عنيفة بين الفصائل وقوات النظام. "
                           "وقصفت قوات النظام بالمدفعية ريف حلب الغربي.")
    sides = {e.actor.side for e in own if e.type == "attack" and e.place.name == "ريف حلب الغربي"}
    assert sides == {"opposition", "government"}


def test_a_town_after_in_the_countryside_of_locates_the_villages_before_it():
    evs = events_of("وسيطرت الفصائل صباح اليوم على بلدة سلوك وقرية رسطام في ريف تل أبيض.")
    assert {e.place.name for e in evs if e.type == "take_control"} >= {"سلوك", "رسطام"}
    assert "take_control" not in {e.type for e in evs if e.place.name == "تل أبيض"}
    # the town named on its own is the place
    assert "take_control" in {e.type for e in events_of("وسيطرت الفصائل صباح اليوم على مدينة تل أبيض.")
                              if e.place.name == "تل أبيض"}


def test_the_town_a_road_leads_to_is_no_event_place():
    evs = events_of("وانتشر المسلحون مساء أمس في مدينة حمص وقطعوا الطريق المؤدي إلى العاصمة دمشق.")
    assert "deploy" in at(evs, "Homs")
    assert not at(evs, "Damascus")
    assert "enter" in at(events_of("ووصلت القوات إلى مدينة حماة."), "Hama")  # an arrival still has its place


def test_a_move_sought_in_a_relative_clause_describes_the_place():
    evs = events_of("قتل خمسة مدنيين في قصف على مدينة الرقة، التي تسعى قوات سوريا الديمقراطية إلى السيطرة عليها.")
    assert "take_control" not in {e.type for e in evs if e.place.name == "الرقة"}
    assert "attack" in {e.type for e in evs if e.place.name == "الرقة"}  # the strike told there stays
    tried = events_of("وصدت الفصائل هجوما على بلدة كفرنبودة التي يحاول الجيش اقتحامها منذ أيام.")
    assert "enter" not in {e.type for e in tried if e.place.name == "كفرنبودة"}
    # an attempt told as the clause's own verb is still a planned move
    told = events_of("وتحاول قوات النظام اقتحام مدينة داريا منذ أسابيع.")
    assert ("enter", "expected") in {(e.type, e.polarity) for e in told if e.place.name == "داريا"}


def test_a_section_or_the_suburbs_of_a_city_only_locate_the_place_before():
    evs = events_of("وسيطرت القوات على حي الفردوس في القسم الشرقي من مدينة حلب.")
    assert "take_control" in {e.type for e in evs if e.place.name == "حي الفردوس"}
    assert not [e for e in evs if e.place.name == "حلب"]
    suburbs = events_of("وسيطرت القوات على قرية تل حدية بضواحي مدينة حلب.")
    assert not [e for e in suburbs if e.place.name == "حلب"]
    # fighting in a section of the city, with no place before it, is in the city
    assert "attack" in at(events_of("واندلعت اشتباكات في الجزء الشرقي من مدينة حلب."), "Aleppo")


def test_the_city_word_points_at_a_city_named_as_a_locator():
    same = events_of("ووسعت القوات سيطرتها حول مطار كويرس في الجهة الشرقية من مدينة حلب، بعد أن كسرت الحصار عن المدينة.")
    assert "other" in {e.type for e in same if e.place.name == "حلب"}
    assert "other" not in {e.type for e in same if e.place.name == "مطار كويرس"}
    nxt = events_of("وتمركزت القوات في مطار كويرس في الجهة الشرقية من مدينة حلب. وأعلنت القوات كسر الحصار عن المدينة.")
    assert "other" in {e.type for e in nxt if e.place.name == "حلب"}


def test_an_ordinal_of_a_district_keeps_the_locator_after_it():
    evs = events_of("واستعاد الجيش منطقة الراشدين الثانية بضواحي مدينة حلب.")
    assert "take_control" in {e.type for e in evs if e.place.name == "الراشدين"}
    assert not [e for e in evs if e.place.name == "حلب"]
