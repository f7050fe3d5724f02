// Optional enhancement: tables marked data-sortable sort by a column when its
// header button is pressed. Without this file the tables stay in their
// published order and nothing else changes.
(function () {
  "use strict";

  // "1,234", "72.4%", "−0.50", "3 ★ Top ten" -> number; null for text such as names.
  function numberIn(text) {
    var match = text.replace(/,/g, "").replace(/\u2212/g, "-").match(/^\s*(-?\d+(?:\.\d+)?)/);
    return match ? parseFloat(match[1]) : null;
  }

  function sortBy(table, header, column) {
    var descending = header.getAttribute("aria-sort") === "ascending";
    var body = table.tBodies[0];
    var collator = new Intl.Collator(document.documentElement.lang);
    var rows = Array.prototype.slice.call(body.rows).map(function (row, index) {
      var text = row.cells[column].textContent;
      return { row: row, index: index, text: text, number: numberIn(text) };
    });
    rows.sort(function (a, b) {
      var order = a.number !== null && b.number !== null ? a.number - b.number : collator.compare(a.text, b.text);
      if (descending) order = -order;
      return order || a.index - b.index;
    });
    rows.forEach(function (entry) { body.appendChild(entry.row); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell) { cell.removeAttribute("aria-sort"); });
    header.setAttribute("aria-sort", descending ? "descending" : "ascending");
  }

  Array.prototype.forEach.call(document.querySelectorAll("table[data-sortable]"), function (table) {
    if (!table.tHead || table.tBodies.length !== 1) return;
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (header, column) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort-button";
      while (header.firstChild) button.appendChild(header.firstChild);
      header.appendChild(button);
      button.addEventListener("click", function () { sortBy(table, header, column); });
    });
    if (table.caption && table.dataset.sortHint) {
      var hint = document.createElement("span");
      hint.className = "sort-hint";
      hint.textContent = table.dataset.sortHint;
      table.caption.appendChild(hint);
    }
  });
})();
