/* statfacts report: facts table, filters, series charts (Chart.js) and the fact detail.
   Every piece of data is put into the page as text (textContent / text nodes), never as HTML. */
(function () {
  "use strict";

  const data = JSON.parse(document.getElementById("statfacts-data").textContent);
  const facts = data.facts;
  const byId = new Map(facts.map((f) => [f.id, f]));
  const NONE = "\u0000none";
  const PAGE = 300;
  const CHART_PAGE = 12;
  const COLORS = { actual: "#1d4ed8", forecast: "#c2410c", target: "#047857" };
  const MODALITIES = ["actual", "forecast", "target"];
  const collator = new Intl.Collator("zh-Hans-CN", { numeric: true });
  const compact = new Intl.NumberFormat("zh-CN", { notation: "compact", maximumFractionDigits: 2 });

  const $ = (id) => document.getElementById(id);
  const docOf = (f) => data.docs[f.d];

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null) continue;
      if (k === "class") node.className = v;
      else node.setAttribute(k, String(v));
    }
    for (const c of children) {
      if (c !== undefined && c !== null) node.append(c instanceof Node ? c : String(c));
    }
    return node;
  }

  function grouped(s) {
    if (s === null || s === undefined) return "";
    const [int, frac] = String(s).split(".");
    return int.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (frac ? "." + frac : "");
  }
  const valueLabel = (f) => grouped(f.value) + (f.value_max !== null ? "–" + grouped(f.value_max) : "");
  const kindLabel = (f) => f.kind + (f.direction === "up" ? " ↑" : f.direction === "down" ? " ↓" : "");
  const none = () => el("span", { class: "none" }, "—");

  // search text of each fact, lower-cased once
  const haystack = new Map(facts.map((f) => [f.id, [
    docOf(f).name, docOf(f).title, f.text, f.value, f.value_max, f.unit, f.qualifier, kindLabel(f),
    f.modality, f.indicator, f.subject, f.period, data.sentences[f.s],
  ].filter((x) => x !== null && x !== undefined).join("\n").toLowerCase()]));

  // --------------------------------------------------------------------------- table columns
  const byStr = (get) => (a, b) => {
    const x = get(a), y = get(b);
    if (x === null || x === undefined || x === "") return (y === null || y === undefined || y === "") ? 0 : 1;
    if (y === null || y === undefined || y === "") return -1;
    return collator.compare(String(x), String(y));
  };
  const docOrder = (a, b) => collator.compare(docOf(a).name, docOf(b).name) || a.d - b.d || a.start - b.start;
  const COLUMNS = [
    { key: "doc", label: "Document", cls: "doc", cell: (f) => docOf(f).name, sort: docOrder },
    { key: "text", label: "Text", cls: "quote", cell: (f) => f.text, sort: byStr((f) => f.text) },
    { key: "value", label: "Value", cls: "num", cell: valueLabel, sort: (a, b) => a.y - b.y },
    { key: "unit", label: "Unit", cell: (f) => f.unit || none(), sort: byStr((f) => f.unit) },
    { key: "qualifier", label: "Qualifier", cell: (f) => f.qualifier, sort: byStr((f) => f.qualifier) },
    { key: "kind", label: "Kind", cell: kindLabel, sort: byStr(kindLabel) },
    { key: "modality", label: "Modality", cell: (f) => el("span", { class: "tag " + f.modality }, f.modality),
      sort: byStr((f) => f.modality) },
    { key: "indicator", label: "Indicator", cell: (f) => f.indicator, sort: byStr((f) => f.indicator) },
    { key: "subject", label: "Subject", cell: (f) => f.subject ?? none(), sort: byStr((f) => f.subject) },
    { key: "period", label: "Period", cell: (f) => f.period ?? none(), sort: byStr((f) => f.period) },
  ];

  // ------------------------------------------------------------------------------------ state
  const FILTERS = ["subject", "unit", "modality", "period"];
  const state = { q: "", subject: "", unit: "", modality: "", period: "", sort: "doc", dir: 1,
                  rows: PAGE, charts: CHART_PAGE };
  let filtered = [];
  let charts = [];

  function fillSelect(key) {
    const counts = new Map();
    for (const f of facts) {
      const v = f[key] === null || f[key] === undefined ? NONE : f[key];
      counts.set(v, (counts.get(v) || 0) + 1);
    }
    const values = [...counts.keys()].sort((a, b) => {
      if (a === NONE) return 1;
      if (b === NONE) return -1;
      if (key === "modality") return MODALITIES.indexOf(a) - MODALITIES.indexOf(b);
      return collator.compare(a, b);
    });
    const select = $("filter-" + key);
    select.append(el("option", { value: "" }, `all (${facts.length})`));
    for (const v of values) {
      const label = v === NONE ? "(none)" : v === "" ? "(no unit)" : v;
      select.append(el("option", { value: v }, `${label} (${counts.get(v)})`));
    }
    select.addEventListener("change", () => { state[key] = select.value; state.rows = PAGE; update(); });
  }

  function matches(f) {
    for (const key of FILTERS) {
      const want = state[key];
      if (want === "") continue;
      const have = f[key] === null || f[key] === undefined ? NONE : f[key];
      if (have !== want) return false;
    }
    if (state.q) {
      const text = haystack.get(f.id);
      for (const term of state.q.toLowerCase().split(/\s+/)) {
        if (term && !text.includes(term)) return false;
      }
    }
    return true;
  }

  // ------------------------------------------------------------------------------------ table
  function buildHeader() {
    const row = document.querySelector("#facts thead tr");
    for (const col of COLUMNS) {
      const th = el("th", { scope: "col", "data-key": col.key, tabindex: 0 }, col.label);
      const choose = () => {
        if (state.sort === col.key) state.dir = -state.dir;
        else { state.sort = col.key; state.dir = 1; }
        update();
      };
      th.addEventListener("click", choose);
      th.addEventListener("keydown", (e) => { if (e.key === "Enter") choose(); });
      row.append(th);
    }
  }

  function renderTable() {
    const col = COLUMNS.find((c) => c.key === state.sort) || COLUMNS[0];
    filtered.sort((a, b) => state.dir * col.sort(a, b) || docOrder(a, b));
    for (const th of document.querySelectorAll("#facts th")) {
      if (th.dataset.key === state.sort) th.setAttribute("aria-sort", state.dir > 0 ? "ascending" : "descending");
      else th.removeAttribute("aria-sort");
    }
    const body = document.querySelector("#facts tbody");
    const rows = filtered.slice(0, state.rows).map((f) => {
      const tr = el("tr", { "data-fact": f.id, tabindex: 0 },
        ...COLUMNS.map((c) => el("td", { class: c.cls }, c.cell(f))));
      tr.querySelector("td.doc").setAttribute("title", docOf(f).path);
      return tr;
    });
    body.replaceChildren(...rows);
    const more = $("more-rows");
    more.hidden = filtered.length <= state.rows;
    more.textContent = `Show more rows (${filtered.length - Math.min(state.rows, filtered.length)} left)`;
    $("empty").hidden = filtered.length > 0;
    $("count").textContent = `${filtered.length} of ${facts.length} facts`;
  }

  // ----------------------------------------------------------------------------------- charts
  function renderCharts() {
    for (const c of charts) c.destroy();
    charts = [];
    const visible = new Set(filtered.map((f) => f.id));
    const shown = [];
    for (const s of data.series) {
      const points = s.facts.filter((id) => visible.has(id)).map((id) => byId.get(id));
      const periods = s.periods.filter((p) => points.some((f) => f.period === p));
      if (periods.length >= 2) shown.push({ s, points, periods });
    }
    $("series-count").textContent = `(${shown.length})`;
    const box = $("charts");
    box.replaceChildren();
    if (!shown.length) box.append(el("p", { class: "hint" }, "No indicator is stated for several periods among these facts."));
    for (const { s, points, periods } of shown.slice(0, state.charts)) {
      const canvas = el("canvas", { role: "img", "aria-label": `${s.indicator} of ${s.subject ?? "—"} by period` });
      const unit = s.unit === "" ? "no unit" : s.unit;
      box.append(el("div", { class: "chart-card", "data-indicator": s.indicator, "data-subject": s.subject ?? "" },
        el("h3", {}, s.indicator, el("span", {}, ` · ${s.subject ?? "—"} · ${unit}${s.kind === "level" ? "" : " · " + s.kind}`)),
        el("div", { class: "chart-box" }, canvas)));
      const inOrder = (a, b) => periods.indexOf(a.period) - periods.indexOf(b.period) || a.y - b.y;
      const point = (f) => ({ x: f.period, y: f.y, id: f.id, modality: f.modality });
      // the series as one line (dashed towards forecasts and targets), its points coloured by modality
      const trend = {
        label: "series", data: [...points].sort(inOrder).map(point), showLine: true, tension: 0,
        borderColor: "#9aa5b1", borderWidth: 1.5, pointRadius: 0, pointHitRadius: 0, pointHoverRadius: 0,
        segment: { borderDash: (ctx) => (ctx.p1.raw && ctx.p1.raw.modality !== "actual" ? [5, 4] : undefined) },
      };
      const datasets = [trend, ...MODALITIES.filter((m) => points.some((f) => f.modality === m)).map((m) => ({
        label: m, data: points.filter((f) => f.modality === m).sort(inOrder).map(point), showLine: false,
        borderColor: COLORS[m], backgroundColor: COLORS[m], pointRadius: 4.5, pointHoverRadius: 7,
      }))];
      const ranked = s.kind === "rank" || s.unit === "rank" || s.unit === "位" || s.unit === "名";
      const chart = new Chart(canvas, {
        type: "line",
        data: { labels: periods, datasets },
        options: {
          animation: false, responsive: true, maintainAspectRatio: false,
          interaction: { mode: "nearest", intersect: true },
          scales: { y: { reverse: ranked, ticks: { callback: (v) => compact.format(v) } } },
          plugins: {
            legend: { position: "bottom",
                      labels: { usePointStyle: true, pointStyleWidth: 9, boxHeight: 6,
                                filter: (item) => item.datasetIndex > 0 } },
            tooltip: { filter: (item) => item.datasetIndex > 0, callbacks: { label: (ctx) => {
              const f = byId.get(ctx.raw.id);
              return `${f.modality}: ${f.text} · ${f.subject ?? "—"} · ${docOf(f).name}`;
            } } },
          },
          onClick: (_event, elements, ch) => {
            const hit = elements.find((e) => e.datasetIndex > 0);
            if (!hit) return;
            const { datasetIndex, index } = hit;
            openDetail(ch.data.datasets[datasetIndex].data[index].id);
          },
        },
      });
      charts.push(chart);
    }
    const more = $("more-charts");
    more.hidden = shown.length <= state.charts;
    more.textContent = `More charts (${Math.max(0, shown.length - state.charts)} left)`;
  }

  // ----------------------------------------------------------------------------------- detail
  function openDetail(id) {
    const f = byId.get(id);
    if (!f) return;
    const doc = docOf(f);
    $("detail-indicator").textContent = f.indicator;
    $("detail-doc").textContent = doc.name + (doc.title ? ` — ${doc.title}` : "") +
      ` · characters ${f.start}–${f.end}`;
    // offsets count code points (Python str indices), so slice code points, not UTF-16 units
    const chars = Array.from(data.sentences[f.s]);
    const [a, b] = f.h;
    const quote = $("detail-sentence");
    if (b > a) {
      quote.replaceChildren(chars.slice(0, a).join(""), el("mark", {}, chars.slice(a, b).join("")),
        chars.slice(b).join(""));
    } else {
      quote.replaceChildren(chars.join(""));
    }
    const fields = [
      ["text", f.text], ["value", valueLabel(f)], ["unit", f.unit || "(no unit)"], ["qualifier", f.qualifier],
      ["kind", kindLabel(f)], ["modality", f.modality], ["subject", f.subject], ["period", f.period],
      ["document", doc.path], ["rules", f.rule],
    ];
    $("detail-fields").replaceChildren(...fields.flatMap(([k, v]) => [el("dt", {}, k),
      el("dd", {}, v === null || v === undefined || v === "" ? none() : v)]));
    const dialog = $("fact-detail");
    if (!dialog.open) dialog.showModal();
  }

  // ------------------------------------------------------------------------------------ wiring
  let chartTimer = 0;
  function update(now) {
    filtered = facts.filter(matches);
    renderTable();
    clearTimeout(chartTimer);
    if (now) renderCharts();
    else chartTimer = setTimeout(renderCharts, 120);
  }

  FILTERS.forEach(fillSelect);
  buildHeader();
  $("search").addEventListener("input", (e) => { state.q = e.target.value.trim(); state.rows = PAGE; update(); });
  $("reset").addEventListener("click", () => {
    Object.assign(state, { q: "", subject: "", unit: "", modality: "", period: "", rows: PAGE, charts: CHART_PAGE });
    $("search").value = "";
    for (const key of FILTERS) $("filter-" + key).value = "";
    update();
  });
  $("more-rows").addEventListener("click", () => { state.rows += PAGE; renderTable(); });
  $("more-charts").addEventListener("click", () => { state.charts += CHART_PAGE; renderCharts(); });
  const body = document.querySelector("#facts tbody");
  const rowId = (target) => {
    const tr = target.closest("tr[data-fact]");
    return tr ? Number(tr.dataset.fact) : null;
  };
  body.addEventListener("click", (e) => { const id = rowId(e.target); if (id !== null) openDetail(id); });
  body.addEventListener("keydown", (e) => {
    if (e.key !== "Enter") return;
    const id = rowId(e.target);
    if (id !== null) openDetail(id);
  });
  const dialog = $("fact-detail");
  $("detail-close").addEventListener("click", () => dialog.close());
  dialog.addEventListener("click", (e) => {  // a click on the backdrop closes the dialog
    if (e.target !== dialog) return;
    const r = dialog.getBoundingClientRect();
    if (e.clientX < r.left || e.clientX > r.right || e.clientY < r.top || e.clientY > r.bottom) dialog.close();
  });
  update(true);
})();
