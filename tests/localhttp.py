"""A real HTTP server on 127.0.0.1 for testing fetching code: routes with any status, headers,
body, delay, truncation or redirect. Tests never touch any other address."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "text/csv"})
    delay_s: float = 0.0
    send_bytes: int | None = None  # send only this many bytes of the body (a cut-off download)
    etag: str | None = None  # answer 304 to a matching If-None-Match
    content_length: bool = True  # False: no length, the body ends when the connection closes
    chunked: bool = False  # Transfer-Encoding: chunked (send_bytes cuts it mid-chunk)
    trickle_s: float = 0.0  # send the body one byte at a time, this long apart
    stall_s: float = 0.0  # after sending (send_bytes of) the body, wait this long before closing


class LocalServer:
    """Routes by path; remembers every request's path and headers."""

    def __init__(self, server: ThreadingHTTPServer) -> None:
        self._server = server
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []

    @property
    def base(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    def serve(self, path: str, body: bytes = b"", **route: object) -> str:
        self.routes[path] = Route(body=body, **route)  # type: ignore[arg-type]
        return self.url(path)


def _handler(state: LocalServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            state.requests.append((self.path, dict(self.headers)))
            route = state.routes.get(self.path)
            if route is None:
                self.send_error(404, "Not Found")
                return
            if route.delay_s:
                time.sleep(route.delay_s)
            if route.etag and self.headers.get("If-None-Match") == route.etag:
                self.send_response(304)
                self.send_header("ETag", route.etag)
                self.end_headers()
                return
            self.protocol_version = "HTTP/1.1" if route.chunked else "HTTP/1.0"
            self.send_response(route.status)
            for name, value in route.headers.items():
                self.send_header(name, value)
            if route.etag:
                self.send_header("ETag", route.etag)
            if route.chunked:
                self.send_header("Transfer-Encoding", "chunked")
                self.send_header("Connection", "close")
            elif route.content_length:
                self.send_header("Content-Length", str(len(route.body)))
            self.end_headers()
            sent = route.body if route.send_bytes is None else route.body[: route.send_bytes]
            if route.chunked:
                whole = b"%x\r\n%s\r\n0\r\n\r\n" % (len(route.body), route.body)
                sent = whole if route.send_bytes is None else whole[: route.send_bytes]
            if route.trickle_s:
                for index in range(len(sent)):
                    self.wfile.write(sent[index : index + 1])
                    self.wfile.flush()
                    time.sleep(route.trickle_s)
            else:
                self.wfile.write(sent)
                self.wfile.flush()
            if route.stall_s:
                time.sleep(route.stall_s)

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        pass  # clients that give up (timeouts, size limits) are what the tests provoke


@contextmanager
def local_server() -> Iterator[LocalServer]:
    server = _QuietServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    server.daemon_threads = True
    state = LocalServer(server)
    server.RequestHandlerClass = _handler(state)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def closed_port_url() -> str:
    """A URL on 127.0.0.1 where nothing listens (connection refused)."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/data.csv"
