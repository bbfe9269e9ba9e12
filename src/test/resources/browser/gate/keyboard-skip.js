// After the first Tab: is the focused element a link to the main content, shown on screen?
const el = document.activeElement;
const href = el && el.getAttribute('href') || '';
const target = href.startsWith('#') && href.length > 1 ? document.getElementById(decodeURIComponent(href.slice(1))) : null;
const r = el ? el.getBoundingClientRect() : { width: 0, height: 0, top: -1, left: -1, bottom: 0, right: 0 };
return {
  element: el && el !== document.body ? gateDescribe(el) : '(aucun : le focus est resté sur la page)',
  first: !!el && window.__gate.candidates[0] === el,
  link: !!el && el.localName === 'a' && href.startsWith('#'),
  target: target ? gateDescribe(target) : '',
  targetIsMain: !!target && (target.localName === 'main' || target.getAttribute('role') === 'main'),
  onScreen: r.width > 1 && r.height > 1 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth
};
