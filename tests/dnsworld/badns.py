#!/usr/bin/python3
"""Misbehaving authoritative DNS servers for the CAA Doctor DNS test world.

One process, several sockets (UDP and TCP on port 53 of each address). Each --server is
authoritative for one zone file and answers everything like a plain authoritative server
(AA=1, SOA in the authority section of NXDOMAIN/NODATA answers, NS glue in additional), and
misbehaves ONLY for CAA (type 257) queries, according to its behaviour:

  normal    no misbehaviour (used for the stale secondary of split.test)
  servfail  RCODE SERVFAIL
  refused   RCODE REFUSED
  notimp    RCODE NOTIMP
  silent    never answers (the query is dropped, over UDP and over TCP)
  tc        over UDP: TC=1, AA=1 and no records; over TCP: the normal answer
  nosoa     NODATA / NXDOMAIN without the SOA in the authority section (RFC 2308 violation)
  servfail-apex  RCODE SERVFAIL for the zone's own name only (a TLD's registry servers in an incident)

Each --relay forwards every query (UDP over UDP, TCP over TCP) to an upstream server and sends
the upstream's answer back DELAY_MS after the query arrived. Pipelined TCP queries are answered
concurrently.

Each --caa-failing-resolver is a recursive resolver in the way (a home router): SERVFAIL for every
CAA query, everything else forwarded at once to the real resolver.

Malformed input never kills the server: unparsable messages with a full header get FORMERR,
anything shorter is dropped. SIGTERM/SIGINT make it close its sockets and exit 0.

Usage:
  badns.py [--port 53] [--pidfile F] [--quiet]
           --server ADDR BEHAVIOUR ORIGIN ZONEFILE [--server ...]
           --relay ADDR UPSTREAM_ADDR DELAY_MS [--relay ...]
           --caa-failing-resolver ADDR UPSTREAM_ADDR
"""

import argparse
import os
import selectors
import signal
import socket
import struct
import sys
import threading
import time

import dns.exception
import dns.flags
import dns.message
import dns.name
import dns.opcode
import dns.rcode
import dns.rdataclass
import dns.rdatatype
import dns.rrset
import dns.zone

BEHAVIOURS = ("normal", "servfail", "refused", "notimp", "silent", "tc", "nosoa", "servfail-apex")
CAA = dns.rdatatype.from_text("CAA")
TCP_IDLE_TIMEOUT = 10.0
UPSTREAM_TIMEOUT = 3.0

_log_lock = threading.Lock()
_quiet = False


def log(msg):
    if _quiet:
        return
    with _log_lock:
        sys.stdout.write("%s %s\n" % (time.strftime("%H:%M:%S"), msg))
        sys.stdout.flush()


def formerr_for(wire):
    """A FORMERR reply built from the raw header of an unparsable query, or None to drop it."""
    if len(wire) < 12:
        return None
    qid, flags = struct.unpack("!HH", wire[:4])
    if flags & 0x8000:  # a response: never answer those
        return None
    opcode_bits = flags & 0x7800
    rd = flags & 0x0100
    return struct.pack("!HHHHHH", qid, 0x8000 | opcode_bits | rd | dns.rcode.FORMERR, 0, 0, 0, 0)


class ZoneServer:
    """Authoritative answers from one zone file, with a CAA-only misbehaviour."""

    def __init__(self, addr, behaviour, origin, path):
        if behaviour not in BEHAVIOURS:
            raise ValueError("unknown behaviour %r" % behaviour)
        self.addr = addr
        self.behaviour = behaviour
        self.origin = dns.name.from_text(origin)
        self.zone = dns.zone.from_file(path, origin=self.origin, relativize=False)
        self.soa = self.zone.find_rrset(self.origin, "SOA")
        self.names = set(self.zone.nodes.keys())

    def _negative_soa(self):
        soa_rd = self.soa[0]
        rrset = dns.rrset.RRset(self.origin, dns.rdataclass.IN, dns.rdatatype.SOA)
        rrset.add(soa_rd, min(self.soa.ttl, soa_rd.minimum))
        return rrset

    def _glue(self, response, targets):
        for target in targets:
            if target.is_subdomain(self.origin):
                node = self.zone.get_node(target)
                if node is None:
                    continue
                for rdtype in (dns.rdatatype.A, dns.rdatatype.AAAA):
                    rds = node.get_rdataset(dns.rdataclass.IN, rdtype)
                    if rds:
                        rrset = dns.rrset.RRset(target, dns.rdataclass.IN, rdtype)
                        rrset.update(rds)
                        response.additional.append(rrset)

    def respond(self, query, via_tcp):
        """Returns a dns.message.Message, or None to stay silent."""
        response = dns.message.make_response(query)
        if query.opcode() != dns.opcode.QUERY:
            response.set_rcode(dns.rcode.NOTIMP)
            return response
        if len(query.question) != 1:
            response.set_rcode(dns.rcode.FORMERR)
            return response
        if query.edns > 0:
            response.use_edns(0, 0, 1232)
            response.set_rcode(dns.rcode.BADVERS)
            return response
        q = query.question[0]
        qname, qtype = q.name, q.rdtype
        if q.rdclass != dns.rdataclass.IN or not qname.is_subdomain(self.origin):
            response.set_rcode(dns.rcode.REFUSED)
            return response
        if qtype in (dns.rdatatype.AXFR, dns.rdatatype.IXFR):
            response.set_rcode(dns.rcode.REFUSED)
            return response

        if qtype == CAA and self.behaviour == "servfail-apex" and qname == self.origin:
            response.set_rcode(dns.rcode.SERVFAIL)
            return response
        if qtype == CAA and self.behaviour not in ("normal", "servfail-apex"):
            b = self.behaviour
            if b == "silent":
                return None
            if b == "servfail":
                response.set_rcode(dns.rcode.SERVFAIL)
                return response
            if b == "refused":
                response.set_rcode(dns.rcode.REFUSED)
                return response
            if b == "notimp":
                response.set_rcode(dns.rcode.NOTIMP)
                return response
            if b == "tc" and not via_tcp:
                response.flags |= dns.flags.AA | dns.flags.TC
                return response
            # "tc" over TCP and "nosoa" fall through to a real lookup

        response.flags |= dns.flags.AA
        node = self.zone.get_node(qname)
        with_soa = not (qtype == CAA and self.behaviour == "nosoa")
        if node is None:
            if any(n != qname and n.is_subdomain(qname) for n in self.names):
                pass  # empty non-terminal: NODATA
            else:
                response.set_rcode(dns.rcode.NXDOMAIN)
            if with_soa:
                response.authority.append(self._negative_soa())
            return response

        if qtype == dns.rdatatype.ANY:
            for rds in node.rdatasets:
                rrset = dns.rrset.RRset(qname, rds.rdclass, rds.rdtype)
                rrset.update(rds)
                response.answer.append(rrset)
            return response

        rds = node.get_rdataset(dns.rdataclass.IN, qtype)
        if rds is None and qtype != dns.rdatatype.CNAME:
            cname = node.get_rdataset(dns.rdataclass.IN, dns.rdatatype.CNAME)
            if cname is not None:
                rds = cname
        if rds is not None:
            rrset = dns.rrset.RRset(qname, rds.rdclass, rds.rdtype)
            rrset.update(rds)
            response.answer.append(rrset)
            if rds.rdtype == dns.rdatatype.NS:
                self._glue(response, [rd.target for rd in rds])
            return response
        if with_soa:
            response.authority.append(self._negative_soa())
        return response

    def handle(self, wire, via_tcp, peer):
        """Raw query in, raw answer (or None) out. Never raises."""
        try:
            query = dns.message.from_wire(wire)
        except Exception as exc:  # malformed: FORMERR if we can, else drop
            log("%s %s malformed query from %s (%s): %s" % (
                self.addr, "tcp" if via_tcp else "udp", peer, type(exc).__name__,
                "FORMERR" if len(wire) >= 12 else "dropped"))
            return formerr_for(wire)
        try:
            if query.flags & dns.flags.QR:
                return None
            response = self.respond(query, via_tcp)
            qdesc = ("%s/%s" % (query.question[0].name, dns.rdatatype.to_text(query.question[0].rdtype))
                     if query.question else "-")
            if response is None:
                log("%s %s %s %s -> dropped" % (self.addr, "tcp" if via_tcp else "udp", peer, qdesc))
                return None
            if via_tcp:
                max_size = 65535
            elif query.edns >= 0:
                max_size = max(512, min(query.payload, 65535))
            else:
                max_size = 512
            try:
                out = response.to_wire(max_size=max_size)
            except dns.exception.TooBig:
                response.answer.clear()
                response.authority.clear()
                response.additional.clear()
                response.flags |= dns.flags.TC
                out = response.to_wire(max_size=max_size)
            log("%s %s %s %s -> %s%s" % (
                self.addr, "tcp" if via_tcp else "udp", peer, qdesc,
                dns.rcode.to_text(response.rcode()),
                " TC" if response.flags & dns.flags.TC else ""))
            return out
        except Exception as exc:  # a bug here must not kill the server
            log("%s internal error on query from %s: %r" % (self.addr, peer, exc))
            try:
                response = dns.message.make_response(query)
                response.set_rcode(dns.rcode.SERVFAIL)
                return response.to_wire()
            except Exception:
                return formerr_for(wire)


class Relay:
    """Forwards every query to an upstream server and answers after a fixed delay."""

    def __init__(self, addr, upstream, delay_ms):
        self.addr = addr
        self.upstream = upstream
        self.delay = delay_ms / 1000.0

    def _ask_upstream(self, wire, via_tcp):
        if via_tcp:
            with socket.create_connection((self.upstream, PORT), timeout=UPSTREAM_TIMEOUT) as s:
                s.sendall(struct.pack("!H", len(wire)) + wire)
                length = struct.unpack("!H", recv_exact(s, 2))[0]
                return recv_exact(s, length)
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.settimeout(UPSTREAM_TIMEOUT)
            s.bind((self.addr, 0))
            s.connect((self.upstream, PORT))
            s.send(wire)
            return s.recv(65535)

    def handle(self, wire, via_tcp, peer):
        t0 = time.monotonic()
        try:
            answer = self._ask_upstream(wire, via_tcp)
        except Exception as exc:
            log("%s relay to %s failed for %s: %r" % (self.addr, self.upstream, peer, exc))
            return None
        rest = self.delay - (time.monotonic() - t0)
        if rest > 0:
            time.sleep(rest)
        log("%s %s %s relayed %d bytes after %.0f ms" % (
            self.addr, "tcp" if via_tcp else "udp", peer, len(answer), (time.monotonic() - t0) * 1000))
        return answer


class CaaFailingResolver(Relay):
    """A recursive resolver in the way (a home router, a company resolver): SERVFAIL for every CAA query, everything
    else forwarded to the real resolver at once."""

    def __init__(self, addr, upstream):
        super().__init__(addr, upstream, 0)

    def handle(self, wire, via_tcp, peer):
        try:
            query = dns.message.from_wire(wire)
        except Exception:
            return formerr_for(wire)
        if query.question and query.question[0].rdtype == CAA:
            response = dns.message.make_response(query)
            response.flags |= dns.flags.RA
            response.set_rcode(dns.rcode.SERVFAIL)
            log("%s %s %s %s/CAA -> SERVFAIL (resolver)" % (
                self.addr, "tcp" if via_tcp else "udp", peer, query.question[0].name))
            return response.to_wire()
        return super().handle(wire, via_tcp, peer)


class Hostile:
    """Answers with crafted, broken messages chosen by the query's first label (for the client's bad-input tests):
    wrongid, wrongq, loop (compression pointer to itself), counts (500 answers announced, none there),
    truncrdata (RDLENGTH past the end), garbage, huge (TC=1 over UDP, a ~60 KB CAA RRset over TCP).
    Anything else gets an empty NOERROR answer."""

    behaviour = "hostile"
    origin = "hostile.test."

    def __init__(self, addr):
        self.addr = addr

    @staticmethod
    def _question(wire):
        """(qname labels, end offset of the question) parsed by hand: no trust in the query either."""
        labels, i = [], 12
        while i < len(wire) and wire[i] != 0 and len(labels) < 64:
            n = wire[i]
            labels.append(wire[i + 1:i + 1 + n].decode("ascii", "replace").lower())
            i += 1 + n
        return labels, min(i + 5, len(wire))

    def handle(self, wire, via_tcp, peer):
        if len(wire) < 17:
            return None
        labels, qend = self._question(wire)
        kind = labels[0] if labels else ""
        qid = wire[:2]
        question = wire[12:qend]
        flags = b"\x84\x00"  # QR AA, NOERROR
        log("%s %s %s hostile %s" % (self.addr, "tcp" if via_tcp else "udp", peer, kind))
        if kind == "wrongid":
            return bytes([wire[0] ^ 0xFF, wire[1]]) + flags + b"\x00\x01\x00\x00\x00\x00\x00\x00" + question
        if kind == "wrongq":
            other = b"\x05other\x07hostile\x04test\x00" + question[-4:]
            return qid + flags + b"\x00\x01\x00\x00\x00\x00\x00\x00" + other
        if kind == "loop":
            start = 12 + len(question)
            owner = bytes([0xC0 | (start >> 8), start & 0xFF])  # points at itself
            rr = owner + b"\x01\x01\x00\x01\x00\x00\x00\x3c\x00\x00"
            return qid + flags + b"\x00\x01\x00\x01\x00\x00\x00\x00" + question + rr
        if kind == "counts":
            return qid + flags + b"\x00\x01\x01\xf4\x01\xf4\x01\xf4" + question
        if kind == "truncrdata":
            rr = b"\xc0\x0c\x01\x01\x00\x01\x00\x00\x00\x3c\x00\xc8\x00\x05issue"
            return qid + flags + b"\x00\x01\x00\x01\x00\x00\x00\x00" + question + rr
        if kind == "garbage":
            return qid + bytes((i * 37 + 11) % 256 for i in range(200))
        if kind == "huge":
            if not via_tcp:
                return qid + b"\x86\x00\x00\x01\x00\x00\x00\x00\x00\x00" + question  # TC=1
            rrs = b""
            count = 0
            while len(rrs) < 60000 and count < 65535:
                value = b"letsencrypt.org; x=%054d" % count
                rdata = b"\x00\x05issue" + value
                rrs += b"\xc0\x0c\x01\x01\x00\x01\x00\x00\x00\x3c" + len(rdata).to_bytes(2, "big") + rdata
                count += 1
            return qid + flags + b"\x00\x01" + count.to_bytes(2, "big") + b"\x00\x00\x00\x00" + question + rrs
        return qid + flags + b"\x00\x01\x00\x00\x00\x00\x00\x00" + question


def recv_exact(sock, n):
    buf = b""
    while len(buf) < n:
        chunk = sock.recv(n - len(buf))
        if not chunk:
            raise EOFError("connection closed")
        buf += chunk
    return buf


def serve_tcp_connection(conn, peer, handler, stop):
    # Pipelined queries are answered concurrently, each as soon as it is ready (RFC 7766 §6.2.1.1 allows replies out
    # of order): a delaying relay then delays every query once, not one after the other.
    send_lock = threading.Lock()

    def answer_one(wire):
        try:
            answer = handler.handle(wire, True, "%s:%d" % peer)
            if answer is not None:
                with send_lock:
                    conn.sendall(struct.pack("!H", len(answer)) + answer)
        except OSError:
            pass
        except Exception as exc:
            log("tcp query from %s: %r" % (peer, exc))

    workers = []
    try:
        conn.settimeout(TCP_IDLE_TIMEOUT)
        while not stop.is_set():
            try:
                length = struct.unpack("!H", recv_exact(conn, 2))[0]
                wire = recv_exact(conn, length)
            except (EOFError, OSError, struct.error):
                return
            worker = threading.Thread(target=answer_one, args=(wire,), daemon=True)
            worker.start()
            workers = [w for w in workers if w.is_alive()] + [worker]
    except Exception as exc:
        log("tcp connection from %s: %r" % (peer, exc))
    finally:
        for w in workers:
            w.join(timeout=5)
        try:
            conn.close()
        except OSError:
            pass


def udp_reply_later(sock, handler, wire, peer):
    answer = handler.handle(wire, False, "%s:%d" % peer)
    if answer is not None:
        try:
            sock.sendto(answer, peer)
        except OSError:
            pass


PORT = 53


def main():
    global PORT, _quiet
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--port", type=int, default=53)
    ap.add_argument("--pidfile")
    ap.add_argument("--quiet", action="store_true", help="do not log every query")
    ap.add_argument("--server", nargs=4, action="append", default=[],
                    metavar=("ADDR", "BEHAVIOUR", "ORIGIN", "ZONEFILE"))
    ap.add_argument("--relay", nargs=3, action="append", default=[],
                    metavar=("ADDR", "UPSTREAM", "DELAY_MS"))
    ap.add_argument("--hostile", action="append", default=[], metavar="ADDR",
                    help="answer with crafted broken messages (see Hostile)")
    ap.add_argument("--caa-failing-resolver", nargs=2, action="append", default=[], metavar=("ADDR", "UPSTREAM"),
                    help="a resolver that answers SERVFAIL for CAA and forwards everything else (see CaaFailingResolver)")
    args = ap.parse_args()
    PORT = args.port
    _quiet = args.quiet

    handlers = []
    for addr, behaviour, origin, path in args.server:
        handlers.append(ZoneServer(addr, behaviour, origin, path))
    for addr, upstream, delay in args.relay:
        handlers.append(Relay(addr, upstream, int(delay)))
    for addr in args.hostile:
        handlers.append(Hostile(addr))
    for addr, upstream in args.caa_failing_resolver:
        handlers.append(CaaFailingResolver(addr, upstream))
    if not handlers:
        ap.error("nothing to serve")

    stop = threading.Event()

    def on_signal(signum, _frame):
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGHUP, signal.SIG_IGN)

    sel = selectors.DefaultSelector()
    sockets = []
    for h in handlers:
        try:
            u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
            u.bind((h.addr, PORT))
            u.setblocking(False)
            t = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            t.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            t.bind((h.addr, PORT))
            t.listen(64)
            t.setblocking(False)
        except OSError as exc:
            log("cannot listen on %s:%d: %s" % (h.addr, PORT, exc))
            return 1
        sockets += [u, t]
        sel.register(u, selectors.EVENT_READ, ("udp", h))
        sel.register(t, selectors.EVENT_READ, ("tcp", h))
        log("listening on %s:%d udp+tcp as %s" % (
            h.addr, PORT, ("CAA-failing resolver before %s" % h.upstream) if isinstance(h, CaaFailingResolver)
            else ("relay to %s, %d ms" % (h.upstream, h.delay * 1000)) if isinstance(h, Relay)
            else "%s for %s" % (h.behaviour, h.origin)))

    if args.pidfile:
        tmp = args.pidfile + ".tmp"
        with open(tmp, "w") as f:
            f.write("%d\n" % os.getpid())
        os.rename(tmp, args.pidfile)

    while not stop.is_set():
        try:
            events = sel.select(timeout=0.5)
        except InterruptedError:
            continue
        for key, _mask in events:
            kind, h = key.data
            sock = key.fileobj
            try:
                if kind == "udp":
                    wire, peer = sock.recvfrom(65535)
                    if isinstance(h, Relay):
                        threading.Thread(target=udp_reply_later, args=(sock, h, wire, peer), daemon=True).start()
                    else:
                        udp_reply_later(sock, h, wire, peer)
                else:
                    conn, peer = sock.accept()
                    conn.setblocking(True)
                    threading.Thread(target=serve_tcp_connection, args=(conn, peer, h, stop), daemon=True).start()
            except (BlockingIOError, InterruptedError):
                continue
            except OSError as exc:
                log("socket error on %s: %r" % (h.addr, exc))

    log("SIGTERM/SIGINT received, exiting")
    for s in sockets:
        sel.unregister(s)
        s.close()
    if args.pidfile:
        try:
            os.unlink(args.pidfile)
        except OSError:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
