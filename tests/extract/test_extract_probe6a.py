"""Constructions of 2025-2026 whole articles the probe6a first-sight measure showed (issue 12,
bench/articles_probe6a). Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2025-07-16") -> list[tuple[str, str, str]]:
    evs = analyze(Article(id="p6a", raw=text, published=published)).events
    return [(e.type, e.polarity, e.place.name) for e in evs]


def test_a_back_reference_noun_with_an_adjective_of_kind_is_a_class_of_places() -> None:
    # "القرى العلوية": Alawite villages in general, not the two towns just named
    got = events("شنت القوات هجمات على بلدتي القدموس والشيخ بدر أمس. ونفى الجيش أن يكون قد هاجم القرى العلوية.")
    assert not [e for e in got if e[1] == "denied"]
    got = events("قصفت المدفعية بلدتي القدموس والشيخ بدر أمس. وترافق القصف مع موجة نزوح، إذ فر آلاف من سكان "
                 "القرى الساحلية نحو لبنان.")
    assert not [e for e in got if e[0] == "displacement"]


def test_a_bare_back_reference_noun_still_recalls_the_towns() -> None:
    got = events("قصفت المدفعية بلدتي القدموس والشيخ بدر أمس. ونفى الجيش أن يكون قد هاجم القرى.")
    assert {e[2] for e in got if e[1] == "denied"} == {"القدموس", "الشيخ بدر"}


def test_no_news_of_a_toll_is_no_toll() -> None:
    for text in ("مراسلنا: سقوط قذائف على حي الشعار، ولا معلومات بعد عن إصابات.",
                 "وسقطت قذائف على حي الشعار ولم ترد حتى الآن معلومات عن إصابات."):
        got = events(text)
        assert ("attack", "asserted", "الشعار") in got
        assert not [e for e in got if e[0] == "casualties"]


def test_a_toll_that_is_told_stands() -> None:
    assert ("casualties", "asserted", "الشعار") in events("وسقطت قذائف على حي الشعار ما أدى إلى إصابات بين المدنيين.")


def test_his_killing_is_no_district_of_kobani() -> None:
    # "مقتله" folds to the letters of Maqtala ("المقتلة"): without a cue it is a killing, not a place
    got = events("وقالت المصادر إن اشتباكاً قصيراً دار مع القيادي في التنظيم داخل منزله قبل مقتله.")
    assert not [e for e in got if e[2] == "المقتلة"]
    assert ("advance", "asserted", "المقتلة") in events("وتقدم مقاتلو التنظيم في حي مقتلة شرقي مدينة عين العرب.")


def sides(text: str, etype: str) -> set[str]:
    evs = analyze(Article(id="p6a", raw=text, published="2026-06-09")).events
    return {e.actor.side for e in evs if e.type == etype and e.actor}


def test_an_attack_launched_by_a_unit_of_a_force_is_that_force_s() -> None:
    # the speaker's own forces repelled it: "شنته خلية من التنظيم" names who attacked
    assert sides("وقالت وزارة الداخلية إن قواتها صدت فجر اليوم هجوماً شنته خلية من تنظيم داعش على حاجز قرب "
                 "بلدة معدان.", "attack") == {"isis"}
    assert sides("وقالت قسد إن قواتها تصدت لهجوم شنته مجموعات من الفصائل الموالية لتركيا على قرية أبو قلقل.",
                 "attack") == {"opposition"}


def test_patrols_roaming_a_place_are_a_deployment() -> None:
    # "دوريات إسرائيلية" is a force's name, so the verb heads the event
    assert ("deploy", "asserted", "محيط خان أرنبة") in events("وتجوب دوريات إسرائيلية محيط بلدة خان أرنبة.")
    assert ("deploy", "asserted", "محيط خان أرنبة") in events(
        "وقال مسؤول إن القوات أقامت نقطة قرب قرية الحميدية، وإن دورياتها تجوب بشكل شبه يومي محيط بلدة خان أرنبة.")


def test_a_force_going_back_the_way_it_came_withdraws() -> None:
    got = events("ودخلت القوة أطراف بلدة كويا وفتشت عدداً من المنازل ثم عادت أدراجها.")
    assert ("withdraw", "asserted", "كويا") in got
    # returning people are displaced, not withdrawing
    got = events("وعاد النازحون إلى بلدة كويا بعد أن عادت القوة أدراجها.")
    assert ("displacement", "asserted", "كويا") in got


def test_a_gathering_against_an_incursion_is_a_protest_not_an_entry() -> None:
    got = events("وتجمع العشرات من سكان القرية عند مدخل بلدة الرفيد احتجاجاً على التوغل الإسرائيلي.")
    assert got == [("protest", "asserted", "الرفيد")]


def test_military_columns_and_forces_leaving_withdraw() -> None:
    got = events("مراسلنا: أرتال من الآليات العسكرية الحكومية تغادر مدينة السويداء عبر طريق المطار.")
    assert ("withdraw", "asserted", "السويداء") in got
    got = events("ودخلت القوة الإسرائيلية بلدة صيصون صباحاً. وبعد ثلاث ساعات غادرت القوة المنطقة.")
    assert ("withdraw", "asserted", "صيصون") in got
    # buses carrying families still move civilians
    assert events("وغادرت حافلات تقل عائلات مدينة السويداء.") == [("displacement", "asserted", "السويداء")]


def test_clashes_before_a_curfew_or_a_truce_are_their_own_happening() -> None:
    # manner is how a place was taken (GUIDELINES): a curfew or a truce takes no place
    got = events("وفرضت قوى الأمن حظر تجوال في بلدة البصيرة بعد اشتباكات بين عشيرتين.")
    assert {("other", "asserted", "البصيرة"), ("attack", "asserted", "البصيرة")} <= set(got)
    got = events("وأعلنت المحافظة التوصل إلى هدنة في بلدة الصنمين بعد اشتباكات دامية.")
    assert ("attack", "asserted", "الصنمين") in got


def test_clashes_before_a_takeover_stay_its_manner() -> None:
    assert events("وسيطرت الفصائل على بلدة الصنمين بعد اشتباكات دامية.") == [
        ("take_control", "asserted", "الصنمين")]


def test_busra_al_harir_spelt_with_alif_maqsura_is_not_busra_al_sham() -> None:
    got = events("وقال مسؤول في محافظة درعا إن 500 عائلة وصلت إلى بلدة بصرى الحرير.")
    assert ("displacement", "asserted", "بصر الحرير") in got
    assert not [e for e in got if e[2] == "بصرى الشام"]


def test_a_dual_pronoun_points_at_the_last_pair_of_places() -> None:
    got = events("دخلت وحدات من الجيش مدينتي دير حافر ومسكنة، بعد ساعات من انسحاب مقاتلي قسد منهما.")
    assert {("withdraw", "asserted", "دير حافر"), ("withdraw", "asserted", "مسكنة")} <= set(got)
    got = events("قصفت الطائرات بلدتي كفرنبل وحاس. وقتل فيهما خمسة مدنيين.")
    assert {e[2] for e in got if e[0] == "casualties"} == {"كفرنبل", "حاس"}


def test_a_dual_pronoun_never_points_at_one_place() -> None:
    got = events("قصفت الطائرات بلدة كفرنبل. وقتل فيهما خمسة مدنيين.")
    assert not [e for e in got if e[0] == "casualties"]


def test_a_pronoun_after_the_trigger_beats_an_earlier_witness_verb() -> None:
    got = events("ويشهد محيط سد تشرين وجسر قره قوزاق معارك متقطعة منذ أسابيع، حين سيطرت الفصائل على مدينة منبج "
                 "بعد انسحاب قسد منها.")
    assert {e[2] for e in got if e[0] == "withdraw"} == {"منبج"}
    assert {e[2] for e in got if e[0] == "attack"} == {"سد تشرين", "جسر قره قوزاق"}


def test_a_patrol_that_arrests_or_is_attacked_is_no_deployment() -> None:
    got = events("وقال مصدر أمني إن دورية للأمن العام تعرضت أمس لهجوم بقنبلة يدوية قرب بلدة الحراك.")
    assert ("attack", "asserted", "الحراك") in got and not [e for e in got if e[0] == "deploy"]
    got = events("وقال المصدر إن دورية أوقفت أمس عنصراً سابقاً في المخابرات عند حاجز على مدخل مدينة تلكلخ.")
    assert ("other", "asserted", "تلكلخ") in got and not [e for e in got if e[0] == "deploy"]
    # a patrol told as such stays a deployment
    assert events("وسيرت القوات الروسية دورية في مدينة الدرباسية.") == [("deploy", "asserted", "الدرباسية")]


def test_the_spread_of_a_recording_is_no_deployment() -> None:
    assert events("وبدأت الاشتباكات في جرمانا إثر انتشار تسجيل صوتي مسيء.") == [("attack", "asserted", "جرمانا")]
    assert events("وانتشرت وحدات من الأمن العام عند مداخل جرمانا.") == [("deploy", "asserted", "جرمانا")]


def test_the_wounded_taken_to_hospital_and_a_cordoned_spot_are_no_events() -> None:
    got = events("قتل طفل بانفجار لغم قرب بلدة التمانعة. ونقلت فرق الإسعاف المصاب إلى مستشفى في مدينة خان شيخون، "
                 "وطوقت المكان لإزالة ألغام أخرى.")
    assert {e[2] for e in got} == {"التمانعة"}
    assert events("وطوقت قوات الجيش بلدة التمانعة من ثلاث جهات.") == [("advance", "asserted", "التمانعة")]


def test_the_attackers_as_persons_are_no_new_attack() -> None:
    got = events("وفي ريف دير الزور الغربي، صدت القوات هجوماً على حاجز قرب بلدة التبني وقتلت اثنين من المهاجمين.",
                 "2026-06-09")
    assert {e[2] for e in got} == {"التبني"}
    assert ("casualties", "asserted", "التبني") in got


def test_a_governorate_that_speaks_is_no_event_place() -> None:
    assert events("وينص الاتفاق، بحسب مصدر في محافظة حلب، على فتح الطرق.") == []
    got = events("وعادت اليوم 300 عائلة إلى مخيم اليرموك بعد سنوات من النزوح، وفق محافظة دمشق.")
    assert got == [("displacement", "asserted", "مخيم اليرموك")]
    # a governorate that is where it happens stays a place
    assert ("attack", "asserted", "محافظة إدلب") in events("وقصفت الطائرات محافظة إدلب أمس.")


def test_attacks_told_with_bi_and_the_owner_of_the_sites_struck() -> None:
    text = "وقال المتحدث إن مجموعات مسلحة بدأت الأحداث بهجمات منسقة على حواجز الأمن العام في القرداحة وجبلة."
    got = events(text, "2025-07-22")
    assert {e[2] for e in got if e[0] == "attack"} == {"القرداحة", "جبلة"}
    # the General Security owns the checkpoints struck: it did not attack
    assert sides(text, "attack") == {"unknown"}


def test_a_force_deploying_its_own_members_is_a_deployment() -> None:
    got = events("وفي دير الزور، نشرت قوى الأمن الداخلي عناصرها حول المراكز الانتخابية منذ ليل السبت.", "2025-10-06")
    assert got == [("deploy", "asserted", "دير الزور")]
    assert events("ونشرت الوزارة بياناً على معرفاتها الرسمية في دمشق.", "2025-10-06") == []
