"""Gazetteers: the analysts' editable CSV files, loaded and validated.

``gazetteers/`` holds data only (organizations.csv, places.csv, abbreviations.csv and
sports_teams.csv, described in its README).  This module turns them into lookup indexes keyed on
:func:`extractor.normalize.fold` forms, and :func:`check` reports every problem with file and line
so a spreadsheet user can fix it.  A broken gazetteer is a fatal configuration problem:
:func:`load` refuses it before any document is processed.
"""
from __future__ import annotations

import csv
import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from .normalize import fix_tone_marks, fold, normalize_text

__all__ = [
    "OrgEntry", "Place", "Abbreviation", "Gazetteer", "GazetteerError", "Issue",
    "check", "default_dir", "ORG_TYPES", "ORG_COLUMNS", "PLACE_COLUMNS", "ABBREV_COLUMNS", "TEAM_COLUMNS",
    "Team",
]

ORG_COLUMNS = ["id", "name_vi", "name_en", "acronyms", "aliases", "country", "org_type",
               "parent_id", "ambiguous_aliases", "notes"]
PLACE_COLUMNS = ["id", "name_vi", "aliases", "name_en", "type", "iso", "ambiguous_aliases", "demonym_vi"]
ABBREV_COLUMNS = ["short", "long", "variants", "lang", "category", "ambiguous"]
TEAM_COLUMNS = ["name", "aliases", "country", "org_id", "notes"]
ORG_TYPES = frozenset({
    "development_agency", "multilateral", "development_bank", "ngo_foundation",
    "research_institute", "university", "government_body", "provincial_body", "association",
    "company", "bank", "embassy", "media", "other",
})
PLACE_TYPES = frozenset({"country", "region", "province", "city"})
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")


class GazetteerError(ValueError):
    """A gazetteer file is broken; the message lists file:line problems."""


@dataclass(frozen=True)
class Issue:
    file: str
    line: int
    message: str
    level: str = "error"

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.level}: {self.message}"


def _split(value: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in (value or "").split("|") if p.strip())


@dataclass(frozen=True)
class OrgEntry:
    id: str
    name_vi: str
    name_en: str = ""
    acronyms: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    country: str = ""
    org_type: str = ""
    parent_id: str = ""
    ambiguous: frozenset[str] = frozenset()
    notes: str = ""

    @property
    def name(self) -> str:
        return self.name_vi or self.name_en or (self.acronyms[0] if self.acronyms else self.id)

    @property
    def foreign(self) -> bool:
        return bool(self.country) and self.country.upper() != "VN"

    def surface_forms(self) -> list[str]:
        forms = [self.name_vi, self.name_en, *self.acronyms, *self.aliases]
        return [f for f in forms if f]

    def match_forms(self) -> list[str]:
        """The surface forms plus the spellings news derives from them (:func:`name_variants`)."""
        out = self.surface_forms()
        return out + [v for f in out for v in name_variants(f) if v not in out]


_VN_TAIL_RE = re.compile(r"\s+Việt Nam$")


def name_variants(form: str) -> list[str]:
    """Other spellings of a Vietnamese name that news uses without a gazetteer row for each:
    a closing 'Việt Nam' abbreviated to 'VN' ('Bảo hiểm xã hội Việt Nam' -> 'Bảo hiểm xã hội VN',
    'Liên đoàn Xiếc Việt Nam' -> 'Liên đoàn Xiếc VN').  Only multi-word names: a bare 'Việt Nam'
    is the country."""
    if _VN_TAIL_RE.search(form) and len(form.split()) >= 4:
        return [_VN_TAIL_RE.sub(" VN", form)]
    return []


@dataclass(frozen=True)
class Place:
    id: str
    name_vi: str
    aliases: tuple[str, ...] = ()
    name_en: str = ""
    type: str = ""
    iso: str = ""
    ambiguous: frozenset[str] = frozenset()
    demonym_vi: str = ""

    def surface_forms(self) -> list[str]:
        return [f for f in (self.name_vi, *self.aliases, self.name_en) if f]


@dataclass(frozen=True)
class Abbreviation:
    short: str
    long: str
    variants: tuple[str, ...] = ()
    lang: str = "vi"
    category: str = "general"
    ambiguous: bool = False

    def expansions(self) -> list[str]:
        return [self.long, *self.variants]


@dataclass(frozen=True)
class Team:
    """A sports club under the short names sports pages use ('Barcelona', 'HAGL').  Many are also
    a city's name, so they count as a club only in a team-sports article."""
    name: str
    aliases: tuple[str, ...]
    country: str
    org_id: str = ""

    def surface_forms(self) -> list[str]:
        return [self.name, *self.aliases]


def default_dir() -> Path:
    """``$EXTRACTOR_GAZETTEERS``, else ``./gazetteers``, else the project's own ``gazetteers/``."""
    env = os.environ.get("EXTRACTOR_GAZETTEERS")
    if env:
        return Path(env)
    local = Path.cwd() / "gazetteers"
    if (local / "organizations.csv").exists():
        return local
    return Path(__file__).resolve().parents[1] / "gazetteers"


def _read_rows(path: Path, columns: list[str], issues: list[Issue]) -> list[tuple[int, dict[str, str]]]:
    if not path.exists():
        return []
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        issues.append(Issue(path.name, 1, f"cannot read as UTF-8 ({exc}); save it as 'CSV UTF-8'"))
        return []
    reader = csv.reader(text.splitlines())
    try:
        header = next(reader)
    except StopIteration:
        issues.append(Issue(path.name, 1, "empty file; the first line must be the header row"))
        return []
    header = [h.strip() for h in header]
    missing = [c for c in columns if c not in header]
    if missing:
        issues.append(Issue(path.name, 1, f"missing column(s) {', '.join(missing)}; "
                                          f"the header must be: {','.join(columns)}"))
        return []
    rows = []
    for lineno, values in enumerate(reader, start=2):
        if not any(v.strip() for v in values):
            continue
        if len(values) > len(header):
            issues.append(Issue(path.name, lineno, f"{len(values)} fields for {len(header)} columns; "
                                                   "quote values that contain commas"))
        row = {h: (values[i].strip() if i < len(values) else "") for i, h in enumerate(header)}
        for col, value in row.items():
            if value and unicodedata.normalize("NFC", value) != value:
                issues.append(Issue(path.name, lineno, f"column {col!r} is not NFC Unicode; "
                                                       "re-type it or run a NFC normaliser"))
            elif value and fix_tone_marks(value) != value:
                issues.append(Issue(path.name, lineno, f"column {col!r}: tone mark placement "
                                                       f"{value!r} -> {fix_tone_marks(value)!r}",
                                    "warning"))
        rows.append((lineno, row))
    return rows


@dataclass
class Gazetteer:
    """Indexes over the three files; build with :meth:`load`."""

    directory: Path | None = None
    orgs: dict[str, OrgEntry] = field(default_factory=dict)
    places: dict[str, Place] = field(default_factory=dict)
    abbreviations: dict[str, Abbreviation] = field(default_factory=dict)
    org_alias_index: dict[str, list[str]] = field(default_factory=dict)
    acronym_index: dict[str, list[str]] = field(default_factory=dict)
    place_index: dict[str, list[str]] = field(default_factory=dict)
    org_lines: dict[str, int] = field(default_factory=dict)
    teams: dict[str, Team] = field(default_factory=dict)  # surface form (normalised, case kept) -> its club

    # ------------------------------------------------------------------ construction
    @classmethod
    def load(cls, directory: str | os.PathLike[str] | None = None, strict: bool = True) -> "Gazetteer":
        directory = Path(directory) if directory is not None else default_dir()
        gaz, issues = cls._build(directory)
        errors = [i for i in issues if i.level == "error"]
        if strict and errors:
            shown = "\n".join(f"  {directory / e.file}:{e.line}: {e.message}" for e in errors[:20])
            more = f"\n  ... and {len(errors) - 20} more" if len(errors) > 20 else ""
            raise GazetteerError(f"gazetteer has {len(errors)} error(s):\n{shown}{more}\n"
                                 f"Fix them, then check with `extractor gazetteer check {directory}`.")
        return gaz

    @classmethod
    def _build(cls, directory: Path) -> tuple["Gazetteer", list[Issue]]:
        issues: list[Issue] = []
        gaz = cls(directory=directory)
        if not directory.is_dir():
            issues.append(Issue(str(directory), 0, "gazetteer folder does not exist"))
            return gaz, issues
        gaz._load_orgs(directory / "organizations.csv", issues)
        gaz._load_places(directory / "places.csv", issues)
        gaz._load_abbreviations(directory / "abbreviations.csv", issues)
        gaz._load_teams(directory / "sports_teams.csv", issues)
        return gaz, issues

    def _load_orgs(self, path: Path, issues: list[Issue]) -> None:
        claims: dict[str, list[tuple[str, int, bool]]] = {}
        for lineno, row in _read_rows(path, ORG_COLUMNS, issues):
            oid = row["id"]
            if not oid:
                issues.append(Issue(path.name, lineno, "empty id; give every row a unique id"))
                continue
            if not _ID_RE.match(oid):
                issues.append(Issue(path.name, lineno, f"id {oid!r} must be lowercase ASCII, digits, '-'"))
            if oid in self.orgs:
                issues.append(Issue(path.name, lineno, f"duplicate id {oid!r} (first on line "
                                                       f"{self.org_lines[oid]}); ids are never reused"))
                continue
            if not (row["name_vi"] or row["name_en"]):
                issues.append(Issue(path.name, lineno, "needs name_vi or name_en"))
            if row["org_type"] and row["org_type"] not in ORG_TYPES:
                issues.append(Issue(path.name, lineno, f"org_type {row['org_type']!r} is not one of "
                                                       f"{', '.join(sorted(ORG_TYPES))}"))
            if not row["country"]:
                issues.append(Issue(path.name, lineno, "country is required (ISO code, or INT)"))
            ambiguous = frozenset(fold(a) for a in _split(row["ambiguous_aliases"]))
            entry = OrgEntry(oid, row["name_vi"], row["name_en"], _split(row["acronyms"]),
                             _split(row["aliases"]), row["country"].upper(), row["org_type"],
                             row["parent_id"], ambiguous, row["notes"])
            self.orgs[oid] = entry
            self.org_lines[oid] = lineno
            seen: set[str] = set()
            for form in entry.surface_forms():
                key = fold(form)
                if key in seen:
                    continue
                seen.add(key)
                claims.setdefault(key, []).append((oid, lineno, key in ambiguous))
                self.org_alias_index.setdefault(key, []).append(oid)
            for acr in entry.acronyms:
                self.acronym_index.setdefault(acr.upper(), []).append(oid)
        for oid, entry in self.orgs.items():  # derived spellings link too, unless a row claims them
            for form in entry.match_forms()[len(entry.surface_forms()):]:
                if fold(form) not in self.org_alias_index:
                    self.org_alias_index[fold(form)] = [oid]
        for oid, entry in self.orgs.items():
            if entry.parent_id and entry.parent_id not in self.orgs:
                issues.append(Issue(path.name, self.org_lines[oid],
                                    f"parent_id {entry.parent_id!r} is not an id in this file"))
        for key, owners in claims.items():
            if len(owners) > 1 and not all(amb for _, _, amb in owners):
                ids = ", ".join(f"{o} (line {ln})" for o, ln, _ in owners)
                issues.append(Issue(path.name, owners[-1][1],
                                    f"alias {key!r} is claimed by {ids}; list it in "
                                    "ambiguous_aliases of every entry that shares it"))

    def _load_places(self, path: Path, issues: list[Issue]) -> None:
        for lineno, row in _read_rows(path, PLACE_COLUMNS, issues):
            pid = row["id"]
            if not pid or pid in self.places:
                issues.append(Issue(path.name, lineno, f"missing or duplicate id {pid!r}"))
                continue
            if row["type"] and row["type"] not in PLACE_TYPES:
                issues.append(Issue(path.name, lineno, f"type {row['type']!r} is not one of "
                                                       f"{', '.join(sorted(PLACE_TYPES))}"))
            place = Place(pid, row["name_vi"], _split(row["aliases"]), row["name_en"], row["type"],
                          row["iso"].upper(), frozenset(fold(a) for a in _split(row["ambiguous_aliases"])),
                          row["demonym_vi"])
            self.places[pid] = place
            for form in place.surface_forms():
                ids = self.place_index.setdefault(fold(form), [])
                if pid not in ids:
                    ids.append(pid)

    def _load_abbreviations(self, path: Path, issues: list[Issue]) -> None:
        for lineno, row in _read_rows(path, ABBREV_COLUMNS, issues):
            short = row["short"]
            if not short or not row["long"]:
                issues.append(Issue(path.name, lineno, "short and long are required"))
                continue
            if short in self.abbreviations:
                issues.append(Issue(path.name, lineno, f"duplicate short form {short!r}; "
                                                       "put other expansions in 'variants'"))
                continue
            self.abbreviations[short] = Abbreviation(
                short, row["long"], _split(row["variants"]), row["lang"] or "vi",
                row["category"] or "general", row["ambiguous"].lower() == "true")

    def _load_teams(self, path: Path, issues: list[Issue]) -> None:
        lines: dict[str, int] = {}
        for lineno, row in _read_rows(path, TEAM_COLUMNS, issues):
            if not row["name"] or not row["country"]:
                issues.append(Issue(path.name, lineno, "name and country are required"))
                continue
            if row["org_id"] and row["org_id"] not in self.orgs:
                issues.append(Issue(path.name, lineno, f"org_id {row['org_id']!r} is not an id in "
                                                       "organizations.csv; fix it or leave it empty"))
            team = Team(row["name"], _split(row["aliases"]), row["country"].upper(), row["org_id"])
            for form in map(normalize_text, team.surface_forms()):
                if form in lines:
                    issues.append(Issue(path.name, lineno, f"{form!r} is already a name on line "
                                                           f"{lines[form]}; a short name names one club"))
                    continue
                lines[form] = lineno
                self.teams[form] = team

    # ------------------------------------------------------------------ lookups
    def orgs_for_alias(self, text: str) -> list[OrgEntry]:
        return [self.orgs[i] for i in self.org_alias_index.get(fold(text), [])]

    def orgs_for_acronym(self, short: str) -> list[OrgEntry]:
        return [self.orgs[i] for i in self.acronym_index.get(short.upper(), [])]

    def place_for(self, text: str) -> Place | None:
        ids = self.place_index.get(fold(text))
        return self.places[ids[0]] if ids else None

    def country_of_place(self, text: str) -> str:
        """ISO country code of a place name ("Nhật Bản" -> "JP", "Hà Nội" -> "VN"), else ''."""
        place = self.place_for(text)
        return place.iso if place else ""


def check(directory: str | os.PathLike[str] | None = None) -> list[Issue]:
    """Every problem in the gazetteer files (errors and warnings), with file and line."""
    directory = Path(directory) if directory is not None else default_dir()
    _, issues = Gazetteer._build(directory)
    if directory.is_dir() and not (directory / "organizations.csv").exists():
        issues.append(Issue("organizations.csv", 0, "file is missing"))
    return issues
