# Hand-written: copied from codegen/runtime/_client_config.py by `make regenerate`.
# Edit that file, not this copy.
"""Where ``FinalPOS`` takes its API key and base URL from, and which base URLs it accepts."""

from __future__ import annotations

import ipaddress
import os

import httpx

from .errors import FinalPOSError

API_KEY_ENV = "FINAL_POS_API_KEY"
BASE_URL_ENV = "FINAL_POS_BASE_URL"
DEFAULT_BASE_URL = "https://api.finalpos.com"
API_KEY_HEADER = "x-api-key"


class ConfigurationError(FinalPOSError, ValueError):
    """``FinalPOS`` was built with a missing or unsafe setting."""


def resolve_api_key(api_key: str | None) -> str:
    """``api_key``, else ``$FINAL_POS_API_KEY``; a clear error when neither is set."""
    key = api_key if api_key is not None else os.environ.get(API_KEY_ENV)
    if not key:
        raise ConfigurationError(
            f"No API key: pass FinalPOS(api_key=...) or set the {API_KEY_ENV} environment variable."
        )
    return key


def _is_loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def resolve_base_url(base_url: str | None, *, allow_insecure_http: bool) -> str:
    """``base_url``, else ``$FINAL_POS_BASE_URL``, else the official API; without a trailing slash.

    A ``http://`` URL for a host that is not loopback is refused unless ``allow_insecure_http``:
    the API key would travel in clear.
    """
    chosen = base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL
    url = httpx.URL(chosen)
    if url.scheme not in ("http", "https") or not url.host:
        raise ConfigurationError(f"base_url must be an http(s) URL with a host, got {chosen!r}")
    if url.scheme == "http" and not allow_insecure_http and not _is_loopback(url.host):
        raise ConfigurationError(
            f"Refusing plain http to {url.host}: the API key would travel unencrypted. "
            "Use https, or pass allow_insecure_http=True if you really mean it."
        )
    return chosen.rstrip("/")
