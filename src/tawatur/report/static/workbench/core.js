// tawatur workbench core: the shared namespace, the filter state, its URL form and the
// "tawatur:filters" event (docs: the workbench contract in README). No DOM from article text here.
(function () {
  "use strict";
  var T = window.Tawatur = window.Tawatur || {};
  var LISTS = ["types", "polarity", "sides"];
  var TEXTS = ["actor", "outlet", "place", "from", "to"];
  // filter key -> URL / API parameter name (lists are repeated: ?type=a&type=b)
  var PARAM = {types: "type", polarity: "polarity", sides: "side", actor: "actor", outlet: "outlet",
               place: "place", from: "from", to: "to"};
  var DAY = /^\d{4}-\d{2}-\d{2}$/;

  function empty() {
    return {types: [], polarity: [], sides: [], actor: "", outlet: "", place: "", from: "", to: ""};
  }

  // A clean copy of any filter-like object: lists of distinct non-empty strings, trimmed texts,
  // dates only when YYYY-MM-DD (anything else would make the server answer 422).
  function normalise(f) {
    var out = empty();
    f = f || {};
    LISTS.forEach(function (k) {
      var v = f[k];
      if (typeof v === "string") { v = v ? [v] : []; }
      (v || []).forEach(function (x) {
        x = String(x).trim();
        if (x && out[k].indexOf(x) < 0) { out[k].push(x); }
      });
      out[k].sort();
    });
    TEXTS.forEach(function (k) {
      var v = f[k] == null ? "" : String(f[k]).trim().slice(0, 200);
      if ((k === "from" || k === "to") && v && !DAY.test(v)) { v = ""; }
      out[k] = v;
    });
    if (out.from && out.to && out.from > out.to) { var s = out.from; out.from = out.to; out.to = s; }
    return out;
  }

  function fromParams(params) {
    var f = empty();
    LISTS.forEach(function (k) { f[k] = params.getAll(PARAM[k]); });
    TEXTS.forEach(function (k) { f[k] = params.get(PARAM[k]) || ""; });
    return normalise(f);
  }

  // The filters as URLSearchParams with the API's names (the same in the page URL).
  function toParams(f, params) {
    var p = params || new URLSearchParams();
    f = normalise(f);
    Object.keys(PARAM).forEach(function (k) { p.delete(PARAM[k]); });
    LISTS.forEach(function (k) { f[k].forEach(function (v) { p.append(PARAM[k], v); }); });
    TEXTS.forEach(function (k) { if (f[k]) { p.set(PARAM[k], f[k]); } });
    return p;
  }

  function detectMode() {
    var m = document.documentElement.getAttribute("data-tawatur-mode");
    if (m === "report" || m === "serve") { return m; }
    return document.getElementById("view-data") ? "report" : "serve";
  }

  T.mode = T.mode || detectMode();
  T.lang = function () {
    return document.documentElement.getAttribute("lang") === "en" ? "en" : "ar";
  };
  T.emptyFilters = empty;
  T.normaliseFilters = normalise;
  T.filterParams = function (f) { return toParams(f || state); };
  T.paramsToFilters = fromParams;

  // Where the filters live in the URL: the query string in serve, the fragment in the report (a file
  // has no server to read a query). A fragment without "=" is a plain anchor (#map) and is left alone.
  function readUrl() {
    if (T.mode === "report") {
      var h = window.location.hash.replace(/^#/, "");
      return h.indexOf("=") >= 0 ? fromParams(new URLSearchParams(h)) : null;
    }
    return fromParams(new URLSearchParams(window.location.search));
  }

  function writeUrl(f) {
    try {
      if (T.mode === "report") {
        var h = toParams(f).toString();
        history.replaceState(null, "", h ? "#" + h : window.location.pathname + window.location.search);
      } else {
        var p = toParams(f, new URLSearchParams(window.location.search));
        p.delete("offset");
        var q = p.toString();
        history.replaceState(null, "", window.location.pathname + (q ? "?" + q : "") + window.location.hash);
      }
    } catch (e) { /* a file:// page may refuse replaceState; the state still holds */ }
  }

  function same(a, b) { return JSON.stringify(a) === JSON.stringify(b); }

  var state = readUrl() || empty();

  function announce() {
    document.dispatchEvent(new CustomEvent("tawatur:filters", {detail: T.filters()}));
  }

  T.filters = function () { return normalise(state); };
  // Replace some keys (others kept); writes the URL and announces only on a real change.
  T.setFilters = function (partial) {
    var next = normalise(Object.assign({}, state, partial || {}));
    if (same(next, state)) { return false; }
    state = next;
    writeUrl(state);
    announce();
    return true;
  };
  T.clearFilters = function () { return T.setFilters(empty()); };
  T.isFiltered = function (f) { return !same(normalise(f || state), empty()); };

  // Does one event (the report's compact row: type, polarity, side, actor, outlet, place, place_id,
  // date) pass the filters? The report filters in the page; serve asks the API with the same names.
  T.matches = function (ev, f) {
    f = f || state;
    if (f.types.length && f.types.indexOf(ev.type) < 0) { return false; }
    if (f.polarity.length && f.polarity.indexOf(ev.polarity) < 0) { return false; }
    if (f.sides.length && f.sides.indexOf(ev.side) < 0) { return false; }
    if (f.outlet && ev.outlet !== f.outlet) { return false; }
    if (f.place && ev.place !== f.place && ev.place_id !== f.place) { return false; }
    if (f.actor && ev.actor !== f.actor && ev.actor_en !== f.actor) { return false; }
    if ((f.from || f.to) && !ev.date) { return false; }
    if (f.from && ev.date < f.from) { return false; }
    if (f.to && ev.date > f.to) { return false; }
    return true;
  };

  // "/api/v1/<path>?<filters>&<extra>" for serve's components.
  T.apiUrl = function (path, extra, f) {
    var p = toParams(f || state);
    Object.keys(extra || {}).forEach(function (k) {
      if (extra[k] !== undefined && extra[k] !== null && extra[k] !== "") { p.set(k, String(extra[k])); }
    });
    var q = p.toString();
    return "/api/v1/" + path.replace(/^\//, "") + (q ? "?" + q : "");
  };

  // Small DOM builder: text only through textContent, attributes through setAttribute.
  T.el = function (tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (attrs[k] !== undefined && attrs[k] !== null) { node.setAttribute(k, String(attrs[k])); }
    });
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  };

  function fromUrlChange() {
    var f = readUrl();
    if (f && !same(f, state)) { state = f; announce(); }
  }
  window.addEventListener("hashchange", fromUrlChange);
  // The report flips its language in place: tell the components to redraw their labels.
  if (window.MutationObserver) {
    new MutationObserver(function () {
      document.dispatchEvent(new CustomEvent("tawatur:lang", {detail: T.lang()}));
    }).observe(document.documentElement, {attributes: true, attributeFilter: ["lang"]});
  }
  window.addEventListener("popstate", fromUrlChange);
  // Components loaded after this file read T.filters() when they start; one event once the page is
  // parsed tells those loaded before it.
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", announce);
  }
}());
