"""Downloads through one requests-cache session, written to the cache only once they proved good.

requests-cache is used for what it does well: one SQLite cache of responses, conditional
revalidation (``If-None-Match``/``If-Modified-Since`` → 304) and offline reads. Its default
write path is *not* used, because of traps we measured: a 200 with an HTML body replaces a good
cached CSV, and a ``filter_fn`` rejection deletes the previous good entry. So requests go out with
cache writes off, and :func:`remember` stores a response only after the caller parsed and
validated it: the cache always holds the last *good* download of each URL.

Also deliberate: bodies are read as bytes with a size cap (never ``response.text``, which decodes a
charset-less ``text/csv`` as Latin-1; never ``pandas.read_csv(url)``, which bypasses the cache);
redirects are followed by hand so that each hop's scheme is checked (http and https only).

``timeout_s`` bounds the whole download, not each read: the body is read with ``read1`` (one
receive at a time) and the socket's timeout is cut to the time left before each receive, so a
publisher trickling one byte every half second is stopped at the deadline, and a stall is a
``timeout``, never "cut off after 0 bytes". Whether a body could be checked for completeness is
recorded (``framed``: a Content-Length or chunked encoding); :mod:`figcheck.data.refresh` holds an
unframed body to stricter checks, since a connection closed early looks like the end.
"""

from __future__ import annotations

import socket
import sqlite3
import time
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import requests
import requests_cache
from urllib3.exceptions import DecodeError, ProtocolError, ReadTimeoutError, SSLError

from figcheck.errors import FigcheckError, UsageError
from figcheck.limits import quoted

__all__ = [
    "Download",
    "Fault",
    "FetchError",
    "FetchSettings",
    "download",
    "open_session",
    "remember",
]

MAX_REDIRECTS = 5
CHUNK = 64 * 1024


class Fault(StrEnum):
    """Stable reason codes for everything a refresh can refuse."""

    CONNECTION = "connection"
    TIMEOUT = "timeout"
    HTTP_STATUS = "http-status"
    SCHEME = "scheme"
    TOO_LARGE = "too-large"
    TRUNCATED = "truncated"
    EMPTY = "empty"
    HTML = "html"
    OFFLINE = "offline-miss"
    NO_SOURCE = "no-source"
    TRANSFORM = "transform"
    SCHEMA = "schema"
    SUITE = "suite"
    WRITE = "write"
    # a statistics API's series (figcheck.data.series)
    PROVIDER = "provider-error"
    UNKNOWN_SERIES = "unknown-series"
    UNIT = "unit"


class FetchError(FigcheckError, OSError):
    """A download failed or was refused; ``fault`` is a :class:`Fault` code."""

    def __init__(self, fault: Fault, problem: str, *, hint: str | None = None) -> None:
        self.fault = fault
        super().__init__(problem, hint=hint)


@dataclass(frozen=True)
class FetchSettings:
    """How downloads behave; built once by the CLI."""

    cache_path: Path
    timeout_s: float = 60.0
    max_bytes: int = 64 * 1024 * 1024
    offline: bool = False
    #: statistics providers' base URLs by provider name (``--base-url PROVIDER=URL``); a
    #: provider not named here is reached at its default address
    base_urls: Mapping[str, str] = field(default_factory=dict)


@dataclass
class Download:
    """A body fetched for ``url``; :func:`remember` stores ``response`` once it proved good."""

    url: str
    final_url: str
    body: bytes
    from_cache: bool
    response: requests.Response | None
    cache_key: str
    framed: bool = True  # its length was known (Content-Length or chunked), or it was cached


def open_session(settings: FetchSettings) -> requests_cache.CachedSession:
    """The one cached session of a run (SQLite at ``settings.cache_path``)."""
    settings.cache_path.parent.mkdir(parents=True, exist_ok=True)
    try:
        session = requests_cache.CachedSession(
            str(settings.cache_path), backend="sqlite", read_only=True, allowable_codes=(200,)
        )
    except sqlite3.Error as exc:  # a file that is no SQLite database, or a damaged one
        raise UsageError(
            f"{settings.cache_path}: not a usable HTTP cache (SQLite: {exc})",
            key="--http-cache",
            hint="delete it (it holds only downloads, fetched again as needed) or name another "
            "file with --http-cache",
        ) from exc
    session.headers["User-Agent"] = "figcheck (reference-data refresh)"
    return session


#: The longest address requested (browsers stop near 2,000 characters; a 100,000-character one
#: was echoed whole in every message about it).
MAX_URL_CHARS = 4096


def check_scheme(url: str) -> None:
    """Refuse an address that is no http(s) URL before any request: another scheme, one over
    :data:`MAX_URL_CHARS`, one urllib or requests cannot parse (a descriptor's ``http://[::1``
    or ``http://`` was their traceback)."""
    if len(url) > MAX_URL_CHARS:
        raise FetchError(
            Fault.SCHEME,
            f"refusing {quoted(url)}: over {MAX_URL_CHARS:,} characters, no address is that long",
        )
    try:
        scheme = urlsplit(url).scheme.lower()
        if scheme in ("http", "https"):
            requests.Request("GET", url).prepare()
    except (ValueError, requests.RequestException) as exc:  # InvalidURL is both
        raise FetchError(Fault.SCHEME, f"refusing {quoted(url)}: not a usable URL ({exc})") from exc
    if scheme not in ("http", "https"):
        raise FetchError(
            Fault.SCHEME, f"refusing {url!r}: only http and https downloads are allowed"
        )


def download(session: requests_cache.CachedSession, url: str, settings: FetchSettings) -> Download:
    """Fetch ``url`` (or, offline, its last good cached body); raises :class:`FetchError`."""
    deadline = time.monotonic() + settings.timeout_s
    check_scheme(url)
    key = session.cache.create_key(requests.Request("GET", url).prepare())
    cached = session.cache.get_response(key)
    if settings.offline:
        if cached is None:
            raise FetchError(
                Fault.OFFLINE, f"offline, and no good download of {url} is cached",
                hint="run once without --offline",
            )  # fmt: skip
        return Download(url, cached.url, cached.content or b"", True, None, key)
    headers = {}
    if cached is not None:
        if cached.headers.get("ETag"):
            headers["If-None-Match"] = cached.headers["ETag"]
        if cached.headers.get("Last-Modified"):
            headers["If-Modified-Since"] = cached.headers["Last-Modified"]
    response = _get_following_redirects(session, url, headers, settings, deadline)
    if response.status_code == 304 and cached is not None:
        response.close()
        return Download(url, cached.url, cached.content or b"", True, None, key)
    if not 200 <= response.status_code < 300:
        response.close()
        nowhere = " (a redirect that names no Location)" if response.status_code in (
            301, 302, 303, 307, 308) else ""  # fmt: skip
        raise FetchError(
            Fault.HTTP_STATUS, f"HTTP {response.status_code} {response.reason or ''}".rstrip()
            + f"{nowhere} from {response.url}",
        )  # fmt: skip
    framed = bool(response.headers.get("Content-Length")) or "chunked" in (
        response.headers.get("Transfer-Encoding", "").lower()
    )
    body, received = _read_capped(response, settings, deadline)
    _check_body(body, received, response)
    return Download(url, response.url, body, False, response, key, framed=framed)


def remember(session: requests_cache.CachedSession, fetched: Download) -> None:
    """Store a download that passed every check as the URL's last good response."""
    if fetched.response is None:
        return
    fetched.response._content = fetched.body
    fetched.response._content_consumed = True
    session.cache.save_response(fetched.response, cache_key=fetched.cache_key)


def _get_following_redirects(
    session: requests_cache.CachedSession,
    url: str,
    headers: dict[str, str],
    settings: FetchSettings,
    deadline: float,
) -> requests.Response:
    current = url
    for _ in range(MAX_REDIRECTS + 1):
        try:
            response = session.get(
                current, headers=headers, stream=True, allow_redirects=False,
                timeout=_left(deadline, settings, current, 0), force_refresh=True,
            )  # fmt: skip
        except requests.Timeout as exc:
            raise FetchError(
                Fault.TIMEOUT, f"no answer from {current} within {settings.timeout_s:g} s"
            ) from exc
        except requests.ConnectionError as exc:
            raise FetchError(
                Fault.CONNECTION, f"cannot connect to {current}: {_reason(exc)}"
            ) from exc
        except requests.RequestException as exc:
            raise FetchError(Fault.CONNECTION, f"request to {current} failed: {exc}") from exc
        except ValueError as exc:  # requests parses a redirect's Location even unfollowed
            raise FetchError(
                Fault.HTTP_STATUS,
                f"{current} redirects to an address that is no URL ({exc}); it cannot be followed",
            ) from exc
        if not response.is_redirect:
            return response
        location = response.headers.get("Location", "")
        response.close()
        try:
            current = urljoin(current, location)
        except ValueError as exc:
            raise FetchError(
                Fault.HTTP_STATUS,
                f"{current} redirects to {location[:200]!r}, which is no URL ({exc}); it cannot "
                "be followed",
            ) from exc
        check_scheme(current)
    raise FetchError(Fault.HTTP_STATUS, f"more than {MAX_REDIRECTS} redirects from {url}")


def _left(deadline: float, settings: FetchSettings, url: str, size: int) -> float:
    """Seconds left before ``deadline``; past it, the download is over (a timeout)."""
    left = deadline - time.monotonic()
    if left <= 0:
        raise FetchError(
            Fault.TIMEOUT,
            f"downloading {url} took longer than the timeout of {settings.timeout_s:g} s "
            f"({size:,} bytes received)",
            hint="raise --timeout for a slow publisher",
        )
    return left


def _read_capped(
    response: requests.Response, settings: FetchSettings, deadline: float
) -> tuple[bytes, int | None]:
    """The body, and how many bytes were received for it (``None``: urllib3 unpacked them)."""
    max_bytes = settings.max_bytes
    declared = response.headers.get("Content-Length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        response.close()
        raise FetchError(
            Fault.TOO_LARGE,
            f"{response.url} announces {int(declared):,} bytes, over the limit of {max_bytes:,}",
        )
    raw = response.raw
    connection = getattr(raw, "connection", None)
    sock: socket.socket | None = getattr(connection, "sock", None)
    unpack = _Unpacker(response.url, response.headers.get("Content-Encoding", ""), max_bytes)
    chunks, size = [], 0
    try:
        while True:
            left = _left(deadline, settings, response.url, size)
            if sock is not None:
                sock.settimeout(left)  # the next receive waits at most until the deadline
            chunk = raw.read1(CHUNK, decode_content=unpack.by_urllib3)
            if not chunk:
                break
            size += len(chunk)
            if size > max_bytes:
                raise FetchError(
                    Fault.TOO_LARGE,
                    f"{response.url} sent more than the limit of {max_bytes:,} bytes",
                )
            chunks.append(unpack.feed(chunk))
    except FetchError:
        raise  # an OSError too, but already the fault to report
    except (ReadTimeoutError, TimeoutError, requests.Timeout) as exc:
        raise FetchError(
            Fault.TIMEOUT,
            f"{response.url} stopped sending after {size:,} bytes and the timeout of "
            f"{settings.timeout_s:g} s ran out",
        ) from exc
    except DecodeError as exc:  # a coding urllib3 undoes (one figcheck did not ask for)
        raise unpack.broken(exc) from exc
    except (ProtocolError, SSLError, OSError, requests.RequestException) as exc:
        raise FetchError(
            Fault.TRUNCATED, f"the body from {response.url} was cut off after {size:,} bytes"
        ) from exc
    finally:
        response.close()
    unpack.finish(size)
    return b"".join(chunks), (None if unpack.by_urllib3 else size)


#: The Content-Encodings figcheck asks for (requests' Accept-Encoding) and undoes itself, with
#: zlib's window bits for each.
_WBITS = {"gzip": 16 + zlib.MAX_WBITS, "x-gzip": 16 + zlib.MAX_WBITS, "deflate": zlib.MAX_WBITS}


_GZIP_MAGIC = b"\x1f\x8b"


class _Unpacker:
    """Undoes a body's ``Content-Encoding: gzip`` or ``deflate`` (also nested, ``gzip, gzip``).

    Not left to urllib3, which returns what it had when a compressed stream stops before its end
    (a body cut inside its gzip stream passed as a whole one, and replaced a snapshot with one row
    short) and raises its own ``DecodeError`` for a stream that does not unpack. Here a stream that
    does not reach its end is ``truncated``, one that does not unpack is ``transform``, and what
    each stage unpacks counts against ``max_bytes`` as it grows (a gzip bomb stops at the limit).
    Other codings (none is asked for) are left to urllib3, as before.
    """

    def __init__(self, url: str, header: str, max_bytes: int) -> None:
        self.url = url
        self.max_bytes = max_bytes
        codings = [c.strip().lower() for c in header.split(",") if c.strip()]
        codings = [c for c in codings if c != "identity"]
        self.by_urllib3 = not all(c in _WBITS for c in codings)
        self.header = header.strip()
        # the last coding applied is undone first
        self._codings = [] if self.by_urllib3 else list(reversed(codings))
        self._stages = [zlib.decompressobj(_WBITS[c]) for c in self._codings]
        self._made = [0] * len(self._stages)  # bytes each stage unpacked so far
        # the bytes a stage was fed before it unpacked any: a "deflate" stream may be sent
        # without its zlib header, which shows only after a few bytes; they are fed again to
        # a raw inflater then (a first piece of one byte is no proof either way)
        self._fed: list[bytearray | None] = [
            bytearray() if c == "deflate" else None for c in self._codings
        ]
        # bytes after a gzip member that may begin the next one (its magic cut between pieces)
        self._held = [b""] * len(self._stages)

    def feed(self, data: bytes) -> bytes:
        for index in range(len(self._stages)):
            data = self._stage(index, data)
        return data

    def _stage(self, index: int, data: bytes) -> bytes:
        obj = self._stages[index]
        out = bytearray()
        fed = self._fed[index]
        if fed is not None:
            fed += data
        data, self._held[index] = self._held[index] + data, b""
        while data:
            if obj.eof:
                if self._codings[index] == "deflate":
                    return bytes(out)  # trailing bytes after the stream: ignored, as browsers do
                if len(data) < len(_GZIP_MAGIC) and _GZIP_MAGIC.startswith(data):
                    self._held[index] = data  # the next member's magic may be cut in two
                    break
                if not data.startswith(_GZIP_MAGIC):
                    return bytes(out)  # trailing bytes: ignored
                obj = self._stages[index] = zlib.decompressobj(_WBITS["gzip"])  # next member
            room = self.max_bytes - self._made[index] - len(out) + 1
            try:
                out += obj.decompress(data, room)
            except zlib.error as exc:
                if fed is not None:
                    # "deflate" sent without its zlib header, as some servers do: all it was
                    # fed, again, to a raw inflater
                    obj = self._stages[index] = zlib.decompressobj(-zlib.MAX_WBITS)
                    data, fed, self._fed[index] = bytes(fed), None, None
                    continue
                raise self.broken(exc) from exc
            if out and fed is not None:
                fed, self._fed[index] = None, None  # it unpacks: the header was there
            if self._made[index] + len(out) > self.max_bytes:
                raise FetchError(
                    Fault.TOO_LARGE,
                    f"{self.url} unpacks (Content-Encoding: {self.header}) to more than the "
                    f"limit of {self.max_bytes:,} bytes",
                )
            data = obj.unconsumed_tail or obj.unused_data
        self._made[index] += len(out)
        return bytes(out)

    def broken(self, exc: Exception) -> FetchError:
        reason = str(exc.args[-1] if isinstance(exc, DecodeError) and exc.args else exc)
        return FetchError(
            Fault.TRANSFORM,
            f"the body from {self.url} is sent as compressed (Content-Encoding: {self.header}) "
            f"but does not unpack: {reason[:200]}",
            hint="the publisher's server sent a damaged body; try again later",
        )

    def finish(self, size: int) -> None:
        """After the last piece: a stream that stops before its end is a cut body. An empty body
        is left to the fetch's empty-body check (it was said as "cut off after 0 bytes")."""
        if size and any(not obj.eof for obj in self._stages):
            raise FetchError(
                Fault.TRUNCATED,
                f"the body from {self.url} was cut off after {size:,} bytes: its compressed "
                f"stream (Content-Encoding: {self.header}) stops before its end",
            )


def _check_body(body: bytes, received: int | None, response: requests.Response) -> None:
    declared = response.headers.get("Content-Length")
    if declared and declared.isdigit() and received is not None and received < int(declared):
        raise FetchError(
            Fault.TRUNCATED,
            f"the body from {response.url} has {received:,} of its {int(declared):,} bytes",
        )
    if not body.strip():
        raise FetchError(Fault.EMPTY, f"{response.url} answered with an empty body")
    kind = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
    head = body[:512].lstrip().lower()
    if kind in ("text/html", "application/xhtml+xml") or head.startswith((b"<!doctype", b"<html")):
        raise FetchError(
            Fault.HTML,
            f"{response.url} answered with an HTML page ({kind or 'no type'}), not data",
            hint="the publisher may have moved the file or put a login or error page in front",
        )


def _reason(exc: Exception) -> str:
    text = str(exc)
    for marker in ("Connection refused", "Name or service not known", "Network is unreachable"):
        if marker in text:
            return marker.lower()
    return text[:200]
