// Shared by the gate's scripts: a short, readable name for an element (a CSS path up to the nearest id)
// and the start of its HTML.
function gateDescribe(el) {
  const parts = [];
  for (let node = el; node && node.nodeType === 1 && parts.length < 5; node = node.parentElement) {
    let part = node.localName;
    if (node.id) {
      parts.unshift(part + '#' + CSS.escape(node.id));
      break;
    }
    const classes = typeof node.className === 'string' ? node.className.trim().split(/\s+/).filter(c => c) : [];
    if (classes.length) {
      part += '.' + classes.slice(0, 2).map(c => CSS.escape(c)).join('.');
    }
    const parent = node.parentElement;
    if (parent) {
      const same = [...parent.children].filter(c => c.localName === node.localName);
      if (same.length > 1) {
        part += ':nth-of-type(' + (same.indexOf(node) + 1) + ')';
      }
    }
    parts.unshift(part);
  }
  const html = el.outerHTML || '';
  const open = html.length > 160 ? html.slice(0, 157) + '…' : html;
  return parts.join(' > ') + '  ' + open.replace(/\s+/g, ' ');
}
