"""A verb joined by و، فـ or ثم to the trigger before it, with no subject of its own, shares that trigger's
subject (SideRules.shared_subject, issue 12): coordinated verbs and chains, a light verb carrying the
conjunction, a trigger that gave no event, and the cases where the subject changes (a new subject, a passive
verb, a relative or subordinate clause closed by a comma, a root و). Sentences written for these tests."""
from __future__ import annotations

from tawatur.model import Article, Event
from tawatur.pipeline import analyze

HEAD = "أخبار الميدان\n\n"
SHARED = " subject:shared "


def events_of(text: str) -> list[Event]:
    return analyze(Article(id="a", raw=HEAD + text, published="2017-04-19")).events


def one(text: str, etype: str, place: str) -> Event:
    (e,) = [e for e in events_of(text) if e.type == etype and e.place.name == place]
    return e


def test_a_coordinated_verb_shares_the_subject_of_the_verb_before_it():
    e = one("دخلت قوة من الجيش التركي بلدة جرابلس صباح اليوم، وتمركزت بين المنازل.", "deploy", "جرابلس")
    assert e.actor.side == "turkey" and SHARED in e.rule


def test_the_subject_goes_on_through_a_chain_and_after_thumma():
    e = one("يحاصر مسلحو تنظيم داعش مدينة دير الزور، ويقصفون أحياءها، ثم يتقدمون نحو مطارها.", "attack",
            "دير الزور")
    assert e.actor.side == "isis" and SHARED in e.rule
    e = one("سيطرت قوات النظام على مدينة تدمر، ثم تقدمت نحو بلدة السخنة.", "advance", "السخنة")
    assert e.actor.side == "government" and SHARED in e.rule


def test_a_light_verb_carries_the_conjunction():
    e = one("سيطرت قوات سوريا الديمقراطية على مدينة الطبقة، وأعلنت حظراً للتجوال في المدينة.", "other", "الطبقة")
    assert e.actor.side == "sdf" and SHARED in e.rule


def test_a_trigger_that_gave_no_event_still_names_the_subject():
    # the attack has no place of its own; its subject, not the shelling's, takes the village
    e = one("قصفت المدفعية التركية مواقع قرب منبج، قبل أن تشن فصائل المعارضة هجوماً برياً وتسيطر على قرية العريمة.",
            "take_control", "العريمة")
    assert e.actor.side == "opposition" and SHARED in e.rule


def test_an_act_of_killing_shares_the_subject_a_passive_toll_does_not():
    e = one("سيطر تنظيم داعش على بلدة السخنة، وأعدم عشرة مدنيين في البلدة.", "casualties", "السخنة")
    assert e.actor.side == "isis" and SHARED in e.rule
    e = one("اقتحمت قوات النظام بلدة كفرنبل، وقتل خمسة من عناصرها في البلدة.", "casualties", "كفرنبل")
    assert SHARED not in e.rule and e.actor.side != "government"  # its own dead, inflicted by its enemy


def test_a_new_subject_after_or_before_the_verb_breaks_the_chain():
    for text in ("سيطرت فصائل المعارضة على بلدة تل رفعت، وقصفت الطائرات الروسية مدينة الباب.",
                 "سيطرت فصائل المعارضة على بلدة تل رفعت، والطائرات الروسية قصفت مدينة الباب."):
        e = one(text, "attack", "الباب")
        assert e.actor.side == "russia" and SHARED not in e.rule
    e = one("انسحب مقاتلو المعارضة من بلدة سراقب فدخلتها قوات النظام.", "enter", "سراقب")
    assert e.actor.side == "government"


def test_a_verb_after_a_relative_clause_and_its_comma_goes_back_to_the_main_subject():
    e = one("دخلت قوات سوريا الديمقراطية قرية العريمة التي انسحب منها تنظيم داعش، وسيطرت على بلدة مسكنة.",
            "take_control", "مسكنة")
    assert e.actor.side == "sdf"


def test_a_subordinate_clause_keeps_its_subject_inside_and_gives_it_back_after_its_comma():
    e = one("انسحب تنظيم داعش من بلدة مسكنة بعد أن شنت قوات سوريا الديمقراطية هجوماً واسعاً وسيطرت على قرية "
            "العريمة.", "take_control", "العريمة")
    assert e.actor.side == "sdf"
    e = one("سيطرت قوات النظام على بلدة سراقب بعد أن انسحبت منها فصائل المعارضة، وفرضت حظر التجوال في البلدة.",
            "other", "سراقب")
    assert e.actor.side == "government"
    e = one("دخلت القوات التركية مدينة الباب، حيث انسحب مسلحو التنظيم من أحيائها، وسيطرت على بلدة قباسين.",
            "take_control", "قباسين")
    assert e.actor.side == "turkey"


def test_a_root_waw_is_no_conjunction():
    e = one("تزامن انتشار فصائل المعارضة في بلدة مارع مع وصول تعزيزات للجيش التركي إلى بلدة جرابلس.", "deploy",
            "جرابلس")
    assert e.actor.side == "turkey"
    # "وصلت" is the verb وصل itself, joined to nothing: it shares no subject (whose reinforcements these
    # are is left to the side rules)
    e = one("بعد أن سيطرت فصائل المعارضة على بلدة مارع وصلت تعزيزات تركية إلى بلدة جرابلس.", "deploy", "جرابلس")
    assert SHARED not in e.rule


def test_a_telling_that_names_its_agent_is_kept_over_one_that_shares_it():
    first = "اخترق مقاتلو المعارضة دفاعات قوات النظام في مدينة حماة، وأصبحوا يقاتلون داخل أحيائها."
    assert SHARED in one(first, "attack", "حماة").rule
    # the same fighting told again with its agent at the verb: dedupe keeps that more specific telling
    e = one(first + " وقال قائد ميداني إن مجموعات المعارضة نفذت هجمات داخل مدينة حماة.", "attack", "حماة")
    assert e.actor.side == "opposition" and SHARED not in e.rule
