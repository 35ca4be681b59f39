"""What a request handler receives and returns."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..state.store import Store


@dataclass
class Request:
    path_params: dict[str, str]
    query: dict[str, str]
    body: Any


@dataclass
class Reply:
    status: int
    body: Any


Handler = Callable[[Store, Request], Reply]
