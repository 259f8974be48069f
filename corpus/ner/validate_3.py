"""Independent check of general_news_org_3.jsonl: validate.py's checks plus set 3's own
(disjoint from sets 1 and 2, 30 articles, candidate rule holds)."""
import json

import select_candidates as _s
from validate import check

recs, ids = check('general_news_org_3.jsonl')
set1 = {json.loads(l)["id"] for l in open('general_news_org.jsonl', encoding='utf-8')}
set2 = {json.loads(l)["id"] for l in open('general_news_org_2.jsonl', encoding='utf-8')}
assert not (ids & set1), "overlap with set 1"
assert not (ids & set2), "overlap with set 2"
assert len(recs) == 30
for r in recs:
    assert 800 <= len(r["text"]) <= 2500, r["id"]
    assert len(set(m.group(0) for m in _s.CUES.finditer(r["text"]))) >= 2, r["id"]
print("disjoint from set 1 (", len(set1), "ids ) and set 2 (", len(set2), "ids ); distinct surface forms:",
      len({r["text"][e["start"]:e["end"]] for r in recs for e in r["entities"]}))
