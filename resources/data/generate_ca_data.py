#!/usr/bin/env python3
"""Build the CA identifier data files that CAA Doctor ships (cas.tsv, mistakes.tsv).

Usage (from the repository root):

    python3 resources/data/generate_ca_data.py CCADB_CSV [--overlay ca-overlay.csv] [--out-dir DIR]

CCADB_CSV is the CCADB "All CAA Identifiers" report, version 2
(https://ccadb.my.salesforce-sites.com/ccadb/AllCAAIdentifiersReportCSVV2), saved under a name that
contains its download date, e.g. ccadb-AllCAAIdentifiersReportCSVV2-snapshot-2025-12-26.csv.
--overlay defaults to ca-overlay.csv beside this script and --out-dir to this script's folder.

What it does (README.md in this folder has the long version):

1. Reads the report with the csv module (cells contain quoted commas) and fails if one of the
   columns it needs is missing: the report has changed shape before (V1 -> V2).
2. Cleans every "Recognized CAA Domains" cell into a list of identifiers: split on ',' ';' and
   whitespace, trim, strip quotes and trailing dots, lower-case, keep only DNS names (>= 2 LDH labels,
   alphabetic TLD), drop placeholders (n/a, none), e-mail addresses, example/test names and copied
   help-text sentences, de-duplicate. Every rejected token is counted and reported on stderr.
3. Groups the report rows (one per CA certificate) by their identifier set. A group is labelled with
   the most common organisation (O=) of its certificates' subjects.
4. Merges the groups with the hand-maintained overlay (display names, recommended identifier,
   feature columns, distrusted flag). Each group goes to the overlay row(s) whose identifier set is
   most similar to it (Jaccard index; ties go to every tied row, e.g. DigiCert and QuoVadis). Such a
   row keeps its own identifiers first, in order, then gets the group's other identifiers: CCADB
   decides the set, the overlay the order. Groups no overlay row matches become rows of their own;
   overlay rows no group matches are kept as they are.
5. Writes cas.tsv (one row per CA, Let's Encrypt first, the rest sorted by name) and mistakes.tsv
   (the MISTAKES table below). The output depends only on the inputs: no clock, no locale, no hash
   order. The only date in it is the snapshot date taken from the input file name.

Standard library only; Python 3.9 or newer.
"""

from __future__ import annotations

import argparse
import collections
import csv
import datetime
import hashlib
import os
import re
import sys
import tempfile
import unicodedata
from fractions import Fraction
from pathlib import Path

SCRIPT_NAME = "generate_ca_data.py"
SCRIPT_DIR = Path(__file__).resolve().parent

# --- CCADB report -------------------------------------------------------------------------------

COL_SUBJECT = "Subject"
COL_SKI = "Subject Key Identifier (Hex)"
COL_DOMAINS = "Recognized CAA Domains"
COL_CERT_NAME = "Intermediate Certificate"  # the certificate's name (usually its CN)
REQUIRED_COLUMNS = (COL_SUBJECT, COL_SKI, COL_DOMAINS)

# --- output vocabulary --------------------------------------------------------------------------

CAS_HEADER = ("name", "identifiers", "iodef", "accounturi", "validationmethods", "issuemail", "distrusted")
SUPPORT_VALUES = ("yes", "no", "n/a", "unknown", "mandated")
YES_NO = ("yes", "no")

OVERLAY_COLUMNS = (
    "ca_name",
    "caa_identifiers",
    "iodef_supported",
    "accounturi_supported",
    "validationmethods_supported",
    "issuemail_supported",
    "issuevmc_supported",
    "source",
    "distrusted",
)
# overlay column -> cas.tsv column
OVERLAY_FEATURES = (
    ("iodef_supported", "iodef"),
    ("accounturi_supported", "accounturi"),
    ("validationmethods_supported", "validationmethods"),
    ("issuemail_supported", "issuemail"),
)

LETS_ENCRYPT_ID = "letsencrypt.org"

# --- known wrong values (mistakes.tsv) ----------------------------------------------------------
#
# Hand-maintained. Evidence: shared/research/ca-identifiers.md, section 5 ("Misspellings and wrong
# identifiers"). "Seen in the wild" = present in a 2026 crawl of the top 10,000 sites or quoted in a
# bug report; "not observed" = a plausible typo kept for the fuzzy matcher. The generator fails if a
# `wrong` is an identifier in cas.tsv (a valid identifier must never be reported as a mistake; that is
# why sslcomgroup.com, a real CA's identifier, is not a `wrong`) and warns if a `right` is not one.
# `wrong` is lower case; notes are one or two short sentences without tabs.
MISTAKES = (
    ("letsencrypt.com", "letsencrypt.org",
     "Let's Encrypt's identifier ends in .org, not .com. Seen in the wild."),
    ("letsencrypt", "letsencrypt.org",
     "The identifier is a domain name: letsencrypt.org. Seen in the wild."),
    ("letsencrypt.net", "letsencrypt.org",
     "Let's Encrypt's identifier ends in .org. Plausible typo, not observed."),
    ("lets-encrypt.org", "letsencrypt.org",
     "Let's Encrypt's identifier has no hyphen. Plausible typo, not observed."),
    ("lencr.org", "letsencrypt.org",
     "lencr.org is Let's Encrypt's certificate and CRL host name, not its CAA identifier. Seen in the wild."),
    ("let's encrypt authority x3", "letsencrypt.org",
     "That is the name of an old Let's Encrypt intermediate certificate, not a CAA identifier."),
    ("let's encrypt", "letsencrypt.org",
     "Use the CA's domain name, not its display name."),
    ("'letsencrypt.org'", "letsencrypt.org",
     "The quotes became part of the value (some DNS panels keep them); enter the bare name."),
    ("letsencrypt.org.", "letsencrypt.org",
     "Remove the trailing dot: Let's Encrypt compares the value exactly."),
    ("amazonzonaws.com", "amazonaws.com",
     "Misspelling of amazonaws.com. Seen in the wild."),
    ("amazonaws.cn", "amazon.com",
     "Not an Amazon CAA identifier; use one of amazon.com, amazontrust.com, awstrust.com, amazonaws.com. Seen in the wild."),
    ("starfieldtech.org", "starfieldtech.com",
     "Starfield's identifier ends in .com. Seen in the wild."),
    ("certificates.godaddy.com", "godaddy.com",
     "GoDaddy's identifier is godaddy.com (or starfieldtech.com). Seen in the wild."),
    ("entrust.com", "entrust.net",
     "Entrust's CAA identifier is entrust.net. Seen in the wild."),
    ("zerossl.com", "sectigo.com",
     "ZeroSSL issues from Sectigo's hierarchy and documents sectigo.com. Seen in the wild."),
    ("emudhra.com", "emsign.com",
     "eMudhra's only listed identifier is emsign.com. Seen in the wild."),
    ("cloudflare.com", "letsencrypt.org",
     "Cloudflare is not a CA; it uses letsencrypt.org, pki.goog, ssl.com, sectigo.com."),
    ("google.com", "pki.goog",
     "Google Trust Services now lists only pki.goog; google.com was dropped from its list."),
    ("digicert.net", "digicert.com",
     "DigiCert's identifier ends in .com. Plausible typo, not observed."),
    ("sectigo.org", "sectigo.com",
     "Sectigo's identifier ends in .com. Plausible typo, not observed."),
    ("comodo.net", "comodoca.com",
     "Sectigo (formerly Comodo) recognises comodoca.com and comodo.com, not comodo.net. Plausible typo, not observed."),
    ("sslcom.com", "ssl.com",
     "SSL.com's identifier is ssl.com. sslcomgroup.com belongs to SSLCom Group ltd., a different CA. Plausible typo, not observed."),
)

# --- token cleaning -----------------------------------------------------------------------------

# Whole cells or words that mean "nothing declared".
PLACEHOLDERS = frozenset(
    {"n/a", "na", "n.a", "none", "null", "nil", "-", "--", "tbd", "unknown", "not applicable",
     "not available", "no", "nothing"}
)
# Reserved names (RFC 2606, RFC 6761) and the "example1.com, example2.com" test rows.
EXAMPLE_RE = re.compile(r"^(?:.*\.)?example\d*\.(?:com|net|org)$|\.(?:test|example|invalid|localhost|local)$")
LABEL_RE = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")
TLD_RE = re.compile(r"^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$")
PART_SPLIT_RE = re.compile(r"[,;]")
QUOTES = "\"'`\u2018\u2019\u201c\u201d"

# Rejection kinds, in report order.
KIND_PLACEHOLDER = "placeholder"
KIND_EMAIL = "e-mail"
KIND_EXAMPLE = "example/test name"
KIND_TEST_ROW = "test row"
KIND_SENTENCE = "sentence"
KIND_NOT_DOMAIN = "not a domain name"
KINDS = (KIND_PLACEHOLDER, KIND_EMAIL, KIND_EXAMPLE, KIND_TEST_ROW, KIND_SENTENCE, KIND_NOT_DOMAIN)


def is_domain_name(name: str) -> bool:
    """A DNS name in the form CAA issuer-domain-names take: >= 2 LDH labels, alphabetic TLD."""
    if not name or len(name) > 253 or not name.isascii():
        return False
    labels = name.split(".")
    if len(labels) < 2:
        return False
    return all(LABEL_RE.match(label) for label in labels) and bool(TLD_RE.match(labels[-1]))


class Cleaner:
    """Turns "Recognized CAA Domains" cells into identifier lists and counts what it threw away."""

    def __init__(self) -> None:
        self.rejected: dict[str, collections.Counter] = {kind: collections.Counter() for kind in KINDS}
        self.fixes: collections.Counter = collections.Counter()  # normalisations that kept a token

    def _normalise(self, word: str, count: bool) -> str:
        token = word.strip().strip(QUOTES).strip()
        if count and token != word.strip():
            self.fixes["quotes stripped"] += 1
        if token.endswith(".") and token.rstrip("."):
            token = token.rstrip(".")
            if count:
                self.fixes["trailing dot stripped"] += 1
        lower = token.lower()
        if count and lower != token:
            self.fixes["lower-cased"] += 1
        return lower

    def _reject(self, kind: str, text: str) -> None:
        self.rejected[kind][" ".join(text.split())] += 1

    def clean(self, cell: str) -> list[str]:
        cell = cell.strip()
        if not cell:
            return []
        if " ".join(cell.lower().split()) in PLACEHOLDERS:
            self._reject(KIND_PLACEHOLDER, cell.lower())
            return []
        kept: list[str] = []
        examples = False
        for part in PART_SPLIT_RE.split(cell):
            part = part.strip()
            if not part:
                continue
            if " ".join(part.lower().split()) in PLACEHOLDERS:
                self._reject(KIND_PLACEHOLDER, part.lower())
                continue
            words = part.split()
            # Help text pasted into the field ("Certification Authority Authorization (CAA) domain
            # names recognized ...") or a certificate name ("Let's Encrypt Authority X3").
            if len(words) >= 3 and 2 * sum(is_domain_name(self._normalise(w, False)) for w in words) < len(words):
                self._reject(KIND_SENTENCE, part if len(part) <= 60 else part[:57] + "...")
                continue
            for word in words:
                token = self._normalise(word, True)
                if not token:
                    continue
                if token in PLACEHOLDERS:
                    self._reject(KIND_PLACEHOLDER, token)
                elif "@" in token:
                    self._reject(KIND_EMAIL, token)
                elif EXAMPLE_RE.search(token):
                    self._reject(KIND_EXAMPLE, token)
                    examples = True
                elif not is_domain_name(token):
                    self._reject(KIND_NOT_DOMAIN, token)
                elif token not in kept:
                    kept.append(token)
        if examples:
            # A test owner's row: nothing in it is a real CA's identifier.
            for token in kept:
                self._reject(KIND_TEST_ROW, token)
            return []
        return kept


# --- organisation names -------------------------------------------------------------------------

O_ATTR_RE = re.compile(r"(?:^|;\s*)O=(.*?)(?=;\s*[A-Za-z][A-Za-z0-9.]*=|$)")
LEGAL_SUFFIXES = frozenset(
    "inc incorporated llc ltd limited gmbh ag sa s a spa bv b v nv sas sac sl slu ab as oy oyj kft "
    "sro s r o plc pty co corp corporation company".split()
)
# cp1252 bytes 0x80-0x9f as Python decodes them; the rest of 0x00-0xff maps like latin-1.
_CP1252_REVERSE = {bytes([b]).decode("cp1252", errors="ignore"): b for b in range(0x80, 0xA0)}
_CP1252_REVERSE.pop("", None)


def fix_mojibake(text: str) -> str:
    """Undo UTF-8 text that was decoded as cp1252/latin-1 once ('PrvnÃ­' -> 'První').

    Some subjects in the report went through such a conversion; a string that is not mojibake
    fails the UTF-8 decode (or is plain ASCII) and comes back unchanged.
    """
    if text.isascii():
        return text
    raw = bytearray()
    for ch in text:
        if ch in _CP1252_REVERSE:
            raw.append(_CP1252_REVERSE[ch])
        elif ord(ch) < 0x100:
            raw.append(ord(ch))
        else:
            return text
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return text


def organisation(subject: str) -> str:
    """The O= attribute of a CCADB subject ("CN=...; O=...; C=..."), cleaned; '' if absent."""
    match = O_ATTR_RE.search(subject)
    if not match:
        return ""
    name = fix_mojibake(match.group(1))
    name = unicodedata.normalize("NFC", " ".join(name.split())).strip(QUOTES + " ,;")
    return name


def organisation_key(name: str) -> str:
    """Spelling-insensitive key: 'DigiCert, Inc.' and 'DigiCert Inc' count as one organisation."""
    words = re.sub(r"[\W_]+", " ", name.casefold()).split()
    while len(words) > 1 and words[-1] in LEGAL_SUFFIXES:
        words.pop()
    return " ".join(words)


def clean_field(text: str) -> str:
    return " ".join(text.replace("\t", " ").replace("\r", " ").replace("\n", " ").split())


# --- data model ---------------------------------------------------------------------------------

class Group:
    """CCADB certificates that declare the same identifier set."""

    def __init__(self, ids: frozenset) -> None:
        self.id_set = ids
        self.rows = 0
        self.orders: collections.Counter = collections.Counter()
        self.orgs: collections.Counter = collections.Counter()

    @property
    def identifiers(self) -> list[str]:
        # The order most certificates use; ties go to the alphabetically first order.
        best = max(self.orders.values())
        return list(min(order for order, n in self.orders.items() if n == best))

    @property
    def label(self) -> str:
        if not self.orgs:
            return self.identifiers[0]
        by_key: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
        for name, n in self.orgs.items():
            by_key[organisation_key(name)][name] += n
        key = min(by_key, key=lambda k: (-sum(by_key[k].values()), k))
        spellings = by_key[key]
        return min(spellings, key=lambda s: (-spellings[s], s))

    def sort_key(self):
        return (-self.rows, self.label.casefold(), sorted(self.id_set))


class CaRow:
    def __init__(self, name, identifiers, features, distrusted, origin) -> None:
        self.name = name
        self.identifiers = identifiers
        self.features = features  # dict: cas.tsv column -> value
        self.distrusted = distrusted
        self.origin = origin  # "overlay" or "ccadb"

    def fields(self) -> list[str]:
        return [self.name, ";".join(self.identifiers)] + [self.features[c] for _, c in OVERLAY_FEATURES] + [
            self.distrusted
        ]


class InputError(Exception):
    pass


# --- reading ------------------------------------------------------------------------------------

def read_ccadb(path: Path, cleaner: Cleaner, log) -> tuple[dict, dict]:
    """Returns ({frozenset: Group}, stats)."""
    stats = collections.Counter()
    groups: dict[frozenset, Group] = {}
    with path.open("r", encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        try:
            header = next(reader)
        except StopIteration:
            raise InputError(f"{path.name}: the file is empty") from None
        columns = {name.strip(): i for i, name in enumerate(header)}
        missing = [c for c in REQUIRED_COLUMNS if c not in columns]
        if missing:
            raise InputError(
                f"{path.name}: required column(s) missing: {', '.join(repr(c) for c in missing)}; "
                f"header is {[h.strip() for h in header]!r}. Is this the CCADB AllCAAIdentifiersReportCSVV2 report?"
            )
        i_subject, i_domains = columns[COL_SUBJECT], columns[COL_DOMAINS]
        for record in reader:
            if not any(field.strip() for field in record):
                continue
            stats["rows"] += 1
            if len(record) != len(header):
                stats["ragged rows"] += 1
            record = record + [""] * (len(header) - len(record))
            cell = record[i_domains]
            if not cell.strip():
                stats["rows with an empty cell"] += 1
                continue
            ids = cleaner.clean(cell)
            if not ids:
                stats["rows with only rejected values"] += 1
                continue
            stats["rows with identifiers"] += 1
            key = frozenset(ids)
            group = groups.setdefault(key, Group(key))
            group.rows += 1
            group.orders[tuple(ids)] += 1
            org = organisation(record[i_subject])
            if org:
                group.orgs[org] += 1
    if stats["rows"] == 0:
        raise InputError(f"{path.name}: no data rows")
    if stats["ragged rows"]:
        log(f"warning: {stats['ragged rows']} row(s) with a field count different from the header")
    return groups, stats


CN_ATTR_RE = re.compile(r"(?:^|;\s*)CN=(.*?)(?=;\s*[A-Za-z][A-Za-z0-9.]*=|$)")
ISSUER_OVERLAY_COLUMNS = ("ca", "issuer_cn", "issuer_o", "caa_identifiers", "source")


def common_name(subject: str) -> str:
    match = CN_ATTR_RE.search(subject)
    return clean_field(fix_mojibake(match.group(1))) if match else ""


def read_intermediates(path: Path, cleaner: "Cleaner") -> list[tuple]:
    """(key id, CN, O, identifiers) for every report row with a key identifier and identifiers, one per key id."""
    seen = {}
    with path.open("r", encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        columns = {name.strip(): i for i, name in enumerate(header)}
        for record in reader:
            record = record + [""] * (len(header) - len(record))
            ski = re.sub(r"[^0-9A-Fa-f]", "", record[columns[COL_SKI]]).upper()
            ids = Cleaner().clean(record[columns[COL_DOMAINS]]) if record[columns[COL_DOMAINS]].strip() else []
            if not ski or not ids or ski in seen:
                continue
            subject = record[columns[COL_SUBJECT]]
            cn = common_name(subject) or clean_field(record[columns.get(COL_CERT_NAME, columns[COL_SUBJECT])])
            seen[ski] = (ski, cn, organisation(subject), ids)
    return sorted(seen.values())


def read_issuer_overlay(path: Path) -> list[dict]:
    with path.open("r", encoding="utf-8-sig", newline="") as handle:
        lines = [line for line in handle if not line.startswith("#") and line.strip()]
    reader = csv.DictReader(lines)
    if tuple(reader.fieldnames or ()) != ISSUER_OVERLAY_COLUMNS:
        raise InputError(f"{path.name}: header must be {','.join(ISSUER_OVERLAY_COLUMNS)}")
    rows = []
    for number, row in enumerate(reader, start=2):
        ids = [t.strip().lower() for t in (row["caa_identifiers"] or "").split(";") if t.strip()]
        if not row["issuer_cn"] or not ids or not row["source"]:
            raise InputError(f"{path.name}: row {number}: issuer_cn, caa_identifiers and source are required")
        rows.append({"ca": clean_field(row["ca"]), "cn": clean_field(row["issuer_cn"]),
                     "o": clean_field(row["issuer_o"] or ""), "ids": ids, "source": clean_field(row["source"])})
    return rows


def glob_matches(pattern: str, text: str) -> bool:
    regex = "".join(".*" if c == "*" else re.escape(c) for c in pattern.casefold())
    return re.fullmatch(regex, text.casefold()) is not None


def ca_name_for(ids: list, rows: list) -> str:
    exact = [r for r in rows if set(r.identifiers) == set(ids)]
    if exact:
        return exact[0].name
    holding = [r for r in rows if ids[0] in r.identifiers]
    return holding[0].name if holding else ""


def render_issuers(intermediates, overlay, rows, source: Path, date: str, overlay_path: Path, log) -> str:
    known = {token for r in rows for token in r.identifiers}
    out = [
        "# CAA Doctor: issuing CAs (intermediates) and the CAA identifiers of the CA that operates them.\n",
        f"# generated by {SCRIPT_NAME} — do not edit by hand (edit {overlay_path.name} and re-run; see README.md)\n",
        f"# source: {source.name} (snapshot {date}; CCADB data: Common CA Database, CDLA-Permissive-2.0)"
        f" and {overlay_path.name} (rows with a '*' pattern or no key id; each with its source)\n",
        "# key_id: the certificate's subject key identifier (hex); a leaf's authority key identifier names it.\n",
        "# issuer_cn / issuer_o: the certificate's subject; in overlay rows '*' stands for any characters.\n",
        "# '=' in identifiers, ca and source: the same as the row above.\n",
        tsv_line(["key_id", "issuer_cn", "issuer_o", "identifiers", "ca", "source"]),
    ]
    for row in overlay:
        matched = [i for i in intermediates if glob_matches(row["cn"], i[1]) and glob_matches(row["o"] or "*", i[2])]
        disagree = [i for i in matched if row["ids"][0] not in i[3]]
        unknown = [t for t in row["ids"] if t not in known]
        log(f"issuer overlay {row['cn']!r} / {row['o']!r}: matches {len(matched)} CCADB intermediates"
            + (f", {len(disagree)} of them without {row['ids'][0]}" if disagree else "")
            + (f"; identifiers not in cas.tsv: {', '.join(unknown)}" if unknown else ""))
        ca = ca_name_for(row["ids"], rows) or row["ca"]
        out.append(tsv_line(["", row["cn"], row["o"], ";".join(row["ids"]), ca, row["source"]], allow_empty=True))
    ccadb_source = f"ccadb-v2@{date}"
    previous = None
    for ski, cn, org, ids in sorted(intermediates, key=lambda i: (i[3], i[0])):
        fields = [";".join(ids), ca_name_for(ids, rows), ccadb_source]
        same = fields == previous
        previous = fields
        out.append(tsv_line([ski, cn, org] + (["=", "=", "="] if same else fields), allow_empty=True))
    return "".join(out)


def read_overlay(path: Path) -> list[dict]:
    if not path.is_file():
        raise InputError(f"overlay not found: {path}")
    rows = []
    names = set()
    with path.open("r", encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        header = [h.strip() for h in (reader.fieldnames or [])]
        if tuple(header) != OVERLAY_COLUMNS:
            raise InputError(f"{path.name}: header must be {','.join(OVERLAY_COLUMNS)}; got {','.join(header)}")
        for line, raw in enumerate(reader, start=2):
            row = {k.strip(): clean_field(v or "") for k, v in raw.items() if k is not None}
            where = f"{path.name}:{line}"
            if not row["ca_name"]:
                raise InputError(f"{where}: empty ca_name")
            if row["ca_name"] in names:
                raise InputError(f"{where}: duplicate ca_name {row['ca_name']!r}")
            names.add(row["ca_name"])
            ids = [t.strip() for t in row["caa_identifiers"].split(";") if t.strip()]
            if not ids:
                raise InputError(f"{where}: no identifiers")
            for token in ids:
                if token != token.lower() or not is_domain_name(token):
                    raise InputError(f"{where}: {token!r} is not a lower-case domain name")
            if len(set(ids)) != len(ids):
                raise InputError(f"{where}: duplicate identifier")
            for column, _ in OVERLAY_FEATURES:
                if row[column] not in SUPPORT_VALUES:
                    raise InputError(f"{where}: {column} must be one of {'|'.join(SUPPORT_VALUES)}, not {row[column]!r}")
            if row["distrusted"] not in YES_NO:
                raise InputError(f"{where}: distrusted must be yes or no, not {row['distrusted']!r}")
            row["ids"] = ids
            rows.append(row)
    return rows


# --- merging ------------------------------------------------------------------------------------

def merge(groups: dict, overlay: list[dict], log, verbose: bool) -> list[CaRow]:
    # Each group goes to the overlay row(s) with the highest Jaccard index (exact fractions, so ties
    # are real ties). Groups sharing no identifier with any overlay row stay on their own.
    claimed: dict[int, list[tuple[Group, Fraction]]] = collections.defaultdict(list)
    unmatched: list[Group] = []
    for group in sorted(groups.values(), key=Group.sort_key):
        scores = []
        for index, row in enumerate(overlay):
            ids = set(row["ids"])
            common = len(ids & group.id_set)
            if common:
                scores.append((Fraction(common, len(ids | group.id_set)), index))
        if not scores:
            unmatched.append(group)
            continue
        best = max(score for score, _ in scores)
        winners = [index for score, index in scores if score == best]
        for index in winners:
            claimed[index].append((group, best))
        if verbose or best != 1:
            names = "; ".join(overlay[i]["ca_name"] for i in winners)
            log(f"  group {group.label!r} ({group.rows} cert(s), {len(group.id_set)} id(s)) -> {names} [similarity {float(best):.2f}]")

    all_ccadb_ids = set().union(*groups.keys()) if groups else set()
    result: list[CaRow] = []
    for index, row in enumerate(overlay):
        ids = list(row["ids"])
        added = []
        for group, _ in claimed.get(index, []):  # already in Group.sort_key order
            for token in group.identifiers:
                if token not in ids:
                    ids.append(token)
                    added.append(token)
        if added:
            log(f"  {row['ca_name']!r}: identifiers added from CCADB: {', '.join(added)}")
        missing = [t for t in row["ids"] if t not in all_ccadb_ids]
        if index not in claimed:
            log(f"  {row['ca_name']!r}: overlay-only row (no CCADB group matched)")
        elif missing:
            log(f"  {row['ca_name']!r}: overlay identifiers not in this CCADB snapshot (kept): {', '.join(missing)}")
        features = {out: row[col] for col, out in OVERLAY_FEATURES}
        result.append(CaRow(row["ca_name"], ids, features, row["distrusted"], "overlay"))
    for group in unmatched:
        log(f"  new CA from CCADB (no overlay row): {group.label!r}: {', '.join(group.identifiers)} ({group.rows} cert(s))")
        features = {out: "unknown" for _, out in OVERLAY_FEATURES}
        result.append(CaRow(clean_field(group.label), group.identifiers, features, "no", "ccadb"))

    # Unique names: a CCADB label may repeat another row's name. Add the recommended identifier, or
    # the whole list if that is not enough (two groups of one owner can start with the same one).
    seen = collections.Counter(r.name for r in result)
    first_ids = collections.Counter((r.name, r.identifiers[0]) for r in result)
    for r in result:
        if seen[r.name] > 1:
            suffix = r.identifiers[0] if first_ids[(r.name, r.identifiers[0])] == 1 else ", ".join(r.identifiers)
            r.name = f"{r.name} ({suffix})"
    if len({r.name for r in result}) != len(result):
        raise InputError("duplicate CA names after disambiguation")
    return result


def name_sort_key(name: str) -> str:
    """Case- and accent-insensitive ('Česká pošta' sorts with 'C')."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def order_rows(rows: list[CaRow]) -> list[CaRow]:
    rows = sorted(rows, key=lambda r: (name_sort_key(r.name), r.name, r.identifiers))
    lets_encrypt = [
        r for r in rows
        if r.identifiers[0] == LETS_ENCRYPT_ID and r.name.casefold().replace("\u2019", "'").startswith("let's encrypt")
    ]
    if not lets_encrypt:
        raise InputError(f"no Let's Encrypt row whose first identifier is {LETS_ENCRYPT_ID}")
    first = lets_encrypt[0]
    return [first] + [r for r in rows if r is not first]


# --- writing ------------------------------------------------------------------------------------

def write_text(path: Path, text: str) -> None:
    """Atomic write, UTF-8, LF line ends."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", dir=str(path.parent))
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.chmod(tmp, 0o644)  # mkstemp creates 0600
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def tsv_line(fields, allow_empty=False) -> str:
    for field in fields:
        if (not field and not allow_empty) or any(c in field for c in "\t\r\n"):
            raise InputError(f"bad field for TSV: {field!r}")
    return "\t".join(fields) + "\n"


def snapshot_date(path: Path, override: str | None) -> str:
    text = override
    if text is None:
        match = re.search(r"(\d{4}-\d{2}-\d{2})", path.name)
        if not match:
            return "unknown"
        text = match.group(1)
    try:
        return datetime.date.fromisoformat(text).isoformat()
    except ValueError:
        raise InputError(f"not a date (YYYY-MM-DD): {text!r}") from None


def render_cas(rows, source: Path, source_sha256: str, date: str, overlay: Path) -> str:
    ids = {token for r in rows for token in r.identifiers}
    out = [
        "# CAA Doctor: certification authorities and the CAA issuer identifiers they recognise.\n",
        f"# generated by {SCRIPT_NAME} — do not edit by hand (edit {overlay.name} and re-run; see README.md)\n",
        f"# source: {source.name} (CCADB \"All CAA Identifiers\" report, V2)\n",
        f"# source sha256: {source_sha256}\n",
        f"# snapshot date: {date}\n",
        f"# overlay: {overlay.name}\n",
        "# CCADB data: Common CA Database, CDLA-Permissive-2.0\n",
        f"# {len(rows)} CAs, {len(ids)} distinct identifiers. identifiers: ';'-separated, lower case, first = recommended;"
        " an identifier can belong to several CAs.\n",
        f"# iodef, accounturi, validationmethods, issuemail: {'|'.join(SUPPORT_VALUES)}; distrusted: yes|no\n",
        tsv_line(CAS_HEADER),
    ]
    out += [tsv_line(r.fields()) for r in rows]
    return "".join(out)


def render_mistakes(rows, source: Path, log) -> str:
    known = {token for r in rows for token in r.identifiers}
    wrongs = set()
    for wrong, right, note in MISTAKES:
        if wrong != wrong.lower() or wrong in wrongs:
            raise InputError(f"MISTAKES: {wrong!r} is not lower case or is listed twice")
        wrongs.add(wrong)
        if wrong in known:
            raise InputError(f"MISTAKES: {wrong!r} is a valid identifier in this data; remove it from MISTAKES")
        if right not in known:
            # Only happens with partial input (a test sample, an empty overlay) or if a CA dropped the
            # identifier: review the MISTAKES row before shipping.
            log(f"warning: MISTAKES: {right!r} (for {wrong!r}) is not an identifier in this data")
    out = [
        "# CAA Doctor: wrong values seen (or likely) in CAA issue/issuewild records, and what was meant.\n",
        f"# generated by {SCRIPT_NAME} — do not edit by hand (the table is MISTAKES in the script)\n",
        "# evidence: shared/research/ca-identifiers.md section 5; no `wrong` is an identifier in cas.tsv\n",
        f"# checked against: {source.name}\n",
        "# wrong: lower case, compare after lower-casing the value; right: identifier to use instead\n",
        tsv_line(("wrong", "right", "note")),
    ]
    out += [tsv_line(m) for m in sorted(MISTAKES)]
    return "".join(out)


# --- main ---------------------------------------------------------------------------------------

def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 16), b""):
            digest.update(chunk)
    return digest.hexdigest()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        prog=SCRIPT_NAME,
        description="Build cas.tsv and mistakes.tsv from the CCADB AllCAAIdentifiersReportCSVV2 report and ca-overlay.csv.",
    )
    parser.add_argument("ccadb_csv", type=Path, help="CCADB AllCAAIdentifiersReportCSVV2 CSV (date in the file name)")
    parser.add_argument("--overlay", type=Path, default=SCRIPT_DIR / "ca-overlay.csv", help="hand-maintained overlay CSV")
    parser.add_argument("--issuer-overlay", type=Path, default=SCRIPT_DIR / "issuer-overlay.csv",
                        help="hand-maintained CSV of the issuing CAs of the CAs that issue most web certificates")
    parser.add_argument("--out-dir", type=Path, default=SCRIPT_DIR, help="where cas.tsv and mistakes.tsv go")
    parser.add_argument("--snapshot-date", help="YYYY-MM-DD, if the input file name has no date")
    parser.add_argument("-v", "--verbose", action="store_true", help="also list exact group/overlay matches")
    args = parser.parse_args(argv)

    def log(message: str) -> None:
        print(message, file=sys.stderr)

    try:
        if not args.ccadb_csv.is_file():
            raise InputError(f"input not found: {args.ccadb_csv}")
        date = snapshot_date(args.ccadb_csv, args.snapshot_date)
        if date == "unknown":
            log(f"warning: no YYYY-MM-DD date in {args.ccadb_csv.name!r}; snapshot date written as 'unknown'")
        cleaner = Cleaner()
        groups, stats = read_ccadb(args.ccadb_csv, cleaner, log)
        overlay = read_overlay(args.overlay)

        log(f"{SCRIPT_NAME}: {args.ccadb_csv.name} (snapshot {date}): {stats['rows']} rows")
        log(f"  {stats['rows with identifiers']} with identifiers, {stats['rows with an empty cell']} with an empty cell, "
            f"{stats['rows with only rejected values']} with only rejected values")
        total = sum(sum(c.values()) for c in cleaner.rejected.values())
        log(f"rejected tokens: {total}")
        for kind in KINDS:
            counter = cleaner.rejected[kind]
            if counter:
                detail = ", ".join(f"{token!r} x{n}" for token, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])))
                log(f"  {kind}: {sum(counter.values())} ({detail})")
        if cleaner.fixes:
            log("normalised and kept: " + ", ".join(f"{kind} x{n}" for kind, n in sorted(cleaner.fixes.items())))
        log(f"groups: {len(groups)} distinct identifier sets; overlay: {len(overlay)} rows ({args.overlay.name})")

        rows = order_rows(merge(groups, overlay, log, args.verbose))
        cas = render_cas(rows, args.ccadb_csv, sha256_of(args.ccadb_csv), date, args.overlay)
        mistakes = render_mistakes(rows, args.ccadb_csv, log)
        write_text(args.out_dir / "cas.tsv", cas)
        write_text(args.out_dir / "mistakes.tsv", mistakes)
        intermediates = read_intermediates(args.ccadb_csv, cleaner)
        issuer_overlay = read_issuer_overlay(args.issuer_overlay)
        issuers = render_issuers(intermediates, issuer_overlay, rows, args.ccadb_csv, date, args.issuer_overlay, log)
        write_text(args.out_dir / "issuers.tsv", issuers)
        log(f"wrote {args.out_dir / 'issuers.tsv'}: {len(issuer_overlay)} overlay rows, "
            f"{len(intermediates)} CCADB intermediates with a key identifier")
        ids = {token for r in rows for token in r.identifiers}
        shared = sum(1 for token in ids if sum(token in r.identifiers for r in rows) > 1)
        log(f"wrote {args.out_dir / 'cas.tsv'}: {len(rows)} CAs ({sum(r.origin == 'ccadb' for r in rows)} from CCADB only), "
            f"{len(ids)} distinct identifiers ({shared} shared by several CAs)")
        log(f"wrote {args.out_dir / 'mistakes.tsv'}: {len(MISTAKES)} rows")
    except (InputError, OSError, csv.Error, UnicodeDecodeError) as error:
        log(f"{SCRIPT_NAME}: error: {error}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
