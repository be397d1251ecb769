"""One trigger over a list of places (issue 12, GUIDELINES "Lists and duals fan out"): each place of the
trigger's coordinated object is an event of its own. Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events_of(text: str, published: str = "2016-03-10"):
    return analyze(Article(id="l", raw=text, published=published)).events


def places_of(evs, etype: str) -> set[str]:
    return {e.place.name for e in evs if e.type == etype}


def test_a_place_added_by_kadhalik_or_thumma_is_one_more_event():
    assert places_of(events_of("قصفت الطائرات مدينة منبج وكذلك بلدة جرابلس."), "attack") == {"منبج", "جرابلس"}
    assert places_of(events_of("قصفت الطائرات مدينة منبج وكذلك على بلدة جرابلس."), "attack") == {"منبج", "جرابلس"}
    evs = events_of('سيطرت الفصائل على قريتي "تل رفعت" و"مارع"، ثم قرية "أعزاز".')
    assert places_of(evs, "take_control") == {"تل رفعت", "مارع", "أعزاز"}


def test_a_continuer_before_no_place_still_ends_the_arguments():
    # "ثم" opens a new clause: its verb's place is not a second place of the takeover
    evs = events_of("سيطرت الفصائل على مدينة منبج، ثم انسحبت منها.")
    assert places_of(evs, "take_control") == {"منبج"}
    assert places_of(evs, "withdraw") == {"منبج"}
    # a place four words on is not added to the list
    evs = events_of("قصفت الطائرات مدينة منبج، ثم عادت الحياة إلى طبيعتها في جرابلس.")
    assert places_of(evs, "attack") == {"منبج"}


def test_a_quoted_name_after_a_head_keeps_no_quote():
    evs = events_of('شنت القوات هجوما على قرية "علوش" وكذلك على تلة "الصوامع" قرب منبج.', "2025-01-10")
    assert places_of(evs, "attack") >= {"علوش", "تلة الصوامع"}


def test_a_name_that_is_also_a_word_stands_as_a_member_of_a_list_of_towns():
    # "الباب" (the door) is Al-Bab only after a cue, a locator, or in a list of places
    assert places_of(events_of("قصفت الطائرات الروسية منبج والباب."), "attack") == {"منبج", "الباب"}
    assert places_of(events_of("سيطرت الفصائل على حلب والباب."), "take_control") == {"حلب", "الباب"}
    # after no town it stays a word
    art = analyze(Article(id="l", raw="أغلق المسلحون مدخل المبنى والباب الرئيسي للسجن.", published="2016-03-10"))
    assert "الباب" not in {m.attrs.get("name") for m in art.mentions if m.kind == "place"}


def test_a_name_beginning_with_ba_in_a_comma_list_is_no_locator():
    # "بالا" is a village, not "ب" + a place that locates the one before it
    evs = events_of("سيطرت الفصائل على عدد من القرى وهي تل رفعت، مارع، بالا، أعزاز.")
    assert places_of(evs, "take_control") == {"تل رفعت", "مارع", "بالا", "أعزاز"}
    # a real locator after ب still locates
    assert places_of(events_of("سيطرت الفصائل على تلبيسة بريف حمص."), "take_control") == {"تلبيسة"}


def test_an_aside_that_describes_a_place_is_stepped_over_and_names_no_event():
    evs = events_of("أعلنت القوات أنها بسطت سيطرتها على مطار الطبقة، المعروف سابقاً بمطار الجراح، "
                    "إلى جانب بلدتي المنصورة والحمام في ريف الرقة.")
    assert {"المنصورة", "الحمام"} <= places_of(evs, "take_control")
    evs = events_of("سيطرت القوات على سد الفرات، الواقع غرب الرقة، إضافة إلى قريتي المنصورة والحمام.")
    assert places_of(evs, "take_control") == {"سد الفرات", "المنصورة", "الحمام"}
    # where the described place lies is no place of the takeover, with or without a list after it
    assert places_of(events_of("سيطرت القوات على سد الفرات، الواقع غرب الرقة."), "take_control") == {"سد الفرات"}
    # an aside followed by a new clause ends the arguments there
    evs = events_of("سيطرت القوات على سد الفرات، الواقع غرب الرقة، وقصفت الطائرات مدينة منبج.")
    assert places_of(evs, "take_control") == {"سد الفرات"}
    assert places_of(evs, "attack") == {"منبج"}


def test_two_sides_of_a_town_are_two_places_of_one_strike():
    # "شمال وغرب منبج": the direction that opens the list names the first place, it locates nothing
    evs = events_of("ونفذت الفصائل هجمات في شمال وغرب منبج.")
    assert places_of(evs, "attack") == {"ريف منبج الشمالي", "ريف منبج الغربي"}
    # a locative before the only place still puts the event near it
    assert places_of(events_of("قصفت الطائرات مواقع قرب مدينة منبج."), "attack") == {"منبج"}


def test_a_relative_clause_that_describes_a_place_is_an_aside_of_the_list():
    evs = events_of("سيطرت الفصائل على حاجز الصوامع الذي يقع بين ريفي حماة الشمالي والغربي، وبلدة أم المياذن.")
    assert places_of(evs, "take_control") == {"الصوامع", "أم المياذن"}
    # a new verb after the aside starts its own event
    evs = events_of("سيطرت الفصائل على حاجز الصوامع الذي يقع بين ريفي حماة الشمالي والغربي، "
                    "وانسحبت قوات النظام من بلدة أم المياذن.")
    assert places_of(evs, "take_control") == {"الصوامع"}
    assert places_of(evs, "withdraw") == {"أم المياذن"}


def test_the_two_ends_of_a_stretch_between_places_are_no_event_places():
    # "بين X وY" after a strip, an area or a line bounds it: no incursion at X or Y
    assert not events_of("وتوغلت دبابات في الشريط الحدودي الممتد بين القنيطرة ودرعا.")
    assert not events_of("قصفت الطائرات المنطقة الواقعة بين حلب والطبقة.")
    # the list that follows still spreads
    evs = events_of("سيطرت القوات على قرى الخط الفاصل بين ريف حلب وريف إدلب، ومنها قرية تل رفعت.")
    assert places_of(evs, "take_control") == {"تل رفعت"}
    # a road between two towns stays one road
    evs = events_of("قصفت الطائرات الطريق الواصل بين منبج وجرابلس.")
    assert len(places_of(evs, "attack")) == 1


def test_a_list_that_locates_a_counted_noun_gives_none_of_its_members():
    # "12 مدينة وبلدة في ريفي حلب الشمالي والغربي": both countrysides only locate the counted towns
    evs = events_of("سيطرت الفصائل على 12 مدينة وبلدة في ريفي حلب الشمالي والغربي، منها تل رفعت ومارع.")
    assert places_of(evs, "take_control") == {"تل رفعت", "مارع"}
    # the same list as the object of a strike is two places
    evs = events_of("قصفت الطائرات ريفي حلب الشمالي والغربي.")
    assert places_of(evs, "attack") == {"ريف حلب الشمالي", "ريف حلب الغربي"}


def test_a_name_the_gazetteer_lacks_ends_a_list_of_known_towns():
    evs = events_of("سيطرت الفصائل على حلفايا وصوران وزلقطين.")
    assert places_of(evs, "take_control") == {"حلفايا", "صوران", "زلقطين"}
    assert "زلقطين" in places_of(events_of("سيطرت الفصائل على حلفايا وصوران وزلقطين في ريف حماة."), "take_control")
    # not a word with a possessive, a verb, a plural noun, nor after a single town
    for text in ("سيطرت الفصائل على حلفايا وصوران وغيرها.", "سيطرت الفصائل على حلفايا وصوران وأعلنت النفير.",
                 "سيطرت الفصائل على حلفايا وصوران والقرى المحيطة."):
        assert places_of(events_of(text), "take_control") == {"حلفايا", "صوران"}
    assert places_of(events_of("سيطرت الفصائل على حلفايا وزلقطين."), "take_control") == {"حلفايا"}


def test_an_inclusion_after_an_unnamed_plural_member_names_more_places():
    # "والتلال المحيطة وأهمها تلة Y": the hills are a member the text does not name; Y is taken too
    evs = events_of("واستعاد الجيش قلعة حلب والتلال المحيطة وأهمها تلة الشيخ يوسف بعد معارك عنيفة.")
    assert places_of(evs, "take_control") == {"قلعة حلب", "تلة الشيخ يوسف"}
    evs = events_of("سيطرت الفصائل على مدينة مورك والقرى المجاورة ومنها قرية لحايا.")
    assert places_of(evs, "take_control") == {"مورك", "لحايا"}
    # with no inclusion word the noun still ends the arguments: a later place is another clause's
    evs = events_of("سيطرت الفصائل على مدينة مورك والمنطقة المحيطة بها في ريف حماة.")
    assert places_of(evs, "take_control") == {"مورك"}


def test_a_singular_area_noun_heads_a_list_of_names():
    # "منطقة X وY": the area is named by the places it spans, each a place of the strike
    evs = events_of("وقصفت الطائرات الحربية منطقة المالحة وثردة في ريف دير الزور.")
    assert places_of(evs, "attack") == {"المالحة", "ثردة"}
    # a name that begins with ب after the area noun carries no preposition: it is not a locator
    assert places_of(events_of("قصفت المروحيات منطقة بسيمة ودير مقرن."), "attack") == {"بسيمة", "دير مقرن"}
    # a verb and its object after the area's one name are a new clause, not a second member
    assert len(places_of(events_of("حاصرت القوات منطقة الساجور وقطعت الطريق."), "advance")) == 1
    # an adjective after the noun names nothing; a quoted name is one name, not a list
    assert not events_of("قصفت الطائرات منطقة عسكرية.")
    evs = events_of("وتواصل القصف على منطقة “خفض التصعيد” وما حولها.")
    assert not any("التصعيد" in e.place.name for e in evs)


def test_a_relative_clause_on_a_list_tells_an_event_at_each_member():
    # "X وY (شرق) وZ (غرب) التي دخلها التنظيم": the pronoun on the verb points back at the whole list
    evs = events_of("وانسحبت القوات من مواقعها في تدمر، بما فيها السجن والمطار العسكري (شرق) وفرع الأمن "
                    "العسكري (غرب) التي دخلها التنظيم ليلا.", "2015-05-21")
    # (the branch is named by its institution, "الأمن العسكري": a place too, places4)
    assert places_of(evs, "enter") == {"سجن تدمر", "مطار تدمر العسكري", "فرع الأمن العسكري"}
    # a pronoun after the verb ("سيطر عليها") points back as well
    evs = events_of("وقصفت الطائرات قريتي الشولا وعياش التي سيطر عليها التنظيم أمس.", "2017-09-10")
    assert places_of(evs, "take_control") == {"الشولا", "عياش"}
    # who holds a place now is status, not an event
    assert places_of(events_of("وقصفت الطائرات مدينة حلب التي تسيطر عليها الفصائل."), "take_control") == set()


def test_members_with_their_own_belonging_qualifiers_stay_one_list():
    # "قرى X وY التابعتين لـ Z، وW وV التابعتين لـ U، T التابعة لـ S، تم السيطرة عليها"
    evs = events_of("وقال المراسل إن قرى كفرنبودة وقرصة التابعتين لبلدة مورك شمال حماة، ورحبة وزلين "
                    "التابعتين لمركز اللطامنة، تل هواش التابعة لبلدة قلعة المضيق، تم السيطرة عليها.", "2018-03-01")
    assert places_of(evs, "take_control") == {"كفرنبودة", "قرصة", "رحبة", "زلين", "تل هواش"}
    # a pronoun after a single place still points at that place alone
    evs = events_of("ووصلت القوات إلى مدينة مورك وسيطرت عليها.", "2018-03-01")
    assert places_of(evs, "take_control") == {"مورك"}
    # the qualifiers only locate: no event at the towns the villages belong to
    assert not {"مورك", "اللطامنة", "قلعة المضيق"} & places_of(events_of(
        "وقال المراسل إن قرى كفرنبودة وقرصة التابعتين لبلدة مورك، ورحبة وزلين التابعتين لمركز "
        "اللطامنة، تم السيطرة عليها.", "2018-03-01"), "take_control")


def test_a_list_goes_on_with_the_main_trigger_after_a_time_adjunct():
    # "سيطرت على X بعد ساعات من دخولها أحياءها، وبلدة Y ومخيمها": Y and its camp are taken, not entered
    evs = events_of("وقال المراسل إن الفصائل سيطرت على كامل مدينة مورك بعد ساعات من دخولها الأحياء الشرقية "
                    "لها، وبلدة كفرنبودة ومخيمها غرب المدينة.", "2019-10-14")
    assert places_of(evs, "take_control") == {"مورك", "كفرنبودة", "مخيم كفرنبودة"}
    assert places_of(evs, "enter") == {"مورك"}  # the adjunct's own object: the city's quarters
    # a new clause after the adjunct's comma is no member of the list
    evs = events_of("سيطرت الفصائل على مدينة مورك بعد دخولها حي الشمالي، وقصفت الطائرات بلدة كفرنبودة.",
                    "2019-10-14")
    assert places_of(evs, "take_control") == {"مورك"}


def test_a_bracketed_direction_after_a_member_does_not_cut_the_list():
    # "السجن والمطار العسكري (شرق) وحاجز Y (غرب)": each direction says where its member lies
    evs = events_of("سيطر التنظيم على مدينة تدمر. وانسحبت القوات من مواقعها في المدينة، بما فيها السجن "
                    "والمطار العسكري (شرق) وحاجز الصوامع (غرب) التي دخلها التنظيم ليلا.", "2015-05-21")
    assert {"سجن تدمر", "مطار تدمر العسكري", "الصوامع"} <= places_of(evs, "withdraw")
    assert places_of(evs, "enter") == {"سجن تدمر", "مطار تدمر العسكري", "الصوامع"}


def test_a_branch_named_after_a_region_with_its_institution_is_a_place():
    # "فرع البادية للمخابرات العسكرية": a region names no event place, the branch named after it does
    evs = events_of("وانسحبت القوات من فرع البادية للمخابرات العسكرية في تدمر.", "2015-05-21")
    assert places_of(evs, "withdraw") == {"فرع البادية للمخابرات العسكرية"}
    # the region alone is still no place
    assert not events_of("وانسحبت القوات نحو البادية.", "2015-05-21")


def test_a_plural_checkpoint_noun_heads_a_list():
    # "حواجز X وY": each checkpoint is a place of the takeover
    evs = events_of("وسيطرت الفصائل على حواجز الصوامع والمساكن.", "2015-06-10")
    assert places_of(evs, "take_control") == {"الصوامع", "حاجز المساكن"}
    # an adjective after the plural names none
    assert not events_of("وقصفت الفصائل حواجز عسكرية للنظام.", "2015-06-10")
