"""Constructions the held-out set heldout11 showed once read (task read11): a lead line's report day after
"بحسب", a likelihood word that hedges the attackers, a clash during a sweep, a strike's carrier before its
targeting verb, "، وفي X" opening the next incident, a toll opening its strike's clause, the dead counted before
the kill verb, and an indefinite cue described by a verb. Our own texts."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def _events(text: str, published: str):
    return analyze(Article(id="r11", raw=text, published=published)).events


def _at(text: str, etype: str, published: str) -> set[str]:
    return {e.place.name for e in _events(text, published) if e.type == etype and e.place is not None}


def test_the_report_day_after_bahasab_does_not_date_the_next_paragraph() -> None:
    text = ("قُتل أكثر من 50 شخصاً في هجمات شنها تنظيم الدولة الإسلامية يوم الأربعاء في شرق سوريا، بحسب ما أفاد "
            "به مرصد محلي يوم الخميس.\nوقال مدير المرصد إن مسلحي التنظيم هاجموا قرية الشعفة وقتلوا عشرين من سكانها.")
    days = {e.date.value for e in _events(text, "2018-07-26") if e.place is not None}
    assert days == {"2018-07-25"}


def test_a_hedged_attacker_does_not_make_the_next_incident_expected() -> None:
    text = ("قتل ثلاثة جنود بهجوم شنه مسلحون يرجح أنهم من خلايا التنظيم على حاجز في بلدة الشولا، وفي ريف حمص الشرقي "
            "قتل راع في اشتباك مع مهربين قرب قرية الفرقلس.")
    events = _events(text, "2024-03-12")
    assert {e.polarity for e in events} == {"asserted"}
    assert "الفرقلس" in {e.place.name for e in events if e.type == "attack"}


def test_a_clash_during_a_sweep_is_at_the_swept_village() -> None:
    text = "قُتل مسلحان في اشتباك مع قوات الأمن العام خلال حملة تمشيط في قرية الدالية بريف جبلة."
    assert {name.rstrip("ةه") for name in _at(text, "attack", "2025-02-03")} == {"الدالي"}  # an unknown name, folded
    assert _at(text, "other", "2025-02-03") == set()


def test_a_strike_with_its_carrier_lands_where_its_verb_says() -> None:
    text = ("وفي ريف حلب الشرقي، قُتل ثلاثة عناصر من الفصائل بضربة من طائرة مسيرة تابعة لقسد استهدفت موقعهم "
            "قرب بلدة دير حافر.")
    assert _at(text, "attack", "2024-11-20") == {"دير حافر"}
    assert _at(text, "casualties", "2024-11-20") == {"دير حافر"}


def test_wa_fi_and_a_place_open_the_next_incident() -> None:
    text = "استهدفت طائرة مسيرة سيارة عسكرية قرب بلدة تل تمر، وفي دير الزور قتل شاب بانفجار عبوة ناسفة في بلدة ذيبان."
    assert _at(text, "attack", "2025-01-15") == {"تل تمر", "ذيبان"}


def test_each_toll_at_its_own_strike() -> None:
    text = ("قتل طفل بقصف مدفعي على بلدة كنصفرة، كما قتل عنصران من الجيش وأصيب ثالث بهجوم شنه مسلحون على حاجز "
            "في بلدة معرة مصرين.")
    assert _at(text, "casualties", "2025-01-28") == {"كنصفرة", "معرة مصرين"}


def test_men_who_died_by_a_landmine() -> None:
    text = "قتل طفلان بانفجار قذيفة قديمة في بلدة التمانعة، فيما قضى رجلان بانفجار لغم في أرض زراعية بقرية الحواش."
    assert _at(text, "casualties", "2025-02-10") == {"التمانعة", "الحواش"}


def test_the_dead_counted_before_the_verb_did_not_strike() -> None:
    text = ("أفادت مصادر محلية بتجدد الاشتباكات بين عناصر من وزارة الدفاع ومسلحين محليين. وقالت الوزارة إن عنصرين "
            "من الأمن العام قتلا وأصيب ثلاثة آخرون باستهداف حاجز لهم قرب بلدة الصورة الكبرى.")
    sides = {e.actor.side for e in _events(text, "2025-09-20") if e.type == "casualties"}
    assert "government" not in sides


def test_a_cue_described_by_a_verb_names_no_place() -> None:
    text = ("تبدو مدينة سراقب اليوم مدينة تحاول النهوض من تحت الركام. وكانت قوات النظام قد سيطرت على المدينة "
            "في شباط 2020.")
    assert _at(text, "take_control", "2025-10-08") == {"سراقب"}


def test_a_backref_noun_after_min_is_the_flight_origin() -> None:
    text = "قصفت مدفعية مجهولة قرية عرى. وقال أحد سكان عرى إن عشرات العائلات نزحت من القرية نحو بلدة القريا."
    assert _at(text, "displacement", "2025-08-27") == {"عرى", "القريا"}


def test_the_villages_around_are_no_origin() -> None:
    text = ("سيطرت الفصائل على مدينة عين العرب. ويتواصل نزوح المدنيين من القرى المحيطة بالمدينة نحو معبر "
            "مرشد بينار على الحدود التركية.")
    assert "عين العرب" not in _at(text, "displacement", "2014-10-02")


def test_the_neighbouring_quarter_keeps_no_adjective() -> None:
    text = ("سيطرت الأسايش على حي الزيتونية في مدينة القامشلي. ونزحت عائلات من حي الزيتونية إلى حي حلكو المجاور. "
            "وسيرت الشرطة العسكرية الروسية دورية في الحي.")
    assert _at(text, "displacement", "2021-04-25") == {"حي الزيتونية", "حي حلكو"}
    assert _at(text, "deploy", "2021-04-25") == {"حي الزيتونية"}


def test_a_claim_told_after_the_strike_names_its_agent() -> None:
    text = ("قتل ثلاثة عناصر من الأمن الداخلي جراء تفجير عبوة ناسفة استهدف دوريتهم قرب بلدة الشحيل، في هجوم تبناه "
            "تنظيم داعش.")
    assert {e.actor.side for e in _events(text, "2025-05-19")} == {"isis"}


def test_armed_men_thought_to_be_of_a_groups_cells() -> None:
    text = "قتل عنصران من قسد بهجوم شنه مسلحون يرجح أنهم من خلايا تنظيم داعش على نقطة عسكرية في بلدة الكسرة."
    assert {e.actor.side for e in _events(text, "2025-01-28")} == {"isis"}


def test_no_news_of_a_toll_after_doon_an_is_no_toll() -> None:
    text = "قصفت المدفعية الإسرائيلية محيط بلدة جباتا الخشب، دون أن ترد أنباء عن إصابات في صفوف الأهالي."
    assert {e.type for e in _events(text, "2026-01-21")} == {"attack"}
    text = "قصفت الطائرات بلدة كفرنبل، دون أن ترد أنباء عن حجم الخسائر، وقتل طفلان في قرية حاس."
    assert _at(text, "casualties", "2019-05-12") == {"حاس"}


def test_an_offensive_expected_toward_a_town_is_an_expected_advance() -> None:
    text = ("ويقول محلل عسكري إن فك الحصار يمنح الجيش دفعة معنوية، متوقعاً أن تبدأ القوات الحكومية خلال أسابيع "
            "هجوماً باتجاه بلدة مسكنة.")
    assert {(e.type, e.polarity, e.place.name) for e in _events(text, "2015-11-12")} == {
        ("advance", "expected", "مسكنة")}


def test_a_securing_purpose_names_no_place_of_the_move() -> None:
    text = "تقدمت القوات الحكومية باتجاه بلدة الحاضر لتأمين محيط مطار أبو الظهور."
    assert _at(text, "advance", "2015-10-20") == {"الحاضر"}


def test_an_area_and_its_outside_framing_examples() -> None:
    text = ("وتنتشر القوات الإسرائيلية منذ كانون الأول 2024 في نقاط عدة داخل المنطقة العازلة وخارجها، أبرزها قمة "
            "جبل الشيخ وتل الأحمر الغربي.")
    assert _at(text, "deploy", "2026-01-21") == {"جبل الشيخ", "تل الأحمر"}


def test_the_city_of_the_authority_in_the_title() -> None:
    text = ("قتل عنصر من الأمن العام بإطلاق نار في مدينة جبلة. وأعلنت قيادة الأمن الداخلي في طرطوس فرض حظر "
            "تجوال في المدينة اعتباراً من مساء اليوم.")
    assert _at(text, "other", "2025-12-29") == {"طرطوس"}


def test_the_residents_of_the_town_left_it() -> None:
    text = "قصفت طائرات النظام بلدة كفرنبودة. ونزح معظم أهاليها إلى مخيمات قرب بلدة أطمة."
    assert _at(text, "displacement", "2019-05-20") == {"كفرنبودة", "أطمة"}


def test_the_arrest_noun_tawqif() -> None:
    text = "أعلنت وزارة الداخلية توقيف ثلاثة عناصر سابقين في الفرقة الرابعة في مدينة جبلة."
    assert _at(text, "other", "2025-05-20") == {"جبلة"}


def test_a_checkpoint_set_up_is_a_deployment() -> None:
    text = "توغلت قوة إسرائيلية في قرية كودنة، وأقامت نقطة تفتيش عند مدخلها الشرقي."
    assert _at(text, "deploy", "2026-01-21") == {"كودنة"}


def test_a_siege_ended_is_a_siege_lifted() -> None:
    text = "أنهى الجيش السوري حصاراً فرضه التنظيم على مطار كويرس العسكري منذ ربيع 2014."
    assert _at(text, "other", "2015-11-12") == {"مطار كويرس"}


def test_the_speakers_seat_is_no_place_of_the_report() -> None:
    text = ("قتل ثلاثة عناصر بتفجير سيارة مفخخة قرب مخفر بلدة موحسن. وقال قائد الأمن الداخلي في المحافظة إن "
            "مسلحين حاولوا التسلل بعد التفجير فتصدى لهم العناصر.")
    places = {e.place.name for e in _events(text, "2025-05-19") if e.place is not None}
    assert "دير الزور" not in places


def test_fima_after_a_trigger_opens_a_new_clause() -> None:
    text = ("انسحبت القوات الحكومية من مدينة السويداء بعد أيام من دخولها، فيما لا تزال الحركة على الطريق إلى دمشق "
            "مقتصرة على القوافل.")
    assert _at(text, "enter", "2025-08-27") == {"السويداء"}


def test_small_hills_are_no_named_place() -> None:
    text = "سيطرت القوات الحكومية على قرية الشيخ أحمد وتلال صغيرة تشرف على الطريق إلى المطار."
    assert _at(text, "take_control", "2015-11-12") == {"الشيخ أحمد"}


def test_still_stationed_in_both_is_a_deployment() -> None:
    text = ("قال قائد ميداني إن مقاتلي الفصائل سيطروا على قرية الحماميات وبلدة كرناز، وما زالوا يتمركزون فيهما "
            "رغم القصف.")
    assert _at(text, "deploy", "2019-06-08") == {"الحماميات", "كرناز"}


def test_a_relative_presence_clause_stays_status() -> None:
    text = "قصفت الطائرات مدينة عفرين التي تنتشر فيها القوات التركية."
    assert _at(text, "deploy", "2019-06-08") == set()


def test_attackers_repelled_is_an_attack() -> None:
    text = "وذكرت الوكالة الرسمية أن وحدات من الجيش تصدت للمهاجمين في محيط قرية الكفر."
    assert {name.rstrip("ةه") for name in _at(text, "attack", "2018-07-26")} <= {"الكفر", "محيط الكفر"}
    assert _at(text, "attack", "2018-07-26")


def test_a_siege_held_before_is_status() -> None:
    text = ("فكت وحدات الجيش الطوق عن بلدتي نبل والزهراء. وكانت المجموعات المسلحة تفرض حصاراً خانقاً على البلدتين "
            "منذ عام 2012.")
    assert _at(text, "advance", "2016-02-04") == set()


def test_unless_gives_no_event() -> None:
    text = "ولن تصمد الفصائل في البلدة ما لم تصل تعزيزات إلى مدينة إدلب."
    assert _events(text, "2020-02-01") == []
