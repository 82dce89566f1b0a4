#!/usr/bin/env python3
"""A one-purpose HTTPS server for the tests: answers every GET with one recorded body.

    https_fixture.py ADDR PORT CERT.pem KEY.pem BODY_FILE [STATUS]

Prints "ready" on stdout once it listens; serves until killed. Loopback only (the tests never reach the internet).
The request line of each GET is appended to BODY_FILE.requests, so a test can see the query that was sent.
"""
import http.server
import ssl
import sys

addr, port, cert, key, body_file = sys.argv[1:6]
status = int(sys.argv[6]) if len(sys.argv) > 6 else 200
if not addr.startswith("127."):
    sys.exit("https_fixture.py: loopback addresses only")


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 (http.server's name)
        with open(body_file + ".requests", "a", encoding="utf-8") as log:
            log.write(self.path + "\n")
        with open(body_file, "rb") as handle:
            body = handle.read()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


server = http.server.HTTPServer((addr, int(port)), Handler)
context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
context.load_cert_chain(cert, key)
server.socket = context.wrap_socket(server.socket, server_side=True)
print("ready", flush=True)
server.serve_forever()
