// tawatur workbench event table: the events matching the filters, one page at a time (the server
// pages in serve; the report pages its own rows), newest first, each row linking to its merged event.
(function () {
  "use strict";
  var T = window.Tawatur = window.Tawatur || {};
  var box = document.getElementById("tw-table");
  if (!box || !T.data) { return; }
  var PAGE = 25, offset = 0, seq = 0;

  function mergedLink(ev) {
    if (!ev.merged) { return document.createTextNode("—"); }
    var href = T.mode === "serve" ? "/event/" + encodeURIComponent(ev.merged) + (T.lang() === "en" ? "?lang=en" : "")
                                  : "#" + encodeURIComponent(ev.merged);
    return T.el("a", {href: href}, ev.merged);
  }

  function row(ev) {
    var tr = T.el("tr", {"data-id": ev.id});
    [ev.date || "?", T.label("type", ev.type), T.label("polarity", ev.polarity), T.label("side", ev.side),
     ev.actor_label || ev.actor || "—", ev.place || "—", ev.outlet || "—", ev.fatalities || ""].forEach(function (v) {
      tr.appendChild(T.el("td", null, v));
    });
    var td = T.el("td");
    td.appendChild(mergedLink(ev));
    tr.appendChild(td);
    return tr;
  }

  function pager(page) {
    var nav = T.el("div", {"class": "tw-pager"});
    var prev = T.el("button", {type: "button", "data-page": "prev"}, T.str("prev"));
    var next = T.el("button", {type: "button", "data-page": "next"}, T.str("next"));
    prev.disabled = page.offset <= 0;
    next.disabled = page.offset + page.items.length >= page.total;
    prev.addEventListener("click", function () { offset = Math.max(0, offset - PAGE); draw(); });
    next.addEventListener("click", function () { offset += PAGE; draw(); });
    var a = page.total ? page.offset + 1 : 0, b = page.offset + page.items.length;
    nav.appendChild(prev);
    nav.appendChild(T.el("span", {"class": "tw-count"}, T.str("showing", {a: a, b: b, n: page.total})));
    nav.appendChild(next);
    return nav;
  }

  function draw() {
    var mine = ++seq;
    T.data.events(null, PAGE, offset).then(function (page) {
      if (mine !== seq) { return; }
      var parts = [T.el("h2", null, T.str("events"))];
      if (!page.items.length) {
        parts.push(T.el("p", {"class": "muted tw-empty"}, T.str("none")));
      } else {
        var table = T.el("table", {"class": "tw-events"});
        var head = T.el("tr");
        ["date", "type", "polarity", "side", "actor", "place", "outlet", "fatalities", "merged"].forEach(function (k) {
          head.appendChild(T.el("th", {scope: "col"}, T.str(k)));
        });
        table.appendChild(T.el("thead")).appendChild(head);
        var body = T.el("tbody");
        page.items.forEach(function (ev) { body.appendChild(row(ev)); });
        table.appendChild(body);
        var scroll = T.el("div", {"class": "tw-scroll"});
        scroll.appendChild(table);
        parts.push(scroll);
      }
      parts.push(pager(page));
      box.replaceChildren.apply(box, parts);
      box.setAttribute("data-total", page.total);
    }, function () { box.replaceChildren(T.el("p", {"class": "tw-error"}, T.str("error"))); });
  }

  // serve's export links follow the filters (the same names on the API)
  function exports() {
    [["tw-export-csv", "export/events.csv"], ["tw-export-geojson", "export/events.geojson"]].forEach(function (x) {
      var a = document.getElementById(x[0]);
      if (a && T.apiUrl) { a.setAttribute("href", T.apiUrl(x[1])); }
    });
  }
  document.addEventListener("tawatur:filters", function () { offset = 0; exports(); draw(); });
  document.addEventListener("tawatur:lang", draw);
  if (document.readyState !== "loading") { draw(); }
}());
