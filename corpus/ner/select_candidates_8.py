"""Deterministic candidate listing for ORG check set 8.
Same candidate rule as select_candidates.py (800 <= len(text) <= 2500 and
>= 2 distinct hits of the same ORG cue regex, which only orders reading and is
not used for annotation). Differences, so that set 8 is an independent sample:
  * the set-1 to set-7 article ids (general_news_org.jsonl, general_news_org_2.jsonl,
    ..., general_news_org_7.jsonl) are excluded;
  * PARITY RULE: only candidates with int(sha1(id), 16) % 2 == 0 are kept (a sister
    set 9 built at the same time keeps the odd ones, so the two are disjoint);
  * within each topic candidates are sorted by sha1(SALT + id), SALT = "org-set-8:".
Articles are read in this order and the first ones judged (by reading) to
contain >= 2 distinct, unambiguous organisation names are accepted.
Usage: python3 select_candidates_8.py TOPIC START N"""
import sys
from select_candidates import candidates as _candidates, show
SALT = "org-set-8:"
EXCLUDE = ("general_news_org.jsonl", "general_news_org_2.jsonl", "general_news_org_3.jsonl",
           "general_news_org_4.jsonl", "general_news_org_5.jsonl", "general_news_org_6.jsonl",
           "general_news_org_7.jsonl")


def candidates():
    return _candidates(SALT, EXCLUDE, half=0)


if __name__ == "__main__":
    show(candidates(), sys.argv)
