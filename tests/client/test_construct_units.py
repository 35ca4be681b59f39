"""Pure parts behind the bump constructs: enum fields keeping unknown values, the enum value
finder of the shape recorder and the upload file inputs (their behaviour through
``FinalPOS``: ``tests/codegen/constructs/``)."""

from __future__ import annotations

import io
import re
from enum import IntEnum, StrEnum
from pathlib import Path
from typing import Any

import pytest

from final_pos_client._core._enum_check import enum_fields, unknown_values
from final_pos_client._core._enums import enum_or_raw, enum_value
from final_pos_client._core._multipart import file_part, multipart_body
from final_pos_client._core.errors import ValidationError
from final_pos_client._core.spec_model import SpecModel

SPEC = SpecModel.parse(
    {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "components": {
            "schemas": {
                "Status": {"type": "string", "enum": ["OPEN", "CLOSED"]},
                "Lane": {"type": "integer", "enum": [1, 2]},
                "Till": {
                    "type": "object",
                    "properties": {
                        "status": {"$ref": "#/components/schemas/Status"},
                        "lane": {"$ref": "#/components/schemas/Lane"},
                        "tags": {"type": "array", "items": {"type": "string", "enum": ["a"]}},
                    },
                },
            }
        },
    }
)


def test_unknown_enum_values_are_found_where_the_description_lists_enums() -> None:
    fields = enum_fields(SPEC, SPEC.schemas["Till"], "$")
    body = {"status": "PAUSED", "tags": ["a", "b", "b"], "other": "PAUSED"}

    found = [(f.pointer, detail) for f, detail in unknown_values(body, fields)]

    assert found == [("/status", "PAUSED"), ("/tags/*", "b"), ("/tags/*", "b")]
    assert [f.target for f in fields] == [
        "$.components.schemas['Status'].enum",
        "$.components.schemas['Lane'].enum",
        "$.properties['tags'].items.enum",
    ]


def test_unknown_integer_enum_values_are_found_as_integers() -> None:
    fields = enum_fields(SPEC, SPEC.schemas["Till"], "$")
    body = {"lane": 7, "status": "OPEN"}

    found = [(f.pointer, detail, f.json_type) for f, detail in unknown_values(body, fields)]

    assert found == [("/lane", "7", "integer")]
    assert [f.json_type for f in fields] == ["string", "integer", "string"]
    # Another JSON type at an enum's place is a type mismatch, not a new member.
    assert list(unknown_values({"lane": "7", "status": 7}, fields)) == []
    assert list(unknown_values({"lane": True}, fields)) == []


class Lane(IntEnum):
    ONE = 1


class Status(StrEnum):
    OPEN = "OPEN"


def test_an_enum_field_keeps_a_value_of_its_own_type_the_enum_does_not_know() -> None:
    assert enum_or_raw(Lane, 1) is Lane.ONE and enum_or_raw(Status, "OPEN") is Status.OPEN
    unknown_lane, unknown_status = enum_or_raw(Lane, 7), enum_or_raw(Status, "PAUSED")
    assert (unknown_lane, type(unknown_lane)) == (7, int)
    assert (unknown_status, type(unknown_status)) == ("PAUSED", str)
    assert [enum_value(v) for v in (Lane.ONE, 7, Status.OPEN, "PAUSED")] == [1, 7, "OPEN", "PAUSED"]


@pytest.mark.parametrize(
    ("enum_class", "value"), [(Lane, "7"), (Lane, True), (Lane, False), (Lane, 1.5), (Status, 7)]
)
def test_an_enum_field_refuses_a_value_of_another_type(enum_class: Any, value: object) -> None:
    with pytest.raises(ValueError, match="is not a valid"):
        enum_or_raw(enum_class, value)


def test_a_value_that_reads_as_text_is_never_stored() -> None:
    fields = enum_fields(SPEC, SPEC.schemas["Till"], "$")

    found = [detail for _, detail in unknown_values({"status": "Ada Lovelace"}, fields)]

    assert found == ["{value}"]


def test_a_file_input_is_bytes_a_binary_file_or_a_path(tmp_path: Path) -> None:
    path = tmp_path / "a.bin"
    path.write_bytes(b"xyz")
    seekable = io.BytesIO(b"__abc")
    seekable.seek(2)

    name, reader, resendable = file_part(path, "Upload.file")
    assert (name, reader.read(), resendable) == ("a.bin", b"xyz", True)
    name, reader, resendable = file_part(seekable, "Upload.file")
    assert (reader.read(), resendable) == (b"abc", True)
    reader.seek(0)  # what httpx does before sending again: from where the file stood
    assert reader.read() == b"abc"
    assert file_part(b"raw", "Upload.file") == (None, b"raw", True)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("no/such/file", "Upload.file: no file at 'no/such/file'"),
        (io.StringIO("text"), "Upload.file: open the file in binary mode ('rb')"),
        (3, "Upload.file: expected bytes, a binary file or a path, got int"),
    ],
)
def test_a_bad_file_input_is_refused_naming_the_field(value: object, message: str) -> None:
    with pytest.raises(ValidationError, match=f"^{re.escape(message)}$"):
        file_part(value, "Upload.file")


def test_a_multipart_body_is_its_model_or_a_dict_never_another_model() -> None:
    from final_pos_client.models import CreateCategoryDto, Customer

    parts = multipart_body({"name": "c", "description": "d"}, CreateCategoryDto, frozenset())
    assert parts is not None
    with pytest.raises(ValidationError, match=r"body must be a CreateCategoryDto.*got Customer"):
        multipart_body(Customer(id="c"), CreateCategoryDto, frozenset())
