"""Exported documents follow the schema of their version, checked by a real
JSON Schema validator (jsonschema, Draft 2020-12, with format checks):
resources/schema/report.schema.json (version 1) and report.schema.v2.json."""

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from jsonschema import Draft202012Validator

from itadesk import exchange
from tests.generate import clusters_report
from tests.test_exchange import documents

SCHEMA_PATH = Path(__file__).resolve().parents[1] / "resources" / "schema" / "report.schema.json"
SCHEMA_V2_PATH = SCHEMA_PATH.with_name("report.schema.v2.json")


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)  # the schema file is itself a valid schema
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def _errors(validator, doc) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(doc)]


def test_the_sample_file_follows_the_schema(validator, sample_path):
    assert _errors(validator, json.loads(sample_path.read_text(encoding="utf-8"))) == []


def test_the_exported_sample_follows_the_schema(validator, sample_report):
    assert _errors(validator, json.loads(exchange.dumps_report(sample_report))) == []


def test_an_exported_database_report_follows_the_schema(validator, sample_db):
    org = sample_db.organizations()[0]
    report = sample_db.load_report(org.id, sample_db.years(org.id)[-1])
    assert _errors(validator, json.loads(exchange.dumps_report(report))) == []


def test_a_long_generated_report_follows_the_schema(validator):
    assert _errors(validator, json.loads(exchange.dumps_report(clusters_report(8)))) == []


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_generated_documents_exported_follow_the_schema(doc):
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    checker = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    exported = json.loads(exchange.dumps_report(exchange.parse_report(doc)))
    assert _errors(checker, exported) == []


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d.update(format="something-else"),
        lambda d: d.update(surprise=1),
        lambda d: d.pop("measures"),
        lambda d: d["measures"][0].update(period_end="2025-02-30"),
    ],
    ids=["format", "unknown field", "no measures", "no such day"],
)
def test_the_validator_is_not_vacuous(validator, sample_report, change):
    doc = json.loads(exchange.dumps_report(sample_report))
    change(doc)
    assert _errors(validator, doc)


# --- version 2 -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def validator_v2() -> Draft202012Validator:
    schema = json.loads(SCHEMA_V2_PATH.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def test_a_version_2_export_follows_the_version_2_schema_only(validator, validator_v2, sample_report):
    from tests.test_exchange import _v2_report

    doc = json.loads(exchange.dumps_report(_v2_report(sample_report)))
    assert doc["version"] == 2
    assert _errors(validator_v2, doc) == []
    assert _errors(validator, doc)  # not a version 1 document


def test_a_forced_version_2_export_follows_the_version_2_schema(validator_v2, sample_report):
    assert _errors(validator_v2, json.loads(exchange.dumps_report(sample_report, 2))) == []


def test_version_2_only_adds_to_version_1():
    """Every key of version 1 keeps its name and shape in version 2."""
    v1 = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    v2 = json.loads(SCHEMA_V2_PATH.read_text(encoding="utf-8"))
    assert v1["$id"] == "itadesk-report-v1"
    assert v2["required"] == v1["required"]
    for key, value in v1["properties"].items():
        if key == "version":
            continue
        if key == "organization":
            added = {
                k: v for k, v in v2["properties"][key]["properties"].items() if k not in value["properties"]
            }
            assert set(added) == {"budget_column"}
            assert {k: v for k, v in v2["properties"][key]["properties"].items() if k not in added} == value[
                "properties"
            ]
            continue
        assert v2["properties"][key] == value, key
    m1, m2 = v1["$defs"]["measure"], v2["$defs"]["measure"]
    assert {k: v for k, v in m2["properties"].items() if k not in ("budget", "follow_up", "photos")} == m1[
        "properties"
    ]
    assert m2["required"] == m1["required"]


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d.update(markers={"numbered": ["roman"]}),
        lambda d: d["measures"][0].update(budget="12,450"),
        lambda d: d.update(ita={"round": 1}),
        lambda d: d["measures"][0].update(photos=[{"type": "image/gif", "data": "R0lG"}]),
        lambda d: d["measures"][0].update(photos=[{"type": "image/jpeg", "data": "not base64!"}]),
    ],
    ids=["marker", "budget", "round", "photo type", "photo data"],
)
def test_the_version_2_validator_is_not_vacuous(validator_v2, sample_report, change):
    doc = json.loads(exchange.dumps_report(sample_report, 2))
    change(doc)
    assert _errors(validator_v2, doc)


def test_a_report_with_photos_follows_the_version_2_schema(validator_v2, sample_report):
    import io

    from PIL import Image

    from itadesk import photos
    from itadesk.model import Photo

    buf = io.BytesIO()
    Image.new("RGB", (64, 48), "green").save(buf, "PNG")
    sample_report.measures[0].photos = [
        Photo(photos.prepare(buf.getvalue()).data, "ประชุม", sample_report.measures[0].period_start)
    ]
    doc = json.loads(exchange.dumps_report(sample_report))
    assert doc["version"] == 2 and doc["measures"][0]["photos"][0]["type"] == "image/jpeg"
    assert _errors(validator_v2, doc) == []
