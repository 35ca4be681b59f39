"""Building the ``httpx.Request`` of each attempt.

``AsyncClient.build_request`` parses the whole URL string again and merges the client's
headers, cookies and query parameters again on every request: about 60 us of CPU per call on
the benchmark machine, a tenth of a call over aiohttp (BENCHMARKS.md, ``## peers``). For the
client ``FinalPOS`` builds for itself, ``LeanRequestBuilder`` makes the same request for less:
the base URL is parsed once, the client's headers are merged with the SDK's once (again when
someone changes them), and a path made of percent-encoded segments (what the resources send)
is joined to the base without a new parse. Anything it cannot be sure to build exactly as
``build_request`` does (a path httpx would normalise or re-encode, a base URL with a query,
cookies or default parameters set on the client) goes through ``build_request``. An injected
``http_client`` always does (``RequestBuilder``): its own settings apply.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import httpx
from httpx._client import UseClientDefault  # the type of the public httpx.USE_CLIENT_DEFAULT

from ._multipart import MultipartBody

# A path httpx leaves as it is: one or more segments of unreserved characters, sub-delimiters,
# ":" and "@", and well-formed percent escapes (httpx would encode a stray "%"); no "." or ".."
# segment (httpx would remove it), which excluding "/." covers.
_VERBATIM_PATH = re.compile(r"(?:/(?:[A-Za-z0-9\-_~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2}|\.(?<!/\.))*)+")


class RequestBuilder:
    """The client's own ``build_request`` (its headers, cookies, parameters and base URL)."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self._client = client

    def __call__(
        self,
        method: str,
        base_url: str,
        path: str,
        *,
        params: Mapping[str, Any] | None,
        json: Any,
        headers: Mapping[str, str],
        timeout: httpx.Timeout | UseClientDefault,
    ) -> httpx.Request:
        if isinstance(json, MultipartBody):  # an upload: httpx encodes and streams the parts
            return self._client.build_request(
                method,
                base_url + path,
                params=params,
                data=json.data,
                files=json.files,
                headers=headers,
                timeout=timeout,
            )
        return self._client.build_request(
            method, base_url + path, params=params, json=json, headers=headers, timeout=timeout
        )


class LeanRequestBuilder(RequestBuilder):
    """``client.build_request(method, base_url + path, ...)``, the same request for less work
    (see the module docstring); for a client whose settings only its owner changes."""

    _CACHE_SIZE = 16

    def __init__(self, client: httpx.AsyncClient) -> None:
        super().__init__(client)
        self._client_headers: list[tuple[bytes, bytes]] = []
        # base URL -> its parsed form (None: take build_request); id(headers) -> (headers,
        # the client's headers with them on top); id(timeout) -> (timeout, the extensions)
        self._bases: dict[str, Any] = {}
        self._merged: dict[int, tuple[Mapping[str, str], httpx.Headers]] = {}
        self._extensions: dict[int, tuple[httpx.Timeout, dict[str, Any]]] = {}

    def __call__(
        self,
        method: str,
        base_url: str,
        path: str,
        *,
        params: Mapping[str, Any] | None,
        json: Any,
        headers: Mapping[str, str],
        timeout: httpx.Timeout | UseClientDefault,
    ) -> httpx.Request:
        client = self._client
        base = self._parsed_base(base_url)
        if (
            base is None
            or isinstance(json, MultipartBody)
            or client.cookies
            or client.params
            or _VERBATIM_PATH.fullmatch(path) is None
        ):
            return super().__call__(
                method, base_url, path, params=params, json=json, headers=headers, timeout=timeout
            )
        url = httpx.URL.__new__(httpx.URL)
        url._uri_reference = base._replace(
            path=base.path + path, query=str(httpx.QueryParams(params)) if params else None
        )
        return httpx.Request(
            method,
            url,
            headers=self._headers(headers),
            json=json,
            extensions=self._extensions_for(timeout),
        )

    def _parsed_base(self, base_url: str) -> Any:
        try:
            return self._bases[base_url]
        except KeyError:
            pass
        parsed = httpx.URL(base_url)
        # A base with a query or fragment: build_request's string join is kept as it is.
        base = None if parsed.query or parsed.fragment or "?" in base_url else parsed
        if len(self._bases) >= self._CACHE_SIZE:
            self._bases.clear()
        self._bases[base_url] = None if base is None else base._uri_reference
        return self._bases[base_url]

    def _headers(self, headers: Mapping[str, str]) -> httpx.Headers:
        """``build_request``'s merge: the client's headers, then the call's on top."""
        client_headers = self._client.headers.raw
        if client_headers != self._client_headers:  # someone changed the client's headers
            self._merged.clear()
            self._client_headers = client_headers
        entry = self._merged.get(id(headers))
        if entry is not None and entry[0] is headers:
            return entry[1]
        merged = httpx.Headers(self._client.headers)
        merged.update(headers)
        if isinstance(headers, dict):  # the client's own headers, the same object every call
            if len(self._merged) >= self._CACHE_SIZE:
                self._merged.clear()
            self._merged[id(headers)] = (headers, merged)
        return merged

    def _extensions_for(self, timeout: httpx.Timeout | UseClientDefault) -> dict[str, Any]:
        chosen = self._client.timeout if isinstance(timeout, UseClientDefault) else timeout
        entry = self._extensions.get(id(chosen))
        if entry is None or entry[0] is not chosen:
            if len(self._extensions) >= self._CACHE_SIZE:
                self._extensions.clear()
            entry = (chosen, {"timeout": chosen.as_dict()})
            self._extensions[id(chosen)] = entry
        return entry[1]
