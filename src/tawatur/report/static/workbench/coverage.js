// tawatur workbench coverage: per outlet what it reported (events, merged events, first and last
// day, how often it was first, the source chains it repeats), and per merged event which outlets
// carried it and which did not (the blindspot view), both under the current filters.
(function () {
  "use strict";
  var T = window.Tawatur = window.Tawatur || {};
  var box = document.getElementById("tw-coverage");
  if (!box || !T.data) { return; }
  var PAGE = 20, offset = 0, seq = 0;

  function outletTable(list) {
    var table = T.el("table", {"class": "tw-outlets"});
    var head = T.el("tr");
    ["outlet", "n_events", "n_merged", "first_day", "last_day", "first_reports", "chains"].forEach(function (k) {
      head.appendChild(T.el("th", {scope: "col"}, T.str(k)));
    });
    table.appendChild(T.el("thead")).appendChild(head);
    var body = T.el("tbody");
    list.forEach(function (o) {
      var tr = T.el("tr", {"data-outlet": o.outlet});
      var name = T.el("td");
      var btn = T.el("button", {type: "button", "class": "tw-link", "data-outlet": o.outlet}, o.outlet);
      btn.addEventListener("click", function () { T.setFilters({outlet: o.outlet}); });
      name.appendChild(btn);
      tr.appendChild(name);
      [o.events, o.merged, o.first || "?", o.last || "?", o.first_reports].forEach(function (v) {
        tr.appendChild(T.el("td", null, v));
      });
      var chains = T.el("td");
      var ul = T.el("ul", {"class": "tw-chains"});
      o.chains.forEach(function (c) { ul.appendChild(T.el("li", null, c.chain.join(" ← ") + " (" + c.n + ")")); });
      chains.appendChild(ul);
      tr.appendChild(chains);
      body.appendChild(tr);
    });
    table.appendChild(body);
    return table;
  }

  function blindTable(res) {
    var table = T.el("table", {"class": "tw-blindspots"});
    var head = T.el("tr");
    head.appendChild(T.el("th", {scope: "col"}, T.str("merged")));
    head.appendChild(T.el("th", {scope: "col"}, T.str("date")));
    head.appendChild(T.el("th", {scope: "col"}, T.str("place")));
    res.outlets.forEach(function (o) { head.appendChild(T.el("th", {scope: "col", "class": "tw-outlet-col"}, o)); });
    table.appendChild(T.el("thead")).appendChild(head);
    var body = T.el("tbody");
    res.items.forEach(function (m) {
      var tr = T.el("tr", {"data-merged": m.id});
      tr.appendChild(T.el("td", null, T.label("type", m.type) + " · " + m.id));
      tr.appendChild(T.el("td", null, m.date || "?"));
      tr.appendChild(T.el("td", null, m.place || "—"));
      res.outlets.forEach(function (o) {
        var n = m.carried[o];
        var td = T.el("td", {"class": n ? "tw-carried" : "tw-missing", "data-outlet": o,
                             title: o + ": " + (n ? T.str("carried") : T.str("missing"))}, n ? "●" + (n > 1 ? n : "") : "○");
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
    table.appendChild(body);
    return table;
  }

  function pager(res) {
    var nav = T.el("div", {"class": "tw-pager"});
    var prev = T.el("button", {type: "button", "data-page": "prev"}, T.str("prev"));
    var next = T.el("button", {type: "button", "data-page": "next"}, T.str("next"));
    prev.disabled = res.offset <= 0;
    next.disabled = res.offset + res.items.length >= res.total;
    prev.addEventListener("click", function () { offset = Math.max(0, offset - PAGE); draw(); });
    next.addEventListener("click", function () { offset += PAGE; draw(); });
    nav.appendChild(prev);
    nav.appendChild(T.el("span", {"class": "tw-count"}, T.str("showing", {
      a: res.total ? res.offset + 1 : 0, b: res.offset + res.items.length, n: res.total})));
    nav.appendChild(next);
    return nav;
  }

  function draw() {
    var mine = ++seq;
    Promise.all([T.data.outlets(), T.data.blindspots(null, PAGE, offset)]).then(function (r) {
      if (mine !== seq) { return; }
      var parts = [T.el("h2", null, T.str("coverage")), T.el("h3", null, T.str("per_outlet"))];
      var s1 = T.el("div", {"class": "tw-scroll"});
      s1.appendChild(outletTable(r[0]));
      parts.push(s1);
      parts.push(T.el("h3", null, T.str("blindspot")));
      var s2 = T.el("div", {"class": "tw-scroll"});
      s2.appendChild(blindTable(r[1]));
      parts.push(s2);
      parts.push(pager(r[1]));
      box.replaceChildren.apply(box, parts);
    }, function () { box.replaceChildren(T.el("p", {"class": "tw-error"}, T.str("error"))); });
  }

  document.addEventListener("tawatur:filters", function () { offset = 0; draw(); });
  document.addEventListener("tawatur:lang", draw);
  if (document.readyState !== "loading") { draw(); }
}());
