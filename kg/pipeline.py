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
from dataclasses import dataclass
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
_CHUNK_DOCS = 8
_CHUNK_CHARS = 30_000
#: Documents the build may read ahead of the one it merges (cached ones wait there while
#: new ones further on are already being extracted).
_LOOKAHEAD_DOCS = 4096

ProgressFn = Callable[[int, Document | None], None]


def default_sources() -> list[Path]:
    """``seeds/`` in the working directory, else the ``seeds/`` folder shipped beside the package."""
    here = Path("seeds")
    if here.is_dir():
        return [here]
    return [Path(__file__).resolve().parent.parent / "seeds"]


class BuildReport:
    """What a build produced: the graph, the files written, and every input it skipped (with why).

    ``extracted`` documents went through spaCy in this run; ``cached`` ones were read
    back from the cache. ``graph`` (the merged :class:`~kg.model.KnowledgeGraph`) is built
    on first use: the build itself writes its files from per-document fragments and does
    not need it.
    """

    def __init__(
        self,
        graph: KnowledgeGraph | Callable[[], KnowledgeGraph],
        outputs: dict[str, Path] | None = None,
        errors: list[str] | None = None,
        *,
        extracted: int = 0,
        cached: int = 0,
        seconds: float = 0.0,
        executor: str = "local",
        workers: int = 1,
        timings: dict[str, float] | None = None,
        n_documents: int | None = None,
        counts: dict[str, dict[str, int]] | None = None,
    ) -> None:
        self._graph = graph if isinstance(graph, KnowledgeGraph) else None
        self._load = None if isinstance(graph, KnowledgeGraph) else graph
        self.outputs = outputs if outputs is not None else {}
        self.errors = errors if errors is not None else []
        self.extracted = extracted
        self.cached = cached
        self.seconds = seconds
        self.executor = executor
        self.workers = workers
        self.timings = timings if timings is not None else {}
        self._n_documents = n_documents
        self._counts = counts

    @property
    def graph(self) -> KnowledgeGraph:
        if self._graph is None:
            assert self._load is not None
            self._graph = self._load()
        return self._graph

    @property
    def n_documents(self) -> int:
        if self._n_documents is None:
            return len(self.graph.documents)
        return self._n_documents

    def counts(self) -> dict[str, dict[str, int]]:
        """Entities by type and events by category (:meth:`KnowledgeGraph.counts`), without
        building the graph when the build already counted them."""
        if self._counts is None or self._graph is not None:
            return self.graph.counts()
        return self._counts

    def __repr__(self) -> str:
        return (
            f"BuildReport(documents={self.n_documents}, extracted={self.extracted}, cached={self.cached}, "
            f"outputs={sorted(self.outputs)}, errors={len(self.errors)})"
        )


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


@dataclass
class _Item:
    """One document's outcome: its result (when parsed), shard text (when kept in memory),
    cache key and output fragment (:class:`kg.rdf.fragments.Fragment`)."""

    key: str | None = None
    result: DocResult | None = None
    shard: str | None = None
    fragment: Any = None


@dataclass
class _Fragments:
    """Where the build keeps output fragments, and under which fingerprint."""

    fingerprint: str
    folder: Path


def _stream(
    documents: Iterable[Document],
    *,
    task: Any,
    executor: str,
    workers: int | None,
    scheduler: str | None,
    cache: Any,
    keys: Any,
    fragments: _Fragments | None,
    stats: dict[str, Any],
) -> Iterator[tuple[Document, _Item | str]]:
    """``(document, outcome or error message)`` for every document, in input order.

    Cached documents are read back from the cache (their fragment, or their shard); the
    others are sent in chunks to the executor, at most a few chunks per worker in flight.
    Up to ``_LOOKAHEAD_DOCS`` cached documents may wait in the queue, so the workers start
    on the new documents behind them while the cached ones are read. Memory stays bounded
    however long the input is.
    """
    from kg.executors import DocOutput, make_executor

    pending: deque[list[Any]] = deque()  # ["hit", doc, key] | ["chunk", docs, keys, future, chars]
    current: list[Any] | None = None
    state: dict[str, Any] = {"ex": None, "in_flight": 0, "window": 4, "docs": 0, "exhausted": False}
    fp = fragments.fingerprint if fragments is not None else None

    def ensure_executor() -> Any:
        if state["ex"] is None:
            n = workers if workers is not None else _auto_workers(state["exhausted"])
            state["ex"] = make_executor(executor, task, workers=n, scheduler=scheduler)
            stats["workers"] = state["ex"].workers
            state["window"] = 2 * state["ex"].workers + 2
            if hasattr(state["ex"], "start"):
                state["ex"].start()
        return state["ex"]

    def submit(entry: list[Any]) -> None:
        entry[3] = ensure_executor().submit(entry[1], entry[2])
        state["in_flight"] += 1

    def cached(doc: Document, key: str) -> _Item | None:
        if fragments is None:
            result = cache.get(key, doc)
            return None if result is None else _Item(key, result=result)
        from kg.rdf.fragments import Fragment, encode_fragment

        frag = Fragment.read(cache.fragment_path(key), fp)
        if frag is not None and frag.header["doc"] == doc.id and frag.header["sha256"] == doc.sha256:
            return _Item(key, fragment=frag)
        result = cache.get(key, doc)  # a shard without a fragment (or from older output code)
        if result is None:
            return None
        data = encode_fragment(result, fp)
        return _Item(key, result=result, fragment=_stored(Fragment.decode(data, fp), key, data))

    def _stored(frag: Any, key: str, data: bytes) -> Any:
        from dataclasses import replace

        from kg.shards import write_fragment

        assert fragments is not None and frag is not None
        return replace(frag, data=None, path=write_fragment(fragments.folder, key, data))

    def drain() -> Iterator[tuple[Document, _Item | str]]:
        nonlocal current
        entry = pending.popleft()
        if entry[0] == "hit":
            _, doc, key = entry
            item = cached(doc, key)
            if item is not None:
                state["docs"] -= 1
                stats["cached"] += 1
                yield doc, item
                return
            entry = ["chunk", [doc], [key], None, 0]  # unreadable shard: extract again
        if entry is current:
            current = None
        if entry[3] is None:
            submit(entry)
        chunk_result = entry[3].result()
        state["in_flight"] -= 1
        state["docs"] -= len(entry[1])
        for doc, key, (ok, out) in zip(entry[1], entry[2], chunk_result, strict=True):
            if not ok:
                yield doc, out
                continue
            stats["extracted"] += 1
            if not isinstance(out, DocOutput):  # a bare shard text
                if cache is not None:
                    cache.put(key, out)
                yield doc, _Item(key, result=load_result(out), shard=out)
                continue
            shard, frag = out.shard, out.fragment
            if shard is not None and cache is not None:
                cache.put(key, shard)
                shard = None
            if frag.path is None and frag.data is not None:
                frag = _stored(frag, key, frag.data)  # sent back by a remote worker
            yield doc, _Item(key, shard=shard, fragment=frag)

    from kg.shards import load_result

    ok = False
    try:
        for doc in documents:
            key = keys.key(doc) if keys is not None else None
            state["docs"] += 1
            if cache is not None and cache.has(key):
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
            while pending and (state["in_flight"] > state["window"] or state["docs"] > _LOOKAHEAD_DOCS):
                yield from drain()
        state["exhausted"] = True
        if current is not None and current[3] is None:
            submit(current)  # the last chunk starts before the cached documents ahead of it are read
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


def _engine(
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
    fragment_dir: Path | None,
    extract_fn: Callable[..., Iterable[DocResult]] | None,
    extractor_version: str | None,
    stats: dict[str, Any],
) -> Iterator[tuple[Document, _Item]]:
    """Every readable document with its outcome, in input order (failures go to ``errors``).

    With ``fragment_dir`` each document's output fragment is made too (stored there, or
    in the cache's fragment folder when ``cache_dir`` is set).
    """
    from kg.executors import EXECUTORS, ExtractionTask

    if executor not in EXECUTORS:
        raise ConfigError(msg("E053", name=executor, valid=", ".join(EXECUTORS)))
    if workers is not None and workers < 1:
        raise ConfigError(msg("E054", n=workers))
    _check_model(model)
    msc = DEFAULT_MAX_SENTENCE_CHARS if max_sentence_chars is None else int(max_sentence_chars)
    task = ExtractionTask(model, msc, extract_fn, extractor_version)
    cache = keys = frags = None
    if cache_dir is not None or fragment_dir is not None:
        from kg.shards import ShardCache, build_fingerprint, code_fingerprint

        code = code_fingerprint(model) if extract_fn is None else ""
        fp = build_fingerprint(
            extractor_version=task.extractor_version, model=model, max_sentence_chars=msc, code=code
        )
        keys = ShardCache(cache_dir or Path(fragment_dir or ".") / "shards", fp, fragments=fragment_dir)
        cache = keys if cache_dir is not None else None
    if fragment_dir is not None:
        from dataclasses import replace

        from kg.rdf.fragments import fragment_fingerprint

        assert keys is not None
        frags = _Fragments(fragment_fingerprint(), keys.fragments)
        task = replace(
            task,
            fragments=frags.fingerprint,
            shard_dir=str(cache_dir) if cache_dir is not None else None,
            fragment_dir=str(frags.folder),
        )
    docs = iter_documents(
        sources or default_sources(), max_doc_chars=max_doc_chars, errors=None if strict else errors
    )
    stream = _stream(
        docs,
        task=task,
        executor=executor,
        workers=workers,
        scheduler=scheduler,
        cache=cache,
        keys=keys,
        fragments=frags,
        stats=stats,
    )
    for i, (doc, outcome) in enumerate(stream, 1):
        if isinstance(outcome, str):
            if strict:
                raise InputError(outcome)
            errors.append(outcome)
        else:
            yield doc, outcome
        if progress:
            progress(i, doc)


def _results(sources: Iterable[str | Path] | None, **kw: Any) -> Iterator[DocResult]:
    for _, item in _engine(sources, cache_dir=None, fragment_dir=None, **kw):
        assert item.result is not None
        yield item.result


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
    formats = tuple(formats)
    errors: list[str] = []
    stats: dict[str, Any] = {"extracted": 0, "cached": 0, "workers": workers or 1}
    tmp = None
    if not cache and formats:
        import tempfile

        tmp = tempfile.TemporaryDirectory(prefix="kg-build-")
    try:
        items = _engine(
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
            fragment_dir=(Path(tmp.name) if tmp is not None else out / CACHE_DIR / "fragments")
            if (cache or formats)
            else None,
            extract_fn=extract_fn,
            extractor_version=extractor_version,
            stats=stats,
        )
        return _build_outputs(items, out, formats, html, errors, stats, t0, executor, cache)
    finally:
        if tmp is not None:
            tmp.cleanup()


def _build_outputs(
    items: Iterator[tuple[Document, _Item]],
    out: Path,
    formats: tuple[str, ...],
    html: bool,
    errors: list[str],
    stats: dict[str, Any],
    t0: float,
    executor: str,
    cache: bool,
) -> BuildReport:
    """Merge the documents' outcomes and write the files (from fragments when they have them)."""
    from kg.rdf.fragments import Assembler

    asm = Assembler()
    # What rebuilds the merged graph on demand: results parsed already, shard texts, or shard keys.
    sources: list[Any] = []
    shard_folder = out / CACHE_DIR / "shards"
    for doc, item in items:
        if item.fragment is not None:
            asm.add(item.fragment)
        if item.result is not None and not cache:
            sources.append(item.result)
        elif item.shard is not None:
            sources.append(item.shard)
        else:
            sources.append((item.key, doc.source))
    timings = {"extract": time.perf_counter() - t0}
    # The fragments stand for the merged graph unless a document id repeats (and the like).
    complete = asm.conflict is None and len(asm.fragments) == len(sources)

    def load_graph() -> KnowledgeGraph:
        from dataclasses import replace

        from kg.shards import load_result, shard_path

        g = KnowledgeGraph()
        for src in sources:
            if isinstance(src, DocResult):
                r = src
            elif isinstance(src, str):
                r = load_result(src)
            else:
                key, where = src
                try:
                    r = load_result(shard_path(shard_folder, key).read_bytes())
                except (OSError, ValueError, KeyError, TypeError) as err:
                    raise InputError(msg("E001", path=shard_path(shard_folder, key))) from err
                if r.document.source != where:
                    r = replace(r, document=replace(r.document, source=where))
            g.add(r)
        g.warnings.extend(errors)
        return g

    if not sources:
        detail = "; ".join(errors[:3])
        raise InputError(msg("E009") + (f": {detail}" if detail else ""))
    report = BuildReport(
        load_graph,
        errors=errors,
        executor=executor,
        n_documents=len(asm.fragments) if complete else None,
        counts=asm.counts() if complete else None,
    )
    out.mkdir(parents=True, exist_ok=True)
    if formats:
        t1 = time.perf_counter()
        if not complete:
            from kg.rdf import write_outputs

            report.outputs.update(write_outputs(report.graph, out, formats=formats))
        else:
            report.outputs.update(asm.write(out, formats))
        timings["write"] = time.perf_counter() - t1
    if html:
        from kg.viz import write_html

        t1 = time.perf_counter()
        report.outputs["html"] = write_html(report.graph, out / "graph.html")
        timings["html"] = time.perf_counter() - t1
    report.extracted = stats["extracted"]
    report.cached = stats["cached"]
    report.workers = stats["workers"]
    report.timings = timings
    report.seconds = time.perf_counter() - t0
    return report
