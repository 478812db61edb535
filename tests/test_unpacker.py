"""The body unpacker of downloads (data.fetch._Unpacker), fed as a socket feeds it: in pieces of
any size (review27: a raw deflate body whose first piece was one byte did not unpack; an empty
gzip body was said as cut off, not as empty)."""

from __future__ import annotations

import gzip
import zlib

import pytest

from figcheck.data.fetch import FetchError, _Unpacker

BODY = b"country,year,value\n" + b"MEX,2009,1\n" * 200


def _raw_deflate(data: bytes) -> bytes:
    packer = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    return packer.compress(data) + packer.flush()


def _unpacked(header: str, body: bytes, piece: int) -> bytes:
    unpacker = _Unpacker("http://127.0.0.1/x", header, 10**6)
    out = b"".join(unpacker.feed(body[i : i + piece]) for i in range(0, len(body), piece))
    unpacker.finish(len(body))
    return out


@pytest.mark.parametrize("piece", [1, 2, 3, 7, 64, 10**6])
@pytest.mark.parametrize(
    ("header", "pack"),
    [
        ("gzip", gzip.compress),
        ("deflate", zlib.compress),
        ("deflate", _raw_deflate),
        ("gzip, gzip", lambda b: gzip.compress(gzip.compress(b))),
        ("gzip", lambda b: gzip.compress(b[:100]) + gzip.compress(b[100:])),
    ],
    ids=["gzip", "deflate", "raw-deflate", "gzip-in-gzip", "two-gzip-members"],
)
def test_a_body_unpacks_whatever_the_size_of_its_pieces(
    header: str, pack: object, piece: int
) -> None:
    assert _unpacked(header, pack(BODY), piece) == BODY  # type: ignore[operator]


def test_an_empty_compressed_body_is_left_to_the_empty_body_check() -> None:
    """An empty body is the empty-body fault (said by the fetch), not a stream cut off."""
    unpacker = _Unpacker("http://127.0.0.1/x", "gzip", 10**6)
    assert unpacker.feed(b"") == b""
    unpacker.finish(0)  # no TRUNCATED: nothing was sent at all


def test_a_raw_deflate_body_that_does_not_unpack_is_still_said_so() -> None:
    with pytest.raises(FetchError, match="does not unpack"):
        _unpacked("deflate", b"\xff" * 50, 1)
