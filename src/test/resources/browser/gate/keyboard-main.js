// After Enter on the skip link: where the focus is.
const el = document.activeElement;
return {
  element: el && el !== document.body ? gateDescribe(el) : '(aucun : le focus est sur la page)',
  isMain: !!el && (el.localName === 'main' || el.getAttribute('role') === 'main')
};
