"""Constructions of 2025-2026 news (issue 12, task news2025b) found by sentences written for it: invented
details, our own wording. Each test has a sentence the construction must read and one it must leave alone."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events_of(text: str, published: str = "2025-09-14"):
    return analyze(Article(id="n25b", raw=text, published=published)).events


def typed(evs) -> set[tuple[str, str, str]]:
    return {(e.type, e.place.name if e.place else "", e.actor.side) for e in evs}


def test_a_bombing_with_its_device_is_one_strike_of_the_force_that_claims_it():
    """"تبنى التنظيم تفجير سيارة مفخخة": the verbal noun and the device are one trigger, so the force named
    before the verbal noun is the strike's agent."""
    evs = events_of("وتبنى تنظيم الدولة تفجير سيارة مفخخة قرب حاجز في مدينة البوكمال.")
    assert ("attack", "البوكمال", "isis") in typed(evs)
    evs = events_of("وتبنى تنظيم داعش انفجار عبوة ناسفة على طريق في مدينة الميادين.")
    assert ("attack", "الميادين", "isis") in typed(evs)
    # a bombing with no agent named stays unattributed
    evs = events_of("وانفجرت سيارة مفخخة وسط مدينة منبج صباح اليوم.")
    assert {(e.type, e.actor.side) for e in evs} == {("attack", "unknown")}


def test_an_aim_to_end_fighting_is_no_clash():
    """"انتشرت القوات لفض الاشتباكات": the deployment is told, the clashes are its reason."""
    evs = events_of("وانتشرت وحدات من الجيش في محيط بلدة الصورة الكبرى لفض الاشتباكات بين الأهالي.")
    assert {e.type for e in evs} == {"deploy"}
    evs = events_of("وتدخلت قوات الأمن الداخلي لوقف الاقتتال في بلدة المتاعية.")
    assert "attack" not in {e.type for e in evs}
    # clashes told as such are clashes
    evs = events_of("واندلعت اشتباكات بين الأهالي في بلدة الصورة الكبرى.")
    assert "attack" in {e.type for e in evs}


def test_an_incursion_participle_describing_a_force_is_no_entry():
    """"لقوة إسرائيلية متوغلة": the participle describes the force; "توغلت قوة" tells the entry."""
    evs = events_of("وأصيب شابان من بلدة عين زيوان خلال تصديهما لدورية إسرائيلية متوغلة.")
    assert "enter" not in {e.type for e in evs}
    evs = events_of("وتوغلت دورية إسرائيلية في بلدة عين زيوان بريف القنيطرة.")
    assert ("enter", "عين زيوان", "israel") in typed(evs)


def test_a_security_operation_carried_out_is_a_sweep_not_a_strike():
    evs = events_of("ونفذت وزارة الداخلية عملية أمنية ضد خلية مسلحة في مدينة الضمير.")
    assert ("other", "الضمير", "government") in typed(evs)
    assert "attack" not in {e.type for e in evs}
    # an operation of another kind stays a strike
    evs = events_of("ونفذت قوات الأمن العام عملية عسكرية ضد خلية مسلحة في مدينة الضمير.")
    assert "attack" in {e.type for e in evs}


def test_pursuing_remnants_is_a_sweep_by_the_pursuer():
    """"تواصل قوى الأمن ملاحقة فلول النظام": those pursued, named after the verbal noun, are no agent."""
    evs = events_of("وتواصل قوى الأمن الداخلي ملاحقة فلول النظام في قرى ريف جبلة.")
    assert {(e.type, e.actor.side) for e in evs} == {("other", "government")}
    # "لملاحقة" after a campaign is its purpose: one event, the campaign's
    evs = events_of("وأطلق الأمن العام حملة أمنية في مدينة تلكلخ لملاحقة المطلوبين.")
    assert [(e.type, e.actor.side) for e in evs] == [("other", "government")]


def test_an_airport_reopened_is_an_event_at_the_airport():
    evs = events_of("وأعيد افتتاح مطار حلب الدولي أمام الرحلات بعد إغلاق دام شهرين.")
    assert "other" in {e.type for e in evs}
    # opening fire on an airport is a strike, not a reopening
    evs = events_of("وفتح مسلحون النار على مطار حلب الدولي.")
    assert "other" not in {e.type for e in evs}


def test_clashes_or_massing_on_the_outskirts_are_at_the_place():
    """"اندلعت اشتباكات على أطراف حي X": the clashes keep X (the outskirts phrase locates them);
    "حشدت قواتها على أطراف المدينة": where the force massed, a deployment, no advance."""
    evs = events_of("واندلعت اشتباكات عنيفة بين الجيش وقسد على أطراف حي الأشرفية في حلب.", "2025-12-23")
    assert "attack" in {e.type for e in evs if e.place and e.place.name == "الأشرفية"}
    evs = events_of("وحشدت قسد مئات المقاتلين على أطراف مدينة دير حافر.", "2026-01-12")
    assert {(e.type, e.place.name) for e in evs} == {("deploy", "دير حافر")}
    # a force reaching the outskirts with no strike or deployment before it is an advance
    evs = events_of("ووصلت وحدات الجيش إلى أطراف مدينة دير حافر.", "2026-01-15")
    assert "advance" in {e.type for e in evs}


def test_a_patrol_after_a_verb_of_moving_is_who_moves():
    """"دخلت دورية مشتركة إلى حي X": the patrol is the entry's subject, not a deployment of its own."""
    evs = events_of("ودخلت دورية للجيش إلى حي الشيخ مقصود صباح اليوم.", "2025-10-12")
    assert {(e.type, e.place.name, e.actor.side) for e in evs} == {("enter", "الشيخ مقصود", "government")}
    evs = events_of("ودخلت دورية مشتركة إلى بلدة تل تمر.", "2025-10-12")
    assert {e.type for e in evs} == {"enter"}
    # a patrol sent out is a force posted
    evs = events_of("وسيرت القوات الروسية دورية في بلدة تل تمر.", "2025-10-12")
    assert {e.type for e in evs} == {"deploy"}


def test_a_force_denying_a_strike_on_anothers_sites_denies_its_own_strike():
    """"نفت قسد قصف مواقع الجيش": the army owns the sites named after the verbal noun; the strike denied
    is the speaker's. With its agent right after the noun ("قصف الجيش لمواقعها") it is that agent's."""
    evs = events_of("ونفت قسد قصف مواقع الجيش في محيط مدينة مسكنة.", "2025-11-03")
    assert {(e.type, e.polarity, e.actor.side) for e in evs} == {("attack", "denied", "sdf")}
    evs = events_of("ونفت قسد قصف الجيش لمواقعها في محيط مدينة مسكنة.", "2025-11-03")
    assert {(e.type, e.polarity, e.actor.side) for e in evs} == {("attack", "denied", "government")}


def test_a_nationality_after_a_kill_word_is_the_victims():
    """"قتل جنديان تركيان": the adjective says who died; the toll's side is who inflicted it, unnamed here.
    A nationality after a strike noun still names the striker ("بغارة روسية")."""
    evs = events_of("وقتل جنديان تركيان في بلدة جنديرس مساء أمس.", "2025-06-02")
    assert {(e.type, e.actor.side) for e in evs} == {("casualties", "unknown")}
    evs = events_of("وقتل خمسة مدنيين بغارة روسية على بلدة أريحا.", "2019-06-02")
    assert {(e.type, e.actor.side) for e in evs} == {("attack", "russia"), ("casualties", "russia")}


def test_a_deal_a_protest_is_against_is_no_deal_made():
    evs = events_of("وتظاهر المئات في مدينة عامودا ضد الاتفاق مع الحكومة.", "2025-12-29")
    assert {e.type for e in evs} == {"protest"}
    evs = events_of("وخرجت مظاهرة في مدينة عامودا رفضا للاتفاق مع الحكومة.", "2025-12-29")
    assert {e.type for e in evs} == {"protest"}
    # a deal signed there is an event
    evs = events_of("ووقعت قسد والحكومة اتفاقا في مدينة عامودا.", "2025-12-29")
    assert "other" in {e.type for e in evs}


def test_an_operation_named_by_its_kind_is_the_subjects_strike():
    """"نفذ التحالف الدولي عملية إنزال جوي في X": one strike, its agent the verb's subject."""
    evs = events_of("ونفذ التحالف الدولي عملية إنزال جوي في بلدة الشحيل فجر اليوم.", "2025-08-21")
    assert {(e.type, e.place.name, e.actor.side) for e in evs} == {("attack", "الشحيل", "usa")}


def test_a_subject_exposed_to_shelling_may_be_long():
    """"تعرضت مواقع قسد في بلدة X لقصف مدفعي": a subject with its place between تعرض and the strike noun
    (more than four words) is still struck; "لقصف" there is no purpose."""
    evs = events_of("وتعرضت مواقع قسد في بلدة صرين لقصف مدفعي عنيف.", "2025-01-31")
    assert {(e.type, e.place.name) for e in evs} == {("attack", "صرين")}
    evs = events_of("وتعرضت دورية للأمن العام على طريق بلدة الشيخ مسكين لكمين مسلح.", "2025-05-31")
    assert "attack" in {e.type for e in evs}
    # a purpose stays a purpose
    evs = events_of("وحشد الجيش قواته في بلدة صرين لقصف مواقع قسد.", "2025-01-31")
    assert "attack" not in {e.type for e in evs}


def test_handing_over_ones_own_posts_is_a_takeover_by_the_receiver():
    """"بدأت قسد بتسليم نقاطها في حي X لقوى الأمن": the posts with a possessive suffix are still posts."""
    evs = events_of("وبدأت قسد بتسليم نقاطها في حي الأشرفية لقوى الأمن الداخلي.", "2025-04-11")
    assert ("take_control", "الأشرفية", "government") in typed(evs)


def test_a_dual_of_shells_and_a_single_vehicle_with_a_nationality():
    """"أطلقت دبابة إسرائيلية قذيفتين": the dual is a shelling, and the vehicle with a nationality between the
    verb and its object (VSO) names the side."""
    evs = events_of("وأطلقت دبابة إسرائيلية قذيفتين على أطراف بلدة عين البيضا.", "2025-10-17")
    assert ("attack", "عين البيضا", "israel") in typed(evs)


def test_a_man_accused_of_a_massacre_is_arrested_no_toll_told():
    """"اعتقلت ... ضابطاً متهماً بارتكاب مجازر في X": the accusation describes the man; the arrest is the event."""
    evs = events_of("واعتقلت قوى الأمن الداخلي عنصرا سابقا متهما بارتكاب مجازر في مدينة تلكلخ.", "2025-02-15")
    assert {(e.type, e.place.name, e.actor.side) for e in evs} == {("other", "تلكلخ", "government")}
