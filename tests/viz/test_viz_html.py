"""kg.viz.html without a browser: self-contained page, escaping, CSP, atomic write, data block."""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.graph import project
from kg.model import KnowledgeGraph
from kg.types import DocResult
from kg.viz import build_network, render_html, write_html
from kg.viz.html import script_json

DATA = Path(__file__).parent.parent / "data" / "graph"


def load(name: str) -> KnowledgeGraph:
    doc = json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))
    return KnowledgeGraph.from_results(DocResult.from_dict(r) for r in doc["results"])


def scripts(page: str) -> list[tuple[str, str]]:
    return re.findall(r"<script([^>]*)>(.*?)</script>", page, flags=re.S)


@pytest.fixture(scope="module")
def xss_page():
    return render_html(load("xss"), level="person", title="<script>alert('t')</script>")


def test_viz_html_no_remote_resources():
    page = render_html(load("toy"))
    # Nothing is loaded from anywhere: no src/href attribute and no CSS url() outside data: URIs.
    assert not re.search(r"""\s(src|href)\s*=""", page.split('<script type="application/json"')[0])
    assert "cdn" not in page.lower().split("<script>")[0]
    assert "vis-network" in page and "@version 10.1.5" in page


def test_viz_html_csp_allows_exactly_our_two_scripts():
    page = render_html(load("toy"))
    csp = html.unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1))
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp and "unsafe-eval" not in csp
    allowed = set(re.findall(r"'(sha256-[^']+)'", csp))
    executable = [body for attrs, body in scripts(page) if "application/json" not in attrs]
    digests = {"sha256-" + base64.b64encode(hashlib.sha256(b.encode()).digest()).decode() for b in executable}
    assert len(executable) == 2 and digests == allowed


def test_viz_html_data_block_cannot_break_out(xss_page):
    blocks = scripts(xss_page)
    assert (
        len(blocks) == 3
    )  # the data block, vis-network, app.js: the article's </script> did not end a block
    attrs, body = blocks[0]
    assert 'type="application/json"' in attrs
    assert "<" not in body and ">" not in body and "&" not in body
    data = json.loads(body)
    sentences = [ev["sentence"] for e in data["details"]["edges"].values() for ev in e["evidence"]]
    assert any("</script><script>window.__pwned='endscript'</script>" in s for s in sentences)


def test_viz_html_heading_and_title_escaped(xss_page):
    assert "<script>alert('t')</script>" not in xss_page
    assert "<h1>&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt;</h1>" in xss_page
    # Article strings reach the static HTML only as text: no tag or attribute comes from them.
    tags = Tags()
    tags.feed(xss_page)
    assert tags.names <= {"html", "head", "meta", "title", "style", "body", "header", "div", "h1", "input",
                          "ul", "li", "label", "select", "option", "button", "main", "aside", "h4", "svg",
                          "circle", "polygon", "rect", "line", "p", "script", "details", "summary"}  # fmt: skip
    assert not any(a.startswith("on") or a in ("src", "href") for a in tags.attrs)
    assert "&lt;img src=x onerror=" in xss_page  # the bloc legend shows the hostile name as text


class Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.names: set[str] = set()
        self.attrs: set[str] = set()

    def handle_starttag(self, tag, attrs):
        self.names.add(tag)
        self.attrs.update(a for a, _ in attrs)


@pytest.mark.parametrize(
    ("obj", "expected"),
    [
        ("</script>", '"\\u003c/script\\u003e"'),
        ("<!--", '"\\u003c!--"'),
        ("a&b", '"a\\u0026b"'),
        ("\u2028", '"\\u2028"'),
    ],
)
def test_viz_html_script_json(obj, expected):
    assert script_json(obj) == expected
    assert json.loads(script_json(obj)) == obj


def test_viz_html_network_holds_graph():
    G = project(load("toy"))
    net, details = build_network(G)
    assert len(net.nodes) == G.number_of_nodes() and len(net.edges) == G.number_of_edges()
    by_id = {n["id"]: n for n in net.nodes}
    assert by_id["Q159"]["label"] == "RUS" and by_id["Q159"]["shape"] == "dot"
    assert by_id["Q7184"]["shape"] == "hexagon"  # NATO, an intergovernmental organization
    assert by_id["Q159"]["size"] == max(n["size"] for n in net.nodes)  # the most central actor is the largest
    edge = next(e for e in net.edges if {e["from"], e["to"]} == {"Q159", "Q30"})
    assert edge["color"]["color"] == "#dc2626"  # conflict is red
    assert edge["arrows"]["from"]["enabled"] and not edge["arrows"]["to"]["enabled"]  # US -> Russia
    coop = next(e for e in net.edges if {e["from"], e["to"]} == {"Q159", "Q148"})
    assert coop["color"]["color"] == "#16a34a" and not coop["arrows"]["to"]["enabled"]
    assert coop["width"] > edge["width"]  # 14.0 vs 8.0 of Goldstein intensity
    assert (
        details["edges"][edge["id"]]["evidence"][0]["sentence"]
        == "The United States imposed sanctions on Russia"
    )
    assert net.options["physics"]["stabilization"]["iterations"] <= 200  # bounded


def test_viz_html_write_is_atomic(tmp_path):
    path = tmp_path / "graph.html"
    path.write_text("previous")
    assert write_html(load("toy"), path) == path
    assert path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.html"]


def test_viz_html_bad_focus_keeps_previous_file(tmp_path):
    from kg.errors import UsageError

    path = tmp_path / "graph.html"
    path.write_text("previous")
    with pytest.raises(UsageError):
        write_html(load("toy"), path, focus="Atlantis")
    assert path.read_text() == "previous"


def test_viz_html_empty_graph_renders():
    page = render_html(KnowledgeGraph())
    assert "0 actors" in page and len(scripts(page)) == 3


# Article text: markup fragments, HTML-significant characters, line separators, any Unicode but surrogates.
_PIECE = st.one_of(
    st.sampled_from(
        ["</script", "<!--", "<script>", "-->", "</style>", "href", "javascript:", "{{", "{%", "&amp;"]
    ),
    st.text(alphabet=st.sampled_from(list("<>&\"'/=!-`\\ \n\t\u2028\u2029")), min_size=1, max_size=5),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=8),
)
_TEXT = st.lists(_PIECE, min_size=1, max_size=8).map("".join)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=_TEXT, sentence=_TEXT, title=_TEXT)
def test_viz_html_property_article_text_stays_data(name, sentence, title):
    from kg.types import Document, Entity, Event, Evidence

    text = sentence + " end."
    doc = Document("d", text, title=title, url=title)
    ents = (Entity("Q1", name, "Country", iso3=name[:3]), Entity("Q2", "Other " + name, "Organization"))
    ev = Event("e", "d", "THREATEN", ("Q1",), ("Q2",), Evidence("d", sentence, 0, len(sentence)))
    page = render_html(
        KnowledgeGraph.from_results([DocResult(doc, ents, (ev,))]), level="person", title=title
    )
    blocks = scripts(page)
    assert len(blocks) == 3 and 'type="application/json"' in blocks[0][0]
    data = json.loads(blocks[0][1])
    (edge,) = data["details"]["edges"].values()
    assert edge["evidence"][0]["sentence"] == sentence and edge["evidence"][0]["doc_title"] == title
    assert {n["label"] for n in data["details"]["nodes"].values()} == {name, "Other " + name}
    tags = Tags()
    tags.feed(page)
    assert not any(a.startswith("on") or a in ("src", "href") for a in tags.attrs)
