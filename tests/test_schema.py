"""Exported documents follow resources/schema/report.schema.json, checked by a
real JSON Schema validator (jsonschema, Draft 2020-12, with format checks)."""

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from jsonschema import Draft202012Validator

from itadesk import exchange
from tests.generate import clusters_report
from tests.test_exchange import documents

SCHEMA_PATH = Path(__file__).resolve().parents[1] / "resources" / "schema" / "report.schema.json"


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
