"""examples/soegraph_tour.ipynb runs clean (nbclient) against the test Neo4j with the sample data."""

from __future__ import annotations

import json
import sys
import warnings
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "examples" / "soegraph_tour.ipynb"
SAMPLE_CORPUS = ROOT / "samples" / "corpus"


@pytest.fixture
def sample_graph(db):
    """The registries, then the sample corpus (as ``soegraph ingest samples/corpus`` does)."""
    from soegraph.loaders.registry import load_registries
    from soegraph.writer import GraphWriter

    stats = GraphWriter(db).write_many(load_registries().batches)
    assert not stats.errors
    try:
        from soegraph.loaders.commands import ingest_cmd
    except ImportError:  # the document pipeline is not there: the tour runs on the registries alone
        return db
    if SAMPLE_CORPUS.is_dir():
        try:
            ingest_cmd([SAMPLE_CORPUS], no_registries=True)
        except BaseException as exc:  # typer.Exit when a document failed; the tour still runs on what loaded
            if isinstance(exc, KeyboardInterrupt):
                raise
            warnings.warn(f"sample corpus ingestion reported a failure: {exc!r}")
    return db


@pytest.fixture
def kernel_name(tmp_path, monkeypatch):
    """A kernel spec for this very interpreter, so the notebook imports the soegraph under test."""
    spec_dir = tmp_path / "jupyter" / "kernels" / "soegraph-test"
    spec_dir.mkdir(parents=True)
    spec = {"argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
            "display_name": "soegraph test", "language": "python"}
    (spec_dir / "kernel.json").write_text(json.dumps(spec))
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    return "soegraph-test"


def test_notebook_is_stored_without_outputs():
    nbformat = pytest.importorskip("nbformat")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert len(code) >= 15
    assert all(not c.outputs and c.execution_count is None for c in code)


def test_notebook_runs_clean(sample_graph, kernel_name):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(nb, timeout=300, kernel_name=kernel_name,
                                     resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    client.execute()  # raises CellExecutionError on the first failing cell
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert not errors
    text = "\n".join(str(o.get("text") or (o.get("data") or {}).get("text/plain") or "")
                     for c in nb.cells if c.cell_type == "code" for o in c.outputs)
    assert "Zhang Yuzhuo" in text and "org:sasac" in text
    assert "close matches" in text and "read-only" in text
    html = "\n".join((o.get("data") or {}).get("text/html", "") for c in nb.cells if c.cell_type == "code" for o in c.outputs)
    assert "国务院国有资产监督管理委员会" in html  # the entity card
