"""The held-out article sets: never read, run or scored by the bench scripts that sweep ``bench/articles*``.

One list for every script (rule_precision, wrong_places, diff_analysis, gazetteer_reference, type_confusions);
heldout17-26 were read in sessions 20-27 and are readable. The lead scores a held-out set by number only with
``bench/own_articles.py DIR``.
"""

HELD_OUT = frozenset({"articles_last", "articles_heldout27", "articles_heldout28", "articles_heldout29",
                      "articles_heldout30", "articles_heldout31", "articles_heldout32",
                      "articles_heldout33"})
