/* Mémento Stages Normandie : charge la recherche (search.js) seulement quand on commence à chercher. */
(function (d, l) {
  var forms = d.querySelectorAll('form[data-script]'), loaded = false, i;
  function load() {
    if (loaded) { return; }
    loaded = true;
    var s = d.createElement('script');
    s.src = forms[0].getAttribute('data-script');
    d.head.appendChild(s);
  }
  for (i = 0; i < forms.length; i++) {
    forms[i].elements.q.addEventListener('focus', load);
    forms[i].elements.q.addEventListener('input', load);
  }
  if (forms.length && /[?&]q=/.test(l.search) && d.querySelector('form[data-results]')) { load(); }
})(document, location);
