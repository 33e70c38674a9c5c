/**
 * The page's one script, inline and allowed by its hash in the Content-Security-Policy. It
 * only adds conveniences: everything it touches is in the page without it (every plan shown,
 * rows in document order, no search box). It reads the page, never document text handed to
 * it as code, and makes no request.
 *
 * - search: hides the rows, dossiers and timeline entries ([data-filter]) whose text does not
 *   hold the words typed, ignoring case and diacritics ("so giao duc" finds "Sở Giáo dục");
 * - sort: orders a matrix's unit rows by load (tasks led and supported), and back;
 * - plan selector: shows one document of several, and follows links into a hidden one.
 */
export const REPORT_SCRIPT = `(function () {
  'use strict';
  var doc = document;
  function fold(s) {
    return s.normalize('NFD').replace(/[\\u0300-\\u036f]/g, '').replace(/\\u0111/g, 'd').replace(/\\u0110/g, 'D').toLowerCase();
  }
  var needs = doc.querySelectorAll('[data-needs-script]');
  for (var i = 0; i < needs.length; i++) needs[i].hidden = false;

  var box = doc.getElementById('search');
  var items = doc.querySelectorAll('[data-filter]');
  var keys = null;
  if (box) box.addEventListener('input', function () {
    if (keys === null) {
      keys = [];
      for (var k = 0; k < items.length; k++) keys.push(fold(items[k].textContent || ''));
    }
    var words = fold(box.value).split(/\\s+/).filter(Boolean);
    for (var j = 0; j < items.length; j++) {
      var key = keys[j];
      var hit = words.every(function (w) { return key.indexOf(w) >= 0; });
      items[j].classList.toggle('filtered-out', !hit);
    }
  });

  var sorters = doc.querySelectorAll('button[data-sort]');
  for (var s = 0; s < sorters.length; s++) sorters[s].addEventListener('click', function (event) {
    var button = event.currentTarget;
    var table = doc.getElementById(button.getAttribute('data-sort'));
    if (!table) return;
    var body = table.tBodies[0];
    var byLoad = button.getAttribute('data-state') !== 'load';
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var order = Number(a.getAttribute('data-order')) - Number(b.getAttribute('data-order'));
      return byLoad ? (Number(b.getAttribute('data-load')) - Number(a.getAttribute('data-load'))) || order : order;
    });
    for (var r = 0; r < rows.length; r++) body.appendChild(rows[r]);
    button.setAttribute('data-state', byLoad ? 'load' : 'order');
    button.textContent = button.getAttribute(byLoad ? 'data-order-label' : 'data-load-label');
  });

  var select = doc.getElementById('plan-select');
  var plans = doc.querySelectorAll('section.plan');
  function show(id) {
    for (var p = 0; p < plans.length; p++) plans[p].hidden = id !== 'all' && plans[p].id !== id;
  }
  function follow() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id ? doc.getElementById(id) : null;
    var plan = target && target.closest ? target.closest('section.plan') : null;
    if (select && plan && plan.hidden) {
      select.value = plan.id;
      show(plan.id);
      target.scrollIntoView();
    }
  }
  if (select) {
    select.addEventListener('change', function () { show(select.value); });
    window.addEventListener('hashchange', follow);
    follow();
  }
})();
`;
