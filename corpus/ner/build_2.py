"""Build general_news_org_2.jsonl from annotations_2.py (same procedure and
checks as build.py, plus the "not_followed" selector; helpers in buildlib.py)."""
import os
os.chdir(os.path.dirname(os.path.abspath(__file__)))
from selection_2 import selected
from annotations_2 import ANN
from buildlib import build

build(selected(), ANN, 30, "general_news_org_2.jsonl")
