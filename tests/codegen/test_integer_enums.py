"""Integer enums (``type: integer, enum: [1, 2, 3]``) outlive the SDK's release as string enums
do: a value the vendor added later is kept as the raw ``int`` (fields typed ``TheEnum | int``,
lists ``list[TheEnum | int]``), written back as it came, and a request still refuses a value
outside the enum before sending. Regenerated from a scratch description, used in a child
Python and type-checked there (``mypy --strict``)."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

from .bump_variants import SCHEMA_REF, current
from .conftest import RunPipeline, run_beside_package
from .construct_variants import enums

USE = """
    import httpx

    from final_pos_client._core._request_body import body_json
    from final_pos_client._core._response_parsing import model_list_parser, model_parser
    from final_pos_client.errors import ValidationError
    from final_pos_client.models import (
        CreateStationDto,
        StationPriority,
        StationResponseDto,
        StationStatus,
    )
    from final_pos_client.types import Unset

    wire = {"id": "s1", "priority": 7, "levels": [2, 9], "statuses": ["BUSY", "PAUSED"]}
    answer = httpx.Response(200, json=wire)
    listed = httpx.Response(200, json=[wire, wire])
    read = [
        StationResponseDto.from_dict(wire),
        model_parser(StationResponseDto, "get")(answer),
        *model_list_parser(StationResponseDto, "list")(listed),
    ]
    for station in read:
        assert not isinstance(station.priority, Unset)
        assert not isinstance(station.levels, Unset) and not isinstance(station.statuses, Unset)
        priority: StationPriority | int = station.priority
        levels: list[StationPriority | int] = station.levels
        statuses: list[StationStatus | str] = station.statuses
        assert priority == 7 and type(priority) is int, priority
        assert levels == [StationPriority.VALUE_2, 9] and type(levels[1]) is int, levels
        assert levels[0] is StationPriority.VALUE_2
        assert statuses == [StationStatus.BUSY, "PAUSED"], statuses
        assert station.to_dict() == wire  # written back as it came

    known = StationResponseDto.from_dict({"id": "s2", "priority": 3})
    assert known.priority is StationPriority.VALUE_3
    for not_a_member in ("7", True, 1.5):
        try:
            StationResponseDto.from_dict({"id": "s3", "priority": not_a_member})
        except ValueError:
            pass
        else:
            raise AssertionError(f"{not_a_member!r} was read as a priority")

    refused = []
    for body in (
        CreateStationDto(name="Till", outlet_id="o1", status="BUSY", priority=7),
        {"name": "Till", "outletId": "o1", "status": "BUSY", "priority": True},
        {"name": "Till", "outletId": "o1", "status": "BUSY", "priority": 2, "levels": [1, 4]},
    ):
        try:
            body_json(body, CreateStationDto, checked=True)
        except ValidationError as error:
            refused.append(str(error))
    sent = body_json(
        CreateStationDto(
            name="Till", outlet_id="o1", status=StationStatus.BUSY, priority=StationPriority.VALUE_2
        ),
        CreateStationDto,
        checked=True,
    )
    assert sent["priority"] == 2 and type(sent["priority"]) is int, sent
    print(json.dumps(refused))
"""


def _with_integer_enums() -> str:
    """The description with the construct variants' enums (the integer enum ``StationPriority``
    here required when creating a station) and lists of both enums."""
    spec = current()
    enums(spec)
    schemas = spec["components"]["schemas"]
    for name in ("CreateStationDto", "UpdateStationDto", "StationResponseDto"):
        properties = schemas[name]["properties"]
        properties["levels"] = {"type": "array", "items": {"$ref": SCHEMA_REF + "StationPriority"}}
        properties["statuses"] = {"type": "array", "items": {"$ref": SCHEMA_REF + "StationStatus"}}
    schemas["CreateStationDto"]["required"].append("priority")
    return json.dumps(spec)


def test_an_unknown_integer_enum_value_is_kept_typed_and_refused_in_requests(
    tmp_path: Path, run_pipeline: RunPipeline
) -> None:
    candidate = tmp_path / "candidate.json"
    candidate.write_text(_with_integer_enums(), encoding="utf-8")
    assert run_pipeline(tmp_path, spec=candidate).exit_code == 0
    script = tmp_path / "use_integer_enums.py"
    script.write_text("import json\n" + textwrap.dedent(USE), encoding="utf-8")

    ran = run_beside_package(script)
    assert ran.returncode == 0, ran.stderr[-3000:]
    assert json.loads(ran.stdout) == [
        "CreateStationDto.priority: 7 is not one of [1, 2, 3]",
        "CreateStationDto.priority: True is not one of [1, 2, 3]",
        "CreateStationDto.levels[1]: 4 is not one of [1, 2, 3]",
    ]
    typed = run_beside_package(script, type_check=True)
    assert typed.returncode == 0, typed.stdout[-3000:]
