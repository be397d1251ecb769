"""The named word sets the event rules test tokens against (members and meaning: ``wordsets.tsv``)."""
from __future__ import annotations

from ..read.wordsets import wordlist, wordset

# a sentence opening with one of these continues the previous report (and takes its place)
CONTINUATION_VERBS = wordset("continuation_verb")
# words after a comma that carry on a trigger's arguments ("، على 15 مدينة", "، منها X وY")
ARGUMENT_WORDS = wordset("argument_word")
RELATIVES = wordset("relative_word")
RESUMPTIVES = wordset("resumptive_pronoun")
BACKER_PREFIXES = wordlist("backer_stem")
FORCE_NOUNS = wordset("force_head_noun")
CIVILIAN_TYPES = {"displacement", "protest", "other", "evacuation"}
AREA_WORDS = wordset("any_place_backref")
CITY_KINDS = {"city", "town", "village", "capital", "neighbourhood", "governorate_capital"}
RESIDENT_NOUNS = wordset("resident_noun")
VICTIM_MARKERS = wordset("victim_marker")
AGENT_MARKERS = wordset("agent_marker")
# small closed classes the rules below test tokens against (members and meaning: wordsets.tsv)
CONJUNCTION = wordlist("conjunction_proclitic")
COORDINATION = wordlist("coordination_clitic")
IN = wordset("in_preposition")
IN_CLITIC = wordlist("in_clitic")
LAM = wordlist("object_clitic")
PARTITIVE = wordset("count_partitive")
SINCE = wordset("since_preposition")
IMPERFECT = wordlist("imperfect_prefix")
NOT_AGENT = wordset("non_agent_preposition")
RECIPIENT = wordset("recipient_preposition")
OR = wordset("disjunction")
ARTICLE = wordlist("definite_article")
INSIDE = wordlist("inside_stem")
ARRIVE = wordlist("arrive_stem")
POSSESSIVE = wordlist("force_possessive_suffix")
TIME_LINKER = wordset("temporal_linker")
BETWEEN = wordset("between_preposition")
DUAL = wordlist("dual_suffix")
