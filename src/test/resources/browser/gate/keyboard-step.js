// After a Tab: which element has the focus, whether it is one of the expected interactive elements, whether it
// looks different from its unfocused state in a way one can see (an outline of 2 px or more, a shadow, a new
// background or border colour, or a frame on an ancestor), and whether it is on screen.
const gate = window.__gate;
const el = document.activeElement;
if (!el || el === document.body || el === document.documentElement) {
  return { done: true };
}
if (el.__gateVisited) {
  return { done: true, again: gateDescribe(el) };
}
el.__gateVisited = true;

function opaque(colour) {
  return !/^transparent$|rgba\(.*,\s*0\)$/.test(colour.trim());
}

function frame(value) { // "solid 3px rgb(…)" as computed for an ancestor
  const [style, width, ...colour] = value.split(' ');
  return style !== 'none' && parseFloat(width) >= 2 && opaque(colour.join(' '));
}

const rest = gate.rest.get(el);
const now = gate.look(el);
const changed = rest ? Object.keys(now).filter(k => now[k] !== rest[k]) : [];
// outline-style "auto" is the browser's own focus ring, which Chromium draws 2 px wide whatever the width says
const outline = changed.some(k => k.startsWith('outline')) && now['outline-style'] !== 'none'
    && (now['outline-style'] === 'auto' || parseFloat(now['outline-width']) >= 2) && opaque(now['outline-color']);
const ancestorFrame = changed.some(k => k.endsWith(' outline') && frame(now[k]));
const shadow = changed.some(k => k.endsWith('box-shadow')) && now['box-shadow'] !== 'none';
const background = changed.includes('background-color');
const border = changed.some(k => k.startsWith('border-'));
const r = el.getBoundingClientRect();
return {
  done: false,
  element: gateDescribe(el),
  expected: gate.candidates.includes(el),
  interactive: el.matches(gate.selector) && el.tabIndex >= 0,
  indicator: outline || ancestorFrame || shadow || background || border,
  changed: changed.join(', '),
  onScreen: r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth
};
