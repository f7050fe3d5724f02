// Optional enhancement: the display mode chosen in the header (large text, high
// contrast) stays chosen from page to page. Without this file the links still
// work on the page they are used on (style.css reads them with :target).
(function () {
  "use strict";
  var key = "lightboard-display-mode";
  var modes = { "large-text": ["mode-large-text"], "high-contrast": ["mode-high-contrast"],
                "large-high-contrast": ["mode-large-text", "mode-high-contrast"], "standard": [] };
  var root = document.documentElement;
  var links = document.querySelectorAll("a[data-mode]");

  function apply(mode) {
    root.classList.remove("mode-large-text", "mode-high-contrast");
    (modes[mode] || []).forEach(function (name) { root.classList.add(name); });
    Array.prototype.forEach.call(links, function (link) {
      if (link.getAttribute("data-mode") === mode) link.setAttribute("aria-current", "true");
      else link.removeAttribute("aria-current");
    });
  }

  function stored() {
    try { return window.localStorage.getItem(key); } catch (e) { return null; }
  }

  var initial = stored();
  if (initial && modes[initial]) apply(initial);
  Array.prototype.forEach.call(links, function (link) {
    link.addEventListener("click", function (event) {
      var mode = link.getAttribute("data-mode");
      event.preventDefault();
      apply(mode);
      try {
        if (mode === "standard") window.localStorage.removeItem(key);
        else window.localStorage.setItem(key, mode);
      } catch (e) { /* storage refused: the mode lasts for this page */ }
    });
  });
})();
