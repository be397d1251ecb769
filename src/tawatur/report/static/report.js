// Language toggle: every label carries data-ar/data-en; flip them, the page direction and lang.
(function () {
  "use strict";
  var root = document.documentElement;
  function setLang(lang) {
    root.setAttribute("lang", lang);
    root.setAttribute("dir", lang === "ar" ? "rtl" : "ltr");
    var nodes = document.querySelectorAll(".l");
    for (var i = 0; i < nodes.length; i++) {
      var t = nodes[i].getAttribute("data-" + lang);
      if (t !== null) { nodes[i].textContent = t; }
    }
  }
  var button = document.getElementById("lang-toggle");
  if (button) {
    button.addEventListener("click", function () {
      setLang(root.getAttribute("lang") === "ar" ? "en" : "ar");
    });
  }
  // Clicking a map marker scrolls to the merged event's row in the matrix.
  var markers = document.querySelectorAll("svg.map .marker");
  for (var j = 0; j < markers.length; j++) {
    markers[j].addEventListener("click", function (ev) {
      var row = document.getElementById(ev.currentTarget.getAttribute("data-id"));
      if (row) { row.scrollIntoView({behavior: "smooth", block: "center"}); }
    });
  }
  var data = document.getElementById("view-data");
  if (data) {
    try { window.tawaturView = JSON.parse(data.textContent); } catch (e) { window.tawaturView = null; }
  }
}());
