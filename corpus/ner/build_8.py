"""Build general_news_org_8.jsonl from annotations_8.py (same procedure and
checks as build_6.py: every annotation item must match something, no
duplicate or overlapping spans, 30 articles; helpers in buildlib.py)."""
import os
os.chdir(os.path.dirname(os.path.abspath(__file__)))
from selection_8 import selected
from annotations_8 import ANN
from buildlib import build

build(selected(), ANN, 30, "general_news_org_8.jsonl")
