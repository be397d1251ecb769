// tawatur workbench time and charts: a brush over events per day (drag to choose the period: it
// sets the from/to filters, so map, table and charts follow), events per day by type and by side,
// fatalities per day, and the control timeline drawn as intervals (one bar per holder per place).
// Plain SVG built with createElementNS; labels through textContent only.
(function () {
  "use strict";
  var T = window.Tawatur = window.Tawatur || {};
  if (!T.data) { return; }
  var NS = "http://www.w3.org/2000/svg", DAY = 86400000, W = 800;
  var TYPE_COLORS = {take_control: "#c0392b", enter: "#e67e22", advance: "#f1c40f", withdraw: "#7f8c8d",
    attack: "#8e44ad", deploy: "#2980b9", defection: "#16a085", displacement: "#d35400",
    evacuation: "#27ae60", protest: "#2c3e50", casualties: "#000000", other: "#95a5a6"};
  var SIDE_COLORS = {government: "#c0392b", opposition: "#27ae60", sdf: "#f1c40f", isis: "#2c3e50",
    russia: "#8e44ad", iran: "#16a085", hezbollah: "#e67e22", turkey: "#d35400", usa: "#2980b9",
    israel: "#34495e", civilians: "#7f8c8d", unknown: "#bdc3c7"};
  T.colors = T.colors || {type: TYPE_COLORS, side: SIDE_COLORS};

  function svg(tag, attrs) {
    var n = document.createElementNS(NS, tag);
    Object.keys(attrs || {}).forEach(function (k) { n.setAttribute(k, String(attrs[k])); });
    return n;
  }
  function ms(day) { return Date.parse(day + "T00:00:00Z"); }
  function iso(t) { return new Date(t).toISOString().slice(0, 10); }
  function color(map, k) { return map[k] || "#999999"; }
  function title(node, text) { var t = svg("title"); t.textContent = text; node.appendChild(t); return node; }

  // x positions for a run of days [lo, hi] over width W
  function scale(lo, hi) {
    var n = Math.max(1, Math.round((ms(hi) - ms(lo)) / DAY) + 1);
    return {n: n, bw: W / n, x: function (d) { return (ms(d) - ms(lo)) / DAY * (W / n); },
            day: function (x) { return iso(ms(lo) + Math.floor(Math.max(0, Math.min(W - 0.01, x)) / (W / n)) * DAY); }};
  }

  function stacked(days, key, colors, group, h) {
    var s = svg("svg", {viewBox: "0 0 " + W + " " + h, "class": "tw-chart", "data-chart": key,
                        preserveAspectRatio: "none", direction: "ltr", role: "img"});
    if (!days.length) { return s; }
    var sc = scale(days[0].date, days[days.length - 1].date);
    var max = Math.max.apply(null, days.map(function (d) { return key === "fatalities" ? d.fatalities : d.n; })) || 1;
    days.forEach(function (d) {
      var x = sc.x(d.date), y = h;
      if (key === "fatalities") {
        if (!d.fatalities) { return; }
        var bh = d.fatalities / max * (h - 4);
        s.appendChild(title(svg("rect", {x: x, y: h - bh, width: Math.max(1, sc.bw - 1), height: bh,
          fill: "#7b241c", "class": "bar", "data-day": d.date}), d.date + ": " + d.fatalities));
        return;
      }
      Object.keys(d[key]).sort().forEach(function (k) {
        var bh = d[key][k] / max * (h - 4);
        y -= bh;
        s.appendChild(title(svg("rect", {x: x, y: y, width: Math.max(1, sc.bw - 1), height: bh,
          fill: color(colors, k), "class": "bar", "data-day": d.date, "data-key": k}),
          d.date + " · " + T.label(group, k) + ": " + d[key][k]));
      });
    });
    return s;
  }

  function legend(days, key, colors, group) {
    var seen = {};
    days.forEach(function (d) { Object.keys(d[key]).forEach(function (k) { seen[k] = 1; }); });
    var ul = T.el("ul", {"class": "tw-legend"});
    Object.keys(seen).sort().forEach(function (k) {
      var li = T.el("li");
      var sw = T.el("span", {"class": "tw-swatch"});
      sw.style.background = color(colors, k);
      li.appendChild(sw);
      li.appendChild(document.createTextNode(T.label(group, k)));
      ul.appendChild(li);
    });
    return ul;
  }

  function axis(days) {
    var div = T.el("div", {"class": "tw-axis", dir: "ltr"});
    if (days.length) {
      div.appendChild(T.el("span", null, days[0].date));
      div.appendChild(T.el("span", null, days[days.length - 1].date));
    }
    return div;
  }

  function figure(caption, chart, leg, days) {
    var fig = T.el("figure", {"class": "tw-figure"});
    fig.appendChild(T.el("figcaption", null, caption));
    fig.appendChild(chart);
    if (days) { fig.appendChild(axis(days)); }
    if (leg) { fig.appendChild(leg); }
    return fig;
  }

  // ------------------------------------------------------------------------------ charts
  var charts = document.getElementById("tw-charts");
  var seq = 0;
  function drawCharts() {
    if (!charts) { return; }
    var mine = ++seq;
    T.data.daily().then(function (st) {
      if (mine !== seq) { return; }
      var parts = [T.el("h2", null, T.str("events") + " · " + st.total)];
      parts.push(figure(T.str("per_day_type"), stacked(st.days, "types", TYPE_COLORS, "type", 120),
                        legend(st.days, "types", TYPE_COLORS, "type"), st.days));
      parts.push(figure(T.str("per_day_side"), stacked(st.days, "sides", SIDE_COLORS, "side", 120),
                        legend(st.days, "sides", SIDE_COLORS, "side"), st.days));
      parts.push(figure(T.str("fatalities_day") + " · " + st.days.reduce(function (a, d) { return a + d.fatalities; }, 0),
                        stacked(st.days, "fatalities", null, null, 80), null, st.days));
      if (st.undated.n) { parts.push(T.el("p", {"class": "muted"}, T.str("undated", {n: st.undated.n}))); }
      charts.replaceChildren.apply(charts, parts);
      charts.setAttribute("data-total", st.total);
    }, function () { charts.replaceChildren(T.el("p", {"class": "tw-error"}, T.str("error"))); });
  }

  // ------------------------------------------------------------------------------ time brush
  var time = document.getElementById("tw-time");
  var tseq = 0;
  function drawTime() {
    if (!time) { return; }
    var mine = ++tseq, f = T.filters();
    var wide = Object.assign({}, f, {from: "", to: ""}); // the brush shows every day under the other filters
    T.data.daily(wide).then(function (st) {
      if (mine !== tseq) { return; }
      var head = T.el("div", {"class": "tw-time-head"});
      head.appendChild(T.el("h2", null, T.str("time")));
      head.appendChild(T.el("span", {"class": "muted"}, (f.from || f.to) ? (f.from || "…") + " – " + (f.to || "…")
                                                                          : T.str("time_hint")));
      var all = T.el("button", {type: "button", id: "tw-all-time"}, T.str("all_time"));
      all.disabled = !(f.from || f.to);
      all.addEventListener("click", function () { T.setFilters({from: "", to: ""}); });
      head.appendChild(all);
      var h = 70, s = stacked(st.days, "types", TYPE_COLORS, "type", h);
      s.setAttribute("class", "tw-chart tw-brush");
      s.setAttribute("id", "tw-brush");
      if (st.days.length) {
        var sc = scale(st.days[0].date, st.days[st.days.length - 1].date);
        s.setAttribute("data-first", st.days[0].date);
        s.setAttribute("data-last", st.days[st.days.length - 1].date);
        var sel = svg("rect", {"class": "tw-sel", y: 0, height: h, x: 0, width: 0});
        if (f.from || f.to) {
          var a = f.from && f.from > st.days[0].date ? sc.x(f.from) : 0;
          var b = f.to ? Math.min(W, sc.x(f.to) + sc.bw) : W;
          sel.setAttribute("x", a);
          sel.setAttribute("width", Math.max(0, b - a));
        }
        s.appendChild(sel);
        brush(s, sel, sc);
      }
      time.replaceChildren(head, s, axis(st.days));
    }, function () { time.replaceChildren(T.el("p", {"class": "tw-error"}, T.str("error"))); });
  }

  function brush(s, sel, sc) {
    var start = null;
    function at(ev) {
      var r = s.getBoundingClientRect();
      return (ev.clientX - r.left) / r.width * W;
    }
    s.addEventListener("pointerdown", function (ev) {
      start = at(ev);
      if (s.setPointerCapture) { try { s.setPointerCapture(ev.pointerId); } catch (e) { /* synthetic */ } }
      sel.setAttribute("x", start);
      sel.setAttribute("width", 0);
      ev.preventDefault();
    });
    s.addEventListener("pointermove", function (ev) {
      if (start === null) { return; }
      var x = at(ev);
      sel.setAttribute("x", Math.min(start, x));
      sel.setAttribute("width", Math.abs(x - start));
    });
    s.addEventListener("pointerup", function (ev) {
      if (start === null) { return; }
      var x = at(ev), a = sc.day(Math.min(start, x)), b = sc.day(Math.max(start, x));
      start = null;
      T.setFilters({from: a, to: b});
    });
  }

  // ------------------------------------------------------------------------------ control intervals
  var control = document.getElementById("tw-control");
  var cseq = 0;
  function drawControl() {
    if (!control) { return; }
    var mine = ++cseq, f = T.filters();
    T.data.control(f).then(function (res) {
      if (mine !== cseq) { return; }
      var places = res.places.filter(function (p) { return p.intervals.length; });
      var out = [T.el("h2", null, T.str("control"))];
      if (!places.length) {
        out.push(T.el("p", {"class": "muted"}, T.str("none")));
        control.replaceChildren.apply(control, out);
        return;
      }
      var lo = null, hi = null;
      places.forEach(function (p) {
        p.intervals.forEach(function (b) {
          if (!lo || b.from < lo) { lo = b.from; }
          var end = b.to || b.from;
          if (!hi || end > hi) { hi = end; }
        });
      });
      if (f.from && f.from > lo) { lo = f.from; }
      if (f.to && f.to < hi) { hi = f.to; }
      if (hi < lo) { hi = lo; }
      var sc = scale(lo, hi), rowH = 18, labelW = 0;
      var s = svg("svg", {viewBox: "0 0 " + W + " " + (places.length * rowH + 4), "class": "tw-chart tw-intervals",
                          preserveAspectRatio: "none", direction: "ltr", role: "img"});
      var names = T.el("ol", {"class": "tw-interval-names"});
      places.forEach(function (p, i) {
        var name = T.lang() === "en" && p.name_en ? p.name_en : p.name;
        names.appendChild(T.el("li", null, name));
        p.intervals.forEach(function (b) {
          var a = b.from < lo ? lo : b.from, e = b.to ? (b.to > hi ? hi : b.to) : hi;
          if (e < lo || a > hi) { return; }
          var x = sc.x(a) + labelW, w = Math.max(2, sc.x(e) - sc.x(a) + (b.to ? 0 : sc.bw));
          var r = svg("rect", {x: x, y: i * rowH + 2, width: w, height: rowH - 4, fill: color(SIDE_COLORS, b.holder),
                               "class": "interval" + (b.contested ? " contested" : ""), "data-holder": b.holder,
                               "data-place": p.place});
          s.appendChild(title(r, name + ": " + T.label("side", b.holder) + " " + b.from + " – " + (b.to || T.str("now"))));
        });
      });
      var wrap = T.el("div", {"class": "tw-interval-wrap"});
      wrap.appendChild(names);
      wrap.appendChild(s);
      out.push(wrap);
      out.push(T.el("p", {"class": "muted tw-axis"}, lo + " – " + hi));
      control.replaceChildren.apply(control, out);
    }, function () { control.replaceChildren(T.el("p", {"class": "tw-error"}, T.str("error"))); });
  }

  function all() { drawTime(); drawCharts(); drawControl(); }
  document.addEventListener("tawatur:filters", all);
  document.addEventListener("tawatur:lang", all);
  if (document.readyState !== "loading") { all(); } // else core.js announces once the page is parsed
}());
