from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    import extractor

    return extractor.load()


@pytest.fixture(scope="session")
def tokenizer_nlp():
    import spacy

    import extractor.tokenizer  # noqa: F401

    return spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": "vi_coop.underthesea_tokenizer.v1"}}})
