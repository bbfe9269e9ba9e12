// Everything the page fetched or points to for its own display, to compare with the site's origin:
// the navigation and resource performance entries, the addresses in the HTML that a browser loads by itself
// (stylesheets, scripts, images, media, frames, objects, SVG images, icons, preloads) and the url(…) of the
// stylesheets' rules.
const entries = performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
    .map(e => e.name);
const attributes = [
  ['link[href]', 'href'], ['script[src]', 'src'], ['img[src]', 'src'], ['img[srcset]', 'srcset'],
  ['source[src]', 'src'], ['source[srcset]', 'srcset'], ['iframe[src]', 'src'], ['frame[src]', 'src'],
  ['video[src]', 'src'], ['video[poster]', 'poster'], ['audio[src]', 'src'], ['track[src]', 'src'],
  ['embed[src]', 'src'], ['object[data]', 'data'], ['input[type="image"][src]', 'src'],
  ['image[href]', 'href'], ['use[href]', 'href'], ['feImage[href]', 'href']
];
// <link rel> values that make the browser fetch something by itself
const LOADED_LINKS = new RegExp('(^|\\s)(stylesheet|icon|preload|prefetch|modulepreload|manifest|apple-touch-icon'
    + '|mask-icon|preconnect|dns-prefetch)(\\s|$)', 'i');
const loaded = [];
for (const [selector, attribute] of attributes) {
  for (const el of document.querySelectorAll(selector)) {
    if (el.localName === 'link' && !LOADED_LINKS.test(el.rel)) {
      continue; // canonical, alternate…: links a reader follows, not loaded by the page
    }
    const value = el.getAttribute(attribute);
    const urls = attribute === 'srcset' ? value.split(',').map(s => s.trim().split(/\s+/)[0]) : [value];
    for (const url of urls.filter(u => u)) {
      loaded.push({ url: new URL(url, document.baseURI).href, element: gateDescribe(el) });
    }
  }
}
for (const el of document.querySelectorAll('[style*="url("]')) {
  for (const m of el.getAttribute('style').matchAll(/url\(\s*['"]?([^'")]+)/g)) {
    loaded.push({ url: new URL(m[1], document.baseURI).href, element: gateDescribe(el) });
  }
}
for (const sheet of document.styleSheets) {
  let rules;
  try {
    rules = sheet.cssRules;
  } catch (e) {
    loaded.push({ url: sheet.href || '(feuille de style illisible)', element: 'feuille de style d\'une autre origine' });
    continue;
  }
  const base = sheet.href || document.baseURI;
  for (const rule of rules) {
    for (const m of rule.cssText.matchAll(/url\(\s*['"]?([^'")]+)/g)) {
      if (!m[1].startsWith('data:')) {
        loaded.push({ url: new URL(m[1], base).href, element: 'CSS ' + (sheet.href || '<style>') + ' : ' + rule.cssText.slice(0, 120) });
      }
    }
    if (rule.constructor.name === 'CSSImportRule') {
      loaded.push({ url: new URL(rule.href, base).href, element: 'CSS @import dans ' + (sheet.href || '<style>') });
    }
  }
}
return { entries: entries, loaded: loaded };
