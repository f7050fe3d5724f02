// The status line of the search page of the committed sample site (or LIGHTBOARD_SITE): its sentences
// are the page's data-status-* strings (Templates/strings), chosen by assets/search.js.
"use strict";
const test = require("node:test");
const assert = require("node:assert");
const fs = require("node:fs");
const path = require("node:path");

const site = process.env.LIGHTBOARD_SITE || path.join(__dirname, "../../Site");
const { statusMessage } = require(path.resolve(site, "assets/search.js"));

// The form's data-status-found="…" attributes as its `dataset` (statusFound: "…").
function sentences(lang) {
  const page = fs.readFileSync(path.join(site, lang, "search/index.html"), "utf8");
  const form = page.match(/<form [^>]*data-search[^>]*>/)[0];
  const dataset = {};
  for (const [, name, value] of form.matchAll(/data-status-(\w+)="([^"]*)"/g)) {
    dataset["status" + name[0].toUpperCase() + name.slice(1)] = value.replace(/&#(\d+);/g, (_, code) => String.fromCharCode(Number(code)))
      .replace(/&quot;/g, "\"").replace(/&amp;/g, "&");
  }
  return dataset;
}

test("one result has a sentence of its own", () => {
  assert.strictEqual(statusMessage(sentences("en"), 1, " haishu "), "1 result for “haishu”.");
  assert.strictEqual(statusMessage(sentences("zh"), 1, "海曙"), "找到 1 条与“海曙”相关的结果。");
});

test("none, several and more than are listed", () => {
  assert.strictEqual(statusMessage(sentences("en"), 0, "xyz"), "Nothing found for “xyz”. Try another word, or look by department or by period.");
  assert.strictEqual(statusMessage(sentences("en"), 2, "lift"), "2 results for “lift”.");
  assert.strictEqual(statusMessage(sentences("en"), 51, "a"), "51 results for “a”. The first 50 are listed; add a word to narrow them down.");
});
