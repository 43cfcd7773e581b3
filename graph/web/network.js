/* dipgraph's network page: draws the people network with vis-network and lists meetings. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("dipgraph-data").textContent);
  var people = data.people, meetings = data.meetings;
  var MET = { in_person: true, visit: true, phone: true, video: true };
  var KIND = { in_person: "in person", visit: "visit", phone: "phone call", video: "video call",
               planned: "planned", cancelled: "cancelled" };
  var body = document.body;
  var $ = function (id) { return document.getElementById(id); };
  var fromField = $("from"), toField = $("to"), plansBox = $("plans"), search = $("search");
  var fromSlider = $("from-slider"), toSlider = $("to-slider");
  var selected = null; // {node: i} or {pair: key}
  // A page of some of the meetings chosen (a window): what it is, and the totals of every meeting.
  var windowed = data.window || null, pairTotals = data.pairs || {};
  if (windowed) {
    $("notice").textContent = windowed.note;
    $("notice").hidden = false;
    body.dataset.heldMeetings = windowed.held;
  }
  function number(n) { return Number(n).toLocaleString("en"); }

  function fold(text) {
    return String(text).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  // Every pair of people in a meeting, with the meetings they share.
  var pairs = {}, pairList = [];
  meetings.forEach(function (m, k) {
    for (var a = 0; a < m.p.length; a++) {
      for (var b = a + 1; b < m.p.length; b++) {
        var i = Math.min(m.p[a], m.p[b]), j = Math.max(m.p[a], m.p[b]);
        var key = i + "-" + j, pair = pairs[key];
        if (!pair) { pair = pairs[key] = { id: key, from: i, to: j, meetings: [] }; pairList.push(pair); }
        pair.meetings.push(k);
      }
    }
  });
  var personMeetings = people.map(function () { return []; });
  meetings.forEach(function (m, k) { m.p.forEach(function (i) { personMeetings[i].push(k); }); });

  // The days the sliders run over: from the first meeting's start to the last one's end.
  var days = meetings.map(function (m) { return m.start; }).filter(Boolean)
    .concat(meetings.map(function (m) { return m.end; }).filter(Boolean)).sort();
  var first = days.length ? days[0] : "", last = days.length ? days[days.length - 1] : "";
  var DAY = 86400000;
  function dayNumber(iso) { return Math.round(Date.parse(iso + "T00:00:00Z") / DAY); }
  function isoDay(n) { return new Date(n * DAY).toISOString().slice(0, 10); }
  if (first) {
    [fromSlider, toSlider].forEach(function (s) { s.min = dayNumber(first); s.max = dayNumber(last); });
    fromSlider.value = fromSlider.min; toSlider.value = toSlider.max;
    fromField.min = toField.min = first; fromField.max = toField.max = last;
  } else {
    fromSlider.disabled = toSlider.disabled = true;
  }
  plansBox.checked = !!data.plans;

  function inRange(m, from, to) {
    if (!from && !to) return true;
    if (!m.start || !m.end) return false;
    return !(from && m.end < from) && !(to && m.start > to);
  }
  var shown = [];
  function computeShown() {
    var from = fromField.value, to = toField.value, plans = plansBox.checked;
    shown = meetings.map(function (m) { return (plans || MET[m.kind] === true) && inRange(m, from, to); });
  }

  var names = $("names");
  people.forEach(function (p) {
    [p.name].concat(p.aliases).forEach(function (n) {
      var o = document.createElement("option"); o.value = n; names.appendChild(o);
    });
  });

  var big = people.length > 1000 || pairList.length > 5000;
  function nodeItem(i, c) {
    var p = people[i];
    return { id: i, value: Math.max(c, 1), hidden: c === 0,
             title: p.name + (p.role ? "\n" + p.role : "") + (p.country ? "\n" + p.country : "") +
                    "\n" + c + (c === 1 ? " meeting" : " meetings") };
  }
  function edgeItem(pair, n) {
    return { id: pair.id, value: Math.max(n, 1), hidden: n === 0,
             title: people[pair.from].name + " – " + people[pair.to].name + ": " + n +
                    (n === 1 ? " meeting" : " meetings") };
  }
  // What the range and switch keep: each person's and each pair's meetings shown.
  function tally() {
    computeShown();
    var count = people.map(function () { return 0; }), nShown = 0;
    meetings.forEach(function (m, k) {
      if (!shown[k]) return;
      nShown++;
      m.p.forEach(function (i) { count[i]++; });
    });
    var pairCount = pairList.map(function (pair) {
      var n = 0;
      pair.meetings.forEach(function (k) { if (shown[k]) n++; });
      return n;
    });
    return { count: count, pairCount: pairCount, meetings: nShown };
  }
  readHash();
  var initial = tally(); // the first items carry what the page shows, so it starts with no update
  var lastNode = initial.count.slice(), lastEdge = initial.pairCount.slice();
  var nodes = new vis.DataSet(people.map(function (p, i) {
    var item = nodeItem(i, initial.count[i]);
    item.label = p.name; item.color = p.color;
    return item;
  }));
  var edges = new vis.DataSet(pairList.map(function (pair, e) {
    var item = edgeItem(pair, initial.pairCount[e]);
    item.from = pair.from; item.to = pair.to;
    return item;
  }));
  var network = new vis.Network($("network"), {}, {
    nodes: {
      shape: "dot",
      borderWidth: 1,
      scaling: { min: 6, max: 40, label: { enabled: true, min: 13, max: 26, drawThreshold: 5 } },
      font: { size: 14, strokeWidth: 3, strokeColor: "#ffffff" }
    },
    edges: {
      smooth: false,
      color: { color: "#8d99a6", highlight: "#d9480f", hover: "#d9480f", opacity: 0.55 },
      scaling: { min: 1, max: 10 },
      selectionWidth: 2
    },
    physics: {
      solver: "forceAtlas2Based",
      forceAtlas2Based: { gravitationalConstant: -60, springLength: 120, avoidOverlap: 0.2 },
      stabilization: { iterations: big ? 120 : 400, updateInterval: 10 }
    },
    layout: { improvedLayout: people.length <= 150, randomSeed: 7 },
    interaction: { hover: !big, hideEdgesOnDrag: big, hideEdgesOnZoom: big, tooltipDelay: 150 }
  });
  network.on("stabilizationProgress", function (p) {
    $("status").textContent = "Laying out the network… " + Math.round(100 * p.iterations / p.total) + "%";
  });
  function drawn() {
    if (body.dataset.drawnNodes) return;
    body.dataset.drawnNodes = Object.keys(network.getPositions()).length;
    body.dataset.readyMs = Math.round(performance.now()); // since the page was asked for
  }
  network.once("stabilizationIterationsDone", function () {
    network.setOptions({ physics: false });
    $("status").hidden = true;
    network.redraw();
    drawn(); // laid out and drawn, even where a headless browser skips animation frames
    body.dataset.stable = "1";
  });
  network.once("afterDrawing", drawn);
  network.setData({ nodes: nodes, edges: edges }); // after the handlers: a small graph settles at once

  function refresh() {
    var now = tally(), nodeChanges = [], edgeChanges = [], nodesShown = 0, edgesShown = 0;
    now.count.forEach(function (c, i) {
      if (c) nodesShown++;
      if (lastNode[i] !== c) { nodeChanges.push(nodeItem(i, c)); lastNode[i] = c; }
    });
    now.pairCount.forEach(function (n, e) {
      if (n) edgesShown++;
      if (lastEdge[e] !== n) { edgeChanges.push(edgeItem(pairList[e], n)); lastEdge[e] = n; }
    });
    if (nodeChanges.length) nodes.update(nodeChanges);
    if (edgeChanges.length) edges.update(edgeChanges);
    var nShown = now.meetings;
    body.dataset.people = people.length;
    body.dataset.nodesShown = nodesShown;
    body.dataset.edgesShown = edgesShown;
    body.dataset.meetingsShown = nShown;
    $("counts").textContent = nodesShown + " people, " + edgesShown + " pairs, " + nShown + " meetings shown";
    showPanel();
  }

  function element(tag, text, cls) {
    var e = document.createElement(tag);
    if (text) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }
  function meetingItem(m) {
    var li = element("li", "", "meeting");
    var facts = element("div", "", "facts");
    facts.appendChild(document.createTextNode([m.date || "date unknown", m.place, m.occasion]
      .filter(Boolean).join(" · ") + " "));
    facts.appendChild(element("span", KIND[m.kind] || m.kind, "kind " + m.kind));
    li.appendChild(facts);
    li.appendChild(element("div", m.p.map(function (i) { return people[i].name; }).join(", "), "who"));
    m.sources.forEach(function (s) {
      s.sentences.forEach(function (t) { li.appendChild(element("blockquote", t)); });
      var src = element("div", "", "source");
      var name = s.title || s.doc;
      if (/^https?:\/\//i.test(s.url)) {
        var a = element("a", name); a.href = s.url; a.target = "_blank"; a.rel = "noopener noreferrer";
        src.appendChild(a);
      } else {
        src.appendChild(document.createTextNode(name));
      }
      var extra = [s.outlet, s.published].filter(Boolean).join(", ");
      if (extra) src.appendChild(document.createTextNode(" (" + extra + ")"));
      li.appendChild(src);
    });
    return li;
  }
  function showPanel() {
    var panel = $("panel");
    delete body.dataset.panelTotal;
    if (!selected) { delete body.dataset.selected; delete body.dataset.panelMeetings; return; }
    var list, heading, total = null;
    if (selected.node !== undefined) {
      list = personMeetings[selected.node];
      var p = people[selected.node];
      heading = p.name;
      panel.replaceChildren(element("h2", heading),
        element("p", [p.role, p.country].filter(Boolean).join(", ") +
                     (p.aliases.length ? " — also " + p.aliases.join(", ") : ""), "who"));
      if (p.total) {
        total = p.total[0] + p.total[1] + p.total[2];
        panel.appendChild(element("p", "In the knowledge base: " + number(p.total[0]) + " meetings that took place, " +
          number(p.total[1]) + " planned, " + number(p.total[2]) + " cancelled (dipgraph who-met \"" + p.name +
          "\" counts them by counterpart).", "totals"));
      }
    } else {
      var pair = pairs[selected.pair];
      list = pair.meetings;
      heading = people[pair.from].name + " – " + people[pair.to].name;
      panel.replaceChildren(element("h2", heading));
      var t = pairTotals[selected.pair];
      if (t) {
        total = t[1];
        panel.appendChild(element("p", "In the knowledge base: " + number(t[0]) + " meetings that took place, " +
          number(t[1]) + " with plans and cancellations" + (t[2] ? ", from " + t[2] + " to " + t[3] : "") +
          " (dipgraph meetings --person \"" + people[pair.from].name + "\" --counterpart \"" +
          people[pair.to].name + "\" lists them).", "totals"));
      }
    }
    var these = list.filter(function (k) { return shown[k]; });
    panel.appendChild(element("p", these.length + (these.length === 1 ? " meeting" : " meetings") +
                                   " in the range shown" + (windowed ? " (of those this page holds)" : ""), "hint"));
    var ol = element("ol");
    these.forEach(function (k) { ol.appendChild(meetingItem(meetings[k])); });
    panel.appendChild(ol);
    body.dataset.selected = heading;
    body.dataset.panelMeetings = these.length;
    if (total !== null) body.dataset.panelTotal = total;
  }

  function findPerson(query) {
    var q = fold(query).trim();
    if (!q) return -1;
    var whole = -1, part = -1;
    people.forEach(function (p, i) {
      [p.name].concat(p.aliases).forEach(function (n) {
        var f = fold(n);
        if (f === q && whole < 0) whole = i;
        if (part < 0 && (" " + f).indexOf(" " + q) >= 0) part = i;
      });
    });
    return whole >= 0 ? whole : part;
  }
  function selectPerson(i, focus) {
    selected = { node: i };
    network.selectNodes([i]);
    if (focus) network.focus(i, { scale: 1.2, animation: false });
    showPanel();
  }
  function selectPair(key) {
    selected = { pair: key };
    network.selectEdges([key]);
    showPanel();
  }

  network.on("click", function (params) {
    if (params.nodes.length) selectPerson(params.nodes[0], false);
    else if (params.edges.length) selectPair(params.edges[0]);
  });
  search.addEventListener("change", function () {
    var i = findPerson(search.value);
    search.setCustomValidity(i < 0 ? "no one of that name" : "");
    if (i >= 0) selectPerson(i, true);
  });

  function syncSliders() {
    if (!first) return;
    fromSlider.value = dayNumber(fromField.value || first);
    toSlider.value = dayNumber(toField.value || last);
  }
  function fromSliders() {
    var a = Number(fromSlider.value), b = Number(toSlider.value);
    if (a > b) { if (this === fromSlider) toSlider.value = a; else fromSlider.value = b; }
    fromField.value = Number(fromSlider.value) > Number(fromSlider.min) ? isoDay(Number(fromSlider.value)) : "";
    toField.value = Number(toSlider.value) < Number(toSlider.max) ? isoDay(Number(toSlider.value)) : "";
    refresh();
  }
  // A big page filters when a slider is let go, a small one while it moves.
  fromSlider.addEventListener(big ? "change" : "input", fromSliders);
  toSlider.addEventListener(big ? "change" : "input", fromSliders);
  [fromField, toField].forEach(function (f) {
    f.addEventListener("change", function () { syncSliders(); refresh(); });
  });
  plansBox.addEventListener("change", refresh);
  $("all-time").addEventListener("click", function () {
    fromField.value = toField.value = ""; syncSliders(); refresh();
  });

  // The URL's fragment: #from=YYYY-MM-DD&to=YYYY-MM-DD&plans=1&select=NAME (or NAME|NAME).
  function readHash() {
    var args = new URLSearchParams(location.hash.replace(/^#/, ""));
    if (args.has("from")) fromField.value = args.get("from");
    if (args.has("to")) toField.value = args.get("to");
    if (args.has("plans")) plansBox.checked = args.get("plans") === "1";
    syncSliders();
    return args;
  }
  function fromHash() {
    var args = readHash();
    refresh();
    var chosen = args.get("select");
    if (chosen) {
      var named = chosen.split("|").map(findPerson);
      if (named.length === 1 && named[0] >= 0) selectPerson(named[0], false);
      if (named.length === 2 && named[0] >= 0 && named[1] >= 0) {
        var key = Math.min(named[0], named[1]) + "-" + Math.max(named[0], named[1]);
        if (pairs[key]) selectPair(key);
      }
    }
  }
  window.addEventListener("hashchange", fromHash);

  var legend = $("legend");
  data.legend.forEach(function (entry) {
    var item = element("span");
    var swatch = element("span", "", "swatch");
    swatch.style.background = entry[1];
    item.appendChild(swatch);
    item.appendChild(document.createTextNode(entry[0]));
    legend.appendChild(item);
  });
  legend.appendChild(element("span", "size: meetings · line width: meetings of the pair", "hint"));
  fromHash();
})();
