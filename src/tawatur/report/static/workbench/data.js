// tawatur workbench data: one interface, two sources. In serve every answer comes from the API
// (/api/v1/stats/daily, /facets, /events, /coverage/..., /control/intervals: aggregates and pages,
// never all rows); in the offline report the same answers are computed here from the report's
// compact event rows (view-data.workbench), with the same meaning as the server's SQL.
(function () {
  "use strict";
  var T = window.Tawatur = window.Tawatur || {};
  var CHAINS_PER_OUTLET = 5, CONTROL_PLACES = 40, FACET_LIMIT = 300;

  function noFilter() {
    return {types: [], polarity: [], sides: [], actor: "", outlet: "", place: "", from: "", to: ""};
  }
  function current(f) { return f || (T.filters ? T.filters() : noFilter()); }
  function matches(ev, f) {
    return T.matches ? T.matches(ev, f) : true;
  }

  function readJson(id) {
    var node = document.getElementById(id);
    if (!node) { return null; }
    try { return JSON.parse(node.textContent); } catch (e) { return null; }
  }

  T.config = T.config || readJson("tw-config") || {labels: {}, strings: {}};
  // A label of the report's labels table (type, polarity, side, status) or a workbench string.
  T.label = function (group, key) {
    var g = (T.config.labels || {})[group] || {};
    var v = g[key];
    return v ? (v[T.lang()] || v.en || key) : key;
  };
  T.str = function (key, vars) {
    var v = (T.config.strings || {})[key];
    var s = v ? (v[T.lang()] || v.en) : key;
    Object.keys(vars || {}).forEach(function (k) { s = s.split("{" + k + "}").join(String(vars[k])); });
    return s;
  };

  // ---------------------------------------------------------------- report: computed from rows
  var report = null;
  function rows() {
    if (report === null) {
      var view = readJson("view-data") || {};
      report = view.workbench || {events: [], merged: {}, control: []};
    }
    return report;
  }
  function filtered(f) { return rows().events.filter(function (ev) { return matches(ev, f); }); }

  function count(list, key, labelKey) {
    var by = {};
    list.forEach(function (ev) {
      var v = ev[key];
      if (v === null || v === undefined || v === "") { return; }
      var d = by[v] || (by[v] = {value: v, n: 0, label: (labelKey && ev[labelKey]) || v});
      d.n += 1;
    });
    return Object.keys(by).map(function (k) { return by[k]; })
      .sort(function (a, b) { return b.n - a.n || (a.value < b.value ? -1 : 1); }).slice(0, FACET_LIMIT);
  }

  var local = {
    facets: function (f) {
      var list = filtered(f), dates = list.map(function (e) { return e.date; }).filter(Boolean).sort();
      return {types: count(list, "type"), polarity: count(list, "polarity"), sides: count(list, "side"),
              outlets: count(list, "outlet"), actors: count(list, "actor", "actor_label"),
              places: count(list, "place_id", "place"), first: dates[0] || null,
              last: dates[dates.length - 1] || null, total: list.length};
    },
    daily: function (f) {
      var days = {}, undated = {n: 0, fatalities: 0}, total = 0;
      filtered(f).forEach(function (ev) {
        total += 1;
        if (!ev.date) { undated.n += 1; undated.fatalities += ev.fatalities || 0; return; }
        var d = days[ev.date] || (days[ev.date] = {date: ev.date, n: 0, fatalities: 0, types: {}, sides: {}});
        d.n += 1;
        d.fatalities += ev.fatalities || 0;
        d.types[ev.type] = (d.types[ev.type] || 0) + 1;
        d.sides[ev.side] = (d.sides[ev.side] || 0) + 1;
      });
      return {days: Object.keys(days).sort().map(function (k) { return days[k]; }), undated: undated,
              total: total};
    },
    events: function (f, limit, offset) {
      var list = filtered(f).slice().sort(function (a, b) {
        if (a.date !== b.date) {
          if (!a.date) { return 1; }
          if (!b.date) { return -1; }
          return a.date < b.date ? 1 : -1;
        }
        return a.id < b.id ? -1 : 1;
      });
      return {items: list.slice(offset, offset + limit), total: list.length, limit: limit, offset: offset};
    },
    outlets: function (f) {
      var by = {}, firstPub = {};
      filtered(f).forEach(function (ev) {
        if (!ev.outlet) { return; }
        var o = by[ev.outlet] || (by[ev.outlet] = {outlet: ev.outlet, events: 0, merged: 0, first: null,
          last: null, fatalities: 0, first_reports: 0, chains: [], _m: {}, _c: {}});
        o.events += 1;
        o.fatalities += ev.fatalities || 0;
        if (ev.date && (!o.first || ev.date < o.first)) { o.first = ev.date; }
        if (ev.date && (!o.last || ev.date > o.last)) { o.last = ev.date; }
        if (ev.merged) {
          o._m[ev.merged] = 1;
          var k = ev.merged, p = ev.published || "";
          var mp = firstPub[k] || (firstPub[k] = {});
          if (!(ev.outlet in mp) || p < mp[ev.outlet]) { mp[ev.outlet] = p; }
        }
        if (ev.chain && ev.chain.length) {
          var key = JSON.stringify(ev.chain);
          o._c[key] = (o._c[key] || 0) + 1;
        }
      });
      Object.keys(firstPub).forEach(function (m) {
        var per = firstPub[m], best = null;
        Object.keys(per).forEach(function (o) { if (best === null || per[o] < best) { best = per[o]; } });
        Object.keys(per).forEach(function (o) { if (per[o] === best) { by[o].first_reports += 1; } });
      });
      return Object.keys(by).map(function (k) {
        var o = by[k];
        o.merged = Object.keys(o._m).length;
        o.chains = Object.keys(o._c).map(function (c) { return {chain: JSON.parse(c), n: o._c[c]}; })
          .sort(function (a, b) {
            var ka = JSON.stringify(a.chain), kb = JSON.stringify(b.chain);
            return b.n - a.n || (ka < kb ? -1 : 1);
          }).slice(0, CHAINS_PER_OUTLET);
        delete o._m; delete o._c;
        return o;
      }).sort(function (a, b) { return b.events - a.events || (a.outlet < b.outlet ? -1 : 1); });
    },
    blindspots: function (f, limit, offset) {
      var list = filtered(f), ids = {}, universe = {}, all = rows();
      list.forEach(function (ev) {
        if (ev.merged) { ids[ev.merged] = 1; }
        if (ev.outlet) { universe[ev.outlet] = (universe[ev.outlet] || 0) + 1; }
      });
      var outlets = Object.keys(universe).sort(function (a, b) {
        return universe[b] - universe[a] || (a < b ? -1 : 1);
      });
      var merged = Object.keys(ids).map(function (id) {
        var m = all.merged[id] || {};
        return {id: id, type: m.type, status: m.status, date: m.date || null, place: m.place || null,
                place_id: m.place_id || null};
      }).sort(function (a, b) {
        if (a.date !== b.date) { return (a.date || "") < (b.date || "") ? 1 : -1; }
        return a.id < b.id ? -1 : 1;
      });
      var page = merged.slice(offset, offset + limit), carried = {};
      page.forEach(function (m) { carried[m.id] = {}; });
      all.events.forEach(function (ev) {
        if (ev.merged in carried && ev.outlet) {
          carried[ev.merged][ev.outlet] = (carried[ev.merged][ev.outlet] || 0) + 1;
        }
      });
      page.forEach(function (m) {
        m.carried = carried[m.id];
        m.missing = outlets.filter(function (o) { return !(o in m.carried); });
      });
      return {outlets: outlets, items: page, total: merged.length, limit: limit, offset: offset};
    },
    control: function (f) {
      var keep = null;
      if (T.isFiltered && T.isFiltered(f)) {
        keep = {};
        filtered(f).forEach(function (ev) { if (ev.place_id) { keep[ev.place_id] = 1; } });
      }
      var places = rows().control.filter(function (p) { return keep === null || keep[p.place]; });
      places = places.slice().sort(function (a, b) {
        return b.intervals.length - a.intervals.length || (a.place < b.place ? -1 : 1);
      });
      return {places: places.slice(0, CONTROL_PLACES)};
    }
  };

  // ---------------------------------------------------------------- serve: the API
  function get(path, extra, f) {
    return fetch(T.apiUrl(path, extra, f), {headers: {Accept: "application/json"}, credentials: "same-origin"})
      .then(function (r) {
        if (!r.ok) { throw new Error(path + ": HTTP " + r.status); }
        return r.json();
      });
  }
  // The API's full event as the report's compact row (the table shows the same columns in both).
  function compact(ev) {
    var a = ev.actor || {}, p = ev.place || {}, d = ev.date || {};
    return {id: ev.id, type: ev.type, polarity: ev.polarity, side: a.side || "unknown",
            actor: a.id || a.name || "", actor_label: a.name || a.name_en || "", outlet: ev.outlet || "",
            place: p.name || "", place_id: p.gazetteer_id || p.name || "", date: d.value || null,
            fatalities: ev.fatalities || 0, merged: ev.cluster || null, status: ev.status || null};
  }
  T.compactEvent = compact;
  var remote = {
    facets: function (f) { return get("facets", null, f); },
    daily: function (f) { return get("stats/daily", null, f); },
    events: function (f, limit, offset) {
      return get("events", {limit: limit, offset: offset}, f).then(function (page) {
        page.items = page.items.map(compact);
        return page;
      });
    },
    outlets: function (f) { return get("coverage/outlets", null, f); },
    blindspots: function (f, limit, offset) {
      return get("coverage/merged-events", {limit: limit, offset: offset}, f);
    },
    control: function (f) {
      // the API pages the intervals (limit, offset, total): read page after page, each place's
      // intervals joined in order (a place cut at a page's end continues on the next)
      var out = {places: []}, byPlace = {};
      function page(offset) {
        return get("control/intervals", {offset: offset}, f).then(function (res) {
          res.places.forEach(function (p) {
            if (byPlace[p.place]) {
              byPlace[p.place].intervals = byPlace[p.place].intervals.concat(p.intervals);
            } else {
              byPlace[p.place] = p;
              out.places.push(p);
            }
          });
          var next = res.offset + res.limit;
          return res.limit > 0 && next < res.total ? page(next) : out;
        });
      }
      return page(0);
    }
  };

  function wrap(name) {
    return function (f, a, b) {
      f = current(f);
      if (T.mode === "report") {
        try { return Promise.resolve(local[name](f, a, b)); } catch (e) { return Promise.reject(e); }
      }
      return remote[name](f, a, b);
    };
  }
  T.data = {};
  Object.keys(local).forEach(function (k) { T.data[k] = wrap(k); });
  T.data.reportRows = function () { return rows(); };
}());
