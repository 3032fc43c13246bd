"""soegraph extract / eval / ingest through the real CLI (typer's CliRunner), on real files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from soegraph.cli import app

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
runner = CliRunner()


def invoke(*args):
    return runner.invoke(app, list(args))


def test_extract_json_lines_contract():
    res = invoke("extract", str(SAMPLES / "corpus"), "--json")
    assert res.exit_code == 0, res.output
    lines = [json.loads(line) for line in res.stdout.splitlines() if line.strip()]
    assert len(lines) == len(list((SAMPLES / "corpus").glob("*.txt"))) + 2  # + .md + .html
    for obj in lines:
        assert set(obj) == {"document", "entities", "relations"}
        assert obj["document"]["id"].startswith("sha256:")
    ids = {e["id"] for obj in lines for e in obj["entities"]}
    assert {"org:sasac", "person:zhang-yuzhuo", "org:china-baowu"} <= ids


def test_extract_table_summary():
    res = invoke("extract", str(SAMPLES / "corpus" / "en-china-baowu-2016.txt"))
    assert res.exit_code == 0, res.output
    assert "MERGED_INTO" in res.stdout and "1 documents extracted, 0 failed" in res.stdout


def test_extract_bad_files_exit_1_and_rest_goes_on(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "good.txt").write_text("Zhang Yuzhuo, Director of SASAC, spoke.", encoding="utf-8")
    (tmp_path / "cut.pdf").write_bytes(b"%PDF-1.4\n1 0 obj <<")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    res = invoke("extract", str(tmp_path), "--json")
    assert res.exit_code == 1
    out = [json.loads(x) for x in res.stdout.splitlines() if x.startswith("{")]
    assert len(out) == 1 and out[0]["relations"][0]["type"] == "HOLDS_POSITION"
    assert f"{tmp_path / 'empty.txt'}: empty file" in res.stderr
    assert "cut.pdf" in res.stderr and "notes.docx" in res.stderr and "skipped" in res.stderr


def test_extract_with_two_workers_prints_what_one_prints(tmp_path):
    """--jobs 2 extracts in worker processes: same lines in the same order, same errors, same exit code."""
    for src in (SAMPLES / "corpus").iterdir():
        (tmp_path / src.name).write_bytes(src.read_bytes())
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "nul.txt").write_bytes(b"abc\x00def")
    one, two = invoke("extract", str(tmp_path), "--json"), invoke("extract", str(tmp_path), "--json", "--jobs", "2")
    assert one.exit_code == two.exit_code == 1, two.output
    assert two.stdout == one.stdout and len(two.stdout.splitlines()) == len(list((SAMPLES / "corpus").glob("*.txt"))) + 2
    assert two.stderr == one.stderr and "empty.txt: empty file" in two.stderr


def test_extract_rejects_negative_jobs():
    res = invoke("extract", str(SAMPLES / "corpus"), "--jobs", "-1")
    assert res.exit_code != 0 and "--jobs" in res.output and "Traceback" not in res.output


def test_eval_on_samples():
    res = invoke("eval", str(SAMPLES / "eval"), "--details")
    assert res.exit_code == 0, res.output
    assert "micro-average" in res.stdout and "entities: P" in res.stdout
    res = invoke("eval", str(SAMPLES / "eval"), "--json")
    rep = json.loads(res.stdout)
    assert rep["entities"]["f1"] >= 0.9 and rep["relations"]["f1"] >= 0.8


def test_eval_missing_document_fails(tmp_path):
    g = tmp_path / "eval" / "x.gold.json"
    g.parent.mkdir()
    g.write_text(json.dumps({"document": "does-not-exist.txt", "entities": [], "relations": []}))
    res = invoke("eval", str(g), "--corpus", str(tmp_path))
    assert res.exit_code == 1 and "not found" in res.stderr


def test_help_on_every_option():
    for cmd in ("extract", "eval", "ingest"):
        res = invoke(cmd, "--help")
        assert res.exit_code == 0 and "Usage" in res.stdout


def test_ingest_samples_into_neo4j(db, tmp_path):
    """Ingest loads the registries first, writes documents; a failed document writes nothing."""
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    res = invoke("ingest", str(SAMPLES / "corpus"), str(bad))
    assert res.exit_code == 1, res.output
    assert "registries loaded" in res.stdout and "documents: 10 loaded" in res.stdout
    assert "empty.txt: empty file" in res.stderr
    assert db.read("MATCH (p:Person {id: 'person:zhang-yuzhuo'}) RETURN count(p) AS n")[0]["n"] == 1
    docs = db.read("MATCH (d:Document) WHERE d.path ENDS WITH 'empty.txt' RETURN count(d) AS n")
    assert docs[0]["n"] == 0
    res2 = invoke("ingest", str(SAMPLES / "corpus"))
    assert res2.exit_code == 0, res2.output
    assert "10 unchanged" in res2.stdout


def test_ingest_writes_and_counts_the_same_whatever_the_group_size(db, monkeypatch):
    """Documents are written many per transaction; one per transaction gives the same graph and summary."""
    from soegraph import export
    from soegraph.loaders import commands

    results = []
    for group in (1, commands.INGEST_GROUP):
        db.write("MATCH (n) DETACH DELETE n")
        monkeypatch.setattr(commands, "INGEST_GROUP", group)
        res = invoke("ingest", str(SAMPLES / "corpus"))
        assert res.exit_code == 0, res.output
        summary = [line for line in res.stdout.splitlines() if line.startswith(("documents:", "entities:"))]
        results.append((summary, export.snapshot(db)))
    assert results[0][0] == results[1][0] and "documents: 10 loaded" in results[0][0][0]
    assert results[0][1] == results[1][1]


def test_ingest_with_two_workers_writes_the_same_graph(db):
    """ingest --jobs 2 extracts in worker processes; the graph and the summary are those of --jobs 1."""
    from soegraph import export

    results = []
    for jobs in ("1", "2"):
        db.write("MATCH (n) DETACH DELETE n")
        res = invoke("ingest", str(SAMPLES / "corpus"), "--jobs", jobs)
        assert res.exit_code == 0, res.output
        summary = [line for line in res.stdout.splitlines() if line.startswith(("documents:", "entities:"))]
        results.append((summary, export.snapshot(db)))
    assert results[0] == results[1]
