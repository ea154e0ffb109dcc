"""The researcher's notebook (notebooks/alliance_graph.ipynb) runs top to bottom and shows what the CLI gives.

The notebook is executed with nbclient on a kernel that runs this interpreter (a kernelspec
written to a temporary folder, so a stale user-level ``python3`` kernel cannot be picked up),
in a temporary working folder holding a copy of ``seeds/``. A failing cell fails the test.
Its tables are then compared with the CLI's answers on a build of the same folder.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "notebooks" / "alliance_graph.ipynb"
MAKER = ROOT / "scripts" / "make_notebook.py"

# Appended to the notebook by the test (not stored in it): what its tables hold, as JSON.
DUMP_CELL = """
import json as _json, sys as _sys
_json.dump({
    "executable": _sys.executable,
    "entities": len(entities), "relations": len(relations), "actors": len(actors), "events": len(events),
    "partners": partners.to_dict("records"),
    "threats": threats.to_dict("records"),
    "timeline": timeline.to_dict("records"),
    "blocs": blocs.to_dict("records"),
    "centrality": {k: v for k, v in central.reset_index().set_index("label").to_dict("index").items()},
    "page": str(page), "turtle": str(ttl),
}, open("notebook_tables.json", "w", encoding="utf-8"), default=str)
"""


def _kernel_manager(tmp: Path):
    """A KernelManager for a ``python3`` kernel that runs ``sys.executable`` (this venv's interpreter)."""
    from ipykernel.kernelspec import install
    from jupyter_client.kernelspec import KernelSpecManager
    from jupyter_client.manager import KernelManager

    install(kernel_name="python3", prefix=str(tmp))  # kernel.json with argv[0] = sys.executable
    kernels = tmp / "share" / "jupyter" / "kernels"
    ksm = KernelSpecManager(kernel_dirs=[str(kernels)], ensure_native_kernel=False)
    spec = ksm.get_kernel_spec("python3")
    assert Path(spec.argv[0]).resolve() == Path(sys.executable).resolve(), spec.argv
    return KernelManager(kernel_name="python3", kernel_spec_manager=ksm)


def _kg(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    r = subprocess.run(
        [sys.executable, "-m", "kg", *args], cwd=cwd, capture_output=True, text=True, timeout=600
    )
    assert r.returncode == 0, f"kg {' '.join(args)} exited {r.returncode}: {r.stderr[-2000:]}"
    return r


def _bindings(stdout: str) -> list[dict[str, str]]:
    """W3C SPARQL JSON results -> rows of plain values (unbound variables left out)."""
    res = json.loads(stdout)
    return [{k: v["value"] for k, v in b.items()} for b in res["results"]["bindings"]]


def _plain(rows: list[dict], keys: list[str]) -> list[dict[str, str]]:
    """The notebook's DataFrame records, with None/NaN cells dropped and values as strings."""
    out = []
    for r in rows:
        out.append({k: str(r[k]) for k in keys if r.get(k) is not None and r[k] == r[k]})
    return out


def _html_rows(cell) -> int:
    """Rows of the DataFrame a cell displayed (its text/html execute_result)."""
    results = [o for o in cell.outputs if o.output_type == "execute_result"]
    assert results, f"cell {cell.metadata.get('tags')} displayed nothing"
    page = results[-1].data["text/html"]
    assert 'class="dataframe' in page
    body = page.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return len(re.findall(r"<tr[ >]", body))


@pytest.fixture(scope="module")
def executed(tmp_path_factory):
    """The notebook executed in a temporary folder holding ``seeds/``; returns (folder, notebook, tables)."""
    from nbclient import NotebookClient

    work = tmp_path_factory.mktemp("notebook_run")
    shutil.copytree(ROOT / "seeds", work / "seeds")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nb.cells.append(nbformat.v4.new_code_cell(DUMP_CELL.strip()))
    client = NotebookClient(
        nb,
        km=_kernel_manager(tmp_path_factory.mktemp("kernel")),
        timeout=600,
        allow_errors=False,  # a failing cell raises CellExecutionError
        resources={"metadata": {"path": str(work)}},
    )
    client.execute()
    tables = json.loads((work / "notebook_tables.json").read_text(encoding="utf-8"))
    return work, nb, tables


@pytest.fixture(scope="module")
def cli_out(executed):
    """``kg build -o cli_out --no-html`` run by the CLI in the notebook's folder (same seeds/)."""
    work, _nb, _tables = executed
    _kg("build", "-o", "cli_out", "--no-html", cwd=work)
    return work / "cli_out"


def _tagged(nb, tag: str):
    cells = [c for c in nb.cells if tag in c.metadata.get("tags", [])]
    assert len(cells) == 1, tag
    return cells[0]


def test_notebook_is_generated_and_stored_without_outputs():
    r = subprocess.run([sys.executable, str(MAKER), "--check"], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stdout + r.stderr
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code and all(c.outputs == [] and c.execution_count is None for c in code)
    # Prose for a reader who knows Python but not RDF: the terms are explained, not just used.
    prose = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown").lower()
    for term in (
        "triple",
        "plover",
        "cameo",
        "goldstein",
        "evidence",
        "confidence",
        "bloc",
        "sparql",
        "turtle",
    ):
        assert term in prose, term
    # It builds through the Python API, not by shelling out.
    source = "\n".join(c.source for c in code)
    assert "kg.build(" in source and "subprocess" not in source and "!kg" not in source


def test_notebook_runs_on_this_interpreter(executed):
    _work, nb, tables = executed
    assert Path(tables["executable"]).resolve() == Path(sys.executable).resolve()
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert errors == []


def test_notebook_tables_match_the_cli_build(executed, cli_out):
    work, nb, tables = executed
    lines = [json.loads(x) for x in (cli_out / "graph.jsonl").read_text(encoding="utf-8").splitlines()]
    n_ent = sum(1 for x in lines if x["kind"] == "entity")
    n_rel = sum(1 for x in lines if x["kind"] == "relation")
    assert n_ent > 5 and n_rel > 5
    assert (tables["entities"], tables["relations"]) == (n_ent, n_rel)
    assert (tables["actors"], tables["events"]) == (n_ent, n_rel)
    # The tables the reader sees have those rows (not truncated by pandas' display limits).
    assert _html_rows(_tagged(nb, "actors-table")) == n_ent
    assert _html_rows(_tagged(nb, "events-table")) == n_rel
    # The notebook's own build wrote the same JSON Lines as the CLI.
    assert (work / "out" / "graph.jsonl").read_bytes() == (cli_out / "graph.jsonl").read_bytes()


@pytest.mark.parametrize(
    ("tag", "key", "args", "columns"),
    [
        ("partners-table", "partners", ["--saved", "partners", "--param", "actor=Russia"],
         ["partner", "label", "categories", "assertions"]),
        ("threats-table", "threats", ["--saved", "threats_sanctions"],
         ["event", "category", "from", "sourceLabel", "to", "targetLabel", "mode", "modality", "evidence"]),
        ("timeline-table", "timeline", ["--saved", "timeline", "--param", "actor=Russia"],
         ["when", "category", "as", "others", "modality", "evidence", "event"]),
    ],
)  # fmt: skip
def test_notebook_saved_queries_match_kg_query(executed, cli_out, tag, key, args, columns):
    _work, nb, tables = executed
    r = _kg("query", str(cli_out / "graph.ttl"), *args, "--format", "json", cwd=cli_out)
    expected = [{k: v for k, v in row.items() if k in columns and v != ""} for row in _bindings(r.stdout)]
    got = [{k: v for k, v in row.items() if v != ""} for row in _plain(tables[key], columns)]
    assert expected, f"kg query {' '.join(args)} found nothing on the seed graph"
    assert got == expected
    assert _html_rows(_tagged(nb, tag)) == len(expected)


def test_notebook_partners_of_russia_on_the_seed(executed):
    # Independent of the CLI: the seed article reports joint drills of Russia, China and Iran.
    labels = {r["label"] for r in executed[2]["partners"]}
    assert {"China", "Iran"} <= labels


def test_notebook_blocs_and_centrality_match_kg_stats(executed, cli_out):
    _work, nb, tables = executed
    r = _kg("stats", str(cli_out), "--format", "json", "--top", "1000", cwd=cli_out)
    stats = json.loads(r.stdout)
    expected_blocs = [", ".join(sorted(b["labels"])) for b in stats["blocs"]]
    assert [b["members"] for b in tables["blocs"]] == expected_blocs
    assert [b["size"] for b in tables["blocs"]] == [b["size"] for b in stats["blocs"]]
    assert _html_rows(_tagged(nb, "blocs-table")) == len(stats["blocs"])
    cent = tables["centrality"]
    assert set(cent) == {c["label"] for c in stats["centrality"]}
    for c in stats["centrality"]:
        for measure in ("degree", "betweenness", "eigenvector"):
            assert cent[c["label"]][measure] == pytest.approx(c[measure], abs=1e-5), (c["label"], measure)


def test_notebook_shows_the_graph_and_exports_turtle(executed, cli_out):
    from rdflib import Graph
    from rdflib.compare import isomorphic

    work, nb, tables = executed
    viz = _tagged(nb, "viz")
    shown = [o for o in viz.outputs if o.output_type == "display_data" and "text/html" in o.data]
    assert shown and "<iframe srcdoc=" in shown[0].data["text/html"]
    assert "vis-network" in shown[0].data["text/html"] or "vis.Network" in shown[0].data["text/html"]
    page = (work / tables["page"]).read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "https://cdn" not in page
    mine = Graph().parse(work / tables["turtle"], format="turtle")
    theirs = Graph().parse(cli_out / "graph.ttl", format="turtle")
    assert len(mine) > 100
    assert isomorphic(mine, theirs)
