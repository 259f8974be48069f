"""Test helpers shared by the reader and bad-input suites."""
from __future__ import annotations

import unicodedata

TONES = "\u0300\u0301\u0303\u0309\u0323"


def to_cp1258(text: str) -> bytes:
    """Encode like Windows does for Vietnamese (code page 1258): precomposed where cp1258 has the
    letter, else the base letter followed by its combining tone mark."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            nfd = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(c for c in nfd if c not in TONES))
            out += (base + "".join(c for c in nfd if c in TONES)).encode("cp1258")
    return bytes(out)
