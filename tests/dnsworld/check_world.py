#!/usr/bin/python3
"""Self-test of the CAA Doctor DNS world (tests/dnsworld).

Queries the validating resolver (NET.10) and the authoritative servers directly for every row
of the behaviour table in README.md, prints one PASS/FAIL line per row and a final line
"N passed, M failed"; exits 1 if anything failed.

    /usr/bin/python3 tests/dnsworld/check_world.py [--net 127.53.0] [--dir STATEDIR] [--no-flush]
    /usr/bin/python3 tests/dnsworld/check_world.py --markdown     # the README table

It flushes Unbound's caches first (unbound-control through the world's state directory), so
the timings of first (uncached) lookups are meaningful. Needs dnspython (Debian's
python3-dnspython); everything else is the standard library.
"""

import argparse
import os
import random
import socket
import struct
import subprocess
import sys
import time

import dns.dnssec
import dns.edns
import dns.flags
import dns.message
import dns.rcode
import dns.rdatatype

EDE_NAMES = {0: "Other", 1: "Unsupported DNSKEY Algorithm", 2: "Unsupported DS Digest Type",
             3: "Stale Answer", 4: "Forged Answer", 5: "DNSSEC Indeterminate", 6: "DNSSEC Bogus",
             7: "Signature Expired", 8: "Signature Not Yet Valid", 9: "DNSKEY Missing",
             10: "RRSIGs Missing", 11: "No Zone Key Bit Set", 12: "NSEC Missing",
             13: "Cached Error", 14: "Not Ready", 15: "Blocked", 16: "Censored", 17: "Filtered",
             18: "Prohibited", 19: "Stale NXDOMAIN Answer", 20: "Not Authoritative",
             21: "Not Supported", 22: "No Reachable Authority", 23: "Network Error",
             24: "Invalid Data"}

LE = 'CAA 0 issue "letsencrypt.org"'
DELAY_MS = int(os.environ.get("CAA_DNSWORLD_DELAY_MS", "300"))
# Unbound gives up on a silent server after ~2-3 s with the default delay; world.sh scales
# Unbound's time-outs with CAA_DNSWORLD_DELAY_MS, so the bound does too.
GIVE_UP_MAX_MS = max(6000, 12 * DELAY_MS)


class Reply:
    def __init__(self, msg=None, size=0, ms=0.0, error=None):
        self.msg, self.size, self.ms, self.error = msg, size, ms, error

    def rcode(self):
        return dns.rcode.to_text(self.msg.rcode()) if self.msg else None

    def flag(self, f):
        return bool(self.msg.flags & f)

    def answer(self):
        """Answer section as sorted 'owner TYPE rdata' strings, without RRSIGs."""
        out = []
        for rrset in self.msg.answer:
            if rrset.rdtype == dns.rdatatype.RRSIG:
                continue
            for rd in rrset:
                out.append("%s %s %s" % (rrset.name.to_text(), dns.rdatatype.to_text(rrset.rdtype), rd.to_text()))
        return sorted(out)

    def has(self, section, rdtype):
        return any(r.rdtype == dns.rdatatype.from_text(rdtype) for r in getattr(self.msg, section))

    def ede(self):
        codes = []
        for opt in self.msg.options:
            if opt.otype == dns.edns.EDE:
                codes.append((int(opt.code), opt.text or ""))
        return codes

    def describe(self):
        if self.msg is None:
            return "%s after %.0f ms" % (self.error, self.ms)
        flags = dns.flags.to_text(self.msg.flags)
        ede = ",".join("EDE %d" % c for c, _ in self.ede())
        ans = "; ".join(self.answer())
        if len(ans) > 160:
            ans = ans[:160] + "..."
        return "%s [%s]%s %d B %.0f ms {%s}" % (self.rcode(), flags, " " + ede if ede else "", self.size, self.ms, ans)


def ask(server, qname, qtype, tcp=False, rd=True, do=True, cd=False, timeout=3.0, payload=1232, raw=None):
    """One query with plain sockets (so we see the exact wire size, ICMP refusals, TC, ...)."""
    if raw is None:
        q = dns.message.make_query(qname, qtype, want_dnssec=do, use_edns=0, payload=payload)
        if not rd:
            q.flags &= ~dns.flags.RD
        if cd:
            q.flags |= dns.flags.CD
        wire = q.to_wire()
    else:
        wire = raw
    t0 = time.monotonic()
    data = None
    try:
        if tcp:
            with socket.create_connection((server, 53), timeout=timeout) as s:
                s.settimeout(max(0.05, timeout - (time.monotonic() - t0)))
                s.sendall(struct.pack("!H", len(wire)) + wire)
                hdr = _recv_exact(s, 2)
                data = _recv_exact(s, struct.unpack("!H", hdr)[0])
        else:
            with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
                s.connect((server, 53))
                s.send(wire)
                while True:
                    left = timeout - (time.monotonic() - t0)
                    if left <= 0:
                        raise socket.timeout()
                    s.settimeout(left)
                    data = s.recv(65535)
                    if data[:2] == wire[:2]:
                        break
    except socket.timeout:
        return Reply(ms=(time.monotonic() - t0) * 1000, error="timeout")
    except ConnectionRefusedError:
        return Reply(ms=(time.monotonic() - t0) * 1000, error="refused")
    except (EOFError, OSError) as exc:
        return Reply(ms=(time.monotonic() - t0) * 1000, error="error:%s" % type(exc).__name__)
    ms = (time.monotonic() - t0) * 1000
    return Reply(dns.message.from_wire(data, ignore_trailing=True), len(data), ms)


def _recv_exact(s, n):
    buf = b""
    while len(buf) < n:
        chunk = s.recv(n - len(buf))
        if not chunk:
            raise EOFError()
        buf += chunk
    return buf


# --------------------------------------------------------------------------------------------
# The behaviour table. Each row: where (R = resolver NET.10 with RD=1, or the server's last
# octet, queried with RD=0 unless the row says rd=True), qname, qtype, options, expectations, note.
#   rcode   expected RCODE text; None with timeout=True / refused=True for "no answer"
#   aa/ad/tc  True/False, or None = not checked
#   answer  exact answer section (list of "owner TYPE rdata", RRSIGs excluded); None = unchecked
#   any_of  list of acceptable answer sections
#   soa     True: SOA must be in the authority section; False: must not be
#   ede     expected EDE code, "none" (no EDE option), or None (not checked)
# --------------------------------------------------------------------------------------------
def row(where, qname, qtype, note="", **kw):
    d = dict(where=where, qname=qname, qtype=qtype, note=note, tcp=False, cd=False, timeout=3.0,
             rcode="NOERROR", aa=None, ad=None, tc=None, answer=None, any_of=None, soa=None, ede=None,
             min_ms=None, max_ms=None, min_size=None, count=None, refused=False, noanswer=False,
             rrsig=None, referral=None, ds=None, extra=None, rd=None)
    d.update(kw)
    if where == "R" and d["ede"] is None and not d["tc"]:
        d["ede"] = "none"  # through the resolver: no EDE option unless the row says which
    return d


def table():
    R = "R"
    rows = []
    a = rows.append
    # ---------------------------------------------------------------- through the resolver
    a(row(R, "permit.test.", "CAA", "signed, validated", ad=True, answer=["permit.test. " + LE], ede="none"))
    a(row(R, "www.permit.test.", "CAA", "NODATA (signed NSEC proof)", ad=True, answer=[], soa=True))
    a(row(R, "www.permit.test.", "A", "", ad=True, answer=["www.permit.test. A @NET@.200"]))
    a(row(R, "a.b.c.d.deep.permit.test.", "CAA", "7 labels, CAA inherited from the apex (climb)", ad=True, answer=[], soa=True))
    a(row(R, "b.c.d.deep.permit.test.", "CAA", "empty non-terminal: NODATA, not NXDOMAIN", ad=True, answer=[], soa=True))
    a(row(R, "deep.permit.test.", "CAA", "empty non-terminal", ad=True, answer=[], soa=True))
    a(row(R, "nope.permit.test.", "CAA", "does not exist", rcode="NXDOMAIN", ad=True, answer=[], soa=True))
    a(row(R, "nope.test.", "CAA", "does not exist in test.", rcode="NXDOMAIN", ad=True, answer=[], soa=True))
    a(row(R, "test.", "CAA", "TLD apex, no CAA", ad=True, answer=[], soa=True))
    a(row(R, "dot.test.", "CAA", "trailing-dot issuer + iodef", ad=True,
          answer=['dot.test. CAA 0 iodef "mailto:security@dot.test"', 'dot.test. CAA 0 issue "letsencrypt.org."']))
    a(row(R, "wild.test.", "CAA", "issue + issuewild", ad=True,
          answer=['wild.test. CAA 0 issue "letsencrypt.org"', 'wild.test. CAA 0 issuewild "pki.goog"']))
    a(row(R, "foo.wild.test.", "CAA", "*.wild.test has A only: wildcard NODATA", ad=True, answer=[], soa=True))
    a(row(R, "foo.wild.test.", "A", "wildcard A", ad=True, answer=["foo.wild.test. A @NET@.202"]))
    a(row(R, "x.cw.wild.test.", "CAA", "synthesised from the wildcard owner *.cw.wild.test", ad=True,
          answer=['x.cw.wild.test. CAA 0 issue "sectigo.com"']))
    a(row(R, "cw.wild.test.", "CAA", "empty non-terminal above *.cw", ad=True, answer=[], soa=True))
    a(row(R, "cname.test.", "CAA", "no CAA at this apex", ad=True, answer=[], soa=True))
    a(row(R, "www.cname.test.", "CAA", "CNAME chain; CAA owner is host.target.test", ad=True,
          answer=["www.cname.test. CNAME host.target.test.", 'host.target.test. CAA 0 issue "digicert.com"']))
    a(row(R, "www2.cname.test.", "CAA", "CNAME to a name without CAA (target.test apex has sectigo: must not be used)",
          ad=True, answer=["www2.cname.test. CNAME bare.target.test."], soa=True))
    a(row(R, "loop1.cname.test.", "CAA", "CNAME loop", rcode="SERVFAIL", ad=False, answer=[]))
    a(row(R, "target.test.", "CAA", "", ad=True, answer=['target.test. CAA 0 issue "sectigo.com"']))
    a(row(R, "host.target.test.", "CAA", "", ad=True, answer=['host.target.test. CAA 0 issue "digicert.com"']))
    a(row(R, "bare.target.test.", "CAA", "", ad=True, answer=[], soa=True))
    a(row(R, "host.old.dname.test.", "CAA", "DNAME old.dname.test -> target.test", ad=True,
          answer=["old.dname.test. DNAME target.test.", "host.old.dname.test. CNAME host.target.test.",
                  'host.target.test. CAA 0 issue "digicert.com"']))
    a(row(R, "nsec3.test.", "CAA", "NSEC3 zone", ad=True, answer=["nsec3.test. " + LE]))
    a(row(R, "www.nsec3.test.", "CAA", "NSEC3 NODATA proof", ad=True, answer=[], soa=True))
    a(row(R, "nope.nsec3.test.", "CAA", "NSEC3 NXDOMAIN proof", rcode="NXDOMAIN", ad=True, answer=[], soa=True))
    a(row(R, "big.test.", "CAA", "6 KB RRset over UDP/1232: truncated", tc=True, answer=[]))
    a(row(R, "big.test.", "CAA", "6 KB RRset over TCP", tcp=True, ad=True, count=101, min_size=5000))
    a(row(R, "bogus.test.", "CAA", "DS in test. does not match the DNSKEY", rcode="SERVFAIL", ad=False, answer=[], ede=9))
    a(row(R, "bogus.test.", "CAA", "same with CD=1 (checking disabled)", cd=True, ad=False, answer=["bogus.test. " + LE]))
    a(row(R, "expired.test.", "CAA", "all RRSIGs expired 16 days ago", rcode="SERVFAIL", ad=False, answer=[], ede=7))
    a(row(R, "insecure.test.", "CAA", "unsigned, no DS: insecure", ad=False, answer=["insecure.test. " + LE], ede="none"))
    a(row(R, "www.insecure.test.", "CAA", "", ad=False, answer=[], soa=True))
    # Patience: on a loaded machine Unbound may retry the slow relay before it answers (seen once in CI).
    a(row(R, "slow.test.", "CAA", "via the %d ms relay (uncached)" % DELAY_MS, ad=False, answer=["slow.test. " + LE],
          min_ms=DELAY_MS * 0.9, timeout=8.0))
    a(row(R, "a.b.c.d.slow.test.", "CAA", "5 labels below slow.test, NODATA, delayed", ad=False, answer=[], soa=True,
          min_ms=DELAY_MS * 0.9, timeout=8.0))
    a(row(R, "split.test.", "CAA", "NS disagree: either answer, depending on the server Unbound picks", ad=False,
          any_of=[["split.test. " + LE], ['split.test. CAA 0 issue "pki.goog"']]))
    a(row(R, "servfail.test.", "CAA", "server answers SERVFAIL", rcode="SERVFAIL", ad=False, answer=[], ede="none"))
    a(row(R, "www.servfail.test.", "A", "same server answers A", ad=False, answer=["www.servfail.test. A @NET@.220"]))
    a(row(R, "refused.test.", "CAA", "server answers REFUSED", rcode="SERVFAIL", ad=False, answer=[], ede="none"))
    a(row(R, "www.refused.test.", "A", "", ad=False, answer=["www.refused.test. A @NET@.221"]))
    a(row(R, "notimp.test.", "CAA", "server answers NOTIMP", rcode="SERVFAIL", ad=False, answer=[], ede="none"))
    a(row(R, "www.notimp.test.", "A", "", ad=False, answer=["www.notimp.test. A @NET@.222"]))
    a(row(R, "tc.test.", "CAA", "TC over UDP upstream; Unbound retries over TCP", ad=False, answer=["tc.test. " + LE],
          extra="tc_used_tcp"))
    a(row(R, "nosoa.test.", "CAA", "NODATA without SOA: Unbound passes it on as NODATA", ad=False, answer=[], soa=False))
    a(row(R, "www.silent.test.", "A", "A works (asked BEFORE any CAA timeout: see notes)", ad=False,
          answer=["www.silent.test. A @NET@.223"]))
    a(row(R, "silent.test.", "CAA", "server never answers CAA: SERVFAIL after Unbound's own time-out (measured ≈2.7 s)",
          rcode="SERVFAIL", ad=False, answer=[], timeout=GIVE_UP_MAX_MS / 1000 + 4, min_ms=1000, max_ms=GIVE_UP_MAX_MS,
          ede="none"))
    a(row(R, "lame.test.", "CAA", "nothing listens on NET.28 (measured ≈1.2 s)", rcode="SERVFAIL", ad=False, answer=[],
          timeout=GIVE_UP_MAX_MS / 1000 + 4, min_ms=1000, max_ms=GIVE_UP_MAX_MS, ede="none"))

    a(row(R, "fixed.test.", "CAA", "the set world.sh starts with (tests load the fixed one with 'world.sh load')",
          ad=False, answer=['fixed.test. CAA 0 issue "sectigo.com"']))
    a(row(R, "doubled.test.", "CAA", "the apex keeps the old set", ad=False,
          answer=['doubled.test. CAA 0 issue "sectigo.com"']))
    a(row(R, "doubled.test.doubled.test.", "CAA", "the record meant for the apex, at the doubled name", ad=False,
          answer=['doubled.test.doubled.test. CAA 0 issue "letsencrypt.org"']))
    a(row(R, "shop.hiccup.", "CAA", "a second TLD, insecure: no CAA below it", ad=False, answer=[], soa=True))
    a(row(R, "hiccup.", "CAA", "its registry's server fails CAA for the TLD itself", rcode="SERVFAIL", ad=False,
          answer=[]))
    a(row(11, "permit.test.", "CAA", "the CAA-failing resolver: SERVFAIL for type 257", rcode="SERVFAIL", rd=True))
    a(row(11, "permit.test.", "SOA", "the CAA-failing resolver forwards everything else", rd=True, ad=True))

    # ---------------------------------------------------------------- directly at the authoritatives
    a(row(1, ".", "SOA", "root, signed", aa=True, rrsig=True))
    a(row(1, "permit.test.", "CAA", "root refers to test. with DS", aa=False, answer=[], referral="test.", ds=True))
    a(row(2, "permit.test.", "CAA", "test. refers to permit.test with DS", aa=False, answer=[], referral="permit.test.", ds=True))
    a(row(2, "insecure.test.", "CAA", "referral without DS", aa=False, answer=[], referral="insecure.test.", ds=False))
    a(row(2, "bogus.test.", "DS", "the deliberately wrong DS (digest reversed)", aa=True, rrsig=True, extra="bogus_ds"))
    a(row(2, "split.test.", "NS", "both nameservers in the delegation", aa=False, referral="split.test.",
          extra="split_ns"))
    for z in ("permit", "dot", "wild", "cname", "target", "dname", "nsec3", "bogus", "big"):
        for o in (3, 4):
            a(row(o, "%s.test." % z, "SOA", "signed zone served by knot on both NS", aa=True, rrsig=True))
    a(row(3, "permit.test.", "CAA", "", aa=True, rrsig=True, answer=["permit.test. " + LE]))
    a(row(4, "permit.test.", "CAA", "second NS agrees", aa=True, rrsig=True, answer=["permit.test. " + LE]))
    a(row(3, "www.permit.test.", "CAA", "", aa=True, answer=[], soa=True))
    a(row(3, "nope.permit.test.", "CAA", "", rcode="NXDOMAIN", aa=True, answer=[], soa=True))
    a(row(3, "www.cname.test.", "CAA", "knot returns the CNAME only (target is another zone)", aa=True,
          answer=["www.cname.test. CNAME host.target.test."]))
    a(row(3, "loop1.cname.test.", "CAA", "in-zone CNAME loop", aa=True,
          answer=["loop1.cname.test. CNAME loop2.cname.test.", "loop2.cname.test. CNAME loop1.cname.test."]))
    a(row(3, "host.old.dname.test.", "CAA", "DNAME + synthesised CNAME", aa=True,
          answer=["old.dname.test. DNAME target.test.", "host.old.dname.test. CNAME host.target.test."]))
    a(row(3, "nsec3.test.", "NSEC3PARAM", "", aa=True, answer=["nsec3.test. NSEC3PARAM 1 0 0 -"]))
    a(row(3, "big.test.", "CAA", "UDP, 1232-byte buffer: TC=1", aa=True, tc=True))
    a(row(3, "big.test.", "CAA", "TCP: the whole RRset", tcp=True, aa=True, count=101, min_size=5000))
    a(row(3, "expired.test.", "CAA", "served with RRSIGs that expired in the past", aa=True, rrsig=True,
          answer=["expired.test. " + LE], extra="rrsig_expired"))
    a(row(3, "bogus.test.", "CAA", "bogus.test itself is correctly signed", aa=True, rrsig=True, answer=["bogus.test. " + LE]))
    a(row(3, "insecure.test.", "CAA", "", aa=True, rrsig=False, answer=["insecure.test. " + LE]))
    a(row(3, "split.test.", "SOA", "fresh copy: serial 2", aa=True, extra="serial2"))
    a(row(3, "split.test.", "CAA", "fresh copy", aa=True, answer=["split.test. " + LE]))
    a(row(27, "split.test.", "SOA", "stale copy: serial 1", aa=True, extra="serial1"))
    a(row(27, "split.test.", "CAA", "stale copy", aa=True, answer=['split.test. CAA 0 issue "pki.goog"']))
    a(row(3, "slow.test.", "CAA", "knot answers at once", aa=True, answer=["slow.test. " + LE], max_ms=100))
    a(row(26, "slow.test.", "CAA", "relay: UDP, delayed", aa=True, answer=["slow.test. " + LE],
          min_ms=DELAY_MS * 0.95, max_ms=DELAY_MS + 700))
    a(row(26, "slow.test.", "CAA", "relay: TCP, delayed", tcp=True, aa=True, answer=["slow.test. " + LE],
          min_ms=DELAY_MS * 0.95, max_ms=DELAY_MS + 700))
    a(row(26, "a.b.c.d.slow.test.", "CAA", "relay: NODATA, delayed", aa=True, answer=[], soa=True,
          min_ms=DELAY_MS * 0.95))
    for o, z, rc in ((20, "servfail", "SERVFAIL"), (21, "refused", "REFUSED"), (22, "notimp", "NOTIMP")):
        a(row(o, "%s.test." % z, "CAA", "CAA misbehaviour", rcode=rc, answer=[]))
        a(row(o, "www.%s.test." % z, "CAA", "CAA misbehaviour, any name", rcode=rc, answer=[]))
        a(row(o, "www.%s.test." % z, "A", "A answered normally", aa=True, answer=["www.%s.test. A @NET@.2%d" % (z, o)]))
        a(row(o, "%s.test." % z, "SOA", "", aa=True, answer=[
            "%s.test. SOA ns.%s.test. hostmaster.%s.test. 1 3600 900 604800 60" % (z, z, z)]))
        a(row(o, "nope.%s.test." % z, "A", "NXDOMAIN with SOA", rcode="NXDOMAIN", aa=True, soa=True))
    a(row(23, "silent.test.", "CAA", "dropped (UDP)", rcode=None, noanswer=True, timeout=1.5))
    a(row(23, "silent.test.", "CAA", "dropped (TCP: connection stays open, no reply)", tcp=True, rcode=None,
          noanswer=True, timeout=1.5))
    a(row(23, "www.silent.test.", "A", "A answered normally", aa=True, answer=["www.silent.test. A @NET@.223"]))
    a(row(24, "tc.test.", "CAA", "UDP: TC=1, AA=1, no records", aa=True, tc=True, answer=[]))
    a(row(24, "tc.test.", "CAA", "TCP: full answer", tcp=True, aa=True, tc=False, answer=["tc.test. " + LE]))
    a(row(24, "www.tc.test.", "A", "", aa=True, answer=["www.tc.test. A @NET@.224"]))
    a(row(25, "nosoa.test.", "CAA", "NODATA without SOA", aa=True, answer=[], soa=False))
    a(row(25, "nope.nosoa.test.", "CAA", "NXDOMAIN without SOA", rcode="NXDOMAIN", aa=True, answer=[], soa=False))
    a(row(25, "nosoa.test.", "A", "non-CAA NODATA keeps its SOA", aa=True, answer=[], soa=True))
    a(row(25, "www.nosoa.test.", "A", "", aa=True, answer=["www.nosoa.test. A @NET@.225"]))
    a(row(28, "lame.test.", "CAA", "nothing listens: UDP port unreachable", rcode=None, refused=True, timeout=1.5))
    a(row(28, "lame.test.", "CAA", "nothing listens: TCP connection refused", tcp=True, rcode=None, refused=True,
          timeout=1.5))
    a(row(20, "-", "garbage", "malformed query (20 random bytes, QR=0): FORMERR, server survives", rcode="FORMERR",
          extra="garbage"))
    a(row(20, "-", "short", "3-byte datagram: dropped", rcode=None, noanswer=True, timeout=0.5, extra="short"))
    a(row(20, "servfail.test.", "SOA", "still alive after garbage", aa=True))
    return rows


# --------------------------------------------------------------------------------------------
def fmt_expect(r, net):
    parts = []
    if r["refused"]:
        return "no answer: ICMP port unreachable / TCP RST"
    if r["noanswer"]:
        return "no answer (time-out)"
    parts.append(r["rcode"])
    for k in ("aa", "ad", "tc"):
        if r[k] is not None:
            parts.append("%s=%d" % (k.upper(), 1 if r[k] else 0))
    return " ".join(parts)


def fmt_answer(r, net):
    out = []
    if r["answer"] is not None:
        if r["answer"]:
            out.append("; ".join(x.replace("@NET@", "NET") for x in r["answer"]))
        else:
            out.append("(empty)")
    if r["any_of"]:
        out.append(" **or** ".join("; ".join(x) for x in r["any_of"]))
    if r["count"]:
        out.append("%d CAA records" % r["count"])
    if r["min_size"]:
        out.append("> %d bytes" % r["min_size"])
    if r["soa"] is True:
        out.append("SOA in authority")
    if r["soa"] is False:
        out.append("NO SOA in authority")
    if r["referral"]:
        out.append("referral NS %s, %s" % (r["referral"], "with DS" if r["ds"] else "no DS (NSEC proof)")
                   if r["ds"] is not None else "referral NS %s" % r["referral"])
    if r["rrsig"] is True:
        out.append("RRSIG present")
    if r["rrsig"] is False:
        out.append("no RRSIG")
    ex = {"rrsig_expired": "RRSIG expiration in the past", "serial1": "SOA serial 1", "serial2": "SOA serial 2",
          "bogus_ds": "DS digest does not match bogus.test's DNSKEY",
          "split_ns": "NS ns1.split.test (NET.3) + ns2.split.test (NET.27)",
          "tc_used_tcp": "badns log shows Unbound's TCP query"}.get(r["extra"])
    if ex:
        out.append(ex)
    if r["min_ms"] and r["max_ms"]:
        out.append("%d–%d ms" % (r["min_ms"], r["max_ms"]))
    elif r["min_ms"]:
        out.append("≥ %d ms" % r["min_ms"])
    elif r["max_ms"]:
        out.append("≤ %d ms" % r["max_ms"])
    return ", ".join(out) if out else "—"


def fmt_ede(r):
    if r["ede"] is None:
        return ""
    if r["ede"] == "none":
        return "none"
    return "%d (%s)" % (r["ede"], EDE_NAMES.get(r["ede"], "?"))


def markdown(rows):
    print("| # | server | query | proto | expected | answer / checks | EDE | notes |")
    print("|---|---|---|---|---|---|---|---|")
    for i, r in enumerate(rows, 1):
        where = "resolver NET.10 (RD=1)" if r["where"] == "R" else "NET.%d (RD=%d)" % (r["where"], 1 if r["rd"] else 0)
        q = "%s %s%s" % (r["qname"], r["qtype"], " CD=1" if r["cd"] else "")
        print("| %d | %s | `%s` | %s | %s | %s | %s | %s |" % (
            i, where, q, "TCP" if r["tcp"] else "UDP", fmt_expect(r, "NET"), fmt_answer(r, "NET"), fmt_ede(r),
            r["note"].replace("|", "\\|")))


def check(r, rep, net, state_dir):
    """Returns a list of problems (empty = pass)."""
    errs = []
    sub = lambda s: s.replace("@NET@", net)
    if r["refused"]:
        if rep.error != "refused":
            errs.append("expected connection refused, got %s" % rep.describe())
        return errs
    if r["noanswer"]:
        if rep.msg is not None or rep.error != "timeout":
            errs.append("expected no answer, got %s" % rep.describe())
        return errs
    if rep.msg is None:
        return ["no answer: %s" % rep.error]
    if rep.rcode() != r["rcode"]:
        errs.append("rcode %s != %s" % (rep.rcode(), r["rcode"]))
    for k, f in (("aa", dns.flags.AA), ("ad", dns.flags.AD), ("tc", dns.flags.TC)):
        if r[k] is not None and rep.flag(f) != r[k]:
            errs.append("%s=%d, expected %d" % (k.upper(), rep.flag(f), r[k]))
    ans = rep.answer()
    if r["answer"] is not None and ans != sorted(sub(x) for x in r["answer"]):
        errs.append("answer %s" % ans)
    if r["any_of"] is not None and ans not in [sorted(sub(x) for x in alt) for alt in r["any_of"]]:
        errs.append("answer %s not one of the alternatives" % ans)
    if r["count"] is not None:
        n = sum(len(x) for x in rep.msg.answer if x.rdtype == dns.rdatatype.CAA)
        if n != r["count"]:
            errs.append("%d CAA records, expected %d" % (n, r["count"]))
    if r["min_size"] is not None and rep.size < r["min_size"]:
        errs.append("message %d bytes < %d" % (rep.size, r["min_size"]))
    if r["soa"] is not None and rep.has("authority", "SOA") != r["soa"]:
        errs.append("SOA in authority: %s" % rep.has("authority", "SOA"))
    if r["rrsig"] is not None:
        has = any(x.rdtype == dns.rdatatype.RRSIG for x in rep.msg.answer)
        if has != r["rrsig"]:
            errs.append("RRSIG in answer: %s" % has)
    if r["referral"]:
        ns = [x for x in rep.msg.authority if x.rdtype == dns.rdatatype.NS]
        if not ns or ns[0].name.to_text() != r["referral"]:
            errs.append("no referral to %s" % r["referral"])
        if r["ds"] is not None and rep.has("authority", "DS") != r["ds"]:
            errs.append("DS in referral: %s" % rep.has("authority", "DS"))
        if r["ds"] is False and not (rep.has("authority", "NSEC") or rep.has("authority", "NSEC3")):
            errs.append("no NSEC proof of the missing DS")
    if r["ede"] is not None:
        codes = [c for c, _ in rep.ede()]
        if r["ede"] == "none" and codes:
            errs.append("unexpected EDE %s" % rep.ede())
        elif r["ede"] != "none" and r["ede"] not in codes:
            errs.append("EDE %s, expected %s" % (rep.ede() or "none", r["ede"]))
    if r["min_ms"] is not None and rep.ms < r["min_ms"]:
        errs.append("answered after %.0f ms < %d ms" % (rep.ms, r["min_ms"]))
    if r["max_ms"] is not None and rep.ms > r["max_ms"]:
        errs.append("answered after %.0f ms > %d ms" % (rep.ms, r["max_ms"]))
    x = r["extra"]
    if x == "rrsig_expired":
        now = time.time()
        for rr in rep.msg.answer:
            if rr.rdtype == dns.rdatatype.RRSIG:
                for sig in rr:
                    if sig.expiration >= now:
                        errs.append("RRSIG not expired (%d)" % sig.expiration)
    elif x in ("serial1", "serial2"):
        soa = [rd for rr in rep.msg.answer if rr.rdtype == dns.rdatatype.SOA for rd in rr]
        if not soa or soa[0].serial != int(x[-1]):
            errs.append("SOA serial %s" % (soa[0].serial if soa else None))
    elif x == "bogus_ds":
        ds = [rd for rr in rep.msg.answer if rr.rdtype == dns.rdatatype.DS for rd in rr]
        key = ask(net + ".3", "bogus.test.", "DNSKEY", rd=False)

        keys = [rd for rr in (key.msg.answer if key.msg else []) if rr.rdtype == dns.rdatatype.DNSKEY for rd in rr]
        good = [dns.dnssec.make_ds("bogus.test.", k, "SHA256") for k in keys]
        if not ds or not keys:
            errs.append("no DS or no DNSKEY")
        elif any(d in good for d in ds):
            errs.append("DS matches the DNSKEY (should not)")
        elif not any(d.key_tag == dns.dnssec.key_id(k) for d in ds for k in keys):
            errs.append("DS key tag does not even match")
    elif x == "split_ns":
        ns = sorted(rd.target.to_text() for rr in rep.msg.authority if rr.rdtype == dns.rdatatype.NS for rd in rr)
        glue = sorted("%s %s" % (rr.name, rd) for rr in rep.msg.additional if rr.rdtype == dns.rdatatype.A for rd in rr)
        if ns != ["ns1.split.test.", "ns2.split.test."] or glue != [
                "ns1.split.test. %s.3" % net, "ns2.split.test. %s.27" % net]:
            errs.append("NS %s glue %s" % (ns, glue))
    elif x == "tc_used_tcp":
        logf = os.path.join(state_dir, "badns", "badns.log")
        try:
            with open(logf) as f:
                log = f.read()
            if "%s.24 tcp %s.10:" % (net, net) not in log or "tc.test./CAA -> NOERROR" not in log:
                errs.append("no TCP query from the resolver in %s" % logf)
        except OSError as exc:
            errs.append("cannot read %s: %s" % (logf, exc))
    return errs


def run_row(r, net):
    server = net + ".10" if r["where"] == "R" else "%s.%d" % (net, r["where"])
    rd = r["where"] == "R" if r["rd"] is None else r["rd"]
    if r["extra"] == "garbage":
        raw = bytes([random.randrange(256), random.randrange(256), 0x01, 0x00, 0x00, 0x01]) + \
            bytes(random.randrange(256) for _ in range(14))
        rep = ask(server, None, None, raw=raw, timeout=r["timeout"])
        return rep
    if r["extra"] == "short":
        return ask(server, None, None, raw=b"\x12\x34\x00", timeout=r["timeout"])
    return ask(server, r["qname"], r["qtype"], tcp=r["tcp"], rd=rd, cd=r["cd"], timeout=r["timeout"])


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--net", default=os.environ.get("CAA_DNSWORLD_NET", "127.53.0"))
    ap.add_argument("--dir", default=None, help="state directory (default /tmp/caa-dnsworld-NET)")
    ap.add_argument("--no-flush", action="store_true", help="do not flush Unbound's caches first")
    ap.add_argument("--markdown", action="store_true", help="print the behaviour table and exit")
    ap.add_argument("-v", "--verbose", action="store_true", help="show the reply of passing rows too")
    args = ap.parse_args()
    rows = table()
    if args.markdown:
        markdown(rows)
        return 0
    net = args.net
    state_dir = args.dir or os.environ.get("CAA_DNSWORLD_DIR") or "/tmp/caa-dnsworld-%s" % net
    if not args.no_flush:
        conf = os.path.join(state_dir, "unbound", "unbound.conf")
        for cmd in (["flush_zone", "test."], ["flush_bogus"], ["flush_negative"], ["flush_infra", "all"],
                    ["flush_requestlist"]):
            p = subprocess.run(["unbound-control", "-c", conf] + cmd, capture_output=True, text=True)
            if p.returncode != 0:
                print("FAIL flush: unbound-control %s: %s" % (" ".join(cmd), (p.stderr or p.stdout).strip()))
                print("0 passed, 1 failed")
                return 1
    passed = failed = 0
    for i, r in enumerate(rows, 1):
        rep = run_row(r, net)
        errs = check(r, rep, net, state_dir)
        where = "R" if r["where"] == "R" else ".%d" % r["where"]
        label = "#%d %s %s %s%s%s" % (i, where, r["qname"], r["qtype"], " tcp" if r["tcp"] else "",
                                    " cd" if r["cd"] else "")
        if errs:
            failed += 1
            print("FAIL %s: %s  -- got %s" % (label, "; ".join(errs), rep.describe()))
        else:
            passed += 1
            print("PASS %s%s" % (label, ("  -- " + rep.describe()) if args.verbose or r["min_ms"] or r["max_ms"]
                                   or r["ede"] not in (None, "none") else ""))
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
