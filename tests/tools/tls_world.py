#!/usr/bin/env python3
"""TLS servers for the "who issues" tests, on the addresses platform.test's names point at (tests/dnsworld).

    tls_world.py start NET DIR [PORT]   # generate the chains, start the servers, print "ready port=PORT"
    tls_world.py stop DIR

NET is the DNS world's loopback prefix (127.56.0), DIR a state folder, PORT 443 by default. Chains are made here with
the openssl command, so they never expire in the repository; their intermediates carry real CA names (the app
identifies the CA from them), their roots are test roots ("… (test)"). DIR/roots.pem holds the test roots, for
CAA_DOCTOR_CA_FILE. The servers:

    NET.240  le       leaf for le.platform.test  <- "R11" O=Let's Encrypt        <- "ISRG Root X1 (test)"
    NET.241  gts      leaf for gts.platform.test <- "WE1" O=Google Trust Services <- "GTS Root R4 (test)"
    NET.242  self     a self-signed certificate without subjectAltName
    NET.243  garbage  answers every connection with bytes that are not TLS
    NET.244  stall    accepts connections and never answers
    NET.245  nobody   (nothing listens: connection refused)
    NET.246  huge     leaf + 1 MB of certificates in the chain
    NET.247  ct       HTTPS answering every GET with DIR/ct-answer.json (a recorded crt.sh answer the test writes),
                      certificate for IP:NET.247 from "R11"; each request line is appended to DIR/ct-requests

Loopback only; no test reaches the internet.
"""
import os
import signal
import socket
import ssl
import subprocess
import sys
import threading
import time


def run(*args):
    subprocess.run(["openssl", *args], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def key(path):
    run("genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", path)


def ext_file(path, text):
    with open(path, "w", encoding="ascii") as handle:
        handle.write(text)


def root(d, name, subject):
    key(f"{d}/{name}.key")
    run("req", "-x509", "-new", "-key", f"{d}/{name}.key", "-out", f"{d}/{name}.pem", "-subj", subject,
        "-days", "3650", "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=keyCertSign,cRLSign")


def issue(d, name, subject, ca, ext, days):
    key(f"{d}/{name}.key")
    run("req", "-new", "-key", f"{d}/{name}.key", "-out", f"{d}/{name}.csr", "-subj", subject)
    ext_file(f"{d}/{name}.ext", ext)
    run("x509", "-req", "-in", f"{d}/{name}.csr", "-CA", f"{d}/{ca}.pem", "-CAkey", f"{d}/{ca}.key",
        "-CAcreateserial", "-out", f"{d}/{name}.pem", "-days", str(days), "-extfile", f"{d}/{name}.ext")


def read(path):
    with open(path, encoding="ascii") as handle:
        return handle.read()


def make_chains(d, net):
    ca_ext = "basicConstraints=critical,CA:TRUE,pathlen:0\nkeyUsage=keyCertSign,cRLSign\n" \
             "subjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n"
    leaf_ext = "basicConstraints=CA:FALSE\nsubjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n" \
               "extendedKeyUsage=serverAuth\nsubjectAltName=DNS:{0}\n"
    root(d, "isrg", "/C=US/O=Internet Security Research Group/CN=ISRG Root X1 (test)")
    issue(d, "r11", "/C=US/O=Let's Encrypt/CN=R11", "isrg", ca_ext, 1000)
    issue(d, "le", "/CN=le.platform.test", "r11", leaf_ext.format("le.platform.test"), 90)
    root(d, "gtsroot", "/C=US/O=Google Trust Services LLC/CN=GTS Root R4 (test)")
    issue(d, "we1", "/C=US/O=Google Trust Services/CN=WE1", "gtsroot", ca_ext, 1000)
    issue(d, "gts", "/CN=gts.platform.test", "we1", leaf_ext.format("gts.platform.test"), 90)
    key(f"{d}/self.key")
    run("req", "-x509", "-new", "-key", f"{d}/self.key", "-out", f"{d}/self.pem", "-subj",
        "/O=Example Appliance/CN=self.platform.test", "-days", "365")
    with open(f"{d}/le-chain.pem", "w", encoding="ascii") as out:
        out.write(read(f"{d}/le.pem") + read(f"{d}/r11.pem"))
    with open(f"{d}/gts-chain.pem", "w", encoding="ascii") as out:
        out.write(read(f"{d}/gts.pem") + read(f"{d}/we1.pem"))
    filler = read(f"{d}/r11.pem")
    with open(f"{d}/huge-chain.pem", "w", encoding="ascii") as out:
        out.write(read(f"{d}/le.pem"))
        while out.tell() < 1024 * 1024:
            out.write(filler)
    issue(d, "ct", "/CN=ct.platform.test", "r11", leaf_ext.format(f"ct.platform.test,IP:{net}.247"), 90)
    with open(f"{d}/ct-chain.pem", "w", encoding="ascii") as out:
        out.write(read(f"{d}/ct.pem") + read(f"{d}/r11.pem"))
    with open(f"{d}/roots.pem", "w", encoding="ascii") as out:
        out.write(read(f"{d}/isrg.pem") + read(f"{d}/gtsroot.pem"))


def listener(address, port):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind((address, port))
    s.listen(16)
    return s


def serve_tls(sock, chain, keyfile, respond=None):
    """Completes the handshake with each client; `respond(tls_socket)` then answers (else one byte is awaited)."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(chain, keyfile)
    while True:
        conn, _ = sock.accept()

        def handle(c=conn):
            try:
                with context.wrap_socket(c, server_side=True) as t:
                    t.settimeout(5)
                    if respond:
                        respond(t)
                    else:
                        t.recv(1)
            except (OSError, ssl.SSLError):
                pass
            finally:
                c.close()

        threading.Thread(target=handle, daemon=True).start()


def ct_responder(d):
    """Answers an HTTP GET with DIR/ct-answer.json and logs the request line to DIR/ct-requests."""
    def respond(t):
        request = b""
        while b"\r\n\r\n" not in request and len(request) < 65536:
            chunk = t.recv(4096)
            if not chunk:
                return
            request += chunk
        with open(f"{d}/ct-requests", "a", encoding="latin-1") as log:
            log.write(request.split(b"\r\n", 1)[0].decode("latin-1") + "\n")
        try:
            with open(f"{d}/ct-answer.json", "rb") as handle:
                body = handle.read()
        except OSError:
            body = b"[]"
        t.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                  + str(len(body)).encode() + b"\r\nConnection: close\r\n\r\n" + body)
    return respond


def serve_garbage(sock):
    while True:
        conn, _ = sock.accept()
        try:
            conn.sendall(b"HTTP/1.0 400 Not TLS\r\n\r\n" + bytes(range(256)) * 8)
        except OSError:
            pass
        conn.close()


def serve_stall(sock):
    held = []
    while True:
        conn, _ = sock.accept()
        held.append(conn)  # never answered, never closed until the world stops


def start(net, d, port):
    os.makedirs(d, exist_ok=True)
    stop(d)
    make_chains(d, net)
    socks = {octet: listener(f"{net}.{octet}", port) for octet in (240, 241, 242, 243, 244, 246, 247)}
    pid = os.fork()
    if pid:
        with open(f"{d}/pid", "w", encoding="ascii") as handle:
            handle.write(str(pid))
        with open(f"{d}/port", "w", encoding="ascii") as handle:
            handle.write(str(port))
        print(f"ready port={port}", flush=True)
        return
    os.setsid()
    devnull = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(devnull, fd)
    threads = [
        threading.Thread(target=serve_tls, args=(socks[240], f"{d}/le-chain.pem", f"{d}/le.key")),
        threading.Thread(target=serve_tls, args=(socks[241], f"{d}/gts-chain.pem", f"{d}/gts.key")),
        threading.Thread(target=serve_tls, args=(socks[242], f"{d}/self.pem", f"{d}/self.key")),
        threading.Thread(target=serve_garbage, args=(socks[243],)),
        threading.Thread(target=serve_stall, args=(socks[244],)),
        threading.Thread(target=serve_tls, args=(socks[246], f"{d}/huge-chain.pem", f"{d}/le.key")),
        threading.Thread(target=serve_tls, args=(socks[247], f"{d}/ct-chain.pem", f"{d}/ct.key", ct_responder(d))),
    ]
    for t in threads:
        t.daemon = True
        t.start()
    while True:
        time.sleep(3600)


def stop(d):
    try:
        with open(f"{d}/pid", encoding="ascii") as handle:
            pid = int(handle.read())
        os.kill(pid, signal.SIGTERM)
        for _ in range(50):
            os.kill(pid, 0)
            time.sleep(0.05)
    except (OSError, ValueError):
        pass
    try:
        os.remove(f"{d}/pid")
    except OSError:
        pass


if __name__ == "__main__":
    if len(sys.argv) >= 4 and sys.argv[1] == "start":
        net = sys.argv[2]
        if not net.startswith("127."):
            sys.exit("tls_world.py: loopback addresses only")
        start(net, sys.argv[3], int(sys.argv[4]) if len(sys.argv) > 4 else 443)
    elif len(sys.argv) == 3 and sys.argv[1] == "stop":
        stop(sys.argv[2])
    else:
        sys.exit(__doc__)
