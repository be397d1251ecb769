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
  var data = document.getElementById("view-data");
  if (data) {
    try { window.tawaturView = JSON.parse(data.textContent); } catch (e) { window.tawaturView = null; }
  }
}());
