"""Tolls misplaced in heldout26 (whole set, task read26c): texts written for these tests, read as
eval/GUIDELINES.md decides them."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze

RAID = ("أعلنت وزارة الداخلية، أمس الاثنين، تفكيك عصابة لتهريب الأسلحة إثر عملية أمنية في بلدة الصنمين القريبة من "
        "الطريق الدولي، أسفرت عن مقتل اثنين من أفرادها.\n"
        "وأوضحت أن وحدات من الأمن العام طوقت مزرعة على أطراف البلدة فجراً، وأن أفراد العصابة بادروا بإطلاق النار على "
        "الدورية، فاندلع اشتباك استمر ساعة.\n"
        "وأضاف البيان أن العناصر اعتقلوا مطلوبين آخرين في بلدة جاسم المجاورة.\n"
        "ونقلت الصحيفة عن مصدر أمني أن العصابة كانت تعمل منذ سنوات.\n")


def tolls(text: str, polarity: str) -> set[str]:
    evs = analyze(Article(id="s", raw=text, published="2025-06-24")).events
    return {e.place.name for e in evs if e.type == "casualties" and e.polarity == polarity and e.place}


def test_a_toll_of_the_clash_recalled_counts_at_the_clash_not_at_the_arrests():
    """"ونفى المصدر مقتل ثلاثة خلال الاشتباك، مؤكداً أن المداهمة لم تسجل خسائر": the definite clash noun points at the
    clash told at al-Sanamayn; the raid recalled with no place of its own and the arrests at Jasim do not place it."""
    text = RAID + "ونفى المصدر مقتل ثلاثة من عناصر الأمن خلال الاشتباك، مؤكداً أن المداهمة لم تسجل أي خسائر بشرية."
    assert tolls(text, "denied") == {"الصنمين"}


def test_a_raid_told_at_a_named_town_still_places_its_toll():
    text = "قتل مسلحان خلال مداهمة نفذتها قوات الأمن العام في بلدة نوى"
    assert tolls(text, "asserted") == {"نوى"}


def test_a_toll_of_the_battles_beside_a_distance_counts_at_the_town_retaken():
    """"باتت الوحدات على بعد كيلومترين من مدينة X ... قتلوا في المعارك": the distance is no battle; the battles named
    are those of the town retaken in the sentence before."""
    text = ("استعاد الجيش أمس السيطرة على بلدة مهين بعد معارك عنيفة مع مسلحي التنظيم.\n"
            "وأفاد مصدر ميداني بأن وحدات الجيش باتت على بعد كيلومترين من مدينة القريتين، مشيراً إلى أن العشرات من "
            "مسلحي التنظيم قُتلوا في المعارك.")
    evs = analyze(Article(id="s", raw=text, published="2015-11-24")).events
    assert {e.place.name for e in evs if e.type == "casualties"} == {"مهين"}
    assert {e.place.name for e in evs if e.type == "advance"} == {"القريتين"}


def test_quarters_of_a_camp_struck_are_at_the_camp():
    """"تعرضت أحياء في مخيم اليرموك لقصف": the camp locates the unnamed quarters, as a town does, and is the place;
    the city the paragraph opened with ("وفي دمشق") is not."""
    text = "وفي دمشق، دارت اشتباكات عنيفة في حي التضامن، فيما تعرضت أحياء في مخيم اليرموك المجاور لقصف مدفعي"
    evs = analyze(Article(id="s", raw=text, published="2012-12-24")).events
    assert {e.place.name for e in evs if e.type == "attack"} == {"التضامن", "مخيم اليرموك"}


def test_a_city_joined_by_wa_after_neighbouring_settlements_is_a_destination():
    """"باتجاه البلدات المجاورة ومدينة حماة": "و" on the city's cue opens the next destination; "القرى المجاورة
    لمدينة X" still only locates the villages."""
    text = "فر آلاف السكان من حلفايا باتجاه البلدات المجاورة ومدينة حماة خوفاً من القصف"
    evs = analyze(Article(id="s", raw=text, published="2012-12-24")).events
    assert {e.place.name for e in evs if e.type == "displacement"} == {"حلفايا", "حماة"}
    evs = analyze(Article(id="s", raw="فر آلاف السكان من القرى المجاورة لمدينة حماة", published="2012-12-24")).events
    assert not [e for e in evs if e.type == "displacement" and e.place and e.place.name == "حماة"]


def test_a_toll_that_led_to_a_curfew_is_not_at_the_curfew():
    """"فرضت حظر تجول في مدينة X، عقب توتر أعقب العثور على جثتي رجل وزوجته مقتولين ... في بلدة Y": the curfew took no
    one; the bodies are a toll at Y only."""
    text = ("فرضت السلطات حظر تجول في مدينة جبلة، عقب توتر أعقب العثور على جثتي رجل وزوجته مقتولين داخل منزلهما في بلدة "
            "بيت ياشوط جنوب المدينة")
    assert tolls(text, "asserted") == {"بيت ياشوط"}
    assert tolls("نفذت قوات الأمن مداهمة في بلدة نوى، قتل خلالها مطلوبان", "asserted") == {"نوى"}


def test_the_dead_of_both_sides_counted_before_their_verb_are_a_toll_of_their_own():
    """"34 مقاتلاً من الطرفين قُتلوا في المعارك": inflicted by neither party (side unknown), not folded into the
    executions told at the same town."""
    text = ("وقال ناشطون إن عناصر التنظيم أعدموا نحو 20 معتقلاً في مقرهم وسط بلدة الدانا.\n"
            "وأفاد المرصد بأن 34 مقاتلاً من الطرفين قُتلوا في المعارك التي شهدتها الدانا منذ الجمعة.")
    evs = analyze(Article(id="s", raw=text, published="2014-01-08")).events
    assert {(e.place.name, e.actor.side) for e in evs if e.type == "casualties"} == {("الدانا", "isis"),
                                                                                   ("الدانا", "unknown")}


def test_armed_men_standing_at_the_entrance_are_posted_there():
    """"يقف اليوم عنصران من الأمن العام عند مدخل البلدة": a deployment at the town; "تقف جهات وراء الهجوم" is none."""
    text = "عادت مئات العائلات إلى بلدة كفرومة.\nويقف اليوم عنصران من الأمن العام عند مدخل البلدة."
    evs = analyze(Article(id="s", raw=text, published="2025-07-29")).events
    assert {e.place.name for e in evs if e.type == "deploy"} == {"كفرومة"}
    evs = analyze(Article(id="s", raw="تقف جهات خارجية وراء الهجوم على بلدة كفرومة", published="2025-07-29")).events
    assert not [e for e in evs if e.type == "deploy"]


def test_an_exchange_of_fire_a_raid_brought_about_is_at_the_raid():
    """"داهمت قوة مقرين في بلدة X، ما أدى إلى تبادل قصير لإطلاق النار": the fire is the raid's result, at X."""
    text = "داهمت قوة من الأمن العام مقرين في بلدة معبطلي فجراً، ما أدى إلى تبادل قصير لإطلاق النار"
    evs = analyze(Article(id="s", raw=text, published="2025-12-16")).events
    assert {e.place.name for e in evs if e.type == "attack"} == {"المعبطلي"}  # (the gazetteer's spelling)
