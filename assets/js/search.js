/*
 * Mémento Stages Normandie : la recherche dans le site, sans service extérieur.
 * Chargé par search-loader.js au premier focus du champ ; lit l'index écrit par la construction
 * (recherche/index.json). Les mots sont normalisés comme en Java (fr.crefop.stages.extras.FrenchWords) :
 * modifier les deux ensemble.
 */
(function () {
  'use strict';

  var STOP = {};
  ('a au aux avec ce ces cet cette dans de des du elle elles en est et etre il ils je la le les leur leurs lui ma '
    + 'mais me mes mon ne nos notre nous on ont ou par pas pour qu que qui sa se ses si son sont sur ta te tes ton '
    + 'tu un une vos votre vous y').split(' ').forEach(function (w) { STOP[w] = true; });
  var SUFFIXES = [['ements', 4], ['ement', 4], ['ations', 4], ['ation', 4], ['ent', 5], ['ir', 4], ['er', 4],
    ['ez', 4], ['ee', 4], ['e', 4]];
  var ELISION = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)'/;
  var WORD = /[\p{L}\p{N}'\u2019\u02bc]+/gu;
  var TAG_WEIGHT = 6;
  var DROPDOWN_MAX = 6;
  var PAGE_MAX = 50;

  function fold(text) {
    return text.toLowerCase().replace(/[\u2019\u02bc]/g, "'").replace(/œ/g, 'oe').replace(/æ/g, 'ae')
      .normalize('NFD').replace(/\p{M}+/gu, '');
  }

  function clean(raw) {
    var word = raw.replace(ELISION, '').replace(/'/g, '');
    if (!word || STOP[word] || (word.length < 2 && !/[0-9]/.test(word))) { return ''; }
    return word;
  }

  function words(text) {
    return fold(text).split(/[^a-z0-9']+/).map(clean).filter(Boolean);
  }

  function stem(word) {
    var w = word, i, n;
    if (/^[0-9]+$/.test(w)) { return w; }
    if (w.length > 4 && /aux$/.test(w)) {
      w = w.slice(0, -3) + 'al';
    } else if (w.length > 3 && /[sx]$/.test(w)) {
      w = w.slice(0, -1);
    }
    for (i = 0; i < SUFFIXES.length; i++) {
      if (w.slice(-SUFFIXES[i][0].length) === SUFFIXES[i][0] && w.length - SUFFIXES[i][0].length >= SUFFIXES[i][1]) {
        w = w.slice(0, -SUFFIXES[i][0].length);
        break;
      }
    }
    n = w.length;
    if (n > 3 && w[n - 1] === w[n - 2] && 'aeiouy'.indexOf(w[n - 1]) < 0) { w = w.slice(0, -1); }
    return w;
  }

  /* Exposed for the browser test that compares these rules with the Java ones. */
  window.mementoSearchStems = function (text) { return words(text).map(stem); };

  var loading = null;

  function prepare(data) {
    data.keys = Object.keys(data.terms).sort();
    return data;
  }

  function index(form) {
    if (!loading) {
      loading = fetch(form.getAttribute('data-index')).then(function (response) {
        if (!response.ok) { throw new Error(String(response.status)); }
        return response.json();
      }).then(prepare);
    }
    return loading;
  }

  /* The stems of the query, the last one also as a prefix while it is being typed. */
  function query(text) {
    var found = words(text).map(stem);
    return { stems: found, prefix: found.length > 0 && !/\s$/.test(text) && found[found.length - 1].length >= 3 };
  }

  function matches(data, q, i) {
    var s = q.stems[i], out = [], lo = 0, hi = data.keys.length, mid;
    if (data.terms[s]) { out.push([s, 1]); }
    if (q.prefix && i === q.stems.length - 1) {
      while (lo < hi) { mid = (lo + hi) >> 1; if (data.keys[mid] < s) { lo = mid + 1; } else { hi = mid; } }
      for (; lo < data.keys.length && data.keys[lo].lastIndexOf(s, 0) === 0; lo++) {
        if (data.keys[lo] !== s) { out.push([data.keys[lo], 0.6]); }
      }
    }
    return out;
  }

  /* Pages that have every word (else any word), best first; each with its best part. For each word, a page scores
     its best part, an eighth of its other parts, and a bonus when the word is one of its keywords. */
  function search(data, q) {
    var n = data.docs.length, pages = {}, list = [];
    q.stems.forEach(function (s, i) {
      matches(data, q, i).forEach(function (m) {
        var postings = data.terms[m[0]], idf = Math.log(1 + n / (postings.length / 2)), k, doc, p, page, score, w;
        for (k = 0; k < postings.length; k += 2) {
          doc = postings[k];
          p = data.docs[doc][0];
          score = postings[k + 1] * idf * m[1];
          page = pages[p] || (pages[p] = { page: p, words: {}, docs: {} });
          w = page.words[i] || (page.words[i] = { best: 0, sum: 0, tag: 0 });
          w.best = Math.max(w.best, score);
          w.sum += score;
          if ((' ' + data.pages[p][3] + ' ').indexOf(' ' + m[0] + ' ') >= 0) { w.tag = Math.max(w.tag, TAG_WEIGHT * idf * m[1]); }
          page.docs[doc] = (page.docs[doc] || 0) + score;
        }
      });
    });
    Object.keys(pages).forEach(function (p) {
      var page = pages[p], best = -1, d;
      page.count = Object.keys(page.words).length;
      page.score = Object.keys(page.words).reduce(function (sum, i) {
        var w = page.words[i];
        return sum + w.best + (w.sum - w.best) / 8 + w.tag;
      }, 0);
      for (d in page.docs) { if (best < 0 || page.docs[d] > page.docs[best]) { best = Number(d); } }
      page.doc = best;
      list.push(page);
    });
    var all = list.filter(function (p) { return p.count === q.stems.length; });
    return (all.length ? all : list).sort(function (a, b) {
      return b.count - a.count || b.score - a.score || a.page - b.page;
    });
  }

  function escape(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }

  function isMatch(q, raw) {
    var w = clean(fold(raw)), s, i;
    if (!w) { return false; }
    s = stem(w);
    for (i = 0; i < q.stems.length; i++) {
      if (s === q.stems[i] || (q.prefix && i === q.stems.length - 1 && s.lastIndexOf(q.stems[i], 0) === 0)) { return true; }
    }
    return false;
  }

  /* About 200 characters around the first word found, the words found in <mark>. */
  function excerpt(text, q) {
    var first = -1, m, start, end, out = '', last;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text)) !== null) { if (isMatch(q, m[0])) { first = m.index; break; } }
    start = first < 70 ? 0 : text.lastIndexOf(' ', first - 60) + 1;
    end = Math.min(text.length, start + 200);
    if (end < text.length) { end = Math.max(text.lastIndexOf(' ', end), start + 120); }
    var part = text.slice(start, end);
    last = 0;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(part)) !== null) {
      if (isMatch(q, m[0])) {
        out += escape(part.slice(last, m.index)) + '<mark>' + escape(m[0]) + '</mark>';
        last = m.index + m[0].length;
      }
    }
    out += escape(part.slice(last));
    return (start > 0 ? '… ' : '') + out + (end < text.length ? ' …' : '');
  }

  function item(data, q, result) {
    var page = data.pages[result.page], doc = data.docs[result.doc];
    var href = page[0] + (doc[1] ? '#' + doc[1] : '');
    var where = [page[2], doc[2]].filter(Boolean).join(' › ');
    return '<li class="search-result"><a class="search-result__link" href="' + escape(href) + '">' + escape(page[1]) + '</a>'
      + (where ? '<span class="search-result__where">' + escape(where) + '</span>' : '')
      + (doc[3] ? '<span class="search-result__excerpt">' + excerpt(doc[3], q) + '</span>' : '') + '</li>';
  }

  function plural(n) { return n + (n > 1 ? ' résultats' : ' résultat'); }

  function render(form, data, text) {
    var target = form.getAttribute('data-results'), box = target ? document.getElementById(target) : form.querySelector('.search__results');
    var status = form.querySelector('[role=status]'), q = query(text), results, shown, html;
    if (!q.stems.length) {
      box.hidden = !target;
      box.innerHTML = '';
      status.textContent = text.trim() ? 'Tapez un mot plus précis.' : '';
      return;
    }
    results = search(data, q);
    shown = results.slice(0, target ? PAGE_MAX : DROPDOWN_MAX);
    if (!results.length) {
      html = '<p class="search__none">Aucune page ne contient « ' + escape(text.trim()) + ' ». Essayez un autre mot, ou '
        + (target ? 'parcourez toutes les pages ci-dessous, par rubrique.</p>'
          : 'parcourez <a href="' + escape(form.action.split('?')[0]) + '">toutes les pages par rubrique</a>.</p>');
    } else {
      html = (target ? '<h2 class="search__count">' + plural(results.length) + ' pour « ' + escape(text.trim()) + ' »</h2>' : '')
        + '<ol class="search__list">' + shown.map(function (r) { return item(data, q, r); }).join('') + '</ol>'
        + (!target && results.length > shown.length ? '<p class="search__more"><a href="' + escape(form.action.split('?')[0])
          + '?q=' + encodeURIComponent(text.trim()) + '">Voir les ' + plural(results.length) + '</a></p>' : '');
    }
    box.innerHTML = html;
    box.hidden = false;
    status.textContent = results.length ? plural(results.length) + ' pour « ' + text.trim() + ' »'
      : 'Aucun résultat pour « ' + text.trim() + ' »';
  }

  function attach(form) {
    var field = form.elements.q, timer = 0;
    function run() {
      var status = form.querySelector('[role=status]');
      if (!field.value.trim()) { render(form, null, ''); return; }
      index(form).then(function (data) { render(form, data, field.value); }, function () {
        status.textContent = 'La recherche n\u2019a pas pu être chargée : utilisez le plan du site.';
      });
    }
    field.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(run, 120); });
    field.addEventListener('keydown', function (event) {
      var box = form.querySelector('.search__results');
      if (event.key === 'Escape' && !form.getAttribute('data-results')) {
        box.hidden = true;
      } else if (event.key === 'ArrowDown' && box && !box.hidden && box.querySelector('a')) {
        event.preventDefault();
        box.querySelector('a').focus();
      }
    });
    if (form.getAttribute('data-results')) {
      var asked = new URLSearchParams(location.search).get('q');
      if (asked && !field.value) { field.value = asked; }
      var nojs = document.querySelector('.search-page__nojs');
      if (nojs) { nojs.hidden = true; }
    }
    if (field.value.trim()) { run(); }
  }

  /* For the benchmark (bench/search-time.js): the same search, outside a page. */
  window.mementoSearchRun = function (data, text) { return search(data.keys ? data : prepare(data), query(text)); };

  Array.prototype.forEach.call(document.querySelectorAll('form[data-index]'), attach);
})();
