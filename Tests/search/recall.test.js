// The search of the committed sample site (or LIGHTBOARD_SITE) finds the query set's documents
// with the recall measured when it was written (docs/search.md); run by `make test` (node --test).
"use strict";
const test = require("node:test");
const assert = require("node:assert");
const path = require("node:path");
const querySet = require("./query-set.js");

const site = process.env.LIGHTBOARD_SITE || path.join(__dirname, "../../Site");
const { queries, measured } = querySet.load();
const search = querySet.lightboardSearcher(site);

test("the query set has at least 30 queries in each language", () => {
  for (const lang of ["zh", "en"]) {
    assert.ok(queries.filter((entry) => entry.lang === lang).length >= 15, lang);
  }
  assert.ok(queries.length >= 30);
});

// Found and expected documents, as measured: a change to the index or to search.js that finds
// fewer fails here, and one that finds more is recorded in queries.json and docs/search.md.
test("the query set's recall is the measured one", () => {
  for (const level of ["documents", "pages"]) {
    const result = querySet.measure(queries, search, level);
    assert.deepStrictEqual([result.found, result.expected], measured.lightboard[level], level);
  }
});

test("the one miss is a synonym: police for the Public Security Bureau", () => {
  const missed = querySet.measure(queries, search, "documents").rows.filter((row) => row.found < row.expected);
  assert.deepStrictEqual(missed.map((row) => `${row.lang} ${row.query}`), ["en police"]);
});

test("a short form finds its department and nothing else", () => {
  assert.deepStrictEqual(search("zh", "住建"), ["zh/departments/housing/"]);
  assert.deepStrictEqual(search("en", "市监局"), ["en/departments/market/"]);
});

test("every word of a query must match", () => {
  const both = search("zh", "鄞州 路灯");
  assert.ok(both.length > 0 && both.every((identity) => identity.includes("#red-d-yinzhou|") && identity.includes("路灯")), both.join("\n"));
  assert.deepStrictEqual(search("zh", "路灯 不存在的词"), []);
  assert.deepStrictEqual(search("en", "  "), []);
});

test("an English word matches the start of a word, a plural its singular", () => {
  assert.deepStrictEqual(search("en", "hais"), search("en", "haishu"));
  assert.ok(!search("en", "ishu").includes("en/departments/haishu/"));
  assert.ok(search("en", "lifts").includes("en/2024-q3/complex/issue-04/"));
});

test("non-public red posts are not in the index", () => {
  const titles = search("zh", "红灯").concat(search("zh", "非公开"));
  assert.ok(titles.every((identity) => !identity.includes("非公开留言")));
});
