/* kg alliance graph: draws the embedded data with vis-network and shows the evidence.
 *
 * Safety: every string that comes from an article (names, titles, sentences, URLs) is put
 * into the page with textContent or as an attribute value set through the DOM, never with
 * innerHTML; links are made only for http(s) URLs. The data arrives as JSON in a
 * <script type="application/json"> block and is read with JSON.parse.
 */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var container = document.getElementById("kg-graph");
  var panel = document.getElementById("kg-panel-body");
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  window.kg = { network: network, nodes: nodes, edges: edges, data: data, ready: false };

  function ready() {
    if (window.kg.ready) return;
    network.setOptions({ physics: { enabled: false } });
    window.kg.ready = true;
    document.body.setAttribute("data-ready", "true");
    var box = document.getElementById("kg-physics");
    if (box) box.checked = false;
  }
  if (data.options.physics && data.options.physics.enabled) {
    network.once("stabilizationIterationsDone", ready);
    // Bounded: whatever happens, physics stops after a few seconds.
    setTimeout(ready, data.meta.physics_timeout_ms);
  } else {
    network.once("afterDrawing", ready);
    setTimeout(ready, 0);
  }

  // ---- DOM helpers (text only) -------------------------------------------------
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }
  function safeUrl(url) {
    if (typeof url !== "string" || !url) return null;
    try {
      var u = new URL(url);
      return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
    } catch (e) {
      return null;
    }
  }
  function fmt(x, digits) {
    return typeof x === "number" ? x.toFixed(digits === undefined ? 1 : digits) : "";
  }
  function row(dl, key, value) {
    if (value === undefined || value === null || value === "") return;
    dl.appendChild(el("dt", null, key));
    dl.appendChild(el("dd", null, value));
  }

  function quadClass(cat) {
    var q = (data.meta.quads[cat] || "");
    if (q.indexOf("cooperation") >= 0) return "coop";
    if (q.indexOf("conflict") >= 0) return "conf";
    return "neutral";
  }

  function evidenceItem(ev) {
    var li = el("li", "kg-ev");
    var head = el("div", "kg-ev-head");
    head.appendChild(el("span", "kg-chip " + quadClass(ev.category), ev.category));
    var meta = [];
    if (ev.date) meta.push(ev.date);
    if (typeof ev.confidence === "number") meta.push("confidence " + fmt(ev.confidence, 2));
    if (ev.modality && ev.modality !== "asserted") meta.push(ev.modality);
    meta.push("score " + fmt(ev.score, 1));
    head.appendChild(el("span", "kg-ev-meta", meta.join(" · ")));
    li.appendChild(head);
    li.appendChild(el("div", "kg-ev-actors", ev.source + (ev.directed ? " \u2192 " : " \u2014 ") + ev.target));
    if (ev.sentence) li.appendChild(el("blockquote", "kg-ev-sentence", ev.sentence));
    var src = el("div", "kg-ev-source");
    src.appendChild(el("span", null, "Source: "));
    var title = ev.doc_title || ev.doc_id;
    var href = safeUrl(ev.doc_url);
    if (href) {
      var a = el("a", null, title);
      a.setAttribute("href", href);
      a.setAttribute("target", "_blank");
      a.setAttribute("rel", "noopener noreferrer nofollow");
      src.appendChild(a);
    } else {
      src.appendChild(el("span", "kg-ev-title", title));
      if (ev.doc_url) src.appendChild(el("span", "kg-ev-url", " (" + ev.doc_url + ")"));
    }
    var pub = [ev.publisher, ev.published].filter(Boolean).join(", ");
    if (pub) src.appendChild(el("span", "kg-ev-pub", " \u2014 " + pub));
    li.appendChild(src);
    return li;
  }

  function evidenceList(list, limit) {
    var ul = el("ul", "kg-evlist");
    var shown = Math.min(list.length, limit);
    for (var i = 0; i < shown; i++) ul.appendChild(evidenceItem(list[i]));
    var frag = document.createDocumentFragment();
    frag.appendChild(ul);
    if (list.length > shown) {
      var more = el("button", "kg-more", "Show all " + list.length + " assertions");
      more.addEventListener("click", function () {
        for (var j = shown; j < list.length; j++) ul.appendChild(evidenceItem(list[j]));
        more.remove();
      });
      frag.appendChild(more);
    }
    return frag;
  }

  function showEdge(id) {
    var d = data.details.edges[id];
    if (!d) return;
    clear(panel);
    panel.appendChild(el("h2", null, d.labels[0] + " \u2014 " + d.labels[1]));
    var dl = el("dl", "kg-facts");
    row(dl, "assertions", d.n);
    row(dl, "net score", fmt(d.goldstein) + (d.sign > 0 ? " (cooperation)" : d.sign < 0 ? " (conflict)" : " (neutral)"));
    row(dl, "cooperation / conflict", fmt(d.cooperation) + " / " + fmt(d.conflict));
    row(dl, "categories", Object.keys(d.counts).map(function (k) { return k + " \u00d7" + d.counts[k]; }).join(", "));
    panel.appendChild(dl);
    panel.appendChild(evidenceList(d.evidence, 50));
    panel.parentNode.hidden = false;
    panel.scrollTop = 0;
  }

  function showNode(id) {
    var d = data.details.nodes[id];
    if (!d) return;
    clear(panel);
    panel.appendChild(el("h2", null, d.label));
    var dl = el("dl", "kg-facts");
    row(dl, "type", d.type + (d.subtype ? " (" + d.subtype + ")" : ""));
    row(dl, "ISO code", d.iso3);
    row(dl, "Wikidata", d.wikidata);
    row(dl, "bloc", d.bloc === null ? null : "#" + (d.bloc + 1) + " (" + d.bloc_size + " actors)");
    row(dl, "assertions", d.assertions);
    row(dl, "degree / eigenvector", fmt(d.degree, 3) + " / " + fmt(d.eigenvector, 3));
    row(dl, "also known as", (d.aliases || []).join(", "));
    row(dl, "people and bodies", (d.members || []).join(", "));
    panel.appendChild(dl);
    var rels = network.getConnectedEdges(id).map(function (eid) { return [eid, data.details.edges[eid]]; });
    rels.sort(function (a, b) { return b[1].n - a[1].n || Math.abs(b[1].goldstein) - Math.abs(a[1].goldstein); });
    panel.appendChild(el("h3", null, "Relations (" + rels.length + ")"));
    var ul = el("ul", "kg-rels");
    rels.forEach(function (r) {
      var e = r[1];
      var other = e.u === id ? e.labels[1] : e.labels[0];
      var li = el("li", "kg-rel " + (e.sign > 0 ? "coop" : e.sign < 0 ? "conf" : "neutral"));
      var b = el("button", null, other + " \u2014 " + e.n + " assertion" + (e.n === 1 ? "" : "s") + ", score " + fmt(e.goldstein));
      b.addEventListener("click", function () {
        network.selectEdges([r[0]]);
        showEdge(r[0]);
      });
      li.appendChild(b);
      ul.appendChild(li);
    });
    panel.appendChild(ul);
    panel.parentNode.hidden = false;
    panel.scrollTop = 0;
  }
  window.kg.showNode = showNode;
  window.kg.showEdge = showEdge;

  network.on("click", function (params) {
    if (params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
  });
  document.getElementById("kg-panel-close").addEventListener("click", function () {
    document.getElementById("kg-panel").hidden = true;
    network.unselectAll();
  });

  // ---- search ---------------------------------------------------------------
  var search = document.getElementById("kg-search");
  var results = document.getElementById("kg-results");
  var index = Object.keys(data.details.nodes).map(function (id) {
    var d = data.details.nodes[id];
    var names = [d.label, d.iso3 || "", id].concat(d.aliases || [], d.members || []);
    return { id: id, label: d.label, hay: names.join("\u0000").toLowerCase() };
  });
  function focusNode(id) {
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: { duration: 300 } });
    showNode(id);
  }
  function runSearch() {
    var q = search.value.trim().toLowerCase();
    clear(results);
    if (!q) { results.hidden = true; return []; }
    var hits = index.filter(function (x) { return x.hay.indexOf(q) >= 0; });
    hits.sort(function (a, b) {
      return (b.label.toLowerCase().indexOf(q) === 0) - (a.label.toLowerCase().indexOf(q) === 0) || a.label.localeCompare(b.label);
    });
    hits.slice(0, 12).forEach(function (h) {
      var li = el("li");
      var b = el("button", null, h.label);
      b.addEventListener("click", function () { focusNode(h.id); results.hidden = true; });
      li.appendChild(b);
      results.appendChild(li);
    });
    if (!hits.length) results.appendChild(el("li", "kg-none", "no actor matches"));
    results.hidden = false;
    return hits;
  }
  search.addEventListener("input", runSearch);
  search.addEventListener("keydown", function (e) {
    if (e.key === "Enter") {
      var hits = runSearch();
      if (hits.length) { focusNode(hits[0].id); results.hidden = true; }
    } else if (e.key === "Escape") {
      search.value = ""; runSearch();
    }
  });

  // ---- controls ---------------------------------------------------------------
  document.getElementById("kg-fit").addEventListener("click", function () { network.fit({ animation: { duration: 300 } }); });
  document.getElementById("kg-physics").addEventListener("change", function (e) {
    network.setOptions({ physics: { enabled: e.target.checked, stabilization: { enabled: false } } });
  });
  var colourBy = document.getElementById("kg-colour");
  colourBy.addEventListener("change", function () {
    var key = colourBy.value === "bloc" ? "bloc_color" : "type_color";
    nodes.update(data.nodes.map(function (n) {
      var c = data.details.nodes[n.id][key];
      return { id: n.id, color: { background: c, border: "#1f2937", highlight: { background: c, border: "#111827" } } };
    }));
    document.getElementById("kg-legend-types").hidden = colourBy.value === "bloc";
  });
})();
