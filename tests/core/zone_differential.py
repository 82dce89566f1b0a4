#!/usr/bin/env python3
"""Differential test of our zone-file parser (via the `zonedump` tool) against BIND and Knot.

Usage:
    zone_differential.py --zonedump PATH --corpus DIR [--verbose]

For every top-level DIR/valid/*.zone:
  * run  named-compilezone -q -i none -k ignore -f text -F text -s full -o - ORIGIN FILE
    (in the file's directory: BIND resolves a relative $INCLUDE against the working directory)
    and `zonedump --origin ORIGIN FILE`, normalise both outputs to
    (owner, ttl, class, type, rdata) tuples and compare them as multisets
    (named prints records in DNSSEC order, zonedump in file order);
  * run  kzonecheck -o ORIGIN FILE  and require exit 0, unless the file's header says
    `; kzonecheck: reject REASON` (a known Knot/BIND disagreement; reported, never a failure).

For every top-level DIR/invalid/*.zone:
  * require zonedump to exit 65 (or the code given by `; expect-exit: N`) and every
    `; expect-error-line: N` (or `FILE:N`, FILE relative to the zone's directory) to appear in
    its stderr as a `file:N:column: message` diagnostic;
  * report, without failing, whether named-checkzone rejects the file as well.

Plus one check that zonedump exits 66 for a file that does not exist.

Normalisation (both sides):
  * owner and name targets: escapes decoded, ASCII lower-cased, re-encoded canonically, absolute;
  * class: IN / CLASS1 -> 1, CLASSnnn -> nnn; type: mnemonic or TYPEnnn -> number, so a type
    zonedump prints as TYPE52 matches named's TLSA;
  * rdata compared exactly for
      CAA   (flags as an integer, tag as printed - case-sensitive, named keeps the case written in
             the file -, value as decoded octets; zonedump must print `flags tag "value"`
             with the value quoted, named's side may also be RFC 3597 `\\#`),
      CNAME DNAME NS PTR (canonical target), MX (preference, canonical target),
      A     (the text, after decoding a `\\# 4 xxxxxxxx` generic form);
    for every other type only the existence of (owner, ttl, class, type) is compared.

One line per file (PASS/FAIL and a reason), `--verbose` adds the details of failures, then a last
line `N passed, M failed`. Exit status: 0 all passed, 1 something failed, 77 (CTest skip) when
named-compilezone, named-checkzone or kzonecheck is not installed, 2 on usage errors.
Python standard library only.
"""

import argparse
import collections
import os
import re
import shutil
import subprocess
import sys
import tempfile

SKIP = 77
TIMEOUT = 120

NAMED_COMPILEZONE_ARGS = ["-q", "-i", "none", "-k", "ignore", "-f", "text", "-F", "text", "-s", "full", "-o", "-"]

TYPES = {
    "A": 1, "NS": 2, "MD": 3, "MF": 4, "CNAME": 5, "SOA": 6, "MB": 7, "MG": 8, "MR": 9, "NULL": 10,
    "WKS": 11, "PTR": 12, "HINFO": 13, "MINFO": 14, "MX": 15, "TXT": 16, "RP": 17, "AFSDB": 18,
    "X25": 19, "ISDN": 20, "RT": 21, "NSAP": 22, "NSAP-PTR": 23, "SIG": 24, "KEY": 25, "PX": 26,
    "GPOS": 27, "AAAA": 28, "LOC": 29, "NXT": 30, "EID": 31, "NIMLOC": 32, "SRV": 33, "ATMA": 34,
    "NAPTR": 35, "KX": 36, "CERT": 37, "A6": 38, "DNAME": 39, "SINK": 40, "OPT": 41, "APL": 42,
    "DS": 43, "SSHFP": 44, "IPSECKEY": 45, "RRSIG": 46, "NSEC": 47, "DNSKEY": 48, "DHCID": 49,
    "NSEC3": 50, "NSEC3PARAM": 51, "TLSA": 52, "SMIMEA": 53, "HIP": 55, "NINFO": 56, "RKEY": 57,
    "TALINK": 58, "CDS": 59, "CDNSKEY": 60, "OPENPGPKEY": 61, "CSYNC": 62, "ZONEMD": 63,
    "SVCB": 64, "HTTPS": 65, "SPF": 99, "UINFO": 100, "UID": 101, "GID": 102, "UNSPEC": 103,
    "NID": 104, "L32": 105, "L64": 106, "LP": 107, "EUI48": 108, "EUI64": 109, "TKEY": 249,
    "TSIG": 250, "URI": 256, "CAA": 257, "AVC": 258, "DOA": 259, "AMTRELAY": 260, "RESINFO": 261,
    "WALLET": 262, "TA": 32768, "DLV": 32769,
}
TYPE_NAMES = {v: k for k, v in TYPES.items()}
CLASSES = {"IN": 1, "CH": 3, "HS": 4, "NONE": 254, "ANY": 255}
CLASS_NAMES = {v: k for k, v in CLASSES.items()}

T_A, T_NS, T_CNAME, T_PTR, T_MX, T_DNAME, T_CAA = 1, 2, 5, 12, 15, 39, 257
NAME_TARGET_TYPES = {T_NS, T_CNAME, T_PTR, T_DNAME}


class FormatError(Exception):
    pass


# ---------------------------------------------------------------------------------------------
# Presentation-format helpers


def tokenize(text):
    """Split RDATA text into (quoted, raw) tokens; ';' comments and parentheses outside quotes
    are dropped. `raw` keeps escapes undecoded and excludes the quotes."""
    tokens = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c in " \t\r\n()":
            i += 1
        elif c == ";":
            while i < n and text[i] != "\n":
                i += 1
        elif c == '"':
            j = i + 1
            while j < n and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            if j >= n:
                raise FormatError("unterminated quoted string in %r" % text)
            tokens.append((True, text[i + 1:j]))
            i = j + 1
        else:
            j = i
            while j < n and text[j] not in ' \t\r\n();"':
                j += 2 if text[j] == "\\" else 1
            tokens.append((False, text[i:j]))
            i = j
    return tokens


def unescape(raw):
    """Decode \\DDD and \\X escapes of a character-string into bytes."""
    out = bytearray()
    i, n = 0, len(raw)
    while i < n:
        c = raw[i]
        if c != "\\":
            out += c.encode("latin-1")
            i += 1
            continue
        digits = raw[i + 1:i + 4]
        if len(digits) == 3 and digits.isdigit():
            if int(digits) > 255:
                raise FormatError("bad escape \\%s" % digits)
            out.append(int(digits))
            i += 4
        elif i + 1 < n:
            out += raw[i + 1].encode("latin-1")
            i += 2
        else:
            raise FormatError("dangling backslash in %r" % raw)
    return bytes(out)


def escape_bytes(data, specials=b'"\\'):
    out = []
    for b in data:
        if b < 0x20 or b > 0x7E:
            out.append("\\%03d" % b)
        elif b in specials:
            out.append("\\" + chr(b))
        else:
            out.append(chr(b))
    return "".join(out)


def canonical_name(text, what="name"):
    """Absolute presentation name -> canonical lower-case text with a trailing dot."""
    if text == ".":
        return "."
    labels, cur, i, n = [], bytearray(), 0, len(text)
    absolute = False
    while i < n:
        c = text[i]
        absolute = False
        if c == "\\":
            digits = text[i + 1:i + 4]
            if len(digits) == 3 and digits.isdigit() and int(digits) <= 255:
                cur.append(int(digits))
                i += 4
            elif i + 1 < n:
                cur += text[i + 1].encode("latin-1")
                i += 2
            else:
                raise FormatError("%s %r ends in a backslash" % (what, text))
        elif c == ".":
            if not cur:
                raise FormatError("%s %r has an empty label" % (what, text))
            labels.append(bytes(cur))
            cur = bytearray()
            absolute = True
            i += 1
        else:
            cur += c.encode("latin-1")
            i += 1
    if not absolute:
        raise FormatError("%s %r is not absolute (no trailing dot)" % (what, text))
    lowered = [bytes(b + 32 if 65 <= b <= 90 else b for b in label) for label in labels]
    return "".join(escape_bytes(label, specials=b'.;\\()"@$ ') + "." for label in lowered)


def parse_type(text):
    up = text.upper()
    if up in TYPES:
        return TYPES[up]
    m = re.fullmatch(r"TYPE(\d{1,5})", up)
    if m and int(m.group(1)) <= 65535:
        return int(m.group(1))
    raise FormatError("unknown type %r" % text)


def parse_class(text):
    up = text.upper()
    if up in CLASSES:
        return CLASSES[up]
    m = re.fullmatch(r"CLASS(\d{1,5})", up)
    if m and int(m.group(1)) <= 65535:
        return int(m.group(1))
    raise FormatError("unknown class %r" % text)


def type_name(t):
    return TYPE_NAMES.get(t, "TYPE%d" % t)


def class_name(c):
    return CLASS_NAMES.get(c, "CLASS%d" % c)


def generic_bytes(tokens):
    """RFC 3597 `\\# len hex...` -> bytes, or None when the tokens are not in generic form."""
    if not tokens or tokens[0] != (False, "\\#"):
        return None
    if len(tokens) < 2 or tokens[1][0] or not tokens[1][1].isdigit():
        raise FormatError("bad generic RDATA length")
    hexdigits = "".join(raw for quoted, raw in tokens[2:])
    try:
        data = bytes.fromhex(hexdigits)
    except ValueError:
        raise FormatError("bad generic RDATA hex %r" % hexdigits)
    if len(data) != int(tokens[1][1]):
        raise FormatError("generic RDATA length %s does not match %d octets" % (tokens[1][1], len(data)))
    return data


def normalise_rdata(rtype, text, strict_caa_quotes):
    # strict_caa_quotes: zonedump's side, which must print CAA as `flags tag "value"`.
    """Return a comparable value for the types compared exactly, None for the others."""
    if rtype not in (T_A, T_MX, T_CAA) and rtype not in NAME_TARGET_TYPES:
        return None
    tokens = tokenize(text)
    data = generic_bytes(tokens)
    if rtype == T_CAA:
        if data is not None and strict_caa_quotes:
            raise FormatError("CAA printed in generic form %r; zonedump must print `flags tag \"value\"`" % text)
        if data is not None:
            if len(data) < 2 or data[1] == 0 or 2 + data[1] > len(data):
                raise FormatError("generic CAA RDATA is not a valid CAA record")
            return ("CAA", data[0], data[2:2 + data[1]].decode("latin-1"), data[2 + data[1]:])
        if len(tokens) != 3 or tokens[0][0] or tokens[1][0] or not tokens[0][1].isdigit():
            raise FormatError("CAA rdata %r is not `flags tag \"value\"`" % text)
        if strict_caa_quotes and not tokens[2][0]:
            raise FormatError("CAA value is not quoted in %r" % text)
        flags = int(tokens[0][1])
        if flags > 255:
            raise FormatError("CAA flags %d out of range" % flags)
        return ("CAA", flags, tokens[1][1], unescape(tokens[2][1]))
    if rtype == T_A:
        if data is not None:
            if len(data) != 4:
                raise FormatError("generic A RDATA is not 4 octets")
            return ("A", "%d.%d.%d.%d" % tuple(data))
        if len(tokens) != 1:
            raise FormatError("A rdata %r is not one address" % text)
        return ("A", tokens[0][1])
    if data is not None:
        raise FormatError("generic RDATA for %s is not supported by this checker" % type_name(rtype))
    if rtype == T_MX:
        if len(tokens) != 2 or not tokens[0][1].isdigit():
            raise FormatError("MX rdata %r is not `pref target.`" % text)
        return ("MX", int(tokens[0][1]), canonical_name(tokens[1][1], "MX target"))
    if len(tokens) != 1:
        raise FormatError("%s rdata %r is not one name" % (type_name(rtype), text))
    return (type_name(rtype), canonical_name(tokens[0][1], "target"))


def show_rdata(value):
    if value is None:
        return "*"
    if value[0] == "CAA":
        return '%d %s "%s"' % (value[1], value[2], escape_bytes(value[3]))
    return " ".join(str(v) for v in value[1:])


def show_record(rec):
    owner, ttl, rclass, rtype, rdata = rec
    return "%s %d %s %s %s" % (owner, ttl, class_name(rclass), type_name(rtype), show_rdata(rdata))


def make_record(owner, ttl, rclass, rtype, rdata, strict):
    if not re.fullmatch(r"\d{1,10}", ttl) or int(ttl) > 0xFFFFFFFF:
        raise FormatError("TTL %r is not a number of seconds" % ttl)
    t = parse_type(rtype)
    return (canonical_name(owner, "owner"), int(ttl), parse_class(rclass), t,
            normalise_rdata(t, rdata, strict))


def parse_named_output(text):
    records = []
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith(";"):
            continue
        if line.startswith("$"):
            raise FormatError("named output line %d: unexpected directive %r" % (lineno, line))
        if "(" in line.split('"')[0]:
            raise FormatError("named output line %d is split over lines; only -s full is supported" % lineno)
        fields = line.split(None, 4)
        if len(fields) < 4:
            raise FormatError("named output line %d: %r" % (lineno, line))
        if len(fields) == 4:
            fields.append("")
        try:
            records.append(make_record(*fields, strict=False))
        except FormatError as e:
            raise FormatError("named output line %d: %s" % (lineno, e))
    return records


def parse_zonedump_output(text):
    records = []
    for lineno, line in enumerate(text.split("\n"), 1):
        if line == "":
            continue
        fields = line.split("\t", 4)
        if len(fields) != 5:
            raise FormatError("zonedump line %d has %d tab-separated fields, not 5: %r"
                              % (lineno, len(fields), line))
        if not fields[3] or fields[3] != fields[3].upper():
            raise FormatError("zonedump line %d: type %r is not an upper-case mnemonic" % (lineno, fields[3]))
        try:
            records.append(make_record(*fields, strict=True))
        except FormatError as e:
            raise FormatError("zonedump line %d: %s" % (lineno, e))
    return records


# ---------------------------------------------------------------------------------------------
# Corpus headers


class Header:
    def __init__(self):
        self.origin = None
        self.expect_lines = []  # (relative file or None, line)
        self.expect_exit = None
        self.kzonecheck_reject = None


def read_header(data):
    h = Header()
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for raw in data.split(b"\n"):
        line = raw.rstrip(b"\r").decode("latin-1")
        if not line.startswith(";"):
            break
        m = re.match(r";\s*([a-z-]+)\s*:\s*(.*?)\s*$", line)
        if not m:
            continue
        key, value = m.group(1), m.group(2)
        if key == "origin":
            h.origin = value
        elif key == "expect-error-line":
            fm = re.fullmatch(r"(?:(.+):)?(\d+)", value)
            if not fm:
                raise FormatError("bad expect-error-line %r" % value)
            h.expect_lines.append((fm.group(1), int(fm.group(2))))
        elif key == "expect-exit":
            h.expect_exit = int(value)
        elif key == "kzonecheck":
            words = value.split(None, 1)
            if words and words[0] == "reject":
                h.kzonecheck_reject = words[1] if len(words) > 1 else "known disagreement"
    if not h.origin:
        raise FormatError("no `; origin:` header line")
    return h


# ---------------------------------------------------------------------------------------------
# Running tools


def run(cmd, cwd):
    try:
        p = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return None, b"", b"timed out after %d s" % TIMEOUT
    return p.returncode, p.stdout, p.stderr


def first_lines(data, n=3):
    lines = [l for l in data.decode("utf-8", "replace").splitlines() if l.strip()]
    text = " | ".join(lines[:n])
    return text + (" | ..." if len(lines) > n else "")


class ReferenceCopy:
    """Hands the reference tools a file they accept: without a UTF-8 BOM (neither BIND nor Knot
    accepts one), and for kzonecheck with LF line ends (Knot rejects CR). Files needing a copy must
    not use $INCLUDE, since the copy lives in a temporary directory."""

    def __init__(self, path, data, tmpdir):
        self.path = path
        self.notes = []
        named_data, knot_data = data, data
        if data.startswith(b"\xef\xbb\xbf"):
            named_data = knot_data = data[3:]
            self.notes.append("BOM stripped for named/kzonecheck")
        if b"\r" in knot_data:
            knot_data = knot_data.replace(b"\r\n", b"\n")
            self.notes.append("kzonecheck given an LF copy")
        self.named_path = self._copy(named_data, data, tmpdir, "named")
        self.knot_path = self._copy(knot_data, data, tmpdir, "knot")

    def _copy(self, new, old, tmpdir, tag):
        if new == old:
            return self.path
        if re.search(rb"(?m)^\$INCLUDE", new, re.IGNORECASE):
            raise FormatError("file needs a reference copy (BOM/CRLF) but uses $INCLUDE")
        out = os.path.join(tmpdir, tag + "-" + os.path.basename(self.path))
        with open(out, "wb") as f:
            f.write(new)
        return out


def compare_records(ours, theirs):
    """Multiset comparison; returns a list of difference lines (empty when equal)."""
    a, b = collections.Counter(ours), collections.Counter(theirs)
    only_ours = sorted((a - b).elements(), key=show_record)
    only_named = sorted((b - a).elements(), key=show_record)
    diffs = []
    for rec in only_named:
        diffs.append("named only:    " + show_record(rec))
    for rec in only_ours:
        hint = " (duplicate: named merges identical records)" if rec in b else ""
        diffs.append("zonedump only: " + show_record(rec) + hint)
    return diffs, len(only_named), len(only_ours)


def check_valid(path, args, tools, dirs):
    notes = []
    with open(path, "rb") as f:
        data = f.read()
    header = read_header(data)
    origin = header.origin
    zdir = os.path.dirname(path)
    work, copies = dirs
    ref = ReferenceCopy(path, data, copies)
    notes += ref.notes

    # zonedump runs in an empty directory: $INCLUDE must resolve against the including file.
    rc, out, err = run([args.zonedump, "--origin", origin, path], cwd=work)
    if rc != 0:
        return False, "zonedump exit %s: %s" % (rc, first_lines(err)), []
    ours = parse_zonedump_output(out.decode("latin-1"))

    # named: the working directory is the file's directory (BIND resolves $INCLUDE against it).
    rc, nout, nerr = run([tools["named-compilezone"]] + NAMED_COMPILEZONE_ARGS + [origin, ref.named_path], cwd=zdir)
    if rc != 0:
        _, cout, cerr = run([tools["named-checkzone"], origin, ref.named_path], cwd=zdir)
        return False, "named-compilezone rejects this valid file: %s" % first_lines(cout + cerr), []
    theirs = parse_named_output(nout.decode("latin-1"))

    rc, kout, kerr = run([tools["kzonecheck"], "-o", origin, ref.knot_path], cwd=zdir)
    if header.kzonecheck_reject:
        if rc == 0:
            notes.append("kzonecheck now accepts it: drop the `kzonecheck: reject` header")
        else:
            notes.append("kzonecheck rejects as expected: " + header.kzonecheck_reject)
    elif rc != 0:
        _, vout, verr = run([tools["kzonecheck"], "-v", "-o", origin, ref.knot_path], cwd=zdir)
        return False, "kzonecheck rejects this valid file: %s" % first_lines(vout + verr), []

    diffs, n_named, n_ours = compare_records(ours, theirs)
    if diffs:
        reason = "%d record(s) only in named, %d only in zonedump; first: %s" % (
            n_named, n_ours, " ".join(diffs[0].split()))
        return False, reason, diffs
    notes.insert(0, "%d records" % len(ours))
    return True, "; ".join(notes), []


DIAG = re.compile(r"^(.*):(\d+):(\d+): ")


def diag_matches(diag_file, expected_file):
    a = os.path.normpath(diag_file).replace("\\", "/")
    b = os.path.normpath(expected_file).replace("\\", "/")
    return a == b or a.endswith("/" + b) or b.endswith("/" + a)


def check_invalid(path, args, tools, dirs):
    with open(path, "rb") as f:
        data = f.read()
    header = read_header(data)
    zdir = os.path.dirname(path)
    if not header.expect_lines and header.expect_exit in (None, 65):
        raise FormatError("invalid file without `; expect-error-line:` header")
    cmd = [args.zonedump] + ([] if header.origin == "none" else ["--origin", header.origin]) + [path]
    rc, out, err = run(cmd, cwd=dirs[0])
    want_rc = header.expect_exit if header.expect_exit is not None else 65

    named_note = "named-checkzone: n/a without an origin"
    if header.origin != "none":
        nrc, nout, nerr = run([tools["named-checkzone"], header.origin, path], cwd=zdir)
        if nrc == 0:
            named_note = "named-checkzone ACCEPTS it"
        else:
            lines = sorted({int(m) for m in re.findall(r":(\d+): ", (nout + nerr).decode("latin-1"))})
            named_note = "named-checkzone rejects it too" + (
                " (lines %s)" % ",".join(map(str, lines)) if lines else "")

    details = [l for l in err.decode("latin-1").splitlines() if l.strip()]
    if rc != want_rc:
        return False, "zonedump exit %s, expected %d; %s" % (rc, want_rc, named_note), details
    diags = []
    for line in details:
        m = DIAG.match(line)
        if m:
            diags.append((m.group(1), int(m.group(2))))
    missing = []
    for rel, lineno in header.expect_lines:
        want_file = rel if rel else os.path.basename(path)
        if not any(n == lineno and diag_matches(f, want_file) for f, n in diags):
            missing.append("%s:%d" % (rel, lineno) if rel else str(lineno))
    if missing:
        seen = list(dict.fromkeys("%s:%d" % (os.path.basename(f), n) for f, n in diags))
        got = ",".join(seen) or "none in file:line:column form"
        return False, "no error reported at line(s) %s (reported: %s); %s" % (
            ", ".join(missing), got, named_note), details
    expected = {(r, n) for r, n in header.expect_lines}
    extra = sorted({n for f, n in diags if diag_matches(f, os.path.basename(path)) and (None, n) not in expected})
    note = named_note
    if extra:
        note += "; zonedump also reported line(s) %s" % ",".join(map(str, extra))
    return True, note, []


def check_missing_file(args, dirs):
    missing = os.path.join(dirs[1], "does-not-exist.zone")
    rc, out, err = run([args.zonedump, "--origin", "example.com.", missing], cwd=dirs[0])
    if rc != 66:
        return False, "zonedump exit %s for a file that does not exist, expected 66" % rc, []
    return True, "exit 66", []


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--zonedump", required=True, help="path of the zonedump test tool")
    parser.add_argument("--corpus", required=True, help="directory holding valid/ and invalid/")
    parser.add_argument("--verbose", "-v", action="store_true", help="print the details of failures")
    args = parser.parse_args()

    tools = {name: shutil.which(name) for name in ("named-compilezone", "named-checkzone", "kzonecheck")}
    absent = [name for name, found in tools.items() if not found]
    if absent:
        print("SKIP: %s not found; install the bind9-utils and knot-dnssecutils packages"
              % ", ".join(absent))
        return SKIP
    args.zonedump = os.path.abspath(args.zonedump)
    if not os.access(args.zonedump, os.X_OK):
        print("error: zonedump %s is not an executable file" % args.zonedump, file=sys.stderr)
        return 2
    corpus = os.path.abspath(args.corpus)
    groups = []
    for kind, func in (("valid", check_valid), ("invalid", check_invalid)):
        d = os.path.join(corpus, kind)
        if not os.path.isdir(d):
            print("error: %s is not a directory" % d, file=sys.stderr)
            return 2
        files = sorted(f for f in os.listdir(d) if f.endswith(".zone") and os.path.isfile(os.path.join(d, f)))
        if not files:
            print("error: no *.zone files in %s" % d, file=sys.stderr)
            return 2
        groups.append((kind, d, files, func))

    passed = failed = 0
    with tempfile.TemporaryDirectory(prefix="zone-differential-") as tmpdir:
        dirs = (os.path.join(tmpdir, "cwd"), os.path.join(tmpdir, "copies"))  # cwd stays empty
        for d in dirs:
            os.mkdir(d)
        jobs = [("zonedump missing-file", lambda: check_missing_file(args, dirs))]
        for kind, d, files, func in groups:
            for name in files:
                path = os.path.join(d, name)
                jobs.append(("%s/%s" % (kind, name), lambda p=path, f=func: f(p, args, tools, dirs)))
        for label, job in jobs:
            try:
                ok, reason, details = job()
            except FormatError as e:
                ok, reason, details = False, str(e), []
            except OSError as e:
                ok, reason, details = False, "%s: %s" % (type(e).__name__, e), []
            print("%s %s%s" % ("PASS" if ok else "FAIL", label, ": " + reason if reason else ""))
            if not ok and args.verbose:
                for line in details[:40]:
                    print("    " + line)
                if len(details) > 40:
                    print("    ... %d more" % (len(details) - 40))
            sys.stdout.flush()
            if ok:
                passed += 1
            else:
                failed += 1
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
