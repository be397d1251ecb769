"""Task conv36: a denial of responsibility that names the act and its place is the act denied, of the denier's side
(as the readable golds annotate it, and as "نفت أن تكون قواتها قد قصفت X" is); a flight's destination told by a pronoun
of إلى beside a named origin, and a flight after "ما أجبر ... على", keep the places GUIDELINES gives them (origin and
destination). Sentences written for these tests (bench/sentences/conv36.txt)."""
from __future__ import annotations

from tawatur.model import Article
from tawatur.pipeline import analyze


def events(text: str, published: str = "2019-06-10") -> set[tuple[str, str, str, str]]:
    evs = analyze(Article(id="c36", raw=text, published=published)).events
    return {(e.type, e.polarity, e.place.name, e.actor.side) for e in evs}


def test_a_denied_responsibility_is_the_act_denied_of_the_deniers_side() -> None:
    got = events("نفت الجبهة الوطنية للتحرير مسؤوليتها عن قصف حي الحمدانية في حلب.")
    assert got == {("attack", "denied", "الحمدانية", "opposition")}
    # a long denier, its description between commas
    got = events('نفت "الجبهة الوطنية للتحرير"، المدعومة من تركيا، مسؤوليتها عن قصف حي الحمدانية.')
    assert got == {("attack", "denied", "الحمدانية", "opposition")}
    got = events("ونفت قوات سوريا الديمقراطية مسؤوليتها عن استهداف دورية للأمن العام قرب بلدة دير حافر.", "2025-03-10")
    assert got == {("attack", "denied", "دير حافر", "sdf")}


def test_disowning_and_denying_a_claim_deny_the_act_of_the_denier() -> None:
    got = events("تبرأت الجبهة الوطنية للتحرير من قصف حي الحمدانية في حلب.")
    assert got == {("attack", "denied", "الحمدانية", "opposition")}
    got = events("ونفت هيئة تحرير الشام في بيان تبنيها الهجوم على بلدة جورين.")
    assert got == {("attack", "denied", "جورين", "opposition")}


def test_a_claim_made_or_not_made_still_asserts_the_act() -> None:
    got = events("وأعلن فصيل جيش العزة مسؤوليته عن الهجوم على حاجز قرية الحماميات.")
    assert got == {("attack", "asserted", "الحماميات", "opposition")}
    got = events("ولم تعلن أي جهة مسؤوليتها عن الهجوم على حاجز قرية الحماميات.")
    assert got == {("attack", "asserted", "الحماميات", "unknown")}


def test_an_act_told_before_it_is_disowned_stands_with_no_side() -> None:
    got = events("سقطت قذائف على حي الحمدانية في حلب. وتبرأت الجبهة الوطنية للتحرير من القصف.")
    assert got == {("attack", "asserted", "الحمدانية", "unknown")}


def test_a_pronoun_destination_beside_a_named_origin() -> None:
    got = events("وتقع بلدة سرمدا قرب الحدود، وقد نزحت إليها آلاف العائلات من معرة النعمان.", "2019-05-10")
    assert {(t, p) for t, _, p, _ in got} == {("displacement", "سرمدا"), ("displacement", "معرة النعمان")}
    # a town only described as a refuge by a relative clause is no destination told
    got = events("وقصفت الطائرات بلدة البويضة الشرقية التي لجأ إليها مئات النازحين من ريف القصير.", "2013-05-10")
    assert ("displacement", "asserted", "البويضة الشرقية", "civilians") not in got


def test_a_flight_compelled_leaves_the_place_of_what_compelled_it() -> None:
    got = events("قصفت طائرات النظام بلدة كفرنبل، ما أجبر الأهالي على النزوح إلى مدينة الدانا.", "2019-05-10")
    assert {(t, p) for t, _, p, _ in got if t == "displacement"} == {("displacement", "كفرنبل"),
                                                                      ("displacement", "الدانا")}
    got = events("اقتحمت قوات النظام بلدة التمانعة، ما أرغم مئات العائلات على الفرار نحو بلدة حيش.", "2019-05-10")
    assert {(t, p) for t, _, p, _ in got if t == "displacement"} == {("displacement", "التمانعة"),
                                                                      ("displacement", "حيش")}
