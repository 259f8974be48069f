"""Independent check of general_news_org_8.jsonl: validate.py's checks plus set 8's own
(disjoint from sets 1-7, 30 articles, candidate rule holds, parity rule holds:
int(sha1(id), 16) % 2 == 0 for every article, which keeps it disjoint from sister set 9)."""
import os

os.chdir(os.path.dirname(os.path.abspath(__file__)))
from validate import check_sister_set

check_sister_set(8, sister=9, parity=0)
