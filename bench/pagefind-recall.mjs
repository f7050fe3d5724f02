// Pagefind's recall on the search query set (Tests/search/queries.json), beside Lightboard's own
// index, on a site that `pagefind --site` has indexed; run by bench/search-recall.sh (docs/search.md).
//   node bench/pagefind-recall.mjs SITE_WITH_PAGEFIND SITE
// Pagefind's browser module runs in Node: its files are read from disk instead of fetched.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);
const querySet = require("../Tests/search/query-set.js");
const [pagefindSite, site] = process.argv.slice(2);
const { queries } = querySet.load();

// Counts what a browser would download: Pagefind loads its index in chunks, as a query needs them.
let bytesFetched = 0;
globalThis.fetch = async (input) => {
  const bytes = await readFile(fileURLToPath(String(input).replace(/\?.*$/, "")));
  bytesFetched += bytes.length;
  return new Response(bytes);
};

// One Pagefind module per language (it keeps one index), which reads the language of the page
// it runs on from <html lang>, as on the site's own pages: the query sees that language's pages.
const results = {};
for (const lang of [...new Set(queries.map((entry) => entry.lang))]) {
  globalThis.window = {};
  globalThis.document = { currentScript: null, querySelector: () => ({ getAttribute: () => lang }) };
  const pagefind = await import(pathToFileURL(`${pagefindSite}/pagefind/pagefind.js`).href + `?lang=${lang}`);
  await pagefind.options({ baseUrl: "/" });
  await pagefind.init();
  for (const entry of queries.filter((entry) => entry.lang === lang)) {
    const search = await pagefind.search(entry.query);
    const pages = await Promise.all(search.results.map((result) => result.data()));
    results[`${lang} ${entry.query}`] = pages.map((page) => page.url.replace(/^\//, "").replace(/index\.html$/, ""));
  }
}
delete globalThis.window;
delete globalThis.document;
const pagefind = (lang, query) => results[`${lang} ${query}`];
console.error(`Pagefind fetched ${bytesFetched} bytes (pagefind.js itself aside) for all the queries, one page load per language`);
const lightboard = querySet.lightboardSearcher(site);

const percent = (result) => `${(100 * result.recall).toFixed(1)}% (${result.found}/${result.expected})`;
console.log("query\tpagefind: pages found/expected (pages returned)\tlightboard: pages (returned)\tlightboard: documents (returned)");
const rows = ["pages", "documents"].map((level) => querySet.measure(queries, lightboard, level));
const pagefindPages = querySet.measure(queries, pagefind, "pages");
pagefindPages.rows.forEach((row, i) => {
  const cell = (result) => `${result.found}/${result.expected} (${result.results})`;
  console.log(`${row.lang} ${row.query}\t${cell(row)}\t${cell(rows[0].rows[i])}\t${cell(rows[1].rows[i])}`);
});
const returned = (result) => result.rows.reduce((sum, row) => sum + row.results, 0);
console.log(`pages returned over all queries: Pagefind ${returned(pagefindPages)}, Lightboard ${returned(rows[0])}`);
console.log(`recall, pages: Pagefind ${percent(pagefindPages)}, Lightboard ${percent(rows[0])}`);
console.log(`recall, documents: Lightboard ${percent(rows[1])} (Pagefind finds pages, not the red posts on them)`);
