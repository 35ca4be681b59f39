"""Names are imported on first use (``_core/_lazy.py``): the package, its models and resources
load only what is read, and a first call loads only what it needs. Each check runs in a fresh
interpreter, so that nothing imported by other tests hides a module loaded too early."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from typing import cast

import pytest

import final_pos_client
from final_pos_client import models, resources


def fresh(code: str) -> dict[str, object]:
    """Run ``code`` in a new interpreter; it prints one JSON object, returned here."""
    completed = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, object] = json.loads(completed.stdout)
    return result


def test_the_package_loads_a_name_on_first_read() -> None:
    seen = fresh(
        """
        import json, sys
        import final_pos_client
        before = "final_pos_client._client" in sys.modules
        client_class = final_pos_client.FinalPOS
        errors = final_pos_client.errors
        print(json.dumps({
            "before": before,
            "after": "final_pos_client._client" in sys.modules,
            "cached": "FinalPOS" in vars(final_pos_client),
            "errors_is_module": type(errors).__name__ == "module",
            "models_loaded": sorted(
                m for m in sys.modules if m.startswith("final_pos_client.models.")
            ),
        }))
        """
    )
    assert seen == {
        "before": False,
        "after": True,
        "cached": True,
        "errors_is_module": True,
        "models_loaded": [],
    }


def test_a_first_call_loads_only_its_own_resource_and_models() -> None:
    resource = resources.__all__[0]
    attribute = resources._MODULE_OF[resource].lstrip(".")
    seen = fresh(
        f"""
        import json, sys
        from final_pos_client import FinalPOS
        pos = FinalPOS(api_key="k", base_url="http://127.0.0.1:1")
        pos.{attribute}
        loaded = sorted(m for m in sys.modules if m.startswith("final_pos_client."))
        print(json.dumps({{"loaded": loaded}}))
        """
    )
    loaded = set(cast(list[str], seen["loaded"]))
    other_resources = {
        f"final_pos_client.resources{module}"
        for module in resources._MODULE_OF.values()
        if module.lstrip(".") != attribute
    }
    # Request bodies (params, their models), streaming, observing, the stock api/ layer: later.
    assert not loaded & other_resources
    assert "final_pos_client.params" not in loaded
    assert "final_pos_client._core._streaming" not in loaded
    assert "final_pos_client._core._observe" not in loaded
    assert not {module for module in loaded if module.startswith("final_pos_client.api.")}
    assert not {module for module in loaded if module.startswith("final_pos_client.models.create_")}


@pytest.mark.parametrize("package", [final_pos_client, models, resources])
def test_dir_lists_every_lazy_name_and_unknown_names_fail(package: object) -> None:
    assert set(package.__all__) <= set(dir(package))  # type: ignore[attr-defined]
    with pytest.raises(AttributeError, match="has no attribute 'no_such_name'"):
        package.no_such_name  # type: ignore[attr-defined]  # noqa: B018


def test_the_default_client_never_imports_httpcore() -> None:
    """httpcore (httpx's own transport, with anyio) is only for the plain-httpx path: neither
    the import nor a client over httpx-aiohttp (the default with the extra) loads it."""
    seen = fresh(
        """
        import json, os, sys
        for name in list(os.environ):
            if name.lower() in ("http_proxy", "https_proxy", "all_proxy"):
                del os.environ[name]
        from final_pos_client import FinalPOS
        after_import = "httpcore" in sys.modules
        FinalPOS(api_key="k", base_url="http://127.0.0.1:1")
        print(json.dumps({"after_import": after_import, "after_client": "httpcore" in sys.modules}))
        """
    )
    assert seen == {"after_import": False, "after_client": False}
