"""Module attributes imported on first use (PEP 562 ``__getattr__`` and ``__dir__``), for the
package's ``__init__`` modules: ``import final_pos_client`` (or ``.models``, ``.resources``)
stays cheap, and a name costs its import only when it is first read. Type checkers and IDEs
read the same names from the ``if TYPE_CHECKING:`` imports next to the call.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, MutableMapping
from importlib import import_module
from typing import Any


def lazy_attributes(
    namespace: MutableMapping[str, Any],
    module_of: Mapping[str, str],
    *,
    modules: Collection[str] = (),
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """``__getattr__`` and ``__dir__`` for the module whose ``globals()`` is ``namespace``.

    ``module_of`` maps each lazy name to the module defining it, relative to that module
    (``{"FinalPOS": "._client"}``); a name in ``modules`` is that module itself
    (``{"errors": ".errors"}``). A name read once is stored in ``namespace``, so later reads
    are plain attribute lookups.
    """
    package = namespace["__name__"]

    def __getattr__(name: str) -> Any:
        module_name = module_of.get(name)
        if module_name is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        module = import_module(module_name, package)
        value = module if name in modules else getattr(module, name)
        namespace[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*namespace, *module_of})

    return __getattr__, __dir__
