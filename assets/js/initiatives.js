/*
 * Inventaire des initiatives : filtre instantané (amélioration progressive).
 * Sans JavaScript, le formulaire reste caché et les pages par département, secteur et niveau donnent les mêmes listes.
 * Avec JavaScript, le formulaire apparaît ; chaque choix masque les initiatives qui ne correspondent pas et le nombre
 * affiché est annoncé aux lecteurs d'écran (role="status").
 */
(function () {
  'use strict';
  var form = document.querySelector('.initiatives-filter');
  var items = document.querySelectorAll('.initiatives__item');
  if (!form || !items.length) {
    return;
  }
  var count = form.querySelector('.initiatives-filter__count');
  var fields = form.querySelectorAll('[data-filter]');

  function normalise(text) {
    return text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  }

  function update() {
    var shown = 0;
    Array.prototype.forEach.call(items, function (item) {
      var visible = true;
      Array.prototype.forEach.call(fields, function (field) {
        var wanted = field.value.trim();
        if (!wanted) {
          return;
        }
        if (field.getAttribute('data-filter') === 'texte') {
          visible = visible && normalise(item.textContent).indexOf(normalise(wanted)) >= 0;
        } else {
          var values = (item.getAttribute('data-' + field.getAttribute('data-filter')) || '').split(' ');
          visible = visible && values.indexOf(wanted) >= 0;
        }
      });
      item.hidden = !visible;
      if (visible) {
        shown++;
      }
    });
    count.textContent = shown + (shown > 1 ? ' initiatives affichées' : ' initiative affichée') + ' sur ' + items.length + '.';
  }

  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', function (event) {
    event.preventDefault();
  });
  form.hidden = false;
  update();
}());
