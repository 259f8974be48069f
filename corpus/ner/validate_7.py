"""Independent check of general_news_org_7.jsonl: validate.py's checks plus set 7's own
(disjoint from sets 1-5, 30 articles, candidate rule holds, parity rule holds:
int(sha1(id), 16) % 2 == 1 for every article, which keeps it disjoint from sister set 6)."""
import os

os.chdir(os.path.dirname(os.path.abspath(__file__)))
from validate import check_sister_set

check_sister_set(7, sister=6, parity=1)
