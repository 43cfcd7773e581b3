"""Extraction on a Dask cluster: ``dipgraph ingest --scheduler tcp://HOST:8786``.

The parent process reads the articles and stores the records, as in a local run; the
parsing and reading of pieces goes to the cluster's workers (:func:`connect`), each of which
loads the spaCy pipeline once, when it joins, and keeps it. Every worker must have dipgraph
(and the pipeline) installed: ``pip install 'dipgraph[dask]'``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from extract.errors import DipgraphError, ModelError, first_line

if TYPE_CHECKING:
    from distributed import Client, Future

T = TypeVar("T")

CONNECT_SECONDS = 20  # how long to wait for the scheduler to answer


class ClusterError(DipgraphError):
    """A Dask scheduler that cannot be reached or used."""


def connect(scheduler: str, model: str) -> Client:
    """A client of the Dask scheduler at ``scheduler``, whose workers (those there now and any
    that join later) have loaded ``model``. Raises :class:`ClusterError` or
    :class:`~extract.errors.ModelError` with what to do."""
    try:
        from distributed import Client, WorkerPlugin
    except ImportError:
        raise ClusterError(
            "--scheduler needs Dask distributed; install it with pip install 'dipgraph[dask]'"
        ) from None

    class LoadModel(WorkerPlugin):  # type: ignore[misc]  # Dask is untyped to us
        """Load the pipeline (and the tables extraction reads) when a worker starts."""

        name = f"dipgraph-{model}"

        def setup(self, worker: Any) -> None:
            from extract.pipeline import warm_up

            warm_up(model)

    try:
        client = Client(scheduler, timeout=CONNECT_SECONDS)
    except (OSError, TimeoutError, ValueError) as error:
        raise ClusterError(
            f"cannot reach the Dask scheduler at {scheduler} ({first_line(error)}); "
            f"start one with `dask scheduler` and `dask worker`, or check the address"
        ) from None
    try:
        client.register_plugin(LoadModel())
    except ModelError as error:
        client.close()
        raise ModelError(f"on the Dask workers: {error}") from None
    except Exception as error:
        client.close()
        raise ClusterError(
            f"the Dask workers at {scheduler} cannot extract ({type(error).__name__}: "
            f"{first_line(error)}); "
            f"install dipgraph and its spaCy pipeline on every worker"
        ) from None
    if not client.nthreads():
        client.close()
        raise ClusterError(f"the Dask scheduler at {scheduler} has no workers; start some with `dask worker`")
    return client


class Cluster:
    """A connection to a Dask scheduler, to run tasks on its workers; see :func:`connect`."""

    def __init__(self, scheduler: str, model: str) -> None:
        self.scheduler = scheduler
        self.client = connect(scheduler, model)

    @property
    def threads(self) -> int:
        """How many tasks the cluster's workers run at once."""
        return max(1, int(sum(self.client.nthreads().values())))

    def submit(self, task: Callable[..., T], *args: Any) -> Remote[T]:
        """Run ``task(*args)`` on a worker; even the same arguments twice run twice."""
        return Remote(self, self.client.submit(task, *args, pure=False))

    def lost(self, error: BaseException) -> ClusterError:
        """The error to report when the cluster fails a task or goes away."""
        if isinstance(error, DipgraphError):
            return ClusterError(f"on the Dask workers: {error}")
        return ClusterError(
            f"lost the Dask cluster at {self.scheduler} ({type(error).__name__}: "
            f"{first_line(error)}); every document "
            f"stored so far is kept: run the same command again to go on"
        )

    def close(self) -> None:
        self.client.close()


class Remote(Generic[T]):
    """A task running on the cluster."""

    def __init__(self, cluster: Cluster, future: Future) -> None:
        self.cluster, self.future = cluster, future

    def result(self) -> T:
        """The task's result, once it has one; :class:`ClusterError` if it cannot have one."""
        try:
            return self.future.result()  # type: ignore[no-any-return]
        except Exception as error:
            raise self.cluster.lost(error) from None
