"""A small fault-injecting HTTP proxy on 127.0.0.1, in front of the real FHIR server.

Each request takes the next fault from a queue (default: pass through):

- ``pass``: forward, return the answer;
- ``drop``: forward (the server acts on it), then close without answering:
  a lost acknowledgement;
- ``500`` / ``503:<seconds>``: answer that status (503 with Retry-After) without forwarding;
- ``stall:<seconds>``: say nothing for that long, then close (a read timeout);
- ``reset``: close with TCP RST before reading the body (connection reset);
- ``down`` (as ``always``): every request is reset, until set back.

With ``gunzip = True`` it also decompresses gzip request bodies, as a gateway would.

One request per connection (we answer ``Connection: close``), which keeps the
parsing to what requests sends.
"""
from __future__ import annotations

import gzip
import http.client
import socket
import socketserver
import struct
import threading
import time
from collections import deque
from urllib.parse import urlparse


class FaultProxy:
    def __init__(self, upstream_base: str) -> None:
        u = urlparse(upstream_base)
        self.upstream = (u.hostname, u.port)
        self.faults: deque[str] = deque()
        self.always: str | None = None
        self.requests = 0
        self.gunzip = False  # True: decompress gzip request bodies before forwarding
        self.gzipped_bodies = 0
        self.refuse_if: bytes | None = None  # answer 400 to any request whose body contains this
        self.no_batch = False  # True: 405 to POST on the base URL, like a server without batch
        self.base_path = u.path.rstrip("/")
        self.lock = threading.Lock()
        proxy = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                proxy._handle(self.request)

        class Server(socketserver.ThreadingTCPServer):
            daemon_threads = True
            allow_reuse_address = True

        self._server = Server(("127.0.0.1", 0), Handler)
        self.port = self._server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}{u.path}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def inject(self, *faults: str) -> None:
        with self.lock:
            self.faults.extend(faults)

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _next_fault(self) -> str:
        with self.lock:
            self.requests += 1
            if self.always:
                return self.always
            return self.faults.popleft() if self.faults else "pass"

    def _handle(self, sock: socket.socket) -> None:
        fault = self._next_fault()
        if fault in ("reset", "down"):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            sock.close()
            return
        method, path, headers, body = _read_request(sock)
        if self.no_batch and method == "POST" and path.rstrip("/") == self.base_path:
            _reply(sock, 405, b'{"resourceType":"OperationOutcome",'
                              b'"issue":[{"severity":"error","code":"not-supported"}]}')
            return
        if self.refuse_if and self.refuse_if in body:  # a server that refuses a whole Bundle
            _reply(sock, 400, b'{"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"invalid"}]}')
            return
        if fault.startswith("stall:"):
            time.sleep(float(fault.split(":")[1]))
            sock.close()
            return
        if fault == "500":
            _reply(sock, 500, b'{"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"exception"}]}')
            return
        if fault.startswith("503:"):
            _reply(sock, 503, b"", {"Retry-After": fault.split(":")[1]})
            return
        conn = http.client.HTTPConnection(*self.upstream, timeout=60)
        fwd = {k: v for k, v in headers.items() if k.lower() not in ("host", "connection")}
        if self.gunzip and fwd.get("Content-Encoding") == "gzip":
            # Like a gateway in front of a server that cannot read gzip bodies itself.
            self.gzipped_bodies += 1
            body = gzip.decompress(body)
            del fwd["Content-Encoding"]
            fwd["Content-Length"] = str(len(body))
        conn.request(method, path, body=body, headers=fwd)
        resp = conn.getresponse()
        data = resp.read()
        conn.close()
        if fault == "drop":  # the server did the work; the client never hears of it
            sock.close()
            return
        keep = {k: v for k, v in resp.getheaders() if k.lower() in ("content-type", "location", "etag", "retry-after")}
        _reply(sock, resp.status, data, keep)


def _read_request(sock: socket.socket) -> tuple[str, str, dict, bytes]:
    buf = b""
    while b"\r\n\r\n" not in buf:
        chunk = sock.recv(65536)
        if not chunk:
            break
        buf += chunk
    head, _, rest = buf.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    method, path, _ = lines[0].split(" ", 2)
    headers = dict(line.split(": ", 1) for line in lines[1:] if ": " in line)
    length = int(next((v for k, v in headers.items() if k.lower() == "content-length"), "0"))
    while len(rest) < length:
        chunk = sock.recv(65536)
        if not chunk:
            break
        rest += chunk
    return method, path, headers, rest


def _reply(sock: socket.socket, status: int, body: bytes, headers: dict | None = None) -> None:
    lines = [f"HTTP/1.1 {status} {http.client.responses.get(status, 'Status')}",
             f"Content-Length: {len(body)}", "Connection: close"]
    if body and not any(k.lower() == "content-type" for k in (headers or {})):
        lines.append("Content-Type: application/fhir+json")
    lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
    try:
        sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body)
    finally:
        sock.close()
