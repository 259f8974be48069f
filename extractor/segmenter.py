"""Word segmentation identical to ``underthesea.word_tokenize``, ~10x faster (issue #9).

Why this exists: ``word_tokenize`` was more than half of the pipeline's time.  Inside it, ~70%
goes to the Rust ``CRFFeaturizer.process``, which builds 43 feature *strings* per syllable
("T[-1,0].lower=hà nội", ...) only for ``CRFTagger.tag`` to hash them straight back to weights,
~25% to that tagger and ~12% to the regex syllable tokenizer.  The 43 templates of the
``ws_crf_vlsp2013_20230727`` model each read one syllable (offsets -2..2), two adjacent
syllables or three adjacent syllables, and every feature value is a function of that window's
text.  So what a given syllable, pair or triple contributes to each label at each relative
offset never changes.  We therefore

1. read the CRFsuite model file (``models.bin``) ourselves and merge its state weights per
   window length and kind (raw text, lower-cased text, boolean flags) instead of per attribute
   string;
2. precompute the complete vector of every pair and triple the model has a text weight for,
   and cache it per distinct syllable (news text repeats the same few thousand syllables), so
   tagging is a handful of dict lookups per syllable;
3. with two labels only the score difference I-W minus B-W matters: sum those differences per
   position and run underthesea_core's ``CRFTagger`` Viterbi on them (same comparisons,
   strict ``>``, ties to the lower label id).

Exactness.  Summing the same 43 weights grouped by window changes a score in its last bits.
That matters only when two Viterbi alternatives are (near) tied, which does happen: runs of
syllables the model knows nothing about get identical scores.  Any comparison closer than
:data:`TIE_MARGIN` makes :meth:`Segmenter.tag` redo the sentence with absolute scores summed in
the Rust featurizer's own order, so even ties break the same way (16 of 86k VNTC sentences).

Syllables are underthesea's own ``regex_tokenize`` (its compiled pattern, character and token
normalisation), memoised per whitespace-separated chunk: no match of the pattern starts at or
crosses whitespace except its "Th.S" abbreviations (which send a sentence to the plain regex),
and the last chunk, where ``$`` can match, is tokenised in place.  The memo is only used while
the pattern is byte-identical to the one this reasoning was checked against.  Words are joined
exactly like ``word_tokenize`` does (an ``I-W`` syllable is appended to the previous word with
one space).

Equality with ``word_tokenize`` is tested in ``tests/test_segmenter.py`` and was checked on every
sentence of the first 2,000 VNTC documents (0 differences in 86,304 sentences).  If the model
files cannot be read, or do not have the expected layout (a different underthesea release), the
module warns once and every call goes to ``underthesea.word_tokenize`` instead.
"""
from __future__ import annotations

import hashlib
import itertools
import operator
import os
import re
import struct
import threading
import warnings
from collections.abc import Callable, Sequence

import numpy as np

__all__ = ["segment", "Segmenter", "load_segmenter", "model_dir"]

_MODEL_NAME = "ws_crf_vlsp2013_20230727"

#: The syllable cache and the token-normalisation cache are dropped wholesale when they grow
#: past this many entries, so memory stays bounded over 10k+ documents (1,500 VNTC articles have
#: 18k distinct syllables).  Pairs and triples are not cached: most are seen once, and their
#: vectors come from tables precomputed at load time.
MAX_CACHE = 30_000

#: A Viterbi comparison closer than this is redone with the scores summed in underthesea_core's
#: own order (``Segmenter.exact_emissions``).  Regrouping 43 additions changes a position's score
#: by ~1e-15 and a 1,000-syllable path's by < 1e-10, so 1e-6 leaves a wide safety margin while
#: real (non-tie) decisions are practically never that close.
TIE_MARGIN = 1e-6

# Padding markers for positions before the first / after the last syllable.  Not strings, so no
# syllable can ever collide with them.
_BOS = None
_EOS = Ellipsis
_RISKY = object()  # chunk-cache value: tokenise the whole sentence in place

_TEMPLATE_RE = re.compile(r"T\[(?P<index1>-?\d+)(,(?P<index2>-?\d+))?](\[(?P<column>.*)])?(\.(?P<function>.*))?")
_I32_RE = re.compile(r"[+-]?[0-9]+\Z")
_BOOLEAN = ("isdigit", "istitle", "is_in_dict")
#: sha256 of ``regex_tokenize.patterns.pattern`` (underthesea 9.5) that the chunk fast path of
#: ``Segmenter.syllables`` was derived from; with any other pattern every chunk takes the regex.
_PATTERN_SHA256 = "ed7f6df4bba1133b1fd2baf02d612b7ef6912f0460f7a8166bd6b4aa8f072d25"
_FEATURE_DTYPE = np.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("weight", "<f8")])


def model_dir() -> str:
    """Directory of underthesea's word-segmentation CRF model (no import of the model itself)."""
    import underthesea.pipeline.word_tokenize as wt

    return os.path.join(os.path.dirname(wt.__file__), "models", _MODEL_NAME)


# ------------------------------------------------------------------------------ model reading
def _read_cqdb(buf: bytes, base: int) -> list[str]:
    """Strings of a CRFsuite CQDB database, indexed by id, via its backward (id -> record) array.

    Record layout: id (u32), key size (u32, NUL included), key bytes.
    """
    magic, _size, _flag, _byteorder, bwd_size, bwd_offset = struct.unpack_from("<4sIIIII", buf, base)
    if magic != b"CQDB":
        raise ValueError(f"not a CQDB chunk at {base}")
    offsets = struct.unpack_from(f"<{bwd_size}I", buf, base + bwd_offset)
    out: list[str] = []
    for i, off in enumerate(offsets):
        rec_id, ksize = struct.unpack_from("<II", buf, base + off)
        if rec_id != i:
            raise ValueError(f"CQDB record {i} has id {rec_id}")
        key = buf[base + off + 8:base + off + 8 + ksize]
        out.append(key[:-1].decode("utf-8") if key.endswith(b"\0") else key.decode("utf-8"))
    return out


def read_crfsuite_model(path: str) -> tuple[list[str], list[str], np.ndarray, list[list[float]]]:
    """Labels, attributes, state weights (array ``[attr id, label id]``) and transition matrix.

    The file is CRFsuite's "lCRF"/"FOMC" format: a 48-byte header of 12 little-endian u32
    (magic, size, type, version, num_features, num_labels, num_attrs, off_features, off_labels,
    off_attrs, off_labelrefs, off_attrrefs), a "FEAT" chunk of 20-byte records (type u32 -- 0 state
    attr->label, 1 transition label->label --, src u32, dst u32, weight f64), and labels and
    attributes as CQDB string databases.  The 100k feature records are read with numpy, not as
    Python objects, to keep loading fast and its memory peak low.
    """
    with open(path, "rb") as fh:
        buf = fh.read()
    (magic, _size, mtype, _version, _nfeat, num_labels, num_attrs, off_features, off_labels, off_attrs,
     _off_lrefs, _off_arefs) = struct.unpack_from("<4sI4s9I", buf, 0)
    if magic != b"lCRF" or mtype != b"FOMC":
        raise ValueError(f"{path}: not a CRFsuite FOMC model")
    chunk, _csize, nrec = struct.unpack_from("<4sII", buf, off_features)
    if chunk != b"FEAT":
        raise ValueError(f"{path}: no FEAT chunk")
    labels = _read_cqdb(buf, off_labels)
    attrs = _read_cqdb(buf, off_attrs)
    if len(labels) != num_labels or len(attrs) != num_attrs:
        raise ValueError(f"{path}: {len(labels)} labels / {len(attrs)} attributes, header says "
                         f"{num_labels} / {num_attrs}")
    records = np.frombuffer(buf, dtype=_FEATURE_DTYPE, count=nrec, offset=off_features + 12)
    is_state = records["type"] == 0
    state = np.zeros((num_attrs, num_labels), dtype=np.float64)
    state[records["src"][is_state], records["dst"][is_state]] = records["weight"][is_state]
    trans = [[0.0] * num_labels for _ in range(num_labels)]
    for rec in records[records["type"] == 1]:
        trans[int(rec["src"])][int(rec["dst"])] = float(rec["weight"])
    return labels, attrs, state, trans


def _load_pickle(path: str) -> object:
    """A joblib file underthesea wrote (plain pickles of a list / set): C ``pickle`` is ~4x faster
    than ``joblib.load``'s pure-Python unpickler; joblib stays the fallback for other formats."""
    import pickle

    try:
        with open(path, "rb") as fh:
            return pickle.load(fh)
    except Exception:
        import joblib

        return joblib.load(path)


# ------------------------------------------------------------------ feature functions (Rust's)
def _rust_isdigit(text: str) -> bool:
    """``text.parse::<i32>().is_ok()``: optional sign, ASCII digits, inside the i32 range."""
    return _I32_RE.match(text) is not None and -2147483648 <= int(text) <= 2147483647


def _rust_istitle(text: str) -> bool:
    """underthesea_core's ``istitle``: every space-separated part starts with a char equal to its
    upper-case form (so digits and punctuation count as "title")."""
    for part in text.split(" "):
        c = part[:1]
        if c != c.upper():
            return False
    return True


def _diff(vec: tuple[float, ...]) -> tuple[float, ...]:
    """Per offset, label-1 weight minus label-0 weight: all a two-label Viterbi needs."""
    return tuple(map(operator.sub, vec[1::2], vec[0::2]))


def _crossing_risk(chunk: str) -> bool:
    """Could a match of underthesea's pattern run from this chunk over the following space?

    Only its ``Th.S`` / ``Th.s`` abbreviations can: their '.' is unescaped and matches any
    character, the space after a chunk ending in "Th" included.
    """
    return chunk.endswith("Th")


class _WindowTables:
    """Weights of every template that reads a window of ``length`` syllables, merged per kind.

    ``raw`` / ``lower`` map a window text (lower-cased for ``lower``) to a vector with 2 slots
    (label 0, label 1) per start offset; ``consts`` maps the (isdigit, istitle, is_in_dict)
    flags to the summed vector of the boolean templates.  A window's vector is raw + lower +
    consts, so a cache miss costs three dict lookups instead of one string build and hash per
    template.  Each (length, offset, kind) has at most one template (checked when loading), so a
    vector slot holds that template's weight exactly.
    """

    def __init__(self, width: int):
        self.width = width
        self.raw: dict[str, tuple[float, ...]] = {}
        self.lower: dict[str, tuple[float, ...]] = {}
        self.has_isdigit = self.has_istitle = self.has_in_dict = False
        self.consts: dict[tuple[bool, bool, bool], tuple[float, ...]] = {}


class Segmenter:
    """The CRF word segmenter: precomputed window tables plus per-syllable and per-chunk caches.

    Each forked worker gets its own copy of the caches; the model tables are shared copy-on-write.
    """

    #: the template layout the fast path is written for (window length -> start offsets)
    LAYOUT = {1: [-2, -1, 0, 1, 2], 2: [-2, -1, 0, 1], 3: [-2, -1, 0]}

    def __init__(self, directory: str | None = None, max_cache: int = MAX_CACHE):
        directory = directory or model_dir()
        labels, attrs, state, trans = read_crfsuite_model(os.path.join(directory, "models.bin"))
        template_strings = _load_pickle(os.path.join(directory, "features.bin"))
        self.dictionary: set[str] = _load_pickle(os.path.join(directory, "dictionary.bin"))
        if not isinstance(self.dictionary, (set, frozenset)):
            self.dictionary = set(self.dictionary)
        if len(labels) != 2 or "I-W" not in labels:
            raise ValueError(f"expected the labels B-W / I-W, got {labels}")
        self.labels = labels
        self.i_tag = "I-W"
        self.trans = trans
        self.max_cache = max_cache
        # (syntax, offset1, offset2, function) in file order -- the Rust featurizer's order
        templates: list[tuple[str, int, int, str | None]] = []
        for syntax in template_strings:
            m = _TEMPLATE_RE.fullmatch(syntax)
            if m is None or m.group("column") not in (None, "0"):
                raise ValueError(f"unsupported feature template {syntax!r}")
            off1 = int(m.group("index1"))
            off2 = int(m.group("index2")) if m.group("index2") is not None else off1
            func = m.group("function")
            if off2 < off1 or func not in (None, "lower", "isdigit", "istitle", "is_in_dict"):
                raise ValueError(f"unsupported feature template {syntax!r}")
            templates.append((syntax, off1, off2, func))
        offsets: dict[int, list[int]] = {}
        for _syntax, off1, off2, _func in templates:
            offs = offsets.setdefault(off2 - off1 + 1, [])
            if off1 not in offs:
                offs.append(off1)
        for offs in offsets.values():
            offs.sort()
        if offsets != self.LAYOUT:
            raise ValueError(f"feature template layout {offsets} is not the one this segmenter is written for")
        self.offsets = offsets
        # syntax -> (window length, slot, function); at most one template per (length, slot, function)
        where: dict[str, tuple[int, int, str | None]] = {}
        for syntax, off1, off2, func in templates:
            n = off2 - off1 + 1
            key = (n, offsets[n].index(off1), func)
            if key in where.values() or syntax in where:
                raise ValueError(f"duplicate feature template {syntax!r}")
            where[syntax] = key
        tables = {n: _WindowTables(2 * len(offs)) for n, offs in offsets.items()}
        building: dict[tuple[int, str | None], dict[str, list[float]]] = {}
        booleans: dict[str, dict[str, tuple[float, float]]] = {t[0]: {} for t in templates if t[3] in _BOOLEAN}
        for attr, (w0, w1) in zip(attrs, state.tolist()):
            syntax, sep, value = attr.partition("=")
            loc = where.get(syntax)
            if loc is None or not sep:
                continue  # an attribute no template can produce
            n, slot, func = loc
            if func in _BOOLEAN:
                booleans[syntax][value] = (w0, w1)
                continue
            table = building.setdefault((n, func), {})
            vec = table.get(value)
            if vec is None:
                vec = table[value] = [0.0] * tables[n].width
            vec[2 * slot] = w0
            vec[2 * slot + 1] = w1
        for (n, func), table in building.items():
            frozen = {value: tuple(vec) for value, vec in table.items()}
            if func is None:
                tables[n].raw = frozen
            else:
                tables[n].lower = frozen
        del building, attrs, state
        for n, t in tables.items():
            funcs = {f for syntax, (m, _slot, f) in where.items() if m == n}
            t.has_isdigit, t.has_istitle, t.has_in_dict = ("isdigit" in funcs, "istitle" in funcs,
                                                           "is_in_dict" in funcs)
            for flags in itertools.product((False, True), repeat=3):
                value_of = dict(zip(("isdigit", "istitle", "is_in_dict"), flags))
                vec = [0.0] * t.width
                for syntax, _off1, _off2, func in templates:
                    m, slot, _f = where[syntax]
                    if m == n and func in _BOOLEAN:
                        w = booleans[syntax].get("True" if value_of[func] else "False")
                        if w is not None:
                            vec[2 * slot] += w[0]
                            vec[2 * slot + 1] += w[1]
                t.consts[flags] = tuple(vec)
        self.tables = tables
        # per template, in file order: (offset1, offset2, function, length, slot, boolean weights)
        self._ordered = [(off1, off2, func, off2 - off1 + 1, where[syntax][1], booleans.get(syntax))
                         for syntax, off1, off2, func in templates]
        # vectors of windows that start before the sentence (value "BOS") or run past it ("EOS")
        self.bos = {n: _diff(self._window_vector((_BOS,) * n)) for n in offsets}
        self.eos = {n: _diff(self._window_vector((_EOS,) * n)) for n in offsets}
        # syllable -> (its 5 I-W minus B-W weights, one per offset, istitle): the run-time cache
        self.syllable_cache: dict[str, tuple] = {}
        # Complete pair / triple vectors, so that tagging never adds vectors at run time:
        # _full*: window texts with a raw-text weight; _lower2: lower-cased pair texts with a
        # weight, by [istitle]; _const*: windows the model has no text weight for, by
        # [istitle][is_in_dict].  None of the pair / triple templates uses isdigit.
        t2, t3 = tables[2], tables[3]
        if t2.has_isdigit or t3.has_isdigit or t3.lower:
            raise ValueError("pair / triple templates of an unsupported kind")
        const2 = [[t2.consts[(False, title, in_dict)] for in_dict in (False, True)] for title in (False, True)]
        const3 = [[t3.consts[(False, title, in_dict)] for in_dict in (False, True)] for title in (False, True)]
        self._const2 = [[_diff(v) for v in row] for row in const2]
        self._const3 = [[_diff(v) for v in row] for row in const3]
        self._full2 = {text: _diff(self.window_vector(2, text)) for text in t2.raw}
        self._full3 = {text: _diff(self.window_vector(3, text)) for text in t3.raw}
        # (the fast path only needs the differences to within rounding: ties are redone exactly)
        self._lower2 = {}
        dictionary = self.dictionary
        add = operator.add
        c2 = self._const2
        for low, vec in t2.lower.items():
            d = _diff(vec)
            row = c2[0][low in dictionary], c2[1][low in dictionary]
            self._lower2[low] = (tuple(map(add, d, row[0])), tuple(map(add, d, row[1])))
        self._norm_cache: dict[str, str] = {}
        # whitespace-separated chunk -> its normalised tokens (or _RISKY)
        self._chunk_cache: dict[str, tuple[str, ...] | object] = {}
        self._checked_pattern: re.Pattern | None = None
        self._fast_chunks = False

    # ---------------------------------------------------------------------------- windows
    def template_weight(self, index: int, value: str) -> tuple[float, float] | None:
        """Weights (label 0, label 1) of attribute ``<template index>=<value>``; None if unknown.

        For a value the model knows only at another offset this gives (0.0, 0.0), which adds
        exactly nothing, like underthesea_core adding a missing (attribute, label) weight of 0.0.
        """
        _off1, _off2, func, n, slot, boolean = self._ordered[index]
        if boolean is not None:
            return boolean.get(value)
        t = self.tables[n]
        vec = (t.raw if func is None else t.lower).get(value)
        return None if vec is None else (vec[2 * slot], vec[2 * slot + 1])

    def feature_value(self, index: int, tokens: Sequence[str], t: int) -> str:
        """The value template ``index`` gives position ``t``, worded as the Rust featurizer does."""
        off1, off2, func, _n, _slot, _boolean = self._ordered[index]
        n = len(tokens)
        i1 = t + off1
        i2 = t + off2
        if i1 < 0:
            return "BOS"
        if i1 >= n or i2 >= n:
            return "EOS"
        text = tokens[i1] if i1 == i2 else " ".join(tokens[i1:i2 + 1])
        if func is None:
            return text
        if func == "lower":
            return text.lower()
        if func == "isdigit":
            return "True" if _rust_isdigit(text) else "False"
        if func == "istitle":
            return "True" if _rust_istitle(text) else "False"
        return "True" if text.lower() in self.dictionary else "False"

    def _window_vector(self, window: tuple) -> tuple[float, ...]:
        """Reference computation, template by template, as the Rust featurizer words the values.

        Used for the BOS / EOS windows and to check :meth:`window_vector` (tests).  ``window``
        holds syllables, or the ``_BOS`` / ``_EOS`` padding markers.
        """
        n = len(window)
        vec = [0.0] * self.tables[n].width
        if window[0] is _BOS:
            special = "BOS"
        elif _EOS in window:
            special = "EOS"
        else:
            special = None
        tokens = list(window)
        for index, (off1, _off2, _func, m, slot, _boolean) in enumerate(self._ordered):
            if m != n:
                continue
            if special is not None:
                value = special
            else:  # evaluate the template at the position that reads this window from its start
                value = self.feature_value(index, tokens, -off1)
            w = self.template_weight(index, value)
            if w is not None:
                vec[2 * slot] += w[0]
                vec[2 * slot + 1] += w[1]
        return tuple(vec)

    def window_vector(self, length: int, text: str) -> tuple[float, ...]:
        """Summed weights of all templates reading the window whose syllables joined by " " are ``text``.

        Every template value of a window is a function of that joined text (the Rust featurizer
        builds exactly this string before applying ``lower`` / ``istitle`` / ``is_in_dict``), so
        it is also the cache key.
        """
        t = self.tables[length]
        low = text.lower()
        flags = (t.has_isdigit and _rust_isdigit(text), t.has_istitle and _rust_istitle(text),
                 t.has_in_dict and low in self.dictionary)
        const = t.consts[flags]
        raw = t.raw.get(text)
        lw = t.lower.get(low)
        if raw is None and lw is None:
            return const
        vec = [0.0] * t.width
        for part in (raw, lw, const):
            if part is not None:
                for i, w in enumerate(part):
                    vec[i] += w
        return tuple(vec)

    # ---------------------------------------------------------------------------- tagging
    def tag(self, tokens: list[str]) -> list[str]:
        """CRF labels for ``tokens`` (what ``FastCRFSequenceTagger.predict`` returns)."""
        n = len(tokens)
        if n == 0:
            return []
        max_cache = self.max_cache
        # syllables: cached (5 weight differences, istitle); the flag spares pairs and triples istitle
        cache = self.syllable_cache
        if len(cache) > max_cache:
            cache.clear()
        uni = [cache.get(tok) for tok in tokens]
        if None in uni:
            for i, v in enumerate(uni):
                if v is None:
                    tok = tokens[i]
                    v = cache.get(tok)
                    if v is None:
                        v = cache[tok] = _diff(self.window_vector(1, tok)) + (_rust_istitle(tok),)
                    uni[i] = v
        titles = [v[5] for v in uni]
        # pairs and triples are not cached (most are seen once): every vector is a lookup in
        # tables precomputed at load.  istitle of "a b" is istitle(a) and istitle(b) (it splits
        # on " ", and syllables never start or end with one); lower("a b") is "a b".lower().
        dictionary = self.dictionary
        pairs = [a + " " + b for a, b in zip(tokens, tokens[1:])]
        titles2 = [ta and tb for ta, tb in zip(titles, titles[1:])]
        full, by_lower, const = self._full2, self._lower2, self._const2
        bi = [full.get(k) or (by_lower[low][t] if low in by_lower else const[t][low in dictionary])
              for k, low, t in zip(pairs, [k.lower() for k in pairs], titles2)]
        triples = [p + " " + c for p, c in zip(pairs, tokens[2:])]
        full, const = self._full3, self._const3
        tri = [full.get(k) or const[ta and tb][k.lower() in dictionary]
               for k, ta, tb in zip(triples, titles2, titles[2:])]
        b1, b2, b3 = self.bos[1], self.bos[2], self.bos[3]
        z1, z2, z3 = self.eos[1], self.eos[2], self.eos[3]
        # window vectors over the sentence padded with two BOS and two EOS positions; the window
        # starting at padded index i is read by position t = i - 2 - offset
        U = [b1, b1] + uni + [z1, z1]
        B = [b2, b2] + bi + [z2, z2]
        C = [b3, b3] + tri + [z3, z3] if n > 1 else [b3, b3, z3]
        # per position: score(I-W) - score(B-W)
        delta = [u0[0] + u1[1] + u2[2] + u3[3] + u4[4] + v0[0] + v1[1] + v2[2] + v3[3] + w0[0] + w1[1] + w2[2]
                 for u0, u1, u2, u3, u4, v0, v1, v2, v3, w0, w1, w2
                 in zip(U, U[1:], U[2:], U[3:], U[4:], B, B[1:], B[2:], B[3:], C, C[1:], C[2:])]
        labels = self._viterbi_delta(delta)
        if labels is None:  # a (near) tie: decide it with underthesea_core's own arithmetic
            labels = self._viterbi(*self.exact_emissions(tokens))
        return labels

    def exact_emissions(self, tokens: Sequence[str]) -> tuple[list[float], list[float]]:
        """Per-position label scores summed template by template, in the Rust featurizer's order.

        The cached path adds the same weights grouped by window, so its sums can differ from the
        Rust ones in the last bits.  That only matters when two Viterbi alternatives tie, which
        happens for runs of syllables the model knows nothing about (their feature sets are
        identical); :meth:`tag` then recomputes the scores here, bit for bit as underthesea_core
        does (sequential ``+=`` from 0.0 over the templates in file order).
        """
        tokens = list(tokens)
        count = len(self._ordered)
        value = self.feature_value
        weight = self.template_weight
        e0: list[float] = []
        e1: list[float] = []
        for t in range(len(tokens)):
            s0 = 0.0
            s1 = 0.0
            for index in range(count):
                w = weight(index, value(index, tokens, t))
                if w is not None:
                    s0 += w[0]
                    s1 += w[1]
            e0.append(s0)
            e1.append(s1)
        return e0, e1

    def _viterbi_delta(self, delta: list[float]) -> list[str] | None:
        """Two-label Viterbi on score differences; None if any decision is closer than TIE_MARGIN.

        With two labels only d = score(path ending in label 1) - score(path ending in label 0)
        matters: label y's best predecessor compares ``s0 + trans[0][y]`` with ``s1 + trans[1][y]``,
        i.e. ``trans[0][y]`` with ``d + trans[1][y]``.  Same comparisons, same strict ``>``
        (ties to label 0) as underthesea_core's ``CRFTagger``, but a different rounding, hence
        the margin check.
        """
        (t00, t01), (t10, t11) = self.trans
        n = len(delta)
        hi = TIE_MARGIN
        lo = -hi
        back0 = [0] * n
        back1 = [0] * n
        d = delta[0]
        for t in range(1, n):
            b0 = d + t10
            b1 = d + t11
            x = b0 - t00
            if lo < x < hi:
                return None
            y = b1 - t01
            if lo < y < hi:
                return None
            if x > 0:
                back0[t] = 1
                m0 = b0
            else:
                m0 = t00
            if y > 0:
                back1[t] = 1
                m1 = b1
            else:
                m1 = t01
            d = m1 - m0 + delta[t]
        if lo < d < hi:
            return None
        label = 1 if d > 0 else 0
        path = [0] * n
        path[n - 1] = label
        for t in range(n - 1, 0, -1):
            label = back1[t] if label else back0[t]
            path[t - 1] = label
        labels = self.labels
        return [labels[y] for y in path]

    def _viterbi(self, e0: list[float], e1: list[float]) -> list[str]:
        """Two-label Viterbi exactly as underthesea_core's ``CRFTagger``: absolute scores, previous
        labels tried in id order with a strict ``>`` (ties go to the lower id), final label likewise."""
        (t00, t01), (t10, t11) = self.trans
        n = len(e0)
        s0, s1 = e0[0], e1[0]
        back0 = [0] * n
        back1 = [0] * n
        for t in range(1, n):
            a = s0 + t00
            b = s1 + t10
            if b > a:
                n0 = b
                back0[t] = 1
            else:
                n0 = a
            a = s0 + t01
            b = s1 + t11
            if b > a:
                n1 = b
                back1[t] = 1
            else:
                n1 = a
            s0 = n0 + e0[t]
            s1 = n1 + e1[t]
        y = 1 if s1 > s0 else 0
        path = [0] * n
        path[n - 1] = y
        for t in range(n - 1, 0, -1):
            y = back1[t] if y else back0[t]
            path[t - 1] = y
        labels = self.labels
        return [labels[y] for y in path]

    # ---------------------------------------------------------------------- tokenising
    def syllables(self, sentence: str) -> list[str]:
        """``regex_tokenize.tokenize(sentence)``: underthesea's syllables, normalised as it does.

        underthesea runs its 14-way alternation at every syllable (~4 us each), builds a
        ``groupdict()`` per match and normalises every token.  Here, per whitespace-separated
        chunk, the normalised tokens are cached: no match of the pattern starts at or crosses
        whitespace (the one exception, the unescaped "Th.S" / "Th.s" abbreviations, is caught by
        :func:`_crossing_risk`) and its look-arounds see at most the one whitespace character
        next to a chunk, so a chunk's tokens do not depend on its neighbours -- except for the
        last chunk, where ``$`` can match, which is tokenised in place.
        """
        from underthesea.pipeline.word_tokenize import regex_tokenize as rt

        text = rt.normalize_characters_in_text(sentence)
        pattern = rt.patterns
        if pattern is not self._checked_pattern:
            # someone used ``fixed_words`` (underthesea then swaps the module-level pattern) or
            # this is another underthesea release: check before trusting the chunk cache
            self._fast_chunks = hashlib.sha256(pattern.pattern.encode()).hexdigest() == _PATTERN_SHA256
            self._checked_pattern = pattern
            self._chunk_cache.clear()
        if not self._fast_chunks:
            return self._normalised([m.group() for m in pattern.finditer(text)])
        chunks = text.split()
        if not chunks:
            return []
        cache = self._chunk_cache
        if len(cache) > self.max_cache:
            cache.clear()
        get = cache.get
        head = chunks[:-1]
        parts = [get(c) for c in head]
        if None in parts:
            for i, v in enumerate(parts):
                if v is None:
                    chunk = head[i]
                    v = cache.get(chunk)
                    if v is None:
                        # tokenised with one space after it, like a chunk in the middle of a text
                        v = cache[chunk] = (_RISKY if _crossing_risk(chunk) else
                                            tuple(self._normalised([m.group() for m in pattern.finditer(chunk + " ")])))
                    parts[i] = v
        if _RISKY in parts:
            return self._normalised([m.group() for m in pattern.finditer(text)])
        last = chunks[-1]
        start = len(text.rstrip()) - len(last)
        parts.append(self._normalised([m.group() for m in pattern.finditer(text, start)]))
        return list(itertools.chain.from_iterable(parts))

    def _normalised(self, tokens: list[str]) -> list[str]:
        """underthesea's ``token_normalize`` of every token, memoised."""
        cache = self._norm_cache
        if len(cache) > self.max_cache:
            cache.clear()
        get = cache.get
        out = [get(tok) for tok in tokens]
        if None in out:
            from underthesea.pipeline.word_tokenize import regex_tokenize as rt

            for i, norm in enumerate(out):
                if norm is None:
                    tok = tokens[i]
                    out[i] = cache[tok] = rt.token_normalize(tok)
        return out

    def segment(self, sentence: str) -> list[str]:
        """Words of ``sentence``; equal to ``underthesea.word_tokenize(sentence)``."""
        tokens = self.syllables(sentence)
        if not tokens:
            return []
        out: list[str] = []
        i_tag = self.i_tag
        for tag, token in zip(self.tag(tokens), tokens):
            if tag == i_tag and out:
                out[-1] = out[-1] + " " + token
            else:
                out.append(token)
        return out


_LOCK = threading.Lock()
_STATE: dict[str, object] = {}


def load_segmenter() -> Callable[[str], list[str]]:
    """The process-wide segment function: a :class:`Segmenter`, or ``word_tokenize`` if it fails.

    Loaded lazily on first use (0.3 s); a model loaded before ``fork`` is shared by the workers.
    """
    fn = _STATE.get("segment")
    if fn is not None:
        return fn  # type: ignore[return-value]
    with _LOCK:
        fn = _STATE.get("segment")
        if fn is None:
            try:
                seg = Segmenter()
                fn = seg.segment
                _STATE["segmenter"] = seg
            except Exception as exc:  # a different underthesea release: stay correct, just slower
                from underthesea import word_tokenize

                warnings.warn(f"extractor.segmenter: cannot read underthesea's word-segmentation model "
                              f"({type(exc).__name__}: {exc}); falling back to underthesea.word_tokenize",
                              RuntimeWarning, stacklevel=2)
                fn = word_tokenize
            _STATE["segment"] = fn
    return fn  # type: ignore[return-value]


def dictionary_words() -> frozenset[str] | set[str]:
    """underthesea's word list (lower case), the one the segmenter's dictionary feature reads; an
    empty set when the model files cannot be read.  A capitalised multi-syllable word that is not
    in it is a proper name ('Đại Đồng Tiến', 'Minh Phát'), not a common noun ('Kế hoạch')."""
    words = _STATE.get("dictionary")
    if words is None:
        seg = _STATE.get("segmenter")
        try:
            words = seg.dictionary if seg is not None else set(_load_pickle(os.path.join(model_dir(), "dictionary.bin")))
        except Exception:  # (a different underthesea release: callers then skip the test)
            words = frozenset()
        _STATE["dictionary"] = words
    return words  # type: ignore[return-value]


def segment(sentence: str) -> list[str]:
    """Words of one sentence, identical to ``underthesea.word_tokenize(sentence)``."""
    return load_segmenter()(sentence)
