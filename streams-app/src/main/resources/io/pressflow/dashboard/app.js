// Polls the API once a second and redraws; no framework, no build step.
(function () {
  'use strict';
  var POLL_MS = 1000;
  var $ = function (id) { return document.getElementById(id); };

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  function fmt(n, digits) {
    if (n === undefined || n === null || isNaN(n)) return '–';
    return Number(n).toLocaleString('en-US', { maximumFractionDigits: digits || 0 });
  }

  function getJson(path) {
    return fetch(path, { cache: 'no-store' }).then(function (r) {
      if (!r.ok) throw new Error(path + ' answered ' + r.status);
      return r.json();
    });
  }

  function replace(list, items, render, emptyId) {
    list.replaceChildren.apply(list, items.map(render));
    $(emptyId).hidden = items.length > 0;
  }

  function showStats(s) {
    $('statements-total').textContent = fmt(s.statements);
    $('quotes-total').textContent = fmt(s.quotes);
    $('throughput').textContent = fmt(s.perSecond, 2) + ' /s';
    $('lag').textContent = fmt(s.meanLagMillis) + ' / ' + fmt(s.maxLagMillis) + ' ms';
    $('dead-total').textContent = fmt(s.deadLetters);
    replace($('dead-letters'), s.latestDeadLetters || [], function (d) {
      var li = el('li');
      li.appendChild(el('b', null, d.key || '(no key)'));
      li.appendChild(document.createTextNode(' — ' + (d.message || d.exception)));
      return li;
    }, 'dead-empty');
    var body = $('instances').querySelector('tbody');
    body.replaceChildren.apply(body, (s.instances || []).map(function (i) {
      var tr = el('tr');
      [i.server, i.state, fmt(i.enrichedTotal), fmt(i.perSecond, 2), fmt(i.meanLagMillis), fmt(i.extractionMeanMillis, 1),
        (i.activeTasks || []).join(' ')].forEach(function (v, k) {
        var td = el('td', k === 1 ? 'state-' + v : null, v);
        tr.appendChild(td);
      });
      return tr;
    }));
  }

  function showTrending(t) {
    var max = t.topics.reduce(function (m, x) { return Math.max(m, x.count); }, 1);
    var from = new Date(t.windowStart), to = new Date(t.windowEnd);
    $('trending-window').textContent = from.toISOString().substring(11, 16) + '–' + to.toISOString().substring(11, 16) + ' UTC';
    replace($('trending'), t.topics, function (x) {
      var li = el('li');
      var bar = el('div', 'bar');
      var fill = el('span', 'fill');
      fill.style.width = (100 * x.count / max) + '%';
      bar.appendChild(fill);
      bar.appendChild(el('span', 'name', x.label || x.code));
      bar.title = x.code;
      li.appendChild(bar);
      li.appendChild(el('span', 'count', fmt(x.count)));
      return li;
    }, 'trending-empty');
  }

  function showQuotes(q) {
    replace($('quotes'), q.quotes, function (x) {
      var li = el('li');
      li.appendChild(el('div', 'text', x.kind === 'indirect' ? x.text : '“' + x.text + '”'));
      var who = el('div', 'who');
      who.appendChild(el('b', 'speaker', x.speaker || 'speaker unknown'));
      who.appendChild(document.createTextNode(' · ' + (x.headline || x.statementId) + ' · ' + x.source));
      li.appendChild(who);
      return li;
    }, 'quotes-empty');
  }

  function showSpeakers(s) {
    replace($('speakers'), s.speakers, function (x) {
      var li = el('li');
      li.appendChild(el('span', null, x.speaker || x.speakerId));
      li.appendChild(el('b', null, fmt(x.quotes)));
      return li;
    }, 'speakers-empty');
  }

  var polls = 0;
  function poll() {
    Promise.all([
      getJson('/api/stats').then(showStats),
      getJson('/api/trending?limit=10').then(showTrending),
      getJson('/api/quotes/latest?limit=12').then(showQuotes),
      getJson('/api/speakers?limit=15').then(showSpeakers)
    ]).then(function () {
      polls++;
      document.body.dataset.polls = String(polls);
      $('status').dataset.state = 'live';
      $('status').textContent = 'live · ' + new Date().toISOString().substring(11, 19) + ' UTC';
    }).catch(function (e) {
      $('status').dataset.state = 'error';
      $('status').textContent = String(e.message || e);
    }).then(function () { setTimeout(poll, POLL_MS); });
  }
  poll();
})();
