// The site's search (docs/search.md): finds the documents of LANG/search/documents.js,
// written by `lightboard build`, on the page that has a form[data-search]; does nothing elsewhere.
//
// A query is split into terms: runs of Chinese characters, and words of letters or digits.
// A document is found when every term matches it:
// - a Chinese run where its text holds the run as written ("路灯", "海曙"), or, in a
//   department's names, where its characters come in order (the short forms 住建, 市监局);
// - a word where a word of its text starts with it ("haishu", "light" finds "lights").
// A document's text includes that of its related documents (a red post's department and period).
// Node's test of the query set (Tests/search/recall.test.js) runs this same file.
(function () {
  "use strict";

  var CHINESE = /[\u3400-\u9fff\uf900-\ufaff]/;
  var TERM = /[\u3400-\u9fff\uf900-\ufaff]+|(?:(?![\u3400-\u9fff\uf900-\ufaff])[\p{L}\p{N}])+/gu;
  var DEPARTMENT = 0;
  var SHOWN = 50;

  function normalize(text) {
    return text.normalize("NFKC").toLowerCase();
  }

  function terms(query) {
    return normalize(query).match(TERM) || [];
  }

  function isWordCharacter(character) {
    return character !== undefined && /[\p{L}\p{N}]/u.test(character) && !CHINESE.test(character);
  }

  // Whether a word of `text` starts with `word`.
  function hasWordStartingWith(text, word) {
    for (var at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
      if (!isWordCharacter(text[at - 1])) return true;
    }
    return false;
  }

  function hasInOrder(text, characters) {
    var at = 0;
    for (var i = 0; i < characters.length; i++) {
      at = text.indexOf(characters[i], at);
      if (at === -1) return false;
      at += characters[i].length;
    }
    return true;
  }

  function contains(text, term) {
    if (CHINESE.test(term)) return text.indexOf(term) !== -1;
    if (hasWordStartingWith(text, term)) return true;
    // A plural finds its singular: "lights" finds "light".
    return term.length > 3 && term[term.length - 1] === "s" && hasWordStartingWith(text, term.slice(0, -1));
  }

  // The index made ready once: each document's title, own text and related text, normalised.
  function prepare(index) {
    var documents = index.documents.map(function (entry) {
      return { kind: entry[0], title: entry[1], href: entry[2], text: entry[3], related: entry.slice(4),
               ownTitle: normalize(entry[1]), ownText: normalize(entry[3]) };
    });
    documents.forEach(function (document) {
      document.relatedText = document.related.map(function (i) {
        return documents[i].ownTitle + "\n" + documents[i].ownText;
      }).join("\n");
    });
    return { kinds: index.kinds, documents: documents };
  }

  // How well `term` matches `document`: 0 when it does not.
  function termWeight(document, term) {
    if (contains(document.ownTitle, term)) return 4;
    if (document.kind === DEPARTMENT && CHINESE.test(term) && term.length > 1
        && hasInOrder(document.ownTitle + "\n" + document.ownText, Array.from(term))) return 3;
    if (contains(document.ownText, term)) return 2;
    if (contains(document.relatedText, term)) return 1;
    return 0;
  }

  // The documents every term of `query` matches, best first, then by kind, then in index order.
  function search(prepared, query) {
    var queryTerms = terms(query);
    if (queryTerms.length === 0) return [];
    var found = [];
    prepared.documents.forEach(function (document, position) {
      var weight = 0;
      for (var i = 0; i < queryTerms.length; i++) {
        var termMatch = termWeight(document, queryTerms[i]);
        if (termMatch === 0) return;
        weight += termMatch;
      }
      found.push({ document: document, weight: weight, position: position });
    });
    found.sort(function (a, b) {
      return b.weight - a.weight || a.document.kind - b.document.kind || a.position - b.position;
    });
    return found.map(function (result) { return result.document; });
  }

  // Where a result sits: its related documents' titles (a red post's department and period).
  function context(prepared, document) {
    return document.related.map(function (i) { return prepared.documents[i].title; }).join(" · ");
  }

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (placeholder, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? values[name] : placeholder;
    });
  }

  // The status line: `sentences` are the form's data-status-* strings. One result has a sentence
  // of its own, as the `*_one` strings do on the pages.
  function statusMessage(sentences, count, query) {
    var sentence = count === 0 ? sentences.statusNone : count === 1 ? sentences.statusOne : sentences.statusFound;
    var message = fill(sentence, { count: String(count), query: query.trim() });
    if (count > SHOWN) message += " " + fill(sentences.statusMore, { shown: String(SHOWN) });
    return message;
  }

  var api = { terms: terms, prepare: prepare, search: search, context: context, statusMessage: statusMessage };
  if (typeof module === "object" && module.exports) module.exports = api;
  if (typeof document === "undefined") return;

  function start() {
    var form = document.querySelector("form[data-search]");
    if (!form || !globalThis.lightboardSearchIndex) return;
    var prepared = prepare(globalThis.lightboardSearchIndex);
    var input = form.querySelector("input[type=search]");
    var status = document.querySelector("[data-search-status]");
    var list = document.querySelector("[data-search-results]");
    document.querySelectorAll("[data-search-no-script]").forEach(function (note) { note.hidden = true; });
    form.hidden = false;

    function show(query) {
      list.textContent = "";
      if (terms(query).length === 0) {
        status.textContent = "";
        return;
      }
      var results = search(prepared, query);
      status.textContent = statusMessage(form.dataset, results.length, query);
      results.slice(0, SHOWN).forEach(function (result) {
        // Titles of red posts are citizens' text: set as text, never as HTML.
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.href = result.href;
        link.textContent = result.title;
        var kind = document.createElement("span");
        kind.className = "search-kind";
        kind.textContent = prepared.kinds[result.kind];
        item.append(link, " ", kind);
        var where = context(prepared, result);
        if (where) {
          var note = document.createElement("span");
          note.className = "search-context";
          note.textContent = where;
          item.append(" ", note);
        }
        list.append(item);
      });
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      show(input.value);
      try {
        history.replaceState(null, "", "?q=" + encodeURIComponent(input.value.trim()));
      } catch (error) {
        // A page opened from disk may not change its address; the results are shown all the same.
      }
    });
    input.addEventListener("input", function () { show(input.value); });
    var query = new URLSearchParams(location.search).get("q");
    if (query) {
      input.value = query;
      show(query);
    }
  }

  document.addEventListener("DOMContentLoaded", start);
})();
