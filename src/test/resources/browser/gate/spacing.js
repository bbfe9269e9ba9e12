// WCAG 1.4.12 (text spacing): applies the values of the success criterion as a user style sheet would
// (line-height 1.5, paragraph spacing 2em, letter-spacing 0.12em, word-spacing 0.16em), then lists the text
// that is cut: an element with text that hides its overflow while its content no longer fits, and a text
// of a chart or map (SVG) that leaves its drawing; and the texts of one drawing that overlap each other.
const style = document.createElement('style');
style.id = 'gate-text-spacing';
style.textContent = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important;'
    + ' word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';
document.head.appendChild(style);
document.body.getBoundingClientRect(); // layout with the new spacing

function shown(el) {
  if (!el.checkVisibility({ visibilityProperty: true })) {
    return false;
  }
  const r = el.getBoundingClientRect();
  return r.width > 1 && r.height > 1; // visually hidden text (.sr-only) is 1 px wide
}

const clipped = [];
for (const el of document.body.querySelectorAll('*')) {
  if (el.closest('svg') || !el.textContent.trim() || !shown(el)) {
    continue;
  }
  const cs = getComputedStyle(el);
  if (cs.clipPath !== 'none' || (cs.clip && cs.clip !== 'auto')) {
    continue; // visually hidden on purpose (skip link, .sr-only): read by screen readers, not shown
  }
  const hidesX = cs.overflowX === 'hidden' || cs.overflowX === 'clip';
  const hidesY = cs.overflowY === 'hidden' || cs.overflowY === 'clip';
  if ((hidesX && el.scrollWidth > el.clientWidth + 1) || (hidesY && el.scrollHeight > el.clientHeight + 1)) {
    clipped.push('contenu ' + el.scrollWidth + '×' + el.scrollHeight + ' px dans ' + el.clientWidth + '×'
        + el.clientHeight + ' px : ' + gateDescribe(el));
  }
}

const outside = [];
const overlapping = [];
const drawings = new Map();
for (const text of document.querySelectorAll('svg text')) {
  if (!text.textContent.trim() || !shown(text)) {
    continue;
  }
  let svg = text.closest('svg');
  while (svg.parentElement && svg.parentElement.closest('svg')) {
    svg = svg.parentElement.closest('svg');
  }
  const box = svg.getBoundingClientRect();
  const r = text.getBoundingClientRect();
  if (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5) {
    outside.push('dépasse de ' + Math.round(Math.max(box.left - r.left, r.right - box.right, box.top - r.top,
        r.bottom - box.bottom)) + ' px : ' + gateDescribe(text) + '  (dans ' + gateDescribe(svg).split('  ')[0] + ')');
  }
  const texts = drawings.get(svg) || [];
  for (const other of texts) {
    const o = other.getBoundingClientRect();
    const w = Math.min(r.right, o.right) - Math.max(r.left, o.left);
    const h = Math.min(r.bottom, o.bottom) - Math.max(r.top, o.top);
    if (w > 1 && h > 1 && !text.contains(other) && !other.contains(text)) {
      overlapping.push(gateDescribe(text).split('  ')[0] + ' « ' + text.textContent.trim() + ' » et '
          + gateDescribe(other).split('  ')[0] + ' « ' + other.textContent.trim() + ' »');
    }
  }
  texts.push(text);
  drawings.set(svg, texts);
}

style.remove();
return { clipped: clipped.slice(0, 20), outside: outside.slice(0, 20), overlapping: overlapping.slice(0, 20) };
