"""Word segmentation identical to ``underthesea.word_tokenize``, about 3x faster.

Why this exists: ``word_tokenize`` is more than half of the pipeline's time (issue #9).  Inside
it, ~70% goes to the Rust ``CRFFeaturizer.process``, which builds 43 feature *strings* per
syllable ("T[-1,0].lower=hà nội", ...) only for ``CRFTagger.tag`` to hash them straight back to
weights, and ~25% to that tagger.  The 43 templates of the ``ws_crf_vlsp2013_20230727`` model
read one syllable (offsets -2..2), two adjacent syllables or three adjacent syllables, so the
summed weight a given syllable / pair / triple contributes to each label at each relative offset
never changes.  We therefore

1. read the CRFsuite model file (``models.bin``) ourselves and index its state weights by
   (template, value) instead of by attribute string;
2. cache, per distinct syllable, pair and triple, its summed weights for both labels at every
   offset (news text repeats the same few thousand syllables, so nearly every lookup hits);
3. add the cached vectors per position and run the same two-label Viterbi as the Rust tagger
   (strict ``>``, lowest label id wins ties, same transition order).

Tokenisation into syllables is underthesea's own regular expression and normalisation
(``regex_tokenize``), only without its per-match ``groupdict()`` and with ``token_normalize``
memoised, so the syllables are the same by construction.  The words are then joined exactly like
``word_tokenize`` does (an ``I-W`` syllable is appended to the previous word with one space).

Equality with ``word_tokenize`` is tested in ``tests/test_segmenter.py`` and was checked on every
sentence of the first 2,000 VNTC documents.  The one theoretical difference: the per-position sum
adds the same 43 weights in a different order than the Rust code, so a Viterbi decision whose two
alternatives differ by less than ~1e-12 could flip; none did on the corpus.

If the model files cannot be read (a different underthesea release, a moved file) the module
warns once and every call goes to ``underthesea.word_tokenize`` instead.
"""
from __future__ import annotations

import itertools
import os
import re
import struct
import threading
import warnings
from collections.abc import Callable, Sequence

__all__ = ["segment", "Segmenter", "load_segmenter", "model_dir"]

_MODEL_NAME = "ws_crf_vlsp2013_20230727"

#: Cached syllable / pair / triple vectors are dropped wholesale when a cache grows past this
#: many entries.  Bounded memory over 10k+ documents matters more than the rare re-computation.
MAX_CACHE = 100_000

#: A Viterbi comparison closer than this is redone with the scores summed in underthesea_core's
#: own order (``Segmenter.exact_emissions``).  Regrouping 43 additions changes a position's score
#: by ~1e-15 and a 1,000-syllable path's by < 1e-10, so 1e-6 leaves a wide safety margin while
#: real (non-tie) decisions are practically never that close.
TIE_MARGIN = 1e-6

# Padding markers for positions before the first / after the last syllable.  Not strings, so no
# syllable can ever collide with them.
_BOS = None
_EOS = Ellipsis

_TEMPLATE_RE = re.compile(r"T\[(?P<index1>-?\d+)(,(?P<index2>-?\d+))?](\[(?P<column>.*)])?(\.(?P<function>.*))?")
_I32_RE = re.compile(r"[+-]?[0-9]+\Z")
_NONSPACE_RE = re.compile(r"\S+")


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


def read_crfsuite_model(path: str) -> tuple[list[str], list[str], dict[tuple[int, int], float],
                                            list[list[float]]]:
    """Labels, attributes, state weights ``{(attr id, label id): w}`` and transition matrix.

    The file is CRFsuite's "lCRF"/"FOMC" format: a 48-byte header of 12 little-endian u32
    (magic, size, type, version, num_features, num_labels, num_attrs, off_features, off_labels,
    off_attrs, off_labelrefs, off_attrrefs), a "FEAT" chunk of 20-byte records (type u32 -- 0 state
    attr->label, 1 transition label->label --, src u32, dst u32, weight f64), and labels and
    attributes as CQDB string databases.
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
    state: dict[tuple[int, int], float] = {}
    trans = [[0.0] * num_labels for _ in range(num_labels)]
    for ftype, src, dst, w in struct.iter_unpack("<IIId", buf[off_features + 12:off_features + 12 + 20 * nrec]):
        if ftype == 0:
            state[(src, dst)] = w
        elif ftype == 1:
            trans[src][dst] = w
    return labels, attrs, state, trans


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


def _th_risk(chunk: str) -> bool:
    """Could underthesea's ``Th.S`` / ``Th.s`` abbreviation match at this chunk?

    Their '.' is unescaped, so it matches any character -- even the space after a bare "Th".
    """
    return chunk.startswith("Th") and (len(chunk) == 2 or (len(chunk) >= 4 and chunk[3] in "sS"))


class _WindowTables:
    """Weights of every template that reads a window of ``length`` syllables, merged per kind.

    ``raw`` / ``lower`` map a (lower-cased) window text to a vector with 2 slots (label 0, label 1)
    per start offset; ``consts`` maps the (isdigit, istitle, is_in_dict) flags to the vector of
    the boolean templates.  A window's vector is raw + lower + consts, so a cache miss costs two
    or three dict lookups instead of one string build and hash per template.
    """

    def __init__(self, length: int, offsets: list[int], templates: list[tuple[int, str | None, dict]]):
        self.length = length
        width = 2 * len(offsets)
        self.width = width
        raw: dict[str, list[float]] = {}
        lower: dict[str, list[float]] = {}
        booleans: list[tuple[int, str, dict]] = []
        for slot, func, table in templates:
            if func is None or func == "lower":
                target = raw if func is None else lower
                for value, (w0, w1) in table.items():
                    vec = target.setdefault(value, [0.0] * width)
                    vec[2 * slot] += w0
                    vec[2 * slot + 1] += w1
            else:
                booleans.append((slot, func, table))
        self.raw = {k: tuple(v) for k, v in raw.items()}
        self.lower = {k: tuple(v) for k, v in lower.items()}
        funcs = {func for _slot, func, _table in booleans}
        self.has_isdigit = "isdigit" in funcs
        self.has_istitle = "istitle" in funcs
        self.has_in_dict = "is_in_dict" in funcs
        self.consts: dict[tuple[bool, bool, bool], tuple[float, ...]] = {}
        for flags in itertools.product((False, True), repeat=3):
            value_of = dict(zip(("isdigit", "istitle", "is_in_dict"), flags))
            vec = [0.0] * width
            for slot, func, table in booleans:
                w = table.get("True" if value_of[func] else "False")
                if w is not None:
                    vec[2 * slot] += w[0]
                    vec[2 * slot + 1] += w[1]
            self.consts[flags] = tuple(vec)


class Segmenter:
    """The CRF word segmenter with per-syllable / pair / triple weight caches.

    Each forked worker gets its own copy of the caches; the model tables are shared copy-on-write.
    """

    #: the template layout the fast path is written for (window length -> start offsets)
    LAYOUT = {1: [-2, -1, 0, 1, 2], 2: [-2, -1, 0, 1], 3: [-2, -1, 0]}

    def __init__(self, directory: str | None = None, max_cache: int = MAX_CACHE):
        import joblib

        directory = directory or model_dir()
        labels, attrs, state, trans = read_crfsuite_model(os.path.join(directory, "models.bin"))
        template_strings = joblib.load(os.path.join(directory, "features.bin"))
        self.dictionary: frozenset[str] = frozenset(joblib.load(os.path.join(directory, "dictionary.bin")))
        if len(labels) != 2 or "I-W" not in labels:
            raise ValueError(f"expected the labels B-W / I-W, got {labels}")
        self.labels = labels
        self.i_tag = "I-W"
        self.trans = trans
        self.max_cache = max_cache
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
        self.templates = templates
        # template syntax -> {value: (weight label 0, weight label 1)}
        by_syntax: dict[str, dict[str, list[float]]] = {t[0]: {} for t in templates}
        for (attr_id, label_id), w in state.items():
            syntax, sep, value = attrs[attr_id].partition("=")
            table = by_syntax.get(syntax)
            if table is not None and sep:
                table.setdefault(value, [0.0, 0.0])[label_id] = w
        weights = {s: {v: (w[0], w[1]) for v, w in t.items()} for s, t in by_syntax.items()}
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
        # per window length: (slot, function, weights) in template order
        self.by_length: dict[int, list[tuple[int, str | None, dict]]] = {n: [] for n in offsets}
        for syntax, off1, off2, func in templates:
            n = off2 - off1 + 1
            self.by_length[n].append((offsets[n].index(off1), func, weights[syntax]))
        self.tables = {n: _WindowTables(n, offsets[n], self.by_length[n]) for n in sorted(offsets)}
        # vectors of windows that start before the sentence (value "BOS") or run past it ("EOS")
        self.bos = {n: self._window_vector((_BOS,) * n) for n in offsets}
        self.eos = {n: self._window_vector((_EOS,) * n) for n in offsets}
        # (offset1, offset2, function, weights) in file order, for exact_emissions
        self._ordered = [(off1, off2, func, weights[syntax]) for syntax, off1, off2, func in templates]
        self.caches: dict[int, dict[str, tuple[float, ...]]] = {n: {} for n in offsets}
        self._norm_cache: dict[str, str] = {}

    # ---------------------------------------------------------------------------- windows
    def _window_vector(self, window: tuple) -> tuple[float, ...]:
        """Reference computation, template by template, exactly as the Rust featurizer words it.

        Used for the BOS / EOS windows and to check the fast tables (tests).
        """
        n = len(window)
        vec = [0.0] * (2 * len(self.offsets[n]))
        if window[0] is _BOS:
            text, special = "BOS", True
        elif _EOS in window:
            text, special = "EOS", True
        else:
            text, special = " ".join(window), False
        for slot, func, table in self.by_length[n]:
            if special or func is None:
                value = text
            elif func == "lower":
                value = text.lower()
            elif func == "isdigit":
                value = "True" if _rust_isdigit(text) else "False"
            elif func == "istitle":
                value = "True" if _rust_istitle(text) else "False"
            else:  # is_in_dict
                value = "True" if text.lower() in self.dictionary else "False"
            w = table.get(value)
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

    def _vectors(self, length: int, keys: list[str]) -> list[tuple[float, ...]]:
        cache = self.caches[length]
        if len(cache) > self.max_cache:
            cache.clear()
        get = cache.get
        vecs = [get(k) for k in keys]
        if None in vecs:
            for i, v in enumerate(vecs):
                if v is None:
                    key = keys[i]
                    v = cache.get(key)
                    if v is None:
                        v = cache[key] = self.window_vector(length, key)
                    vecs[i] = v
        return vecs

    # ---------------------------------------------------------------------------- tagging
    def tag(self, tokens: list[str]) -> list[str]:
        """CRF labels for ``tokens`` (what ``FastCRFSequenceTagger.predict`` returns)."""
        n = len(tokens)
        if n == 0:
            return []
        pairs = [a + " " + b for a, b in zip(tokens, tokens[1:])]
        triples = [p + " " + c for p, c in zip(pairs, tokens[2:])]
        b1, b2, b3 = self.bos[1], self.bos[2], self.bos[3]
        z1, z2, z3 = self.eos[1], self.eos[2], self.eos[3]
        # window vectors over the sentence padded with two BOS and two EOS positions; the window
        # starting at padded index i is read by position t = i - 2 - offset
        U = [b1, b1] + self._vectors(1, tokens) + [z1, z1]
        B = [b2, b2] + self._vectors(2, pairs) + [z2, z2]
        C = [b3, b3] + self._vectors(3, triples) + [z3, z3]
        if n == 1:
            C = [b3, b3, z3]
        rows = list(zip(U, U[1:], U[2:], U[3:], U[4:], B, B[1:], B[2:], B[3:], C, C[1:], C[2:]))
        e0 = [u0[0] + u1[2] + u2[4] + u3[6] + u4[8] + v0[0] + v1[2] + v2[4] + v3[6] + w0[0] + w1[2] + w2[4]
              for u0, u1, u2, u3, u4, v0, v1, v2, v3, w0, w1, w2 in rows]
        e1 = [u0[1] + u1[3] + u2[5] + u3[7] + u4[9] + v0[1] + v1[3] + v2[5] + v3[7] + w0[1] + w1[3] + w2[5]
              for u0, u1, u2, u3, u4, v0, v1, v2, v3, w0, w1, w2 in rows]
        labels, fragile = self._viterbi(e0, e1)
        if fragile:
            labels, _ = self._viterbi(*self.exact_emissions(tokens))
        return labels

    def exact_emissions(self, tokens: Sequence[str]) -> tuple[list[float], list[float]]:
        """Per-position label scores summed template by template, in the Rust featurizer's order.

        The cached path adds the same weights grouped by window, so its sums can differ from the
        Rust ones in the last bits.  That only matters when two Viterbi alternatives tie, which
        happens for runs of syllables the model knows nothing about (their feature sets are
        identical); :meth:`tag` then recomputes the scores here, bit for bit as underthesea_core
        does (sequential ``+=`` from 0.0 over the templates in file order).
        """
        n = len(tokens)
        dictionary = self.dictionary
        e0: list[float] = []
        e1: list[float] = []
        for t in range(n):
            s0 = 0.0
            s1 = 0.0
            for off1, off2, func, table in self._ordered:
                i1 = t + off1
                i2 = t + off2
                if i1 < 0:
                    value = "BOS"
                elif i1 >= n or i2 >= n:
                    value = "EOS"
                else:
                    text = tokens[i1] if i1 == i2 else " ".join(tokens[i1:i2 + 1])
                    if func is None:
                        value = text
                    elif func == "lower":
                        value = text.lower()
                    elif func == "isdigit":
                        value = "True" if _rust_isdigit(text) else "False"
                    elif func == "istitle":
                        value = "True" if _rust_istitle(text) else "False"
                    else:
                        value = "True" if text.lower() in dictionary else "False"
                w = table.get(value)
                if w is not None:
                    s0 += w[0]
                    s1 += w[1]
            e0.append(s0)
            e1.append(s1)
        return e0, e1

    def _viterbi(self, e0: list[float], e1: list[float]) -> tuple[list[str], bool]:
        """Two-label Viterbi with the comparisons of underthesea_core's ``CRFTagger``.

        For each label the previous labels are tried in id order with a strict ``>``, so ties go
        to the lower id; the final label likewise.  Also says whether any comparison was closer
        than :data:`TIE_MARGIN`, i.e. whether last-bit differences in the scores could flip it.
        """
        (t00, t01), (t10, t11) = self.trans
        n = len(e0)
        s0, s1 = e0[0], e1[0]
        back0 = [0] * n
        back1 = [0] * n
        hi = TIE_MARGIN
        lo = -hi
        fragile = False
        for t in range(1, n):
            a = s0 + t00
            b = s1 + t10
            d = b - a
            if b > a:
                n0 = b
                back0[t] = 1
            else:
                n0 = a
            if lo < d < hi:
                fragile = True
            a = s0 + t01
            b = s1 + t11
            d = b - a
            if b > a:
                n1 = b
                back1[t] = 1
            else:
                n1 = a
            if lo < d < hi:
                fragile = True
            s0 = n0 + e0[t]
            s1 = n1 + e1[t]
        d = s1 - s0
        y = 1 if s1 > s0 else 0
        if lo < d < hi:
            fragile = True
        path = [0] * n
        path[n - 1] = y
        for t in range(n - 1, 0, -1):
            y = back1[t] if y else back0[t]
            path[t - 1] = y
        labels = self.labels
        return [labels[y] for y in path], fragile

    # ---------------------------------------------------------------------- tokenising
    def syllables(self, sentence: str) -> list[str]:
        """``regex_tokenize.tokenize(sentence)``: underthesea's syllables, normalised as it does.

        underthesea runs its 14-way alternation at every syllable (~4 us each) and builds a
        ``groupdict()`` per match.  Every alternative is one named group spanning the whole match,
        so the token is ``m.group()``; and for the ~90% of whitespace-separated chunks made of
        letters only (or digits only, or lower-case letters plus a final "," / ".") no
        alternative before ``word`` / ``number`` / ``punct`` can match, so the chunk's tokens are
        known without the regex.  Everything else goes through the very same compiled pattern,
        searched in the full text so that look-arounds and ``$`` see the same context.
        """
        from underthesea.pipeline.word_tokenize import regex_tokenize as rt

        text = rt.normalize_characters_in_text(sentence)
        pattern = rt.patterns
        if rt.recompile_regex_patterns:  # someone used fixed_words: the pattern is no longer the stock one
            tokens = [m.group() for m in pattern.finditer(text)]
        else:
            tokens = []
            append = tokens.append
            pos = 0  # end of the last regex match
            for m in _NONSPACE_RE.finditer(text):
                a, b = m.span()
                if b <= pos:
                    continue
                if a >= pos:
                    chunk = m.group()
                    if chunk.isalpha():
                        if not _th_risk(chunk) and "ʺ" not in chunk:
                            append(chunk)
                            pos = b
                            continue
                    elif chunk.isdecimal():
                        append(chunk)
                        pos = b
                        continue
                    else:
                        last = chunk[-1]
                        head = chunk[:-1]
                        if (head.isalpha() and "ʺ" not in head
                                and ((last == "," and not _th_risk(chunk)) or (last == "." and head.islower()))):
                            append(head)
                            append(last)
                            pos = b
                            continue
                p = max(pos, a)
                while p < b:
                    hit = pattern.search(text, p)
                    if hit is None or hit.start() >= b:
                        break
                    append(hit.group())
                    p = pos = hit.end()
        cache = self._norm_cache
        if len(cache) > self.max_cache:
            cache.clear()
        get = cache.get
        out = [get(tok) for tok in tokens]
        if None in out:
            normalize = rt.token_normalize
            for i, norm in enumerate(out):
                if norm is None:
                    tok = tokens[i]
                    out[i] = cache[tok] = normalize(tok)
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


def segment(sentence: str) -> list[str]:
    """Words of one sentence, identical to ``underthesea.word_tokenize(sentence)``."""
    return load_segmenter()(sentence)
