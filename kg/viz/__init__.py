"""The interactive HTML view of the alliance graph (vis-network, inlined; works offline).

:func:`write_html` is what ``kg build`` and ``kg viz`` call.
"""

from kg.viz.html import build_network, layout, node_kind, render_graph, render_html, write_html

__all__ = ["build_network", "layout", "node_kind", "render_graph", "render_html", "write_html"]
