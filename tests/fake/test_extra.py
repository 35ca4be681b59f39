"""Without the ``fake`` extra, importing the fake says how to install it."""

from __future__ import annotations

import subprocess
import sys

import pytest

from final_pos_fake._extra import EXTRA_MODULES, INSTALL_HINT

HIDE_AND_IMPORT = """
import sys
sys.modules[{hidden!r}] = None  # as if the module were not installed
try:
    import {module}
except ImportError as exc:
    print(type(exc).__name__, exc, sep=": ")
else:
    print("imported")
"""


@pytest.mark.parametrize("module", ["final_pos_fake", "final_pos_fake.pytest_plugin"])
@pytest.mark.parametrize("hidden", EXTRA_MODULES)
def test_a_missing_extra_module_raises_import_error_with_the_hint(hidden: str, module: str) -> None:
    script = HIDE_AND_IMPORT.format(hidden=hidden, module=module)
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.startswith("ImportError: "), result.stdout
    assert INSTALL_HINT in result.stdout and hidden in result.stdout
    assert INSTALL_HINT == "pip install 'final-pos-client[fake]'"
