"""Vietnamese cooperation-news extractor.

>>> import extractor
>>> nlp = extractor.load()                       # the configured spaCy Language
>>> records = extractor.extract("Ngày 03/7/2019, ...")   # the records of one document
"""
from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["load", "extract", "__version__"]

_NLP = None


def load(gazetteer_dir: str | None = None):
    """The configured spaCy ``Language``: underthesea tokenizer + the vi_* components."""
    from .pipeline import load as _load

    return _load(gazetteer_dir)


def extract(text: str, doc_id: str = "text", gazetteer_dir: str | None = None) -> dict[str, Any]:
    """Records of one document: {"document": {...}, "mentions": [...], "organizations": [...],
    "acronyms": [...], "cooperations": [...]} with offsets into ``text``."""
    global _NLP
    from .pipeline import get_gazetteer
    from .readers import RawDocument
    from .run import process_document

    if _NLP is None or gazetteer_dir is not None:
        _NLP = load(gazetteer_dir)
    result = process_document(_NLP, get_gazetteer(gazetteer_dir), RawDocument(doc_id, "<text>", text))
    return {"document": result.document, "mentions": result.mentions,
            "organizations": result.organizations, "acronyms": result.acronyms,
            "cooperations": result.cooperations}
