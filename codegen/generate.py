"""Stage 3, generate: openapi-python-client (pinned) with our config and templates, plus the
files the pipeline adds: the client layer, the patched description, headers.

The hand-written runtime (``final_pos_client/_core/``) is never generated nor rewritten: a
regeneration of the package keeps it in place (``swap.replace(keep=...)``), and only a package
built elsewhere from scratch gets a copy of it (``add_runtime``)."""

from __future__ import annotations

import contextlib
import io
import json
import shutil
from pathlib import Path
from typing import Any

from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError

from final_pos_client._core._types import SHADOWING_FIELD_NAMES
from final_pos_client._core.spec_model import SpecModel

from . import client_layer, discriminators, status_errors, versions

CODEGEN_DIR = Path(__file__).resolve().parent
CONFIG_PATH = CODEGEN_DIR / "config.yaml"
TEMPLATES_DIR = CODEGEN_DIR / "templates"
PATCHED_SPEC_NAME = "_openapi.json"
RUNTIME_PACKAGE = "_core"  # the package's hand-written folder, which generation leaves alone
RUNTIME_DIR = CODEGEN_DIR.parent / "final_pos_client" / RUNTIME_PACKAGE

HEADER = (
    "# Generated from openapi.yaml by codegen (codegen/overlay.yaml, templates,\n"
    "# client_layer): never edit by hand. Change codegen/ and run `make regenerate`.\n"
)


class GenerationError(Exception):
    """openapi-python-client reported problems (an endpoint or model would be missing)."""


def _describe(error: GeneratorError) -> str:
    return f"{error.level.value}: {error.header}" + (f"\n  {error.detail}" if error.detail else "")


def run_generator(
    spec: dict[str, Any], package_dir: Path, templates: Path | None = TEMPLATES_DIR
) -> None:
    """openapi-python-client into ``package_dir`` (must not exist yet); any warning fails.

    ``templates=None`` renders with the stock templates only (the parsing benchmark's baseline).
    """
    config = Config.from_sources(
        ConfigFile.load_from_path(CONFIG_PATH),
        MetaType.NONE,
        document_source=Path("openapi.yaml"),
        file_encoding="utf-8",
        overwrite=False,
        output_path=package_dir,
    )
    # The generator prints its own chatter ("Generating ..."): keep our progress lines readable.
    with contextlib.redirect_stdout(io.StringIO()):
        data = GeneratorData.from_dict(spec, config=config)
        if isinstance(data, GeneratorError):
            raise GenerationError(_describe(data))
        project = Project(openapi=data, config=config, custom_template_path=templates)
        # A property referring to a model may hold an unprocessed copy of it (no fields yet):
        # the model template looks the processed model up by class name.
        project.env.globals["models_by_class"] = {m.class_info.name: m for m in data.models}
        project.env.globals["discriminator_for"] = discriminators.lookup(spec)
        project.env.globals["shadowing_field_names"] = SHADOWING_FIELD_NAMES
        errors = project.build()
    if errors:
        raise GenerationError("\n".join(_describe(error) for error in errors))


def add_pipeline_files(spec: dict[str, Any], package_dir: Path, package_version: str) -> list[str]:
    """Client-layer files, ``_version.py``, the patched spec and ``py.typed``; returns names."""
    added = []
    # The public errors module re-exports the runtime's (replaces openapi-python-client's),
    # with a class for each 4xx status the description documents beyond them.
    errors = status_errors.errors_module(SpecModel.parse(spec))
    (package_dir / "errors.py").write_text(errors, encoding="utf-8")
    for relative, text in sorted(client_layer.render(spec).items()):
        target = package_dir / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        added.append(relative)
    api_version = str(spec.get("info", {}).get("version"))
    (package_dir / versions.VERSION_MODULE).write_text(
        versions.version_module(package_version, api_version), encoding="utf-8"
    )
    added.append(versions.VERSION_MODULE)
    (package_dir / PATCHED_SPEC_NAME).write_text(dump_spec(spec), encoding="utf-8")
    (package_dir / "py.typed").write_text("", encoding="utf-8")
    return added


def dump_spec(spec: dict[str, Any]) -> str:
    # Keys in the description's own order: the report compares property order.
    return json.dumps(spec, indent=1, ensure_ascii=False) + "\n"


def add_runtime(package_dir: Path) -> None:
    """A copy of the project's hand-written runtime, for a package built away from it."""
    shutil.copytree(
        RUNTIME_DIR, package_dir / RUNTIME_PACKAGE, ignore=shutil.ignore_patterns("__pycache__")
    )


def add_headers(package_dir: Path) -> int:
    """Prepend the "generated, do not edit" header to every generated module; returns how many."""
    modules = sorted(package_dir.rglob("*.py"))
    for module in modules:
        text = module.read_text(encoding="utf-8")
        if not text.startswith(HEADER):
            module.write_text(HEADER + text, encoding="utf-8")
    return len(modules)


def build_package(spec: dict[str, Any], package_dir: Path, package_version: str) -> None:
    run_generator(spec, package_dir)
    models = len(list((package_dir / "models").glob("*.py"))) - 1
    endpoints = len(list((package_dir / "api").glob("*/*.py"))) - len(
        list((package_dir / "api").glob("*/__init__.py"))
    )
    print(
        f"[generate] openapi-python-client: {endpoints} endpoint modules, {models} models",
        flush=True,
    )
    added = add_pipeline_files(spec, package_dir, package_version)
    print(
        f"[generate] added {len(added)} client-layer files, {PATCHED_SPEC_NAME}, py.typed",
        flush=True,
    )
    print(f"[generate] header written to {add_headers(package_dir)} modules", flush=True)
