"""The library API of a build: sources -> documents -> spaCy -> extraction -> graph -> files.

Everything the CLI's ``kg build`` and ``kg extract`` do is here, callable from a notebook.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError, msg
from kg.ingest import DEFAULT_MAX_DOC_CHARS, read_sources
from kg.model import KnowledgeGraph
from kg.nlp import DEFAULT_MODEL
from kg.types import DocResult, Document

__all__ = [
    "DEFAULT_FORMATS",
    "BuildReport",
    "default_sources",
    "iter_documents",
    "extract",
    "extract_results",
    "build",
]

#: Files written by ``kg build`` (besides ``graph.html``).
DEFAULT_FORMATS = ("turtle", "trig", "nquads", "ntriples", "json-ld", "jsonl")

ProgressFn = Callable[[int, Document | None], None]


def default_sources() -> list[Path]:
    """``seeds/`` in the working directory, else the ``seeds/`` folder shipped beside the package."""
    here = Path("seeds")
    if here.is_dir():
        return [here]
    return [Path(__file__).resolve().parent.parent / "seeds"]


@dataclass
class BuildReport:
    """What a build produced: the graph, the files written, and every input it skipped (with why)."""

    graph: KnowledgeGraph
    outputs: dict[str, Path] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    @property
    def n_documents(self) -> int:
        return len(self.graph.documents)


def iter_documents(
    sources: Iterable[str | Path], *, max_doc_chars: int = DEFAULT_MAX_DOC_CHARS, errors: list[str] | None = None
) -> Iterator[Document]:
    """Documents of ``sources``; unreadable inputs are appended to ``errors`` (or raised when it is None)."""
    for item in read_sources(sources, max_doc_chars=max_doc_chars):
        if isinstance(item, InputError):
            if errors is None:
                raise item
            errors.append(str(item))
        else:
            yield item


def extract(
    sources: Iterable[str | Path] | None = None,
    *,
    model: str = DEFAULT_MODEL,
    max_doc_chars: int = DEFAULT_MAX_DOC_CHARS,
    strict: bool = False,
    progress: ProgressFn | None = None,
    errors: list[str] | None = None,
) -> KnowledgeGraph:
    """Extract a :class:`~kg.model.KnowledgeGraph` from files or folders (default: the seed article).

    Unreadable inputs are skipped and listed in ``graph.warnings`` (``strict=True`` raises instead).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
    >>> _ = p.write_text("Russia and China held a joint naval exercise in the Arabian Sea on Monday.")
    >>> g = extract([p])
    >>> sorted(e.label for e in g.entities.values() if e.type == "Country")
    ['China', 'Russia']
    """
    from kg.extract import extract_documents
    from kg.nlp import load_pipeline

    errs: list[str] | None = None if strict else (errors if errors is not None else [])
    nlp = load_pipeline(model)
    docs = iter_documents(sources or default_sources(), max_doc_chars=max_doc_chars, errors=errs)
    graph = KnowledgeGraph()
    for i, result in enumerate(extract_documents(docs, nlp), 1):
        graph.add(result)
        if progress:
            progress(i, result.document)
    if errs:
        graph.warnings.extend(errs)
    return graph


def extract_results(
    sources: Iterable[str | Path], *, model: str = DEFAULT_MODEL, max_doc_chars: int = DEFAULT_MAX_DOC_CHARS
) -> Iterator[DocResult | InputError]:
    """Stream one :class:`~kg.types.DocResult` per readable document, and errors for the rest."""
    from kg.extract import extract_doc
    from kg.nlp import load_pipeline

    nlp = load_pipeline(model)
    for item in read_sources(sources, max_doc_chars=max_doc_chars):
        if isinstance(item, InputError):
            yield item
        else:
            yield extract_doc(nlp(item.text), item)


def build(
    sources: Iterable[str | Path] | None = None,
    out: str | Path = "out",
    *,
    model: str = DEFAULT_MODEL,
    formats: Iterable[str] = DEFAULT_FORMATS,
    html: bool = True,
    max_doc_chars: int = DEFAULT_MAX_DOC_CHARS,
    strict: bool = False,
    progress: ProgressFn | None = None,
) -> BuildReport:
    """Build the graph of ``sources`` (default: ``seeds/``) and write it to ``out``.

    Writes ``graph.ttl``, ``graph.trig``, ``graph.nq``, ``graph.nt``, ``graph.jsonld``,
    ``graph.jsonl`` and (with ``html=True``) the interactive ``graph.html``. Every file
    is written atomically: a failed build leaves earlier outputs intact.

    Raises :class:`kg.errors.InputError` when no input is readable.
    """
    from kg.rdf import write_outputs

    errors: list[str] = []
    graph = extract(
        sources, model=model, max_doc_chars=max_doc_chars, strict=strict, progress=progress, errors=errors
    )
    if not graph.documents:
        detail = "; ".join(errors[:3])
        raise InputError(msg("E009") + (f": {detail}" if detail else ""))
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    outputs = dict(write_outputs(graph, out, formats=tuple(formats)))
    if html:
        from kg.viz import write_html

        outputs["html"] = write_html(graph, out / "graph.html")
    return BuildReport(graph=graph, outputs=outputs, errors=errors)

