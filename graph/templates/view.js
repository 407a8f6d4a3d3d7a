/* clkg graph view.
 *
 * Reads the graph from the JSON in <script id="clkg-data">, draws it with vis-network (layout
 * computed in Python, physics off) and builds the search, filters, legend and side panel.
 * Every label, sentence and title is data: it is put in the page with textContent and DOM
 * calls only, never as markup. The page makes no network request.
 */
"use strict";

/** The vis.Network: a global on purpose, tests and users inspect network.body.data.nodes. */
var network = null;

(function () {
  const DATA = JSON.parse(document.getElementById("clkg-data").textContent);
  const N = DATA.nodes;
  const E = DATA.edges;
  const DOCS = DATA.docs;
  const COUNTRIES = DATA.countries;
  const SENTENCES = DATA.sentences;
  const STYLE = new Map(DATA.classes.map((c) => [c.name, c]));
  const BIG = N.length > 1000;
  const FONT = getComputedStyle(document.documentElement).getPropertyValue("--font").trim() || "sans-serif";
  const $ = (id) => document.getElementById(id);
  const panel = $("panel");

  // ---------------------------------------------------------------- small helpers

  /** An element with attributes and children; strings become text nodes, never markup. */
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (key === "text") e.textContent = value;
      else if (key === "class") e.className = value;
      else if (key === "onclick") e.addEventListener("click", value);
      else e.setAttribute(key, value === true ? "" : String(value));
    }
    for (const child of children) {
      if (child !== undefined && child !== null && child !== false) e.append(child);
    }
    return e;
  }

  /** Text for matching: no accents, no case, single spaces. */
  function fold(text) {
    return String(text).normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
  }

  function shorten(text, max) {
    const chars = Array.from(text);
    return chars.length > max ? chars.slice(0, max - 1).join("") + "…" : text;
  }

  const number = (n) => n.toLocaleString("en-US");
  const plural = (n, word, many = word + "s") => `${number(n)} ${n === 1 ? word : many}`;

  /** A small SVG of a vis-network node shape, for the legend and the panel. */
  function shapeIcon(shape, color, size = 14) {
    const ns = "http://www.w3.org/2000/svg";
    const svg = document.createElementNS(ns, "svg");
    svg.setAttribute("class", "icon");
    svg.setAttribute("width", size);
    svg.setAttribute("height", size);
    svg.setAttribute("viewBox", "0 0 20 20");
    svg.setAttribute("aria-hidden", "true");
    const points = {
      diamond: "10,1 19,10 10,19 1,10",
      triangle: "10,2 19,18 1,18",
      triangleDown: "1,2 19,2 10,18",
      star: "10,1 12.6,7.2 19,7.6 14,11.8 15.6,18.5 10,14.9 4.4,18.5 6,11.8 1,7.6 7.4,7.2",
      hexagon: "10,1 18,5.5 18,14.5 10,19 2,14.5 2,5.5",
    }[shape];
    let mark;
    if (points) {
      mark = document.createElementNS(ns, "polygon");
      mark.setAttribute("points", points);
    } else if (shape === "square") {
      mark = document.createElementNS(ns, "rect");
      for (const [k, v] of Object.entries({ x: 2, y: 2, width: 16, height: 16 })) mark.setAttribute(k, v);
    } else {
      mark = document.createElementNS(ns, "circle");
      for (const [k, v] of Object.entries({ cx: 10, cy: 10, r: 8 })) mark.setAttribute(k, v);
    }
    mark.setAttribute("fill", color);
    mark.setAttribute("stroke", "rgba(0,0,0,.35)");
    svg.append(mark);
    return svg;
  }

  // ---------------------------------------------------------------- indexes over the data

  const indexOfId = new Map(N.map((n, i) => [n.id, i]));
  const adjacent = N.map(() => []); // edge indexes touching each node
  E.forEach((e, k) => {
    adjacent[e.from].push(k);
    if (e.to !== e.from) adjacent[e.to].push(k);
  });
  const searchKeys = N.map((n) => [...new Set([n.label, ...(n.labels || []).map((l) => l[0])].map(fold))]);

  /** A date or partial date (YYYY, YYYY-MM, YYYY-MM-DD) as the interval [first, last] it covers. */
  function interval(text) {
    const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(text || "");
    if (!m) return null;
    const lo = `${m[1]}-${m[2] || "01"}-${m[3] || "01"}`;
    const hi = `${m[1]}-${m[2] || "12"}-${m[3] || "31"}`;
    return [lo, hi];
  }
  // Each entity's dates: its own clkg:date and the issued date of every document mentioning it.
  const nodeDates = N.map((n) =>
    [n.date, ...(n.docs || []).map((d) => DOCS[d].issued)].map(interval).filter(Boolean)
  );

  // ---------------------------------------------------------------- the vis data

  function nodeItem(n, i) {
    const style = STYLE.get(n.cls) || { color: "#999999", border: "#666666", shape: "dot" };
    const tip = [n.label, n.cls + (n.role ? ` · ${n.role}` : ""), plural(n.degree, "connection")].join("\n");
    return {
      id: n.id,
      index: i,
      label: shorten(n.label, 30),
      title: tip,
      shape: style.shape,
      x: n.x,
      y: n.y,
      value: n.degree + 1,
      color: {
        background: style.color,
        border: style.border,
        highlight: { background: style.color, border: "#111827" },
        hover: { background: style.color, border: "#111827" },
      },
    };
  }

  function edgeItem(e, k) {
    const item = {
      id: k,
      from: N[e.from].id,
      to: N[e.to].id,
      title: `${e.predicate} · ${plural(e.support, "supporting document")}`,
      width: 1 + Math.log2(e.support),
    };
    if (e.curve) {
      item.smooth = { enabled: true, type: e.curve % 2 ? "curvedCW" : "curvedCCW", roundness: 0.18 * Math.ceil(e.curve / 2) };
    }
    return item;
  }

  // Drawn in this order: the best connected last, so their labels stay on top.
  const nodesAll = new vis.DataSet([...DATA.rank].reverse().map((i) => nodeItem(N[i], i)));
  const edgesAll = new vis.DataSet(E.map(edgeItem));

  // ---------------------------------------------------------------- what is shown

  const state = {
    classes: new Set(DATA.classes.map((c) => c.name)),
    country: "",
    doc: "",
    from: null,
    to: null,
    focus: null, // node index of the in-page neighbourhood view
    depth: 2,
    focusSet: null,
    limit: DATA.meta.limit,
    selected: null, // {node: i} or {edge: k}
  };
  let visibleNodes = new Set();
  let visibleEdges = new Set();
  let matching = 0;

  function matches(i) {
    const n = N[i];
    if (state.focusSet && !state.focusSet.has(i)) return false;
    if (!state.classes.has(n.cls)) return false;
    if (state.country !== "" && !(n.countries || []).includes(Number(state.country))) return false;
    if (state.doc !== "" && !(n.docs || []).includes(Number(state.doc))) return false;
    if (state.from || state.to) {
      const from = state.from || "0000-00-00";
      const to = state.to || "9999-99-99";
      if (!nodeDates[i].some(([lo, hi]) => lo <= to && hi >= from)) return false;
    }
    return true;
  }

  /** The entities matching the filters, best connected first, up to the drawing limit. */
  function computeView() {
    const shown = new Set();
    matching = 0;
    for (const i of DATA.rank) {
      if (!matches(i)) continue;
      matching += 1;
      if (shown.size < state.limit) shown.add(i);
    }
    if (state.focus !== null) shown.add(state.focus);
    const doc = state.doc === "" ? null : Number(state.doc);
    const edges = new Set();
    E.forEach((e, k) => {
      if (!shown.has(e.from) || !shown.has(e.to)) return;
      if (doc !== null && !e.evidence.some((ev) => ev[1] === doc)) return;
      edges.add(k);
    });
    visibleNodes = shown;
    visibleEdges = edges;
  }

  const nodeView = new vis.DataView(nodesAll, { filter: (item) => visibleNodes.has(item.index) });
  const edgeView = new vis.DataView(edgesAll, { filter: (item) => visibleEdges.has(item.id) });

  function applyView(fit) {
    computeView();
    nodeView.refresh();
    edgeView.refresh();
    updateStatus();
    if (fit && network) fitView([]);
  }

  /** Fit these nodes (all when empty) into the part of the canvas the side panel leaves free. */
  function fitView(ids) {
    network.fit({ nodes: ids, animation: false });
    const width = $("graph").clientWidth;
    const free = width - (panel.hidden ? 0 : panel.offsetWidth);
    if (free < width && free > 200) {
      const scale = (network.getScale() * free) / width;
      const centre = network.getViewPosition();
      network.moveTo({ scale, position: { x: centre.x + (width - free) / 2 / scale, y: centre.y }, animation: false });
    }
  }

  /** The whole view, but when both exist, frame the connected entities, not the grid of the others. */
  function fitConnected() {
    const ids = [...visibleNodes].filter((i) => adjacent[i].some((k) => visibleEdges.has(k))).map((i) => N[i].id);
    fitView(ids.length >= 2 ? ids : []);
  }

  function updateStatus() {
    const status = $("status");
    status.replaceChildren();
    const hidden = matching - visibleNodes.size + (state.focus !== null && !matches(state.focus) ? 1 : 0);
    status.append(`Showing ${plural(visibleNodes.size, "entity", "entities")} and ${plural(visibleEdges.size, "fact")}`);
    if (matching !== N.length || hidden > 0) status.append(` (${number(matching)} of ${number(N.length)} match the filters)`);
    status.append(". ");
    if (hidden > 0) {
      status.append(el("span", {
        class: "warn",
        text: `Only the ${number(state.limit)} best-connected are drawn; the other ${number(hidden)} are hidden — ` +
          "find them with the search, or narrow the view with the filters or a neighbourhood. ",
      }));
    }
    if (DATA.meta.note) status.append(DATA.meta.note + " ");
    const loose = [...visibleNodes].filter((i) => !adjacent[i].some((k) => visibleEdges.has(k))).length;
    if (loose && loose < visibleNodes.size) status.append(`${plural(loose, "entity", "entities")} without a drawn fact wait in a grid to the right. `);
    status.append("Size = number of connections; hover an edge for its relation, click it for the evidence.");
    status.title = status.textContent;
  }

  // ---------------------------------------------------------------- the network

  const options = {
    autoResize: true,
    physics: false,
    layout: { improvedLayout: false, randomSeed: 7 },
    interaction: {
      hover: true,
      tooltipDelay: 120,
      hideEdgesOnDrag: BIG,
      hideEdgesOnZoom: BIG,
      multiselect: false,
      keyboard: false,
    },
    nodes: {
      borderWidth: 1,
      borderWidthSelected: 3,
      scaling: {
        min: 7,
        max: 34,
        // Label size grows with the node: hubs stay readable when zoomed out, small labels wait for a zoom.
        label: { enabled: true, min: 13, max: 30, maxVisible: 30, drawThreshold: 8 },
      },
      font: { face: FONT, color: "#1f2933", strokeWidth: 4, strokeColor: "#ffffff" },
    },
    edges: {
      smooth: false,
      arrows: { to: { enabled: true, scaleFactor: 0.45 } },
      color: { color: "#b3bbc5", highlight: "#1f2933", hover: "#56616e", inherit: false },
      selectionWidth: 1.5,
      hoverWidth: 0.8,
      font: { face: FONT, size: 12, color: "#1f2933", strokeWidth: 4, strokeColor: "#ffffff", align: "middle" },
    },
  };

  computeView();
  nodeView.refresh();
  edgeView.refresh();
  network = new vis.Network($("graph"), { nodes: nodeView, edges: edgeView }, options);
  network.once("afterDrawing", () => {
    window.clkgFirstDrawMs = performance.now();
    document.documentElement.dataset.ready = "true";
  });
  fitConnected();
  if (N.length === 0) $("graph").append(el("div", { id: "empty", text: "No entity to show: the graph is empty or nothing matched." }));

  // Edge labels (the predicate) only while hovered or selected: fewer words on the canvas.
  const labelled = new Set();
  function labelEdges(keep) {
    const update = [];
    for (const k of labelled) if (!keep.has(k)) update.push({ id: k, label: "" });
    for (const k of keep) if (!labelled.has(k)) update.push({ id: k, label: E[k].predicate });
    labelled.clear();
    keep.forEach((k) => labelled.add(k));
    if (update.length) edgesAll.update(update);
  }
  const labelledBySelection = () => {
    if (!state.selected) return [];
    if (state.selected.edge !== undefined) return [state.selected.edge];
    const own = adjacent[state.selected.node].filter((k) => visibleEdges.has(k));
    return own.length <= 40 ? own : [];
  };
  network.on("hoverEdge", (p) => labelEdges(new Set([p.edge, ...labelledBySelection()])));
  network.on("blurEdge", () => labelEdges(new Set(labelledBySelection())));

  network.on("click", (p) => {
    if (p.nodes.length) selectNode(indexOfId.get(p.nodes[0]), false);
    else if (p.edges.length) selectEdge(Number(p.edges[0]), false);
    else closePanel();
  });

  // ---------------------------------------------------------------- selection and side panel

  function closePanel() {
    panel.hidden = true;
    panel.replaceChildren();
    state.selected = null;
    labelEdges(new Set());
    if (network) network.unselectAll();
  }

  function openPanel(...children) {
    panel.replaceChildren(
      el("button", { class: "close", type: "button", "aria-label": "Close", title: "Close (Esc)", onclick: closePanel }, "×"),
      ...children
    );
    panel.hidden = false;
    panel.scrollTop = 0;
  }

  function nodeLink(i) {
    const n = N[i];
    return el("span", {},
      el("button", { class: "link", type: "button", dir: "auto", title: `${n.label} (${n.cls})`, onclick: () => selectNode(i, true) }, n.label),
      visibleNodes.has(i) ? null : el("span", { class: "off", text: " (not drawn)" }));
  }

  function docLine(d) {
    const doc = DOCS[d];
    return el("span", {},
      el("strong", { dir: "auto" }, doc.label),
      doc.title ? el("span", {}, " — ", el("span", { dir: "auto", lang: doc.titleLang || null }, doc.title)) : null,
      doc.issued ? el("span", { class: "small" }, ` · ${doc.issued}`) : null);
  }

  function wikidataLink(iri) {
    const m = /^https?:\/\/www\.wikidata\.org\/entity\/(Q\d+)$/.exec(iri || "");
    if (!m) return null;
    return el("a", { href: `https://www.wikidata.org/wiki/${m[1]}`, target: "_blank", rel: "noopener noreferrer external" }, `${m[1]} ↗`);
  }

  function selectNode(i, center) {
    if (i === undefined || i === null) return;
    state.selected = { node: i };
    // Name the relations of the selected entity on the canvas (when they are not too many).
    const own = adjacent[i].filter((k) => visibleEdges.has(k));
    labelEdges(new Set(own.length <= 40 ? own : []));
    showNodePanel(i);
    if (visibleNodes.has(i)) {
      network.selectNodes([N[i].id]);
      if (center) {
        // Centre it in the part of the canvas the side panel leaves free.
        const offset = { x: panel.hidden ? 0 : -panel.offsetWidth / 2, y: 0 };
        network.focus(N[i].id, { scale: Math.max(network.getScale(), 1.0), offset, animation: { duration: 350 } });
      }
    } else {
      network.unselectAll();
    }
  }

  function selectEdge(k, center) {
    state.selected = { edge: k };
    showEdgePanel(k);
    labelEdges(new Set([k]));
    if (visibleEdges.has(k)) {
      network.setSelection({ nodes: [], edges: [k] }, { unselectAll: true, highlightEdges: false });
      if (center) network.fit({ nodes: [N[E[k].from].id, N[E[k].to].id], animation: { duration: 350 }, maxZoomLevel: 1.2 });
    } else {
      network.unselectAll();
    }
  }

  function focusControls(i) {
    const depth = el("select", { "aria-label": "Hops" });
    for (const d of [1, 2, 3, 4]) depth.append(el("option", { value: d, selected: d === state.depth }, String(d)));
    return el("div", { class: "row" },
      el("button", { class: "btn primary", type: "button", onclick: () => setFocus(i, Number(depth.value)) }, "Show neighbourhood"),
      el("label", { class: "small" }, "within ", depth, " hops"));
  }

  function showNodePanel(i) {
    const n = N[i];
    const style = STYLE.get(n.cls) || { color: "#999", shape: "dot" };
    const parts = [
      el("div", { class: "kind" }, shapeIcon(style.shape, style.color, 16), n.cls),
      el("h2", { dir: "auto" }, n.label),
    ];
    if (!visibleNodes.has(i)) {
      parts.push(el("div", { class: "note", text: "Not drawn in the current view: filtered out, or beyond the drawing limit." }));
    }
    const facts = el("dl");
    const add = (term, ...value) => facts.append(el("dt", { text: term }), el("dd", { dir: "auto" }, ...value));
    if (n.role) add("Role", n.role);
    if (n.iso) add("ISO code", n.iso);
    if (n.date) add("Date", n.date);
    const wd = wikidataLink(n.wikidata);
    if (wd) add("Wikidata", wd);
    add("Connections", String(n.degree));
    parts.push(facts);
    parts.push(focusControls(i));

    const labels = n.labels || [];
    parts.push(el("h3", { text: `Names (${labels.length})` }));
    const table = el("table", { class: "labels" });
    for (const [text, lang, kind] of labels) {
      table.append(el("tr", {},
        el("td", { dir: "auto", lang: lang || null }, text),
        el("td", { class: "tag", title: kind === "alias" ? "skos:altLabel" : "rdfs:label" }, `${lang || "—"} · ${kind === "alias" ? "alias" : "label"}`)));
    }
    parts.push(table);

    const edges = adjacent[i];
    const notDrawn = edges.filter((k) => !visibleEdges.has(k)).length;
    parts.push(el("h3", { text: `Facts (${edges.length})` }));
    if (notDrawn) parts.push(el("div", { class: "small", text: `${plural(notDrawn, "fact")} not drawn in the current view.` }));
    const list = el("ul", { class: "facts" });
    const sorted = [...edges].sort((a, b) => (E[a].from === i ? 0 : 1) - (E[b].from === i ? 0 : 1) || E[a].predicate.localeCompare(E[b].predicate));
    for (const k of sorted) {
      const e = E[k];
      const outgoing = e.from === i;
      const other = outgoing ? e.to : e.from;
      const pred = el("button", { class: "link pred", type: "button", title: "Show the evidence", onclick: () => selectEdge(k, true) }, e.predicate);
      list.append(outgoing
        ? el("li", {}, "→ ", pred, " → ", nodeLink(other))
        : el("li", {}, "← ", pred, " ← ", nodeLink(other)));
    }
    parts.push(list);

    const docs = n.docs || [];
    if (docs.length) {
      parts.push(el("h3", { text: `Mentioned in (${docs.length})` }));
      parts.push(el("ul", { class: "docs" }, ...docs.map((d) => el("li", {}, docLine(d)))));
    }
    parts.push(el("div", { class: "small", dir: "ltr" }, n.id));
    openPanel(...parts);
  }

  function showEdgePanel(k) {
    const e = E[k];
    const parts = [
      el("div", { class: "kind", text: "Fact" }),
      el("h2", {}, nodeLink(e.from), " ", el("span", { class: "pred" }, `→ ${e.predicate} →`), " ", nodeLink(e.to)),
      el("div", { class: "small", text: `Supported by ${plural(e.support, "document")}.` }),
      el("h3", { text: `Evidence (${e.evidence.length})` }),
    ];
    const list = el("ul", { class: "evidence" });
    for (const [s, d, confidence] of e.evidence) {
      list.append(el("li", {},
        el("blockquote", { dir: "auto", lang: DOCS[d].lang || null }, SENTENCES[s]),
        el("div", { class: "small" }, docLine(d), confidence !== null ? ` · confidence ${confidence}` : "")));
    }
    if (!e.evidence.length) list.append(el("li", { class: "small", text: "No evidence sentence recorded." }));
    parts.push(list);
    openPanel(...parts);
  }

  // ---------------------------------------------------------------- neighbourhood view

  function neighbourhood(start, depth) {
    const seen = new Set([start]);
    let frontier = [start];
    for (let d = 0; d < depth; d++) {
      const next = [];
      for (const i of frontier) {
        for (const k of adjacent[i]) {
          const j = E[k].from === i ? E[k].to : E[k].from;
          if (!seen.has(j)) { seen.add(j); next.push(j); }
        }
      }
      frontier = next;
    }
    return seen;
  }

  function setFocus(i, depth) {
    state.focus = i;
    state.depth = depth;
    state.focusSet = neighbourhood(i, depth);
    $("chip-text").textContent = `Neighbourhood of ${shorten(N[i].label, 40)} (${plural(depth, "hop")})`;
    $("chip").hidden = false;
    applyView(false);
    selectNode(i, false);
    fitView([]);
  }

  function clearFocus() {
    state.focus = null;
    state.focusSet = null;
    $("chip").hidden = true;
    applyView(true);
    if (state.selected && state.selected.node !== undefined) selectNode(state.selected.node, false);
  }
  $("chip-clear").addEventListener("click", clearFocus);

  // ---------------------------------------------------------------- search

  const search = $("search");
  const results = $("search-results");
  let found = [];
  let active = 0;

  function find(query) {
    const q = fold(query);
    if (!q) return [];
    const scored = [];
    N.forEach((n, i) => {
      let best = 9;
      let alias = null;
      for (const key of searchKeys[i]) {
        const score = key === q ? 0 : key.startsWith(q) ? 1 : key.includes(" " + q) ? 2 : key.includes(q) ? 3 : 9;
        if (score < best) { best = score; alias = key; }
      }
      if (best < 9) scored.push([best, -n.degree, n.label, i, alias]);
    });
    scored.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2].localeCompare(b[2]));
    return scored.slice(0, 12).map((s) => ({ index: s[3], key: s[4] }));
  }

  function showResults() {
    results.replaceChildren();
    if (!search.value.trim()) { hideResults(); return; }
    found = find(search.value);
    active = 0;
    if (!found.length) results.append(el("li", { class: "empty", text: "No entity has that name." }));
    found.forEach((r, pos) => {
      const n = N[r.index];
      const style = STYLE.get(n.cls) || { color: "#999", shape: "dot" };
      const alias = r.key !== fold(n.label) ? (n.labels || []).find((l) => fold(l[0]) === r.key) : null;
      const li = el("li", { role: "option", id: `result-${pos}`, "aria-selected": pos === 0 ? "true" : "false" },
        shapeIcon(style.shape, style.color),
        el("span", { class: "name", dir: "auto" }, n.label),
        alias ? el("span", { class: "note", dir: "auto" }, alias[0]) : null,
        el("span", { class: "note" }, n.cls + (visibleNodes.has(r.index) ? "" : " · not drawn")));
      li.addEventListener("mousedown", (ev) => { ev.preventDefault(); choose(pos); });
      results.append(li);
    });
    results.hidden = false;
    $("search-box").setAttribute("aria-expanded", "true");
  }

  function hideResults() {
    results.hidden = true;
    $("search-box").setAttribute("aria-expanded", "false");
  }

  function choose(pos) {
    const r = found[pos];
    if (!r) return;
    hideResults();
    search.value = N[r.index].label;
    selectNode(r.index, true);
  }

  search.addEventListener("input", showResults);
  search.addEventListener("focus", () => { if (search.value.trim()) showResults(); });
  search.addEventListener("blur", hideResults);
  search.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter") { ev.preventDefault(); if (results.hidden) showResults(); choose(active); }
    else if (ev.key === "Escape") hideResults();
    else if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      ev.preventDefault();
      if (!found.length) return;
      active = (active + (ev.key === "ArrowDown" ? 1 : found.length - 1)) % found.length;
      [...results.children].forEach((li, pos) => li.setAttribute("aria-selected", pos === active ? "true" : "false"));
      results.children[active].scrollIntoView({ block: "nearest" });
    }
  });

  // ---------------------------------------------------------------- filters and legend

  const countryCount = new Map();
  N.forEach((n) => (n.countries || []).forEach((c) => countryCount.set(c, (countryCount.get(c) || 0) + 1)));
  COUNTRIES.map((c, i) => [c, i]).sort((a, b) => a[0].label.localeCompare(b[0].label)).forEach(([c, i]) => {
    $("filter-country").append(el("option", { value: i }, `${c.label} (${countryCount.get(i) || 0})`));
  });
  DOCS.forEach((d, i) => {
    const text = shorten(d.title ? `${d.title} — ${d.label}` : d.label, 60) + (d.issued ? ` (${d.issued})` : "");
    $("filter-document").append(el("option", { value: i, dir: "auto", title: d.title || d.label }, text));
  });
  const limits = [...new Set([250, 500, 1000, 2000, 5000, DATA.meta.limit])].filter((l) => l < N.length || l === DATA.meta.limit).sort((a, b) => a - b);
  for (const l of limits) $("limit").append(el("option", { value: l, selected: l === state.limit }, number(l)));
  $("limit").append(el("option", { value: Number.MAX_SAFE_INTEGER }, `all (${number(N.length)})`));

  $("filter-country").addEventListener("change", (ev) => { state.country = ev.target.value; applyView(true); });
  $("filter-document").addEventListener("change", (ev) => { state.doc = ev.target.value; applyView(true); });
  $("limit").addEventListener("change", (ev) => { state.limit = Number(ev.target.value); applyView(false); });

  function readDate(input, end) {
    const text = input.value.trim();
    if (!text) { input.removeAttribute("aria-invalid"); return null; }
    if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(text)) { input.setAttribute("aria-invalid", "true"); return null; }
    input.removeAttribute("aria-invalid");
    return interval(text)[end ? 1 : 0];
  }
  function onDates() {
    state.from = readDate($("date-from"), false);
    state.to = readDate($("date-to"), true);
    applyView(true);
  }
  $("date-from").addEventListener("change", onDates);
  $("date-to").addEventListener("change", onDates);
  const issued = DOCS.map((d) => d.issued).concat(N.map((n) => n.date)).filter(Boolean).sort();
  if (issued.length) {
    const span = `Dates in this graph: ${issued[0]} … ${issued[issued.length - 1]}. Undated entities are hidden while a range is set.`;
    $("date-from").title = span;
    $("date-to").title = span;
  }

  const legend = $("legend");
  const classCount = new Map();
  N.forEach((n) => classCount.set(n.cls, (classCount.get(n.cls) || 0) + 1));
  const legendButtons = [];
  const setAll = (on) => {
    state.classes = new Set(on ? DATA.classes.map((c) => c.name) : []);
    legendButtons.forEach((b) => b.setAttribute("aria-pressed", String(on)));
    applyView(false);
  };
  const foldButton = el("button", { type: "button", "aria-expanded": "true", title: "Fold or unfold the legend" }, "▾");
  foldButton.addEventListener("click", () => {
    const collapsed = legend.classList.toggle("collapsed");
    foldButton.setAttribute("aria-expanded", String(!collapsed));
    foldButton.textContent = collapsed ? "▸" : "▾";
  });
  legend.append(el("h2", {}, "Classes", el("span", {},
    el("button", { type: "button", onclick: () => setAll(true) }, "all"),
    el("button", { type: "button", onclick: () => setAll(false) }, "none"),
    foldButton)));
  const ul = el("ul");
  for (const c of DATA.classes) {
    const count = classCount.get(c.name) || 0;
    if (!count) continue;
    const button = el("button", { type: "button", "aria-pressed": "true", title: `Show or hide ${c.name}` },
      shapeIcon(c.shape, c.color), c.name, el("span", { class: "count", text: number(count) }));
    button.addEventListener("click", () => {
      const on = !state.classes.has(c.name);
      if (on) state.classes.add(c.name); else state.classes.delete(c.name);
      button.setAttribute("aria-pressed", String(on));
      applyView(false);
    });
    legendButtons.push(button);
    ul.append(el("li", {}, button));
  }
  legend.append(ul, el("p", { class: "hint", text: "Click a class to hide or show it. Size: number of connections." }));
  if (window.innerHeight < 700) foldButton.click();

  function reset() {
    state.classes = new Set(DATA.classes.map((c) => c.name));
    legendButtons.forEach((b) => b.setAttribute("aria-pressed", "true"));
    state.country = state.doc = "";
    state.from = state.to = null;
    state.focus = state.focusSet = null;
    state.limit = DATA.meta.limit;
    for (const id of ["filter-country", "filter-document", "date-from", "date-to", "search"]) $(id).value = "";
    for (const id of ["date-from", "date-to"]) $(id).removeAttribute("aria-invalid");
    $("limit").value = String(DATA.meta.limit);
    $("chip").hidden = true;
    hideResults();
    closePanel();
    applyView(false);
    fitConnected();
  }
  $("reset").addEventListener("click", reset);
  document.addEventListener("keydown", (ev) => {
    if (ev.key === "Escape" && document.activeElement !== search) closePanel();
  });

  updateStatus();
  if (DATA.meta.focus !== null && DATA.meta.focus !== undefined) selectNode(DATA.meta.focus, false);

  /** For scripts and tests: the page's state and actions. */
  window.clkg = { data: DATA, state, selectNode, selectEdge, setFocus, clearFocus, applyView, reset, find, fitView, fitConnected };
})();
