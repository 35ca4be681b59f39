"""The response decoder (``_core._json_decode.loads``): msgspec's decoder when installed, with
``json.loads``'s results and errors for every body, with the extra or without it."""

from __future__ import annotations

import json
import math

import pytest

from final_pos_client._core import _json_decode
from final_pos_client._core._json_decode import loads

# Bodies both decoders accept, and bodies only the standard library accepts.
VALID = [
    b'{"id": "a1", "items": [1, 2.5, true, false, null, "x"], "nested": {"k": []}}',
    b'{"big": 123456789012345678901234567890, "neg": -123456789012345678901234567890}',
    b"[18446744073709551615, -9223372036854775809, 1E2, -0.0, 0.1]",
    b'{"a": 1, "a": 2}',
    b'  ["\\u00e9t\\u00e9", "\xc3\xa9t\xc3\xa9", "\\ud83d\\ude00"]  ',
    b"[NaN, Infinity, -Infinity]",
    b"[1e400, -1e400]",
    b'["\\ud800"]',
    '{"utf": 16}'.encode("utf-16"),
    b'\xef\xbb\xbf{"bom": 1}',
]
INVALID = [b'{"a": 1} x', b'{"a": ', b'["\xff"]', b"{'a': 1}", b"[1,]"]


@pytest.fixture(params=["installed", "without msgspec"])
def decoder(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setattr(_json_decode, "FAST_FROM_BYTES", 0)  # these small bodies too
    if request.param == "without msgspec":
        monkeypatch.setattr(_json_decode, "_msgspec", None)
    return str(request.param)


def _same(left: object, right: object) -> bool:
    """Equality that also holds for NaN and tells -0.0 from 0.0 and 1 from 1.0."""
    if isinstance(left, float) and isinstance(right, float):
        return (math.isnan(left) and math.isnan(right)) or repr(left) == repr(right)
    if isinstance(left, list) and isinstance(right, list):
        return len(left) == len(right) and all(map(_same, left, right))
    if isinstance(left, dict) and isinstance(right, dict):
        return list(left) == list(right) and all(_same(left[k], right[k]) for k in left)
    return type(left) is type(right) and left == right


def test_msgspec_is_the_decoder_when_installed() -> None:
    pytest.importorskip("msgspec")
    assert _json_decode.decoder_name() == "msgspec.json"


@pytest.mark.parametrize("body", VALID)
def test_decodes_as_the_standard_library_does(decoder: str, body: bytes) -> None:
    assert _same(loads(body), json.loads(body))


@pytest.mark.parametrize("body", INVALID)
def test_fails_with_the_standard_library_error(decoder: str, body: bytes) -> None:
    with pytest.raises(ValueError) as expected:
        json.loads(body)
    with pytest.raises(ValueError) as raised:
        loads(body)
    assert type(raised.value) is type(expected.value)
    assert str(raised.value) == str(expected.value)


def test_too_deep_a_body_is_a_recursion_error(decoder: str) -> None:
    with pytest.raises(RecursionError):
        loads(b"[" * 100_000 + b"]" * 100_000)


def test_a_small_body_goes_to_the_standard_library(monkeypatch: pytest.MonkeyPatch) -> None:
    """msgspec is imported and used only from FAST_FROM_BYTES on (import time, first request)."""
    calls: list[bytes] = []

    class FakeJson:
        @staticmethod
        def decode(content: bytes) -> object:
            calls.append(content)
            return json.loads(content)

    class FakeMsgspec:
        json = FakeJson

    monkeypatch.setattr(_json_decode, "_msgspec", FakeMsgspec)
    monkeypatch.setattr(_json_decode, "FAST_FROM_BYTES", 100)
    small, large = b'{"a": 1}', b'{"a": "' + b"x" * 100 + b'"}'
    assert loads(small) == {"a": 1}
    assert calls == []
    assert loads(large) == json.loads(large)
    assert calls == [large]
