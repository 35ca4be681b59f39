"""Where ``FinalPOS`` takes its settings from, and which values it accepts.

Every check runs in the constructor and in ``with_options`` and raises ``ConfigurationError``
before anything is sent; no message ever repeats the API key or a URL password.
"""

from __future__ import annotations

import ipaddress
import math
import os
import sys

import httpx

from .._version import __version__
from ._retry_policy import RETRY_WRITES_CHOICES, RetryWrites
from .errors import ConfigurationError

API_KEY_ENV = "FINAL_POS_API_KEY"
BASE_URL_ENV = "FINAL_POS_BASE_URL"
DEFAULT_BASE_URL = "https://api.finalpos.com"
API_KEY_HEADER = "x-api-key"
# A call's whole deadline, when not given: this many times the largest phase of ``timeout``.
DEADLINE_FACTOR = 4.0
DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024
USER_AGENT = (
    f"final-pos-client/{__version__} python/{sys.version_info[0]}.{sys.version_info[1]} "
    f"httpx/{'.'.join(httpx.__version__.split('.')[:2])}"
)


def request_headers(api_key: str) -> dict[str, str]:
    """The headers every ``FinalPOS`` request carries."""
    return {API_KEY_HEADER: api_key, "user-agent": USER_AGENT}


__all__ = [
    "API_KEY_ENV",
    "API_KEY_HEADER",
    "BASE_URL_ENV",
    "DEADLINE_FACTOR",
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "ConfigurationError",
    "check_deadline",
    "check_max_response_bytes",
    "check_max_retries",
    "check_timeout",
    "default_deadline",
    "request_headers",
    "resolve_api_key",
    "resolve_base_url",
]


def resolve_api_key(api_key: str | None) -> str:
    """``api_key``, else ``$FINAL_POS_API_KEY``: printable ASCII without spaces or control
    characters (a key read from a file often ends in a newline); a clear error otherwise."""
    key = api_key if api_key is not None else os.environ.get(API_KEY_ENV)
    if not key:
        raise ConfigurationError(
            f"No API key: pass FinalPOS(api_key=...) or set the {API_KEY_ENV} environment variable."
        )
    if not isinstance(key, str):
        raise ConfigurationError(f"api_key must be a str, got {type(key).__name__}")
    if not all("!" <= char <= "~" for char in key):
        raise ConfigurationError(
            "api_key holds a character that is not printable ASCII (whitespace, a line break, "
            "a control or non-ASCII character); strip it (e.g. a trailing newline from a file)."
        )
    return key


def is_loopback_host(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def resolve_base_url(base_url: str | None, *, allow_insecure_http: bool) -> str:
    """``base_url``, else ``$FINAL_POS_BASE_URL``, else the official API; without a trailing slash.

    A URL with credentials (``user:password@``) is refused: the API key authenticates, and a
    password in the URL would show in logs and reprs. A ``http://`` URL for a host that is not
    loopback is refused unless ``allow_insecure_http``: the API key would travel in clear.
    """
    chosen = base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL
    if not isinstance(chosen, str):
        raise ConfigurationError(f"base_url must be a str, got {type(chosen).__name__}")
    try:
        url = httpx.URL(chosen)
    except (httpx.InvalidURL, ValueError, TypeError):
        raise ConfigurationError("base_url is not a valid URL") from None
    if url.userinfo or "@" in url.netloc.decode("ascii", "replace"):
        raise ConfigurationError(
            "base_url must not contain credentials (user:password@host); the API key "
            "authenticates. The URL is not repeated here so that the password stays out of logs."
        )
    if url.scheme not in ("http", "https") or not url.host:
        raise ConfigurationError(f"base_url must be an http(s) URL with a host, got {chosen!r}")
    if url.scheme == "http" and not allow_insecure_http and not is_loopback_host(url.host):
        raise ConfigurationError(
            f"Refusing plain http to {url.host}: the API key would travel unencrypted. "
            "Use https, or pass allow_insecure_http=True if you really mean it."
        )
    return chosen.rstrip("/")


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def check_max_retries(max_retries: object) -> int:
    """``max_retries`` if it is an int >= 0 (not a bool, not a float)."""
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ConfigurationError(f"max_retries must be an int >= 0, got {max_retries!r}")
    return max_retries


def check_timeout(timeout: object) -> httpx.Timeout:
    """``timeout`` (seconds, an ``httpx.Timeout`` or ``None`` for none) as an ``httpx.Timeout``.

    Zero and negative phases are refused: httpx reads 0 as "fail at once", aiohttp as "no
    timeout"; ``None`` is the one way to say "no limit" on both transports.
    """
    if timeout is not None and not isinstance(timeout, httpx.Timeout) and not _is_number(timeout):
        raise ConfigurationError(
            f"timeout must be seconds (> 0), an httpx.Timeout or None, got {timeout!r}"
        )
    try:
        result = httpx.Timeout(timeout)  # type: ignore[arg-type]
    except (TypeError, ValueError) as error:
        raise ConfigurationError(f"timeout is not valid: {error}") from None
    for phase in ("connect", "read", "write", "pool"):
        seconds = getattr(result, phase)
        if seconds is not None and not (seconds > 0 and math.isfinite(seconds)):
            raise ConfigurationError(
                f"timeout ({phase}) must be a finite number of seconds > 0 or None (no "
                f"limit), got {seconds!r}"
            )
    return result


def check_deadline(deadline: object) -> float | None:
    """``deadline`` if it is a finite number of seconds > 0, or ``None`` (no overall limit)."""
    if deadline is None:
        return None
    if not isinstance(deadline, int | float) or isinstance(deadline, bool):
        raise ConfigurationError(f"deadline must be seconds (> 0) or None, got {deadline!r}")
    if not (deadline > 0 and math.isfinite(deadline)):
        raise ConfigurationError(
            f"deadline must be a finite number of seconds > 0 or None, got {deadline!r}"
        )
    return float(deadline)


def default_deadline(timeout: httpx.Timeout) -> float | None:
    """``DEADLINE_FACTOR`` times the largest phase of ``timeout`` (``None`` if it has none)."""
    phases = [t for t in (timeout.connect, timeout.read, timeout.write, timeout.pool) if t]
    return DEADLINE_FACTOR * max(phases) if phases else None


def check_retry_writes(retry_writes: object) -> RetryWrites:
    """``retry_writes`` if it is one of ``"never"``, ``"safe"``, ``"always"``."""
    for choice in RETRY_WRITES_CHOICES:
        if retry_writes == choice and isinstance(retry_writes, str):
            return choice
    raise ConfigurationError(
        f"retry_writes must be 'never', 'safe' or 'always', got {retry_writes!r}"
    )


def check_max_response_bytes(limit: object) -> int:
    """``max_response_bytes`` if it is an int > 0."""
    if isinstance(limit, bool) or not isinstance(limit, int) or limit <= 0:
        raise ConfigurationError(f"max_response_bytes must be an int > 0, got {limit!r}")
    return limit
