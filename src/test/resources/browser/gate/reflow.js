// Reflow and text size at the current viewport (the gate sets it to 320 CSS px, no scrollbar).
// Returns the widths, the elements that stick out of the viewport without being inside a container that
// scrolls or clips horizontally, and the text smaller than the minimum size.
const minimum = arguments[0];
const root = document.documentElement;
const width = root.clientWidth;

function horizontallyContained(el) {
  for (let a = el.parentElement; a && a !== document.body && a !== root; a = a.parentElement) {
    if (getComputedStyle(a).overflowX !== 'visible') {
      return true;
    }
  }
  return false;
}

function shown(el) {
  if (!el.checkVisibility({ visibilityProperty: true })) {
    return false;
  }
  const r = el.getBoundingClientRect();
  return r.width > 1 && r.height > 1; // visually hidden text (.sr-only) is 1 px wide
}

const sticking = [];
for (const el of document.body.querySelectorAll('*')) {
  if (sticking.some(s => s.contains(el))) {
    continue;
  }
  const r = el.getBoundingClientRect();
  if ((r.right > width + 0.5 || r.left < -0.5) && shown(el) && !horizontallyContained(el)) {
    sticking.push(el);
  }
}

const small = [];
const seen = new Set();
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
for (let text = walker.nextNode(); text; text = walker.nextNode()) {
  const el = text.parentElement;
  if (!text.data.trim() || !el || seen.has(el) || el.closest('svg, sup, sub, script, style, noscript, template')) {
    continue;
  }
  seen.add(el);
  const size = parseFloat(getComputedStyle(el).fontSize);
  if (size < minimum - 0.01 && shown(el)) {
    small.push(size + 'px: ' + gateDescribe(el));
  }
}

// Per chart or map (outermost <svg>): how many of its texts end up under the threshold, and the smallest one.
const chartThreshold = arguments[1];
const charts = new Map();
for (const el of document.querySelectorAll('svg text')) {
  if (!el.textContent.trim() || !shown(el)) {
    continue;
  }
  const m = el.getScreenCTM();
  const size = parseFloat(getComputedStyle(el).fontSize) * (m ? Math.hypot(m.a, m.b) : 1);
  let svg = el.closest('svg');
  while (svg.parentElement && svg.parentElement.closest('svg')) {
    svg = svg.parentElement.closest('svg');
  }
  const chart = charts.get(svg) || { texts: 0, small: 0, size: Infinity, text: null };
  chart.texts++;
  if (size < chartThreshold) {
    chart.small++;
  }
  if (size < chart.size) {
    chart.size = size;
    chart.text = el;
  }
  charts.set(svg, chart);
}
const chartText = [...charts].filter(([, c]) => c.small > 0).map(([svg, c]) => ({
  chart: gateDescribe(svg).split('  ')[0],
  texts: c.texts,
  small: c.small,
  size: Math.round(c.size * 10) / 10,
  element: gateDescribe(c.text)
}));

return {
  innerWidth: window.innerWidth,
  clientWidth: width,
  scrollWidth: root.scrollWidth,
  bodyScrollWidth: document.body.scrollWidth,
  sticking: sticking.slice(0, 15).map(el => {
    const r = el.getBoundingClientRect();
    return 'left ' + Math.round(r.left) + ', right ' + Math.round(r.right) + ': ' + gateDescribe(el);
  }),
  smallText: small.slice(0, 30),
  chartText: chartText
};
