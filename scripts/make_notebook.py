"""Write notebooks/alliance_graph.ipynb (without outputs) from the cells below.

The notebook is generated so that a review reads plain Python and Markdown, not JSON.
Run from the repository root after editing a cell, and commit both files:

    python scripts/make_notebook.py

``tests/test_notebook.py`` executes the notebook top to bottom and checks that it is
what this script writes (so the two cannot drift apart). Cells whose displayed table
the test compares with the CLI carry a tag (``actors-table``, ``partners-table`` ...).
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "notebooks" / "alliance_graph.ipynb"


def md(text: str) -> nbformat.NotebookNode:
    return new_markdown_cell(text.strip("\n"))


def code(text: str, *tags: str) -> nbformat.NotebookNode:
    cell = new_code_cell(text.strip("\n"))
    if tags:
        cell.metadata["tags"] = list(tags)
    return cell


CELLS = [
    md(
        """
# The alliance graph of a news article, step by step

This notebook runs the whole `kg` workflow from Python on the seed article in `seeds/` (a March 2025
report on Washington's effort to pull Russia away from China, and on Russia's war in Ukraine). It:

1. **builds** the knowledge graph: reads the article, finds the *actors* (states, leaders, ministries,
   international organizations) and the *events* between them, and writes the graph to `out/`;
2. shows the actors and events as **pandas tables**;
3. asks three questions in **SPARQL**, the query language of knowledge graphs: who are Russia's partners,
   which threats and sanctions were reported (with the sentence that says so), and Russia's timeline;
4. finds **blocs** and **central actors** with networkx;
5. **displays the interactive graph** and **exports Turtle**, a standard file format for knowledge graphs
   that triple stores, Protégé or R's `rdflib` read.

Every command has a shell equivalent (`kg build`, `kg query`, `kg stats`, `kg viz`); see the README's
"How do I ..." section. To run it: `pip install -e '.[test]'` in the repository (which brings Jupyter's
kernel and pandas), then open this notebook. Nothing is downloaded while it runs.
"""
    ),
    code(
        """
import html
import json
from pathlib import Path

import pandas as pd
from IPython.display import HTML, display

import kg
import kg.graph
from kg.pipeline import default_sources
from kg.query import open_graph
from kg.query.engine import compact
from kg.query.saved import list_saved, run_saved

pd.set_option("display.max_rows", 200)
pd.set_option("display.max_colwidth", 120)
print("kg", kg.__version__)
"""
    ),
    md(
        """
## 1. Build the graph

`kg.build(sources, out)` is what `kg build` runs. `sources` are files or folders of articles (`.txt`,
`.md`, `.html`, or a `.jsonl` corpus with one article per line); `default_sources()` is the `seeds/` folder
of the repository. The build

- runs the English [spaCy](https://spacy.io) pipeline over each article (sentences, grammar, names);
- links each name to one **actor** with a stable identifier: "Moscow", "the Kremlin" and "Russian" all
  become Russia, [Q159](https://www.wikidata.org/wiki/Q159) in Wikidata;
- codes each reported **event** ("Russia, China and Iran held joint naval drills") with its type, its
  source and target actors, its date and the sentence it comes from;
- writes the graph in several formats to `out/` and keeps a per-article cache in `out/.cache`, so running
  the cell again only processes new or changed articles.
"""
    ),
    code(
        """
OUT = Path("out")
report = kg.build(default_sources(), OUT)
graph = report.graph  # a kg.KnowledgeGraph: documents, entities and events in memory
print(f"{report.n_documents} document(s), {len(graph.entities)} actors, {len(graph.events)} events "
      f"({report.extracted} extracted, {report.cached} from the cache) in {report.seconds:.1f} s")
{name: str(path) for name, path in report.outputs.items()}
""",
        "build",
    ),
    md(
        """
## 2. Actors and events as tables

`out/graph.jsonl` is the flat export: one JSON object per line, first every **entity** (an actor), then
every **relation** (one event between a source and a target). It is the easiest file to load into pandas,
R or a spreadsheet. Each actor has a `type` (Country, Person, Organization, IGO ...), a `wikidata`
identifier when it has one (so you can join other data sets), an ISO 3166 code for states, and the number
of times the article `mentions` it.
"""
    ),
    code(
        """
records = [json.loads(line) for line in (OUT / "graph.jsonl").read_text(encoding="utf-8").splitlines()]
entities = pd.DataFrame([r for r in records if r["kind"] == "entity"])
relations = pd.DataFrame([r for r in records if r["kind"] == "relation"])
label = dict(zip(entities["id"], entities["label"]))
actors = (entities[["label", "type", "subtype", "wikidata", "iso3", "mentions"]]
          .sort_values(["type", "mentions", "label"], ascending=[True, False, True])
          .reset_index(drop=True))
actors
""",
        "actors-table",
    ),
    md(
        """
Each **event** is coded the way political-science event data sets (GDELT, ICEWS, POLECAT) code them:

- `category` is its [PLOVER](https://github.com/openeventdata/PLOVER) type, a small set of event classes
  such as `COOPERATE` (joint exercises, practical cooperation), `CONSULT` (talks, visits), `THREATEN`,
  `SANCTION`, `ASSAULT`. Standing relations that are not events get their own labels: `ALLY` (an
  alliance or partnership), `MEMBER_OF`, `ROLE` (a person's office), `QUOTE`, `QUANTITY`.
- `cameo` is the closest code of CAMEO, the older and finer event scheme (`1312` = threaten with
  sanctions), and `goldstein` its score on the Goldstein scale, from -10 (most hostile, e.g. a military
  attack) to +10 (most cooperative, e.g. a merger of states). Adding Goldstein scores up per pair of
  actors is the usual way to say whether a relationship is friendly or hostile.
- `modality` says whether the article asserts that it happened (`asserted`), that it will (`future`),
  that it might (`hypothetical`) or that it happened before (`historical`).
- `evidence` is the exact sentence (with character offsets into the article) and `confidence` (0 to 1)
  how sure the extractor is; check the sentence before you cite an event.

The table has one row per *pair* of actors: an event with three participants ("Russian, Chinese and
Iranian warships launched a joint exercise") is one assertion and three rows, which share its `event` id.
"""
    ),
    code(
        """
events = pd.DataFrame({
    "source": relations["subject"].map(label),
    "category": relations["category"],
    "target": relations["object"].map(label),
    "cameo": relations["cameo"],
    "goldstein": relations["goldstein"],
    "modality": relations["modality"],
    "date": relations["date"],
    "confidence": relations["confidence"],
    "evidence": relations["evidence"].map(lambda e: e["text"]),
})
events
""",
        "events-table",
    ),
    code(
        """
# How many events of each type, and how hostile or cooperative they are on average.
events.groupby("category").agg(events=("category", "size"), mean_goldstein=("goldstein", "mean")).sort_values(
    "events", ascending=False)
"""
    ),
    md(
        """
## 3. The graph as RDF triples

Underneath, the graph is stored in **RDF**, the W3C standard for knowledge graphs. RDF writes every fact
as a **triple**: *subject - predicate - object*, each a web identifier (IRI) or a value. "Russia's label is
'Russia'" is the triple `actor:Q159 rdfs:label "Russia"`; an event is a node of its own with one triple per
property: its category, its source, its target, its evidence sentence, the document it was derived from.
Below are the triples of the first threat in the article (`kg:` is our vocabulary, defined in
`ontologies/kg.ttl`; `prov:` is the W3C provenance vocabulary).

**SPARQL** is the query language for triples: a query is a pattern of triples with `?variables`, and the
answer is a table with one row per way the pattern matches. `kg.sparql(store, query)` runs one;
`open_graph` opens a graph file, a build folder or a triple store (the common prefixes `kg:`, `rdfs:`,
`prov:`, `wd:` ... are declared for you).
"""
    ),
    code(
        """
store = open_graph(OUT / "graph.ttl")
threat = kg.sparql(store, '''
    SELECT ?event WHERE { ?event kg:category "THREATEN" ; kg:startOffset ?start }
    ORDER BY ?start LIMIT 1''').records()[0]["event"]
print(threat)
triples = kg.sparql(store, f"SELECT ?predicate ?object WHERE {{ <{threat}> ?predicate ?object }} ORDER BY ?predicate")
pd.DataFrame(triples.records()).assign(predicate=lambda d: d["predicate"].map(compact))
"""
    ),
    code(
        """
# A question of your own: how many events of each category does the graph hold?
counts = kg.sparql(store, '''
    SELECT ?category (COUNT(?event) AS ?events)
    WHERE { ?event kg:category ?category }
    GROUP BY ?category ORDER BY DESC(?events) ?category''')
pd.DataFrame(counts.records())
"""
    ),
    md(
        """
### Saved queries

`kg` ships ready-made queries (the `.rq` files in `kg/query/saved/`), each with parameters. An `actor`
parameter accepts a name, an alias, a Wikidata QID or an ISO3 code ("Russia", "Moscow", "Q159", "RUS").
`run_saved(store, name, params)` runs one, exactly as `kg query out/graph.ttl --saved NAME --param ...`
does in the shell.
"""
    ),
    code(
        """
pd.DataFrame([{"name": q.name, "parameters": ", ".join(p.name for p in q.params), "what": q.summary}
              for q in list_saved()])
"""
    ),
    md(
        """
**Russia's partners**: every actor linked to Russia by a cooperative event or relation (alliance or
partnership, joint exercises, agreements, support, aid), with how many assertions back each link.
Hypothetical events ("if Russia agreed ...") do not count.
"""
    ),
    code(
        """
partners = pd.DataFrame(run_saved(store, "partners", {"actor": "Russia"}).records())
partners
""",
        "partners-table",
    ),
    md(
        """
**Threats and sanctions**, with the evidence: who threatened or sanctioned whom, in what form (`mode`,
e.g. a threat *of sanctions*), whether it is asserted or only announced, and the sentence that says so.
"""
    ),
    code(
        """
threats = pd.DataFrame(run_saved(store, "threats_sanctions").records())
threats[["category", "sourceLabel", "targetLabel", "mode", "modality", "date", "evidence"]]
""",
        "threats-table",
    ),
    md(
        """
**Russia's timeline**: every event Russia takes part in, in date order (the event's own date when the text
gives one, else the article's publication date), whether Russia was its source or its target, and who else
took part.
"""
    ),
    code(
        """
timeline = pd.DataFrame(run_saved(store, "timeline", {"actor": "Russia"}).records())
timeline[["when", "category", "as", "others", "modality", "evidence"]]
""",
        "timeline-table",
    ),
    md(
        """
## 4. Blocs and central actors (networkx)

For network analysis the events are folded into an **actor graph** (`kg.graph.project`): one node per
state (people and ministries count for the state they act for), one edge per pair of states that the
article links, weighted by the sum of the Goldstein scores of their events: positive means cooperation,
negative conflict.

**Blocs** are communities of the cooperation graph (the edges with a positive net score), found with the
Louvain method: groups of states that cooperate more among themselves than with the rest. The method is
randomized; `kg` fixes its seed, so the same graph always gives the same blocs. Read the table as "these
states form one cluster of cooperation *in this corpus*": a single article gives a narrow picture, and a
state alone in its bloc is one the article mentions without cooperative ties. `modularity` (from about -0.5
to 1) says how clearly the blocs separate; values near 0 mean the split is weak.
"""
    ),
    code(
        """
A = kg.graph.project(graph)  # a networkx.Graph; A.nodes[n]["label"] is the actor's name
print(A)
bloc_list = kg.graph.blocs(A)
blocs = pd.DataFrame([{"bloc": i, "size": len(members), "members": ", ".join(sorted(A.nodes[n]["label"] for n in members))}
                      for i, members in enumerate(bloc_list)])
print("modularity:", kg.graph.bloc_modularity(A, bloc_list))
blocs
""",
        "blocs-table",
    ),
    md(
        """
**Centrality** says which actors hold the graph together: `degree` is the share of other actors an actor is
linked to, `betweenness` how often it lies on the shortest path between two others (a broker), and
`eigenvector` how well connected its neighbours are (influence by association).
"""
    ),
    code(
        """
central = (pd.DataFrame.from_dict(kg.graph.centrality(A), orient="index")
           .assign(label=lambda d: d.index.map(lambda n: A.nodes[n]["label"]))
           .set_index("label").sort_values("eigenvector", ascending=False))
central
""",
        "centrality-table",
    ),
    code(
        """
# Everything at once, as `kg stats out` prints it: blocs, centrality, the most cooperative and most
# hostile pairs, and structural balance ("the enemy of my enemy is my friend") of the signed graph.
summary = kg.stats(graph)
pd.DataFrame(summary["hostile"])[["labels", "goldstein", "cooperation", "conflict", "assertions"]]
"""
    ),
    md(
        """
## 5. The interactive graph

`kg.render(graph, path)` writes one self-contained HTML page (it works offline; `kg build` writes the
same page to `out/graph.html`). Node colours are actor types, edge colours cooperation (green) or conflict
(red); click an edge to read the evidence sentences behind it. `focus="Russia"` would keep only Russia's
neighbourhood. It is shown inline below; you can also open the file in any browser.
"""
    ),
    code(
        """
page = kg.render(graph, OUT / "alliance.html", title="Alliance graph of the seed article")
# The page goes into an iframe's srcdoc, so it shows in Jupyter, JupyterLab and VS Code alike.
display(HTML(f'<div><iframe srcdoc="{html.escape(page.read_text(encoding="utf-8"))}" '
             'style="width: 100%; height: 640px; border: 1px solid #ddd"></iframe></div>'))
print(page, f"{page.stat().st_size / 1e6:.1f} MB")
""",
        "viz",
    ),
    md(
        """
## 6. Export Turtle

Turtle is the most readable RDF format: `kg.rdf.write` writes any format by name or file suffix
(`.ttl`, `.trig`, `.nq`, `.nt`, `.jsonld`). TriG and N-Quads keep one *named graph* per article, so a
triple store can tell which article each fact came from. `kg.load` reads any of them back into a
`KnowledgeGraph`.
"""
    ),
    code(
        """
import kg.rdf

ttl = kg.rdf.write(graph, OUT / "alliance.ttl")
back = kg.load(ttl)
print(ttl, f"{ttl.stat().st_size:,} bytes;", len(back.entities), "actors and", len(back.events), "events read back")
print("\\n".join(ttl.read_text(encoding="utf-8").splitlines()[:25]))
""",
        "turtle",
    ),
    md(
        """
## Where next

- More articles: `kg.build(["my_articles/", "corpus.jsonl"], "out", workers=4)` (only new articles are
  processed on a re-run).
- A triple store: `kg load out --store store/` writes an Oxigraph store that `kg query` and `kg serve` read;
  `kg push out --endpoint URL` loads the graph into GraphDB, Fuseki, Oxigraph ...
- Check the graph against its SHACL shapes: `kg.rdf.validate(graph).conforms`.
"""
    ),
]


def make() -> nbformat.NotebookNode:
    nb = new_notebook(cells=CELLS)
    nb.metadata["kernelspec"] = {"display_name": "Python 3", "language": "python", "name": "python3"}
    nb.metadata["language_info"] = {"name": "python"}
    for i, cell in enumerate(nb.cells):
        cell["id"] = f"cell-{i:02d}"  # stable ids: regenerating changes nothing
    return nb


def main(argv: list[str]) -> int:
    nb = make()
    nbformat.validate(nb)
    text = nbformat.writes(nb) + "\n"
    if "--check" in argv:
        ok = NOTEBOOK.is_file() and NOTEBOOK.read_text(encoding="utf-8") == text
        print(f"{NOTEBOOK}: {'up to date' if ok else 'stale; run python scripts/make_notebook.py'}")
        return 0 if ok else 1
    NOTEBOOK.parent.mkdir(parents=True, exist_ok=True)
    NOTEBOOK.write_text(text, encoding="utf-8")
    print(f"wrote {NOTEBOOK} ({len(nb.cells)} cells)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
