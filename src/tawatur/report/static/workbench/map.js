// tawatur workbench map: a Leaflet map over the offline base map (vector GeoJSON, no tiles), event
// markers coloured by type and shaped by polarity, clustering, a legend, popups and control shading
// at the selected date. It follows the shared filters ("tawatur:filters", core.js) and works without
// core.js (no filter). Article text is hostile: every string reaches the page through textContent.
//   report: data from the JSON blocks #view-data (key "map") and #basemap-data
//   page:   a page of the web app (story, event, place): its own markers in the JSON block #map-data,
//           the base map from /api/v1/map/basemap, popups linking to the event pages
//   serve:  /api/v1/map/basemap, /api/v1/map/points and /api/v1/map/control with the filters
// One component for all of them: the report, the workbench and every page of the app draw this map.
(function () {
  "use strict";
  var T = window.Tawatur = window.Tawatur || {};
  var SVGNS = "http://www.w3.org/2000/svg";
  var TYPE_COLOURS = {
    take_control: "#c0392b", enter: "#e67e22", advance: "#d35400", withdraw: "#7f8c8d",
    attack: "#8e44ad", deploy: "#2c3e50", defection: "#16a085", displacement: "#2980b9",
    evacuation: "#27ae60", protest: "#f1c40f", casualties: "#6d214f", other: "#95a5a6"
  };
  var SIDE_COLOURS = {
    government: "#d63031", opposition: "#00b894", sdf: "#fdcb6e", isis: "#2d3436", russia: "#6c5ce7",
    iran: "#a29bfe", hezbollah: "#e1b12c", turkey: "#e84393", usa: "#0984e3", israel: "#74b9ff",
    civilians: "#b2bec3", unknown: "#dfe6e9"
  };
  var SHAPES = {asserted: "circle", denied: "square", expected: "triangle"};

  function lang() { return T.lang ? T.lang() : (document.documentElement.lang === "en" ? "en" : "ar"); }
  function el(tag, cls, text) {
    var n = document.createElement(tag);
    if (cls) { n.className = cls; }
    if (text !== undefined && text !== null) { n.textContent = String(text); }
    return n;
  }
  function jsonBlock(id) {
    var node = document.getElementById(id);
    if (!node) { return null; }
    try { return JSON.parse(node.textContent); } catch (e) { return null; }
  }
  function currentFilters() {
    return T.filters ? T.filters() : {types: [], polarity: [], sides: [], actor: "", outlet: "", place: "",
                                      from: "", to: ""};
  }

  // ------------------------------------------------------------------ labels
  function Labels(pairs) {
    this.pairs = pairs || {};
  }
  Labels.prototype.get = function (key, fallback) {
    var p = this.pairs[key] || this.pairs["map:" + key];
    if (!p) { return fallback === undefined ? key : fallback; }
    return p[lang()] || p.en || fallback || key;
  };
  Labels.prototype.type = function (t) { return this.get("t:" + t, t); };
  Labels.prototype.polarity = function (p) { return this.get("p:" + p, p); };
  Labels.prototype.side = function (s) { return this.get("side:" + s, s); };
  Labels.prototype.status = function (s) { return this.get("s:" + s, s); };

  // ------------------------------------------------------------------ symbols
  function symbol(type, polarity, status, size) {
    var s = size || 18;
    var svg = document.createElementNS(SVGNS, "svg");
    svg.setAttribute("width", s);
    svg.setAttribute("height", s);
    svg.setAttribute("viewBox", "0 0 20 20");
    var shape = SHAPES[polarity] || "circle";
    var node;
    if (shape === "square") {
      node = document.createElementNS(SVGNS, "rect");
      node.setAttribute("x", "3"); node.setAttribute("y", "3");
      node.setAttribute("width", "14"); node.setAttribute("height", "14");
    } else if (shape === "triangle") {
      node = document.createElementNS(SVGNS, "polygon");
      node.setAttribute("points", "10,2 18.5,17.5 1.5,17.5");
    } else {
      node = document.createElementNS(SVGNS, "circle");
      node.setAttribute("cx", "10"); node.setAttribute("cy", "10"); node.setAttribute("r", "7.5");
    }
    node.setAttribute("fill", TYPE_COLOURS[type] || TYPE_COLOURS.other);
    node.setAttribute("fill-opacity", polarity === "asserted" ? "0.9" : "0.55");
    node.setAttribute("stroke", status === "corroborated" ? "#000" : "#fff");
    node.setAttribute("stroke-width", status === "corroborated" ? "2.2" : "1.5");
    if (polarity === "expected") { node.setAttribute("stroke-dasharray", "3 2"); }
    svg.appendChild(node);
    svg.setAttribute("class", "wb-symbol shape-" + shape);
    return svg;
  }

  // ------------------------------------------------------------------ filters (report mode)
  // A marker is a merged event: it passes when one of its outlets/actors does (core.js matches rows).
  function passes(m, f) {
    if (!T.matches) { return true; }
    var outlets = (m.outlets && m.outlets.length) ? m.outlets : [""];
    var actors = (m.actors && m.actors.length) ? m.actors : [""];
    for (var i = 0; i < outlets.length; i++) {
      for (var j = 0; j < actors.length; j++) {
        var row = {type: m.type, polarity: m.polarity, side: m.side, actor: actors[j], actor_en: actors[j],
                   outlet: outlets[i], place: m.place, place_id: m.place_id, date: m.date};
        if (T.matches(row, f)) { return true; }
        if (m.place_en && T.matches(Object.assign({}, row, {place: m.place_en}), f)) { return true; }
      }
    }
    return false;
  }

  // Who holds a place on ``day`` ("" = the latest state): the last dated interval begun by then,
  // else an undated one (undated states never override a dated one).
  function holderAt(intervals, day) {
    var best = null, undated = null;
    for (var i = 0; i < intervals.length; i++) {
      var it = intervals[i];
      if (!it.since) { undated = it; continue; }
      if (day && it.since.slice(0, 10) > day) { continue; }
      if (day && it.until && it.until.slice(0, 10) <= day) { continue; }
      if (!best || it.since > best.since) { best = it; }
    }
    return best || undated;
  }

  // ------------------------------------------------------------------ the map
  function WorkbenchMap(node, options) {
    this.node = node;
    this.opts = options || {};
    this.mode = this.opts.mode || T.mode || (document.getElementById("view-data") ? "report" : "serve");
    this.labels = new Labels(this.opts.labels);
    this.layers = {};
    this.requestNo = 0;
  }

  WorkbenchMap.prototype.start = function (basemap) {
    var L = window.L;
    var self = this;
    this.basemap = basemap;
    this.map = L.map(this.node, {zoomSnap: 0.5, minZoom: 4, maxZoom: 14, worldCopyJump: false,
                                 attributionControl: true});
    this.node.tawaturMap = this;
    var focus = basemap.focus || [35.4, 32.1, 42.6, 37.6];
    var region = basemap.region || [24, 12, 64, 43.5];
    this.map.setMaxBounds([[region[1] - 8, region[0] - 15], [region[3] + 8, region[2] + 15]]);
    this.map.fitBounds([[focus[1], focus[0]], [focus[3], focus[2]]]);
    this.drawBase(basemap);
    if (this.mode === "page") { this.fitMarkers((this.opts.data || {}).markers || []); }
    this.controlLayer = L.layerGroup().addTo(this.map);
    this.cluster = L.markerClusterGroup({maxClusterRadius: 40, showCoverageOnHover: false, disableClusteringAtZoom: 13,
                                         spiderfyOnMaxZoom: true, chunkedLoading: true});
    this.map.addLayer(this.cluster);
    this.legend = L.control({position: "bottomright"});
    this.legend.onAdd = function () { return self.legendNode(); };
    this.legend.addTo(this.map);
    this.map.attributionControl.setPrefix(false);
    this.setAttribution();
    document.addEventListener("tawatur:filters", function () { self.refresh(); });
    new MutationObserver(function () { self.relabel(); })
      .observe(document.documentElement, {attributes: true, attributeFilter: ["lang"]});
    if (this.mode === "serve") {
      this.map.on("moveend", function () { self.refresh(); });
    }
    this.refresh();
    return this;
  };

  // A page of the app (an event, a place, a story) opens on its own markers, not on the whole country.
  WorkbenchMap.prototype.fitMarkers = function (markers) {
    if (!markers.length) { return; }
    var pts = markers.map(function (m) { return [m.lat, m.lon]; });
    this.map.fitBounds(pts, {padding: [30, 30], maxZoom: 9, animate: false});
  };

  WorkbenchMap.prototype.drawBase = function (basemap) {
    var L = window.L;
    var layers = basemap.layers || {};
    var map = this.map;
    var pane = map.createPane("wb-base");
    pane.style.zIndex = 350;
    var base = {pane: "wb-base", interactive: false};
    if (layers.countries) {
      L.geoJSON(layers.countries, Object.assign({}, base, {style: function (f) {
        var home = f.properties && f.properties.iso === "SY";
        return {color: "#8a8a80", weight: home ? 1.6 : 0.8, fillColor: home ? "#fbf7ea" : "#efece2",
                fillOpacity: 1, className: "wb-country" + (home ? " wb-syria" : "")};
      }})).addTo(map);
    }
    // Governorate (admin-1) borders: thin dashed lines over the land, under rivers, labels and markers.
    if (layers.admin1) {
      this.admin1Layer = L.geoJSON(layers.admin1, Object.assign({}, base, {style: function (f) {
        var zone = f.properties && f.properties.kind === "zone";
        return {color: zone ? "#7d8fa3" : "#9a8f7a", weight: 0.9, opacity: 0.9, dashArray: zone ? "2 3" : "5 3",
                fill: false, className: "wb-admin1" + (zone ? " wb-admin1-zone" : "")};
      }})).addTo(map);
    }
    if (layers.lakes) {
      L.geoJSON(layers.lakes, Object.assign({}, base, {style: function () {
        return {color: "#7fa7c4", weight: 0.5, fillColor: "#bcd7ea", fillOpacity: 1, className: "wb-lake"};
      }})).addTo(map);
    }
    if (layers.rivers) {
      L.geoJSON(layers.rivers, Object.assign({}, base, {style: function () {
        return {color: "#5b9bd5", weight: 1.2, className: "wb-river"};
      }})).addTo(map);
    }
    if (layers.coastlines) {
      L.geoJSON(layers.coastlines, Object.assign({}, base, {style: function () {
        return {color: "#4a7390", weight: 0.9, className: "wb-coast"};
      }})).addTo(map);
    }
    this.placeLabels = [];
    var self = this;
    var labelled = function (layer, cls, radius, permanent) {
      return L.geoJSON(layer, {pane: "wb-base", pointToLayer: function (f, ll) {
        var mk = L.circleMarker(ll, {radius: radius, weight: 1, color: "#555", fillColor: "#fff",
                                     fillOpacity: 1, pane: "wb-base", className: cls, interactive: false});
        var tip = el("span", cls + "-label");
        self.placeLabels.push({node: tip, props: f.properties});
        mk.bindTooltip(tip, {permanent: permanent, direction: "right", className: cls + "-tip",
                             offset: [4, 0], opacity: 0.85});
        return mk;
      }});
    };
    if (layers.cities) {
      var big = {type: "FeatureCollection", features: layers.cities.features.filter(function (f) {
        return f.properties.country === "SY" ? f.properties.pop >= 150000 : f.properties.pop >= 2000000;
      })};
      labelled(big, "wb-city", 2.5, true).addTo(map);
    }
    if (layers.governorates) {
      this.govLayer = labelled(layers.governorates, "wb-gov", 0, false);
    }
    this.relabelPlaces();
  };

  WorkbenchMap.prototype.relabelPlaces = function () {
    var ar = lang() === "ar";
    this.placeLabels.forEach(function (p) {
      p.node.textContent = (ar && p.props.name_ar) ? p.props.name_ar : p.props.name;
    });
  };

  // Leaflet writes attribution strings as HTML: ours are plain text from the base map file, escaped here.
  WorkbenchMap.prototype.setAttribution = function () {
    var att = (this.basemap && this.basemap.attribution) || {};
    var esc = el("span", "", att[lang()] || att.en || "").outerHTML;
    if (this.attribution) { this.map.attributionControl.removeAttribution(this.attribution); }
    this.attribution = esc;
    this.map.attributionControl.addAttribution(esc);
  };

  WorkbenchMap.prototype.relabel = function () {
    this.relabelPlaces();
    this.setAttribution();
    if (this.legend) { this.legend.remove(); this.legend.addTo(this.map); }
    this.refresh();
  };

  WorkbenchMap.prototype.legendNode = function () {
    var lb = this.labels;
    var box = el("div", "wb-legend leaflet-bar");
    box.setAttribute("dir", lang() === "ar" ? "rtl" : "ltr");
    box.appendChild(el("strong", "", lb.get("legend")));
    var types = this.presentTypes && this.presentTypes.length ? this.presentTypes : Object.keys(TYPE_COLOURS);
    var list = el("ul", "wb-legend-types");
    types.forEach(function (t) {
      var li = el("li");
      li.appendChild(symbol(t, "asserted", "", 12));
      li.appendChild(el("span", "", lb.type(t)));
      li.setAttribute("data-type", t);
      list.appendChild(li);
    });
    box.appendChild(list);
    var pol = el("ul", "wb-legend-polarity");
    ["asserted", "denied", "expected"].forEach(function (p) {
      var li = el("li");
      li.appendChild(symbol("other", p, "", 12));
      li.appendChild(el("span", "", lb.polarity(p)));
      li.setAttribute("data-polarity", p);
      pol.appendChild(li);
    });
    box.appendChild(pol);
    if (this.admin1Layer) {
      var bl = el("ul", "wb-legend-base");
      var li = el("li", "wb-legend-admin1");
      var ln = el("span", "wb-line wb-line-admin1");
      li.appendChild(ln);
      li.appendChild(el("span", "", lb.get("admin1")));
      bl.appendChild(li);
      box.appendChild(bl);
    }
    var sides = this.presentSides || [];
    if (sides.length) {
      box.appendChild(el("div", "wb-legend-title", lb.get("control_on") + " " + (this.controlDay || lb.get("now"))));
      var sl = el("ul", "wb-legend-sides");
      sides.forEach(function (s) {
        var li = el("li");
        var sw = el("span", "wb-swatch");
        sw.style.background = SIDE_COLOURS[s] || SIDE_COLOURS.unknown;
        li.appendChild(sw);
        li.appendChild(el("span", "", lb.side(s)));
        sl.appendChild(li);
      });
      box.appendChild(sl);
    }
    window.L.DomEvent.disableClickPropagation(box);
    window.L.DomEvent.disableScrollPropagation(box);
    return box;
  };

  WorkbenchMap.prototype.popup = function (m) {
    var lb = this.labels;
    var box = el("div", "wb-popup");
    box.setAttribute("dir", lang() === "ar" ? "rtl" : "ltr");
    var head = el("div", "wb-popup-head");
    head.appendChild(symbol(m.type, m.polarity, m.status, 14));
    head.appendChild(el("strong", "", lb.type(m.type) + (m.polarity && m.polarity !== "asserted"
      ? " (" + lb.polarity(m.polarity) + ")" : "")));
    box.appendChild(head);
    var place = lang() === "en" ? (m.place_en || m.place) : (m.place || m.place_en);
    if (place) { box.appendChild(el("div", "wb-popup-place", place)); }
    var date = m.date_l ? (m.date_l[lang()] || m.date) : m.date;
    if (date) { box.appendChild(el("div", "wb-popup-date", date)); }
    if (m.side && m.side !== "unknown") { box.appendChild(el("div", "wb-popup-side", lb.side(m.side))); }
    var actors = m.actor_names || m.actors || [];
    if (actors.length) { box.appendChild(el("div", "wb-popup-actor", actors.join(" · "))); }
    if (m.outlets && m.outlets.length) {
      var o = el("div", "wb-popup-outlets");
      o.appendChild(el("span", "", lb.get("outlets") + ": "));
      var b = el("bdi", "", m.outlets.join(" · "));
      b.setAttribute("dir", "auto");
      o.appendChild(b);
      box.appendChild(o);
    }
    if (m.status) {
      box.appendChild(el("div", "wb-popup-status badge " + m.status, lb.status(m.status) +
        (m.n_chains ? " · " + m.n_chains + " " + lb.get("chains") : "")));
    }
    var a = el("a", "wb-popup-link", "→ " + (m.id || ""));
    a.setAttribute("href", this.mode !== "report" ? "/event/" + encodeURIComponent(m.merged_event || m.id) +
                   (lang() === "en" ? "?lang=en" : "") : "#" + encodeURIComponent(m.id));
    box.appendChild(a);
    return box;
  };

  WorkbenchMap.prototype.marker = function (m) {
    var L = window.L;
    var self = this;
    var icon = L.divIcon({html: symbol(m.type, m.polarity, m.status, 18), className: "wb-marker wb-type-" +
                          m.type + " wb-pol-" + m.polarity, iconSize: [18, 18], iconAnchor: [9, 9]});
    var mk = L.marker([m.lat, m.lon], {icon: icon, keyboard: true, title: ""});
    mk.bindPopup(function () { return self.popup(m); }, {maxWidth: 280});
    mk.tawaturId = m.id;
    mk.tawaturItem = m;
    return mk;
  };

  WorkbenchMap.prototype.showMarkers = function (items) {
    var self = this;
    var seen = {};
    this.cluster.clearLayers();
    var layers = items.map(function (m) { seen[m.type] = true; return self.marker(m); });
    this.cluster.addLayers(layers);
    this.presentTypes = Object.keys(TYPE_COLOURS).filter(function (t) { return seen[t]; });
    this.shown = items.length;
  };

  WorkbenchMap.prototype.showCells = function (cells) {
    var L = window.L;
    var map = this.map;
    this.cluster.clearLayers();
    var layers = cells.map(function (c) {
      var size = c.n < 10 ? 30 : c.n < 100 ? 36 : c.n < 1000 ? 42 : 50;
      var inner = el("div");
      inner.appendChild(el("span", "", c.n >= 1000 ? Math.round(c.n / 100) / 10 + "k" : String(c.n)));
      var cls = c.n < 10 ? "small" : c.n < 100 ? "medium" : "large";
      var mk = L.marker([c.lat, c.lon], {icon: L.divIcon({html: inner, className: "marker-cluster marker-cluster-" +
        cls + " wb-cell", iconSize: [size, size]})});
      mk.on("click", function () {
        map.fitBounds([[c.min_lat, c.min_lon], [c.max_lat, c.max_lon]], {maxZoom: map.getZoom() + 3});
      });
      return mk;
    });
    this.cluster.addLayers(layers);
    this.shown = cells.reduce(function (s, c) { return s + c.n; }, 0);
  };

  WorkbenchMap.prototype.showControl = function (places, day) {
    var L = window.L;
    var lb = this.labels;
    var seen = {};
    this.controlLayer.clearLayers();
    places.forEach(function (p) {
      var h = p.holder ? p : holderAt(p.intervals || [], day);
      if (!h || p.lat === null || p.lat === undefined) { return; }
      seen[h.holder] = true;
      var c = L.circle([p.lat, p.lon], {radius: 7000, color: SIDE_COLOURS[h.holder] || SIDE_COLOURS.unknown,
                                        weight: h.contested ? 2 : 1, dashArray: h.contested ? "4 3" : null,
                                        fillOpacity: 0.35, className: "wb-control wb-holder-" + h.holder});
      var tip = el("span", "", (lang() === "en" ? (p.place_en || p.place) : (p.place || p.place_en)) + ": " +
                   lb.side(h.holder) + (h.since ? " (" + h.since.slice(0, 10) + ")" : ""));
      c.bindTooltip(tip, {sticky: true});
      c.addTo(this.controlLayer);
    }, this);
    this.presentSides = Object.keys(SIDE_COLOURS).filter(function (s) { return seen[s]; });
  };

  // The day control is shown for: the filter's end date, else the latest state.
  WorkbenchMap.prototype.refresh = function () {
    var f = currentFilters();
    this.controlDay = f.to || "";
    if (this.mode === "serve") { return this.refreshServe(f); }
    var data = this.opts.data || {};
    var items = (data.markers || []).filter(function (m) { return passes(m, f); });
    this.showMarkers(items);
    this.showControl(data.control || [], this.controlDay);
    this.redrawLegend();
    return null;
  };

  WorkbenchMap.prototype.redrawLegend = function () {
    if (this.legend && this.map) { this.legend.remove(); this.legend.addTo(this.map); }
  };

  WorkbenchMap.prototype.url = function (path, extra) {
    if (T.apiUrl) { return T.apiUrl(path, extra); }
    var p = new URLSearchParams();
    Object.keys(extra || {}).forEach(function (k) { p.set(k, String(extra[k])); });
    return "/api/v1/" + path + "?" + p.toString();
  };

  WorkbenchMap.prototype.refreshServe = function (f) {
    var self = this;
    var b = this.map.getBounds();
    var bbox = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map(function (x) {
      return Math.max(-180, Math.min(180, x)).toFixed(4);
    }).join(",");
    var no = ++this.requestNo;
    var zoom = Math.round(this.map.getZoom());
    var points = fetch(this.url("map/points", {bbox: bbox, zoom: zoom}), {credentials: "same-origin"})
      .then(function (r) { if (!r.ok) { throw new Error("map/points " + r.status); } return r.json(); });
    var control = fetch(this.url("map/control", {bbox: bbox}), {credentials: "same-origin"})
      .then(function (r) { return r.ok ? r.json() : {items: []}; });
    return Promise.all([points, control]).then(function (res) {
      if (no !== self.requestNo) { return; }
      var pts = res[0];
      if (pts.mode === "grid") { self.showCells(pts.cells || []); } else { self.showMarkers(pts.items || []); }
      self.total = pts.total;
      self.showControl(res[1].items || [], f.to || "");
      self.redrawLegend();
      self.node.setAttribute("data-loaded", String(no));
    }).catch(function (e) {
      self.node.setAttribute("data-error", String(e && e.message || e));
    });
  };

  function load(node) {
    var mode = node.getAttribute("data-mode") || T.mode || (document.getElementById("view-data") ? "report" : "serve");
    var cfg = jsonBlock("map-config") || {};
    var data = mode === "serve" ? null : ((jsonBlock("view-data") || {}).map || jsonBlock("map-data") || {});
    var basemap = jsonBlock("basemap-data");
    function start(bm) {
      T.mapView = new WorkbenchMap(node, {mode: mode, labels: (data && data.labels) || cfg.labels || bm.labels,
                                          data: data || {}}).start(bm);
    }
    if (basemap) { start(basemap); return; }
    fetch("/api/v1/map/basemap", {credentials: "same-origin"}).then(function (r) { return r.json(); })
      .then(start).catch(function (e) { node.setAttribute("data-error", String(e && e.message || e)); });
  }

  T.WorkbenchMap = WorkbenchMap;
  T.mapHolderAt = holderAt;
  function init() {
    if (!window.L) { return; }
    var nodes = document.querySelectorAll("[data-tawatur-map]");
    for (var i = 0; i < nodes.length; i++) { load(nodes[i]); }
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", init); } else { init(); }
}());
