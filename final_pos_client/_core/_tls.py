"""The TLS context the clients ``FinalPOS`` builds for itself verify servers with: httpx's
default (certifi's CA bundle, or ``SSL_CERT_FILE`` / ``SSL_CERT_DIR`` when set), built once per
process and shared.

Loading a CA bundle takes tens of milliseconds of CPU. httpx loads one per transport, and the
plain-httpx pool holds 16 transports, so each ``FinalPOS()`` without the aiohttp extra spent
about half a second on it. An ``ssl.SSLContext`` is safe to share between connections, clients
and threads (aiohttp shares its own default one module-wide). A new one is built when
``SSL_CERT_FILE`` or ``SSL_CERT_DIR`` changes, as httpx would read them for a new client. An
``SSL_CERT_FILE`` that cannot be loaded is a ``ConfigurationError`` naming it (OpenSSL reads
``SSL_CERT_DIR`` only during a handshake, so a bad one fails the connection instead).
"""

from __future__ import annotations

import functools
import os
from typing import TYPE_CHECKING

import httpx

from .errors import ConfigurationError

if TYPE_CHECKING:
    import ssl

CA_VARIABLES = ("SSL_CERT_FILE", "SSL_CERT_DIR")


def default_ssl_context() -> ssl.SSLContext:
    """httpx's default verifying context for the current CA variables, built once."""
    return _context_for(*(os.environ.get(name) for name in CA_VARIABLES))


@functools.lru_cache(maxsize=4)
def _context_for(cert_file: str | None, cert_dir: str | None) -> ssl.SSLContext:
    # The arguments are the cache key; httpx reads the same two variables itself.
    try:
        return httpx.create_ssl_context()
    except OSError as error:  # ssl.SSLError included: a file that holds no certificate
        if cert_file is None:
            raise
        raise ConfigurationError(
            f"SSL_CERT_FILE={cert_file!r} cannot be used as the CA bundle: {error}"
        ) from error
