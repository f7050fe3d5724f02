// The search query set (queries.json) and its recall, shared by the test of assets/search.js
// (recall.test.js) and the measurement of Pagefind (bench/pagefind-recall.mjs); docs/search.md.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

function load() {
  return JSON.parse(fs.readFileSync(path.join(__dirname, "queries.json"), "utf8"));
}

// A document as the query set names it: its page's site path, a red post with "#ANCHOR|TITLE".
function pageOf(identity) {
  return identity.replace(/[#|].*$/s, "");
}

// `findIn(lang, query)` gives the identities a search found. Each query's expected documents
// are counted at the level given: "documents" as written, "pages" reduced to their pages.
function measure(queries, findIn, level) {
  let expected = 0;
  let found = 0;
  const rows = queries.map((entry) => {
    const reduce = (identities) => level === "pages" ? [...new Set(identities.map(pageOf))] : identities;
    const wanted = reduce(entry.expect);
    const got = new Set(reduce(findIn(entry.lang, entry.query)));
    const hits = wanted.filter((identity) => got.has(identity)).length;
    expected += wanted.length;
    found += hits;
    return { lang: entry.lang, query: entry.query, expected: wanted.length, found: hits, results: got.size };
  });
  return { rows, expected, found, recall: expected ? found / expected : 1 };
}

// Lightboard's own index of a built site: assets/search.js over LANG/search/documents.js.
function lightboardSearcher(siteDirectory) {
  const search = require(path.resolve(siteDirectory, "assets/search.js"));
  const prepared = {};
  return (lang, query) => {
    if (!prepared[lang]) {
      delete globalThis.lightboardSearchIndex;
      const file = path.resolve(siteDirectory, lang, "search/documents.js");
      delete require.cache[file];
      require(file);
      prepared[lang] = search.prepare(globalThis.lightboardSearchIndex);
    }
    return search.search(prepared[lang], query).map((document) => {
      const target = path.posix.normalize(`${lang}/search/${document.href}`).replace(/index\.html(?=#|$)/, "");
      return document.kind === 5 ? `${target}|${document.title}` : target;
    });
  };
}

module.exports = { load, measure, pageOf, lightboardSearcher };
