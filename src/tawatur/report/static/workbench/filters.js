// tawatur workbench filter form: type, polarity, side (check boxes), actor, outlet, place (lists of
// the choices the data has, with counts), from/to days, and a clear button. It only calls
// Tawatur.setFilters; everything else follows the "tawatur:filters" event.
(function () {
  "use strict";
  var T = window.Tawatur = window.Tawatur || {};
  var box = document.getElementById("tw-filters");
  if (!box || !T.setFilters || !T.data) { return; }
  var el = T.el;
  var choices = null; // facets of the whole data, fetched once (the lists stay stable while filtering)

  function checks(name, group, list, chosen) {
    var fs = el("fieldset", {"class": "tw-checks", "data-filter": name});
    fs.appendChild(el("legend", null, T.str(name === "types" ? "type" : name === "sides" ? "side" : name)));
    list.forEach(function (c) {
      var lab = el("label");
      var input = el("input", {type: "checkbox", value: c.value, name: name});
      input.checked = chosen.indexOf(c.value) >= 0;
      input.addEventListener("change", function () {
        var vals = Array.prototype.map.call(fs.querySelectorAll("input:checked"), function (i) { return i.value; });
        var part = {};
        part[name] = vals;
        T.setFilters(part);
      });
      lab.appendChild(input);
      lab.appendChild(document.createTextNode(" " + T.label(group, c.value) + " (" + c.n + ")"));
      fs.appendChild(lab);
    });
    return fs;
  }

  function select(name, list, chosen, labelOf) {
    var lab = el("label", {"class": "tw-field"});
    lab.appendChild(el("span", null, T.str(name)));
    var sel = el("select", {name: name, "data-filter": name});
    sel.appendChild(el("option", {value: ""}, T.str("any")));
    var seen = false;
    list.forEach(function (c) {
      var o = el("option", {value: c.value}, labelOf(c) + " (" + c.n + ")");
      if (c.value === chosen) { o.selected = true; seen = true; }
      sel.appendChild(o);
    });
    if (chosen && !seen) { // a value from the URL that the list does not offer still shows
      var extra = el("option", {value: chosen}, chosen);
      extra.selected = true;
      sel.appendChild(extra);
    }
    sel.addEventListener("change", function () {
      var part = {};
      part[name] = sel.value;
      T.setFilters(part);
    });
    lab.appendChild(sel);
    return lab;
  }

  function day(name, value, first, last) {
    var lab = el("label", {"class": "tw-field"});
    lab.appendChild(el("span", null, T.str(name)));
    var input = el("input", {type: "date", name: name, "data-filter": name, min: first || undefined,
                             max: last || undefined});
    input.value = value || "";
    input.addEventListener("change", function () {
      var part = {};
      part[name] = input.value;
      T.setFilters(part);
    });
    lab.appendChild(input);
    return lab;
  }

  function render() {
    if (!choices) { return; }
    var f = T.filters();
    var form = el("form", {"class": "tw-filter-form", role: "search"});
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    form.appendChild(el("h2", null, T.str("filters")));
    form.appendChild(checks("types", "type", choices.types, f.types));
    form.appendChild(checks("polarity", "polarity", choices.polarity, f.polarity));
    form.appendChild(checks("sides", "side", choices.sides, f.sides));
    var row = el("div", {"class": "tw-fields"});
    row.appendChild(select("actor", choices.actors, f.actor, function (c) { return c.label || c.value; }));
    row.appendChild(select("outlet", choices.outlets, f.outlet, function (c) { return c.value; }));
    row.appendChild(select("place", choices.places, f.place, function (c) { return c.label || c.value; }));
    row.appendChild(day("from", f.from, choices.first, choices.last));
    row.appendChild(day("to", f.to, choices.first, choices.last));
    var clear = el("button", {type: "button", id: "tw-clear"}, T.str("clear"));
    clear.disabled = !T.isFiltered();
    clear.addEventListener("click", function () { T.clearFilters(); });
    row.appendChild(clear);
    form.appendChild(row);
    box.replaceChildren(form);
  }

  T.data.facets(T.emptyFilters()).then(function (c) { choices = c; render(); }, function () {
    box.replaceChildren(el("p", {"class": "tw-error"}, T.str("error")));
  });
  document.addEventListener("tawatur:filters", render);
  document.addEventListener("tawatur:lang", render);
}());
