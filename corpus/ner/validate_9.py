"""Independent check of general_news_org_9.jsonl: validate.py's checks plus set 9's own
(disjoint from sets 1-7, 30 articles, candidate rule holds, parity rule holds:
int(sha1(id), 16) % 2 == 1 for every article, which keeps it disjoint from sister set 8)."""
import json
import os

os.chdir(os.path.dirname(os.path.abspath(__file__)))
import select_candidates as _s
from validate import check

recs, ids = check('general_news_org_9.jsonl')
prev = {}
for n, name in ((1, 'general_news_org.jsonl'), (2, 'general_news_org_2.jsonl'), (3, 'general_news_org_3.jsonl'),
                (4, 'general_news_org_4.jsonl'), (5, 'general_news_org_5.jsonl'), (6, 'general_news_org_6.jsonl'),
                (7, 'general_news_org_7.jsonl')):
    prev[n] = {json.loads(l)["id"] for l in open(name, encoding='utf-8')}
    assert not (ids & prev[n]), f"overlap with set {n}"
assert len(recs) == 30
for r in recs:
    assert 800 <= len(r["text"]) <= 2500, r["id"]
    assert len(set(m.group(0) for m in _s.CUES.finditer(r["text"]))) >= 2, r["id"]
    assert _s.parity(r["id"]) == 1, ("parity", r["id"])
if os.path.exists('general_news_org_8.jsonl'):   # the sister set, if already built
    set8 = {json.loads(l)["id"] for l in open('general_news_org_8.jsonl', encoding='utf-8')}
    assert not (ids & set8), "overlap with set 8"
    print("disjoint from sister set 8 (", len(set8), "ids )")
else:
    print("sister set 8 not built yet: run validate_9.py again once general_news_org_8.jsonl exists")
print("disjoint from sets 1-7 (", ", ".join(str(len(prev[n])) for n in range(1, 8)),
      "ids ); parity rule holds; distinct surface forms:",
      len({r["text"][e["start"]:e["end"]] for r in recs for e in r["entities"]}))
