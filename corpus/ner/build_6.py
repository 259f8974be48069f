"""Build general_news_org_6.jsonl from annotations_6.py (same procedure and
checks as build_5.py: every annotation item must match something, no
duplicate or overlapping spans, 30 articles; helpers in buildlib.py)."""
import os
os.chdir(os.path.dirname(os.path.abspath(__file__)))
from selection_6 import selected
from annotations_6 import ANN
from buildlib import build

build(selected(), ANN, 30, "general_news_org_6.jsonl")
