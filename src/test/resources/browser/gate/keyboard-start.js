// Before the first Tab: lists the elements a keyboard user must be able to reach (interactive, shown, not
// disabled, not inert, not in a closed <details>, tabindex not negative), in document order, and notes how each
// looks when it does not have the focus, to compare with how it looks once focused.
const SELECTOR = 'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, iframe,'
    + ' audio[controls], video[controls], [contenteditable]:not([contenteditable="false"]), [tabindex]';
const PROPERTIES = ['outline-style', 'outline-width', 'outline-color', 'outline-offset', 'box-shadow',
    'background-color', 'color', 'border-top-color', 'border-right-color', 'border-bottom-color',
    'border-left-color', 'border-top-width', 'border-bottom-width', 'text-decoration-line',
    'text-decoration-thickness'];

function candidate(el) {
  if (el.tabIndex < 0 || el.disabled || el.closest('[inert]')) {
    return false;
  }
  const details = el.closest('details:not([open])');
  if (details && !(el.localName === 'summary' && el.parentElement === details)) {
    return false;
  }
  return el.getClientRects().length > 0 && el.checkVisibility({ visibilityProperty: true });
}

// How an element looks: its own frame, colours and underline, and the frame of its three nearest ancestors
// (a card framed by :focus-within shows the focus of the link inside it).
function look(el) {
  const style = getComputedStyle(el);
  const seen = {};
  for (const p of PROPERTIES) {
    seen[p] = style.getPropertyValue(p);
  }
  let ancestor = el.parentElement;
  for (let i = 0; i < 3 && ancestor; i++, ancestor = ancestor.parentElement) {
    const s = getComputedStyle(ancestor);
    seen['ancestor' + i + ' outline'] = s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.outlineColor;
    seen['ancestor' + i + ' box-shadow'] = s.boxShadow;
  }
  return seen;
}

if (document.activeElement && document.activeElement !== document.body) {
  document.activeElement.blur();
}
const candidates = [...document.querySelectorAll(SELECTOR)].filter(candidate);
window.__gate = { selector: SELECTOR, look: look, candidates: candidates, rest: new Map(candidates.map(el => [el, look(el)])) };
return {
  count: candidates.length,
  positiveTabindex: candidates.filter(el => el.tabIndex > 0).map(gateDescribe)
};
