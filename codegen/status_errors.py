"""``final_pos_client/errors.py``: the runtime's exceptions, plus one class per 4xx status the
description documents that the runtime has no class for (402 -> ``PaymentRequiredError``),
registered so that a call answered with that status raises it."""

from __future__ import annotations

from http import HTTPStatus

from final_pos_client._core.errors import status_error_class
from final_pos_client._core.spec_model import SpecModel

HEADER = (
    '"""The exceptions ``FinalPOS`` and the stock ``api`` functions raise."""\n\n'
    "from ._core.errors import *  # noqa: F403\n"
)


def _class_name(status: int) -> str:
    words = HTTPStatus(status).phrase.replace("-", " ").split()
    return "".join(word[:1].upper() + word[1:] for word in words) + "Error"


def documented_statuses(spec: SpecModel) -> dict[int, list[str]]:
    """Each 4xx status the runtime has no class for -> the operations documenting it."""
    found: dict[int, list[str]] = {}
    for operation in spec.operations:
        for status in operation.responses:
            if not status.isdigit() or not 400 <= int(status) < 500:
                continue
            code = int(status)
            try:
                HTTPStatus(code)
            except ValueError:
                continue  # no standard name to give its class
            if status_error_class(code).__name__ == "APIStatusError":
                found.setdefault(code, []).append(operation.key)
    return dict(sorted(found.items()))


def error_classes(spec: SpecModel) -> dict[str, int]:
    """The class ``errors.py`` adds for each such status -> its status."""
    return {_class_name(status): status for status in documented_statuses(spec)}


def errors_module(spec: SpecModel) -> str:
    statuses = documented_statuses(spec)
    if not statuses:
        return HEADER + "from ._core.errors import __all__ as __all__\n"
    lines = [
        HEADER,
        "from ._core.errors import APIStatusError, _ERROR_BY_STATUS\n",
        "from ._core.errors import __all__ as _RUNTIME_NAMES\n",
    ]
    names = []
    for status, operations in statuses.items():
        name = _class_name(status)
        names.append(name)
        documented = ", ".join(operations)
        lines.append(
            f"\n\nclass {name}(APIStatusError):\n"
            f'    """{status} {HTTPStatus(status).phrase} (documented by {documented})."""\n'
        )
    lines.append("\n\n")
    lines.extend(
        f"_ERROR_BY_STATUS.setdefault({status}, {name})\n"
        for status, name in zip(statuses, names, strict=True)
    )
    shown = ", ".join(f'"{name}"' for name in names)
    lines.append(f"__all__ = [*_RUNTIME_NAMES, {shown}]\n")
    return "".join(lines)
