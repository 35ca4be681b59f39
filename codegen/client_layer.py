"""Extra generated files of the resource client layer: ``FinalPOS`` and its resources.

``render(spec)`` returns the files to place into the generated package, keyed by path relative to
the package: one module per resource under ``resources/``, ``_client.py`` and ``__init__.py``.
What exists is derived by rule (``client_operations``, from the one spec model); this module
turns each method into the strings the Jinja2 templates in ``client_templates/`` lay out.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from final_pos_client._core.spec_model import SpecModel

from .client_operations import Method, Parameter, Resource, collect_resources
from .request_bodies import annotation, collect_shapes

TEMPLATES = Path(__file__).parent / "client_templates"
PAGING_DEFAULTS = {"skip": "0", "limit": "50"}
DEFAULT_PAGE_SIZE = 100
DOC_WIDTH = 92
CALL_OPTIONS = (
    "timeout: TimeoutOption | NotGiven = NOT_GIVEN, max_retries: int | None = None, "
    "deadline: DeadlineOption | NotGiven = NOT_GIVEN, "
    "extra_headers: Headers | None = None, extra_query: Query | None = None, "
    "extra_body: Body | None = None"
)
# Each method builds its one ``RequestOptions`` from its keyword options (positional, in order).
OPTIONS_EXPRESSION = (
    "request_options(timeout, {max_retries}, deadline, extra_headers, extra_query, extra_body)"
)


@dataclass(frozen=True)
class MethodView:
    """A method as template strings."""

    name: str
    signature: str
    returns: str
    item_type: str
    docstring: str
    http_method: str
    path_expression: str
    params_expression: str
    json_expression: str
    parser_name: str
    operation_id: str
    iterate_signature: str
    iterate_params_expression: str
    paginated: bool
    page_type: str
    item_parser: str
    max_retries_expression: str = "max_retries"
    options_expression: str = OPTIONS_EXPRESSION.format(max_retries="max_retries")
    deprecation: str = ""  # the DeprecationWarning's text, for a deprecated operation


def _keyword(parameter: Parameter, *, paging_defaults: bool) -> str:
    if parameter.required:
        return f"{parameter.python_name}: {parameter.annotation}"
    if paging_defaults and parameter.wire_name in PAGING_DEFAULTS:
        return f"{parameter.python_name}: int = {PAGING_DEFAULTS[parameter.wire_name]}"
    return f"{parameter.python_name}: {parameter.annotation} | None = None"


def _body_annotation(method: Method) -> str:
    if method.body_model:
        return f"{method.body_model} | {method.body_model}Dict"
    return "dict[str, Any]"


def _docstring(method: Method, indent: str) -> str:
    paragraphs = [method.summary or method.operation_id]
    if method.description and method.description != method.summary:
        paragraphs.append(method.description)
    paragraphs.append(f"``{method.http_method} {method.path}`` ({method.operation_id}).")
    width = DOC_WIDTH - len(indent)
    lines: list[str] = []
    for paragraph in paragraphs:
        text = paragraph.replace("\\", "\\\\").replace('"""', r"\"\"\"")
        lines.extend(textwrap.wrap(text, width) or [""])
        lines.append("")
    body = "\n".join(f"{indent}{line}" if line else "" for line in lines[:-1])
    return body.strip()


def _path_expression(method: Method) -> str:
    path = method.path
    for parameter in method.path_parameters:
        call = f"path_segment('{parameter.python_name}', {parameter.python_name})"
        path = path.replace(f"{{{parameter.wire_name}}}", f"{{{call}}}")
    return f'f"{path}"' if method.path_parameters else f'"{path}"'


MULTIPART = "multipart/form-data"
_NAMED_OPERATION = re.compile(r"\b(GET|POST|PUT|PATCH|DELETE) (/[^\s`'\")]+)|\b(\w+Controller_\w+)")


def bounds_name(method: Method) -> str:
    return f"_QUERY_BOUNDS_{method.name.upper()}"


def query_bounds(method: Method) -> dict[str, dict[str, object]]:
    return {p.wire_name: dict(p.bounds) for p in method.query_parameters if p.bounds}


def deprecation_text(method: Method, resource: Resource, resources: list[Resource]) -> str:
    """What a deprecated method warns: itself, and the replacement its description names
    (an operation as ``POST /path`` or by operationId), as a ``FinalPOS`` method."""
    if not method.deprecated:
        return ""
    text = f"FinalPOS.{resource.attribute}.{method.name} is deprecated by the API"
    for match in _NAMED_OPERATION.finditer(method.description):
        verb, path, operation_id = match.groups()
        for other in resources:
            for candidate in other.operations:
                same = (candidate.http_method, candidate.path) == (verb, path) or (
                    candidate.operation_id == operation_id
                )
                if same and candidate is not method:
                    replacement = f"FinalPOS.{other.attribute}.{candidate.name}"
                    return f"{text}: use {replacement} ({candidate.http_method} {candidate.path})"
    return text


def method_view(
    method: Method,
    resource: Resource,
    resources: list[Resource] | None = None,
    checked_models: frozenset[str] = frozenset(),
) -> MethodView:
    positional = [f"{p.python_name}: {p.annotation}" for p in method.path_parameters]
    if method.has_body:
        positional.append(f"body: {_body_annotation(method)}")
    keywords = [_keyword(p, paging_defaults=method.paginated) for p in method.query_parameters]
    signature = ", ".join(["self", *positional, "*", *keywords, CALL_OPTIONS])
    params = ", ".join(f'"{p.wire_name}": {p.python_name}' for p in method.query_parameters)
    max_retries_expression = "max_retries"
    if not method.has_body:
        json_expression = "None"
    elif method.content_type == MULTIPART and method.body_model:
        binary = ", ".join(repr(name) for name in method.binary_fields)
        # Named in the call, so that an upload that cannot be resent is never retried.
        model = f"_models.{method.body_model}"
        json_expression = f"(upload := multipart_body(body, {model}, frozenset({{{binary}}})))"
        max_retries_expression = "max_retries if upload.resendable else 0"
    elif method.body_model:
        # Through the lazy models package: a body's model is imported on its first call.
        json_expression = f"body_json(body, _models.{method.body_model})"
        if method.body_model in checked_models:  # enum or bounded fields: a model is checked
            json_expression = f"body_json(body, _models.{method.body_model}, checked=True)"
    else:
        json_expression = "body"
    filters = [_keyword(p, paging_defaults=False) for p in method.filter_parameters]
    iterate_signature = ", ".join(
        [
            "self",
            *[f"{p.python_name}: {p.annotation}" for p in method.path_parameters],
            "*",
            *filters,
            f"page_size: int = {DEFAULT_PAGE_SIZE}",
            CALL_OPTIONS,
        ]
    )
    # ``iterate`` starts at the first record, in pages of ``page_size``.
    first_page = {"skip": "0", "limit": "page_size"}
    iterate_params = ", ".join(
        f'"{p.wire_name}": {first_page.get(p.wire_name, p.python_name)}'
        for p in method.query_parameters
    )
    returns = method.returns
    item_type = str(returns.model) if returns.kind == "model_list" else "Any"
    params_expression = f"{{{params}}}" if params else "None"
    iterate_params_expression = f"{{{iterate_params}}}"
    if query_bounds(method):
        label = f"{resource.attribute}.{method.name}"
        params_expression = f"checked_query({label!r}, {bounds_name(method)}, {params_expression})"
        iterate_params_expression = (
            f"checked_query({label!r}, {bounds_name(method)}, {iterate_params_expression})"
        )
    return MethodView(
        name=method.name,
        signature=signature,
        returns=returns.annotation,
        item_type=item_type,
        docstring=_docstring(method, " " * 8),
        http_method=method.http_method,
        path_expression=_path_expression(method),
        params_expression=params_expression,
        json_expression=json_expression,
        parser_name=f"_parse_{method.name}",
        operation_id=method.operation_id,
        iterate_signature=iterate_signature,
        iterate_params_expression=iterate_params_expression,
        paginated=method.paginated,
        page_type=f"Page[{item_type}]",
        item_parser=f"{returns.model}.from_dict" if returns.kind == "model_list" else "json_item",
        max_retries_expression=max_retries_expression,
        options_expression=OPTIONS_EXPRESSION.format(max_retries=max_retries_expression),
        deprecation=deprecation_text(method, resource, resources or []),
    )


def doc_signature(method: Method) -> str:
    """The parameters a user writes, for ``api.md`` (no ``self``, no per-call options)."""
    positional = [f"{p.python_name}: {p.annotation}" for p in method.path_parameters]
    if method.has_body:
        positional.append(f"body: {_body_annotation(method)}")
    keywords = [_keyword(p, paging_defaults=method.paginated) for p in method.query_parameters]
    return ", ".join([*positional, *(["*", *keywords] if keywords else [])])


def doc_iterate_signature(method: Method) -> str:
    positional = [f"{p.python_name}: {p.annotation}" for p in method.path_parameters]
    filters = [_keyword(p, paging_defaults=False) for p in method.filter_parameters]
    return ", ".join([*positional, "*", *filters, f"page_size: int = {DEFAULT_PAGE_SIZE}"])


def doc_returns(method: Method) -> str:
    returns = method.returns
    if method.paginated:
        return f"Page[{returns.model or 'Any'}]"
    return returns.annotation.removeprefix("builtins.")


def _parser_expression(method: Method, resource: Resource) -> str:
    label = f"{resource.attribute}.{method.name} ({method.operation_id})"
    kind, model = method.returns.kind, method.returns.model
    if kind == "model":
        return f"model_parser({model}, {label!r})"
    if kind == "optional_model":
        return f"optional_model_parser({model}, {label!r})"
    if kind == "model_list":
        return f"model_list_parser({model}, {label!r})"
    if kind == "json_list":
        return f"json_list_parser({label!r})"
    return f"json_parser({label!r})"


def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )


def _resource_module(
    environment: jinja2.Environment,
    resource: Resource,
    resources: list[Resource],
    checked_models: frozenset[str],
) -> str:
    views = [method_view(m, resource, resources, checked_models) for m in resource.operations]
    parsers = [
        (view.parser_name, _parser_expression(method, resource))
        for view, method in zip(views, resource.operations, strict=True)
    ]
    # Module constants beside the parsers: each method's documented query bounds.
    parsers += [
        (bounds_name(method), repr(query_bounds(method)))
        for method in resource.operations
        if query_bounds(method)
    ]
    # Response models are imported with the module (its parsers hold them); body models only
    # for type checkers, and at run time on a body's first call (``_models.<Name>``).
    models = sorted({m.returns.model for m in resource.operations if m.returns.model})
    body_models = sorted({m.body_model for m in resource.operations if m.body_model})
    body_dicts = [f"{name}Dict" for name in body_models]
    context = {
        "resource": resource,
        "views": views,
        "parsers": parsers,
        "models": models,
        "body_models": body_models,
        "typing_models": [name for name in body_models if name not in models],
        "body_dicts": body_dicts,
    }
    return environment.get_template("resources/resource.py.jinja").render(context)


def render(spec: dict[str, Any] | SpecModel) -> dict[str, str]:
    """``resources/<name>.py`` per resource, ``resources/__init__.py``, ``_client.py``,
    ``__init__.py``, ``params.py`` and ``_body_shapes.py`` (dict bodies) and ``api.md``
    (every method, for readers) for the patched description."""
    model = spec if isinstance(spec, SpecModel) else SpecModel.parse(spec)
    resources = collect_resources(model)
    shapes = collect_shapes(model, resources)
    shape_names = {shape.model for shape in shapes}
    checked = frozenset(shape.model for shape in shapes if shape.checked)
    environment = _environment()
    context = {
        "resources": resources,
        "title": model.title or "the API",
        "version": model.version,
        "shapes": shapes,
        "annotation": lambda kind: annotation(kind, shape_names),
        "doc_signature": doc_signature,
        "doc_returns": doc_returns,
        "doc_iterate_signature": doc_iterate_signature,
        "summary": lambda m: " ".join((m.summary or m.operation_id).split()),
    }
    files = {
        name: environment.get_template(f"{name}.jinja").render(context)
        for name in (
            "resources/__init__.py",
            "_client.py",
            "__init__.py",
            "params.py",
            "_body_shapes.py",
            "api.md",
        )
    }
    for resource in resources:
        files[f"resources/{resource.attribute}.py"] = _resource_module(
            environment, resource, resources, checked
        )
    return files
