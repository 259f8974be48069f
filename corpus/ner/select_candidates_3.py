"""Deterministic candidate listing for ORG check set 3.
Same candidate rule as select_candidates.py (800 <= len(text) <= 2500 and
>= 2 distinct hits of the same ORG cue regex, which only orders reading and is
not used for annotation). Differences, so that set 3 is an independent sample:
  * the set-1 and set-2 article ids (general_news_org.jsonl,
    general_news_org_2.jsonl) are excluded;
  * within each topic candidates are sorted by sha1(SALT + id), SALT = "org-set-3:".
Articles are read in this order and the first ones judged (by reading) to
contain >= 2 distinct, unambiguous organisation names are accepted.
Usage: python3 select_candidates_3.py TOPIC START N"""
import sys
from select_candidates import candidates as _candidates, show
SALT = "org-set-3:"
def candidates():
    return _candidates(SALT, ("general_news_org.jsonl", "general_news_org_2.jsonl"))
if __name__ == "__main__":
    show(candidates(), sys.argv)
