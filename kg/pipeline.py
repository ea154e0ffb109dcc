"""The library API of a build: sources -> documents -> spaCy -> extraction -> graph -> files.

Everything the CLI's ``kg build`` and ``kg extract`` do is here, callable from a notebook.

A build streams: documents are read one at a time, sent in chunks to an executor
(this process, ``workers`` local processes, or a Dask cluster; see :mod:`kg.executors`),
and each document's result is stored as a shard in ``OUT/.cache/shards`` (see
:mod:`kg.shards`) before it is merged into the graph. Results are consumed in input
order, so the outputs never depend on which worker finished first. A re-run extracts
only documents without a shard; a killed build resumes where it stopped.
"""

from __future__ import annotations

import importlib.util
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import ConfigError, InputError, ModelNotFoundError, msg
from kg.ingest import DEFAULT_MAX_DOC_CHARS, iter_paths, read_sources
from kg.model import KnowledgeGraph
from kg.nlp import DEFAULT_MODEL
from kg.nlp.limits import DEFAULT_MAX_SENTENCE_CHARS
from kg.types import DocResult, Document

__all__ = [
    "DEFAULT_FORMATS",
    "CACHE_DIR",
    "BuildReport",
    "default_sources",
    "iter_documents",
    "count_documents",
    "extract",
    "extract_results",
    "build",
]

#: Files written by ``kg build`` (besides ``graph.html``).
DEFAULT_FORMATS = ("turtle", "trig", "nquads", "ntriples", "json-ld", "jsonl")
#: The build's cache folder inside the output folder (shards live in ``CACHE_DIR/shards``).
CACHE_DIR = ".cache"
#: Documents per chunk sent to a worker (a chunk also closes at ``_CHUNK_CHARS`` characters).
_CHUNK_DOCS = 16
_CHUNK_CHARS = 60_000

ProgressFn = Callable[[int, Document | None], None]


def default_sources() -> list[Path]:
    """``seeds/`` in the working directory, else the ``seeds/`` folder shipped beside the package."""
    here = Path("seeds")
    if here.is_dir():
        return [here]
    return [Path(__file__).resolve().parent.parent / "seeds"]


@dataclass
class BuildReport:
    """What a build produced: the graph, the files written, and every input it skipped (with why).

    ``extracted`` documents went through spaCy in this run; ``cached`` ones were read
    back from their shards.
    """

    graph: KnowledgeGraph
    outputs: dict[str, Path] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    extracted: int = 0
    cached: int = 0
    seconds: float = 0.0
    executor: str = "local"
    workers: int = 1
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def n_documents(self) -> int:
        return len(self.graph.documents)


def iter_documents(
    sources: Iterable[str | Path],
    *,
    max_doc_chars: int = DEFAULT_MAX_DOC_CHARS,
    errors: list[str] | None = None,
) -> Iterator[Document]:
    """Documents of ``sources``; unreadable inputs are appended to ``errors`` (or raised when it is None)."""
    for item in read_sources(sources, max_doc_chars=max_doc_chars):
        if isinstance(item, InputError):
            if errors is None:
                raise item
            errors.append(str(item))
        else:
            yield item


def count_documents(sources: Iterable[str | Path] | None = None) -> int:
    """A fast estimate of how many documents ``sources`` hold (for progress bars and ETAs).

    Counts input files, and non-blank lines of JSON Lines files, without parsing them.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "a.txt").write_text("One.")
    >>> _ = (d / "b.jsonl").write_text('{"text": "x"}\\n\\n{"text": "y"}\\n')
    >>> count_documents([d])
    3
    """
    n = 0
    for p in iter_paths(sources or default_sources()):
        if isinstance(p, InputError):
            continue
        if p.suffix.lower() == ".jsonl":
            try:
                with p.open("rb") as fh:
                    n += sum(1 for line in fh if line.strip())
            except OSError:
                n += 1
        else:
            n += 1
    return n


def _check_model(model: str) -> None:
    # Cheap check in the parent process, so a typo fails before any worker starts.
    if importlib.util.find_spec(model) is None and not Path(model).exists():
        raise ModelNotFoundError(msg("E010", name=model))


def _stream(
    documents: Iterable[Document],
    *,
    task: Any,
    executor: str,
    workers: int | None,
    scheduler: str | None,
    cache: Any,
    stats: dict[str, Any],
) -> Iterator[tuple[Document, DocResult | str]]:
    """``(document, result or error message)`` for every document, in input order.

    Cached documents are loaded from their shards; the others are sent in chunks to the
    executor, at most a few chunks per worker in flight (so memory stays bounded however
    long the input is), and their shards are written as results come back.
    """
    from kg.executors import make_executor

    pending: deque[list[Any]] = deque()  # ["hit", doc, key] | ["chunk", docs, keys, future]
    current: list[Any] | None = None
    state: dict[str, Any] = {"ex": None, "in_flight": 0, "window": 4, "docs": 0, "exhausted": False}

    def ensure_executor() -> Any:
        if state["ex"] is None:
            n = workers if workers is not None else _auto_workers(state["exhausted"])
            state["ex"] = make_executor(executor, task, workers=n, scheduler=scheduler)
            stats["workers"] = state["ex"].workers
            state["window"] = 2 * state["ex"].workers + 2
        return state["ex"]

    def submit(entry: list[Any]) -> None:
        entry[3] = ensure_executor().submit(entry[1])
        state["in_flight"] += 1

    def drain() -> Iterator[tuple[Document, DocResult | str]]:
        nonlocal current
        entry = pending.popleft()
        if entry[0] == "hit":
            _, doc, key = entry
            result = cache.get(key, doc)
            if result is not None:
                state["docs"] -= 1
                stats["cached"] += 1
                yield doc, result
                return
            entry = ["chunk", [doc], [key], None]  # unreadable shard: extract again
        if entry is current:
            current = None
        if entry[3] is None:
            submit(entry)
        chunk_result = entry[3].result()
        state["in_flight"] -= 1
        state["docs"] -= len(entry[1])
        for doc, key, (ok, text) in zip(entry[1], entry[2], chunk_result, strict=True):
            if not ok:
                yield doc, text
                continue
            if cache is not None:
                cache.put(key, text)
            stats["extracted"] += 1
            from kg.shards import load_result

            yield doc, load_result(text)

    max_docs = 8 * _CHUNK_DOCS
    ok = False
    try:
        for doc in documents:
            key = cache.key(doc) if cache is not None else None
            state["docs"] += 1
            if key is not None and cache.has(key):
                pending.append(["hit", doc, key])
            else:
                if current is None:
                    current = ["chunk", [], [], None, 0]
                    pending.append(current)
                current[1].append(doc)
                current[2].append(key)
                current[4] += len(doc.text)
                if len(current[1]) >= _CHUNK_DOCS or current[4] >= _CHUNK_CHARS:
                    submit(current)
                    current = None
            while pending and (
                state["in_flight"] > state["window"] or state["docs"] > max_docs + _CHUNK_DOCS
            ):
                yield from drain()
        state["exhausted"] = True
        while pending:
            yield from drain()
        ok = True
    finally:
        if state["ex"] is not None:
            state["ex"].close(abort=not ok)


def _auto_workers(input_exhausted: bool) -> int:
    # A whole input that fits in one chunk is not worth starting processes for.
    from kg.executors import default_workers

    return 1 if input_exhausted else default_workers()


def _results(
    sources: Iterable[str | Path] | None,
    *,
    model: str,
    max_doc_chars: int,
    max_sentence_chars: int,
    strict: bool,
    errors: list[str],
    progress: ProgressFn | None,
    workers: int | None,
    executor: str,
    scheduler: str | None,
    cache_dir: Path | None,
    extract_fn: Callable[..., Iterable[DocResult]] | None,
    extractor_version: str | None,
    stats: dict[str, Any],
) -> Iterator[DocResult]:
    from kg.executors import EXECUTORS, ExtractionTask

    if executor not in EXECUTORS:
        raise ConfigError(msg("E053", name=executor, valid=", ".join(EXECUTORS)))
    if workers is not None and workers < 1:
        raise ConfigError(msg("E054", n=workers))
    _check_model(model)
    msc = DEFAULT_MAX_SENTENCE_CHARS if max_sentence_chars is None else int(max_sentence_chars)
    task = ExtractionTask(model, msc, extract_fn, extractor_version)
    cache = None
    if cache_dir is not None:
        from kg.shards import ShardCache, build_fingerprint, code_fingerprint

        code = code_fingerprint(model) if extract_fn is None else ""
        fp = build_fingerprint(
            extractor_version=task.extractor_version, model=model, max_sentence_chars=msc, code=code
        )
        cache = ShardCache(cache_dir, fp)
    docs = iter_documents(
        sources or default_sources(), max_doc_chars=max_doc_chars, errors=None if strict else errors
    )
    stream = _stream(
        docs, task=task, executor=executor, workers=workers, scheduler=scheduler, cache=cache, stats=stats
    )
    for i, (doc, result) in enumerate(stream, 1):
        if isinstance(result, str):
            if strict:
                raise InputError(result)
            errors.append(result)
        else:
            yield result
        if progress:
            progress(i, doc)


def extract(
    sources: Iterable[str | Path] | None = None,
    *,
    model: str = DEFAULT_MODEL,
    max_doc_chars: int = DEFAULT_MAX_DOC_CHARS,
    max_sentence_chars: int = DEFAULT_MAX_SENTENCE_CHARS,
    strict: bool = False,
    progress: ProgressFn | None = None,
    errors: list[str] | None = None,
    workers: int = 1,
) -> KnowledgeGraph:
    """Extract a :class:`~kg.model.KnowledgeGraph` from files or folders (default: the seed article).

    Unreadable inputs are skipped and listed in ``graph.warnings`` (``strict=True`` raises instead).
    Nothing is cached; see :func:`build` for cached, parallel builds.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
    >>> _ = p.write_text("Russia and China held a joint naval exercise in the Arabian Sea on Monday.")
    >>> g = extract([p])
    >>> sorted(e.label for e in g.entities.values() if e.type == "Country")
    ['China', 'Russia']
    """
    errs: list[str] = errors if errors is not None else []
    stats = {"extracted": 0, "cached": 0, "workers": 1}
    results = _results(
        sources,
        model=model,
        max_doc_chars=max_doc_chars,
        max_sentence_chars=max_sentence_chars,
        strict=strict,
        errors=errs,
        progress=progress,
        workers=workers,
        executor="local",
        scheduler=None,
        cache_dir=None,
        extract_fn=None,
        extractor_version=None,
        stats=stats,
    )
    graph = KnowledgeGraph.from_results(results)
    if errs:
        graph.warnings.extend(errs)
    return graph


def extract_results(
    sources: Iterable[str | Path],
    *,
    model: str = DEFAULT_MODEL,
    max_doc_chars: int = DEFAULT_MAX_DOC_CHARS,
    max_sentence_chars: int = DEFAULT_MAX_SENTENCE_CHARS,
) -> Iterator[DocResult | InputError]:
    """Stream one :class:`~kg.types.DocResult` per readable document, and errors for the rest."""
    from kg.extract import extract_doc
    from kg.nlp import admit_length, load_pipeline

    nlp = load_pipeline(model, max_sentence_chars)
    for item in read_sources(sources, max_doc_chars=max_doc_chars):
        if isinstance(item, InputError):
            yield item
        else:
            admit_length(nlp, len(item.text))
            yield extract_doc(nlp(item.text), item)


def build(
    sources: Iterable[str | Path] | None = None,
    out: str | Path = "out",
    *,
    model: str = DEFAULT_MODEL,
    formats: Iterable[str] = DEFAULT_FORMATS,
    html: bool = True,
    max_doc_chars: int = DEFAULT_MAX_DOC_CHARS,
    max_sentence_chars: int = DEFAULT_MAX_SENTENCE_CHARS,
    strict: bool = False,
    progress: ProgressFn | None = None,
    workers: int | None = 1,
    executor: str = "local",
    scheduler: str | None = None,
    cache: bool = True,
    extract_fn: Callable[..., Iterable[DocResult]] | None = None,
    extractor_version: str | None = None,
) -> BuildReport:
    """Build the graph of ``sources`` (default: ``seeds/``) and write it to ``out``.

    Writes ``graph.ttl``, ``graph.trig``, ``graph.nq``, ``graph.nt``, ``graph.jsonld``,
    ``graph.jsonl`` and (with ``html=True``) the interactive ``graph.html``. Every file
    is written atomically: a failed build leaves earlier outputs intact.

    Parameters
    ----------
    sources : files (.txt, .md, .html, .jsonl) or folders; read one document at a time.
    out : output folder; per-document shards go to ``out/.cache/shards`` (unless ``cache=False``).
    workers : extraction processes (``1``: this process; ``None``: one per core, or this
        process alone when the whole input fits in one chunk).
    executor : ``"local"`` (processes on this machine) or ``"dask"`` (a ``dask.distributed``
        cluster at ``scheduler``, e.g. ``"tcp://10.0.0.5:8786"``; ``None`` starts a local one).
    cache : reuse and write shards; a re-run only extracts new or changed documents.
    max_doc_chars, max_sentence_chars : resource limits (documents over the first are
        skipped with an error; sentences are cut so none is longer than the second).
    extract_fn, extractor_version : replace :func:`kg.extract.extract_documents` (a
        module-level ``(documents, nlp) -> DocResults`` function) and name it in cache keys.

    Raises :class:`kg.errors.InputError` when no input is readable.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "a.txt").write_text("Russia and China held a joint naval exercise on Monday.")
    >>> r = build([d], d / "out", formats=(), html=False)
    >>> r.n_documents, r.extracted, r.cached
    (1, 1, 0)
    >>> r = build([d], d / "out", formats=(), html=False)
    >>> r.extracted, r.cached
    (0, 1)
    """
    t0 = time.perf_counter()
    out = Path(out)
    errors: list[str] = []
    stats: dict[str, Any] = {"extracted": 0, "cached": 0, "workers": workers or 1}
    results = _results(
        sources,
        model=model,
        max_doc_chars=max_doc_chars,
        max_sentence_chars=max_sentence_chars,
        strict=strict,
        errors=errors,
        progress=progress,
        workers=workers,
        executor=executor,
        scheduler=scheduler,
        cache_dir=out / CACHE_DIR / "shards" if cache else None,
        extract_fn=extract_fn,
        extractor_version=extractor_version,
        stats=stats,
    )
    graph = KnowledgeGraph.from_results(results)
    timings = {"extract": time.perf_counter() - t0}
    if errors:
        graph.warnings.extend(errors)
    if not graph.documents:
        detail = "; ".join(errors[:3])
        raise InputError(msg("E009") + (f": {detail}" if detail else ""))
    out.mkdir(parents=True, exist_ok=True)
    outputs: dict[str, Path] = {}
    formats = tuple(formats)
    if formats:
        from kg.rdf import write_outputs

        t1 = time.perf_counter()
        outputs.update(write_outputs(graph, out, formats=formats))
        timings["write"] = time.perf_counter() - t1
    if html:
        from kg.viz import write_html

        t1 = time.perf_counter()
        outputs["html"] = write_html(graph, out / "graph.html")
        timings["html"] = time.perf_counter() - t1
    return BuildReport(
        graph=graph,
        outputs=outputs,
        errors=errors,
        extracted=stats["extracted"],
        cached=stats["cached"],
        seconds=time.perf_counter() - t0,
        executor=executor,
        workers=stats["workers"],
        timings=timings,
    )
