// Time to first result of the site search, outside the browser (Node 18+):
//   node bench/search-time.js target/site/recherche/index.json assurance securite conventions
// Loads assets/js/search.js as a page would, parses the index, runs each query; prints times and top pages.
'use strict';
const fs = require('fs');
const path = require('path');
const [indexFile, ...words] = process.argv.slice(2);
global.window = {};
global.document = { querySelectorAll: () => [] };
eval(fs.readFileSync(path.join(__dirname, '..', 'assets', 'js', 'search.js'), 'utf8'));
const raw = fs.readFileSync(indexFile, 'utf8');
let t = process.hrtime.bigint();
const data = JSON.parse(raw);
window.mementoSearchRun(data, 'x');
const parse = Number(process.hrtime.bigint() - t) / 1e6;
console.log(`index ${(raw.length / 1024).toFixed(0)} Kio (caractères), ${data.pages.length} pages, ${data.docs.length} parties, ${Object.keys(data.terms).length} racines ; lecture ${parse.toFixed(1)} ms`);
for (const word of words.length ? words : ['assurance', 'securite', 'conventions']) {
  t = process.hrtime.bigint();
  const results = window.mementoSearchRun(data, word);
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  const top = results.slice(0, 3).map(r => data.pages[r.page][0] + (data.docs[r.doc][1] ? '#' + data.docs[r.doc][1] : '') + ' (' + r.score.toFixed(1) + ')');
  console.log(`« ${word} » : ${results.length} résultats en ${ms.toFixed(1)} ms ; ${top.join(' | ')}`);
}
