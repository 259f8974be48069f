"""Independent check of general_news_org_2.jsonl: validate.py's checks plus three of set 2's own."""
import json

import select_candidates as _s
from validate import check

recs, ids = check('general_news_org_2.jsonl')
# set 2 only: disjoint from set 1, 30 articles, candidate rule holds
set1 = {json.loads(l)["id"] for l in open('general_news_org.jsonl', encoding='utf-8')}
assert not (ids & set1), "overlap with set 1"
assert len(recs) == 30
for r in recs:
    assert len(set(m.group(0) for m in _s.CUES.finditer(r["text"]))) >= 2, r["id"]
print("disjoint from set 1 (", len(set1), "ids ); distinct surface forms:",
      len({r["text"][e["start"]:e["end"]] for r in recs for e in r["entities"]}))
