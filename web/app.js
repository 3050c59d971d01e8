// WieWeet staff search page. Plain browser JavaScript with no build step and no
// dependencies, because the C++ server embeds this file as-is.
//
// Security rule for this file: data from the API only ever reaches the DOM via
// textContent / createTextNode, except snippets, which go through
// appendSnippet() (it keeps text and <mark> and nothing else).
'use strict';

(function () {
  const PAGE_SIZE = 10;
  const TYPE_LABELS = { profile: 'Profiel', workshop: 'Workshop', document: 'Document' };
  // How the person is linked to the item. Weak links are spelled out so that someone who only
  // attended a workshop is not mistaken for its presenter.
  const LINK_LABELS = { presenter: 'gaf deze workshop', author: 'auteur', participant: 'volgde deze workshop', mention: 'genoemd' };

  const $ = (id) => document.getElementById(id);
  const form = $('search-form');
  const input = $('q');
  const statusEl = $('status');
  const suggestion = $('suggestion');
  const suggestionLink = $('suggestion-link');
  const errorEl = $('error');
  const emptyEl = $('empty');
  const emptyText = $('empty-text');
  const list = $('results');
  const pager = $('pager');
  const prevBtn = $('prev');
  const nextBtn = $('next');
  const pageInfo = $('page-info');

  // The request in flight. A newer search aborts it, and every response checks it
  // is still the current one, so a slow old answer never overwrites a newer one.
  let inflight = null;
  let current = { q: '', page: 1, pages: 1 };

  // The URL is the source of truth, so a shared link or Back/Forward restores a search.
  function readUrl() {
    const params = new URLSearchParams(location.search);
    const page = parseInt(params.get('page') || '1', 10);
    return { q: (params.get('q') || '').trim(), page: page >= 1 ? page : 1 };
  }

  function urlFor(q, page) {
    return '/?' + new URLSearchParams({ q: q, page: String(page) }).toString();
  }

  // A user action: record it in history, then search.
  function navigate(q, page) {
    history.pushState(null, '', urlFor(q, page));
    run(q, page);
  }

  function setState(state) {
    document.body.dataset.state = state; // idle | loading | results | empty | error
    list.setAttribute('aria-busy', state === 'loading' ? 'true' : 'false');
  }

  function clearView() {
    list.replaceChildren();
    errorEl.hidden = true;
    emptyEl.hidden = true;
    suggestion.hidden = true;
    pager.hidden = true;
  }

  async function run(q, page) {
    if (inflight) inflight.abort();
    current = { q: q, page: page, pages: 1 };
    input.value = q;
    document.title = q ? q + ' – WieWeet' : 'WieWeet – vind de collega die het weet';
    if (!q) { // e.g. Back to the empty start page
      inflight = null;
      clearView();
      statusEl.textContent = '';
      setState('idle');
      return;
    }

    const ctrl = new AbortController();
    inflight = ctrl;
    // Keep the old results on screen while loading (less flicker); only mark them busy.
    statusEl.textContent = 'Bezig met zoeken…';
    setState('loading');

    const url = '/api/v1/experts?' +
      new URLSearchParams({ q: q, page: String(page), size: String(PAGE_SIZE) }).toString();
    try {
      const res = await fetch(url, { signal: ctrl.signal, headers: { Accept: 'application/json' } });
      const body = await res.json().catch(() => null); // an error page may not be JSON
      if (ctrl !== inflight) return;
      if (!res.ok || !body) {
        const msg = body && body.error && body.error.message;
        throw new Error(msg || 'De server gaf een fout (' + res.status + ').');
      }
      render(body);
    } catch (err) {
      if (err.name === 'AbortError' || ctrl !== inflight) return; // superseded
      showError(err instanceof TypeError ? 'De server is niet bereikbaar. Probeer het later opnieuw.'
                                         : err.message);
    } finally {
      if (ctrl === inflight) inflight = null;
    }
  }

  function showError(message) {
    clearView();
    statusEl.textContent = 'Zoeken is mislukt.';
    errorEl.textContent = message;
    errorEl.hidden = false;
    setState('error');
  }

  function render(data) {
    clearView();
    const results = Array.isArray(data.results) ? data.results : [];
    const total = Math.max(0, Number(data.total) || 0);
    const size = Number(data.size) || PAGE_SIZE;
    current.pages = Math.max(1, Math.ceil(total / size));

    const corrected = typeof data.corrected_query === 'string' ? data.corrected_query.trim() : '';
    if (corrected && corrected !== current.q) {
      suggestionLink.textContent = corrected;
      suggestionLink.href = urlFor(corrected, 1);
      suggestion.hidden = false;
    }

    if (total === 0 || results.length === 0) {
      // Status (read aloud) and notice (seen) carry the same sentence; CSS hides the status.
      statusEl.textContent = emptyText.textContent = total === 0
        ? 'Geen collega\'s gevonden voor „' + current.q + '”.'
        : 'Pagina ' + current.page + ' bestaat niet voor deze zoekvraag.';
      emptyEl.hidden = false;
    } else {
      statusEl.textContent = total === 1 ? '1 collega gevonden' : total + ' collega\'s gevonden';
      for (const person of results) list.appendChild(renderPerson(person));
    }

    if (current.pages > 1 || current.page > 1) {
      pageInfo.textContent = 'pagina ' + current.page + ' van ' + current.pages;
      prevBtn.disabled = current.page <= 1;
      nextBtn.disabled = current.page >= current.pages;
      pager.hidden = false;
    }
    setState(results.length ? 'results' : 'empty');
  }

  // Small helper: an element with a class and optional plain-text content.
  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text != null) node.textContent = String(text);
    return node;
  }

  function renderPerson(person) {
    const li = el('li', 'person');
    li.appendChild(el('h3', 'person-name', person.name || 'Onbekende collega'));
    const meta = el('p', 'person-meta');
    if (person.school) meta.appendChild(el('span', 'school', person.school));
    const roles = Array.isArray(person.roles) ? person.roles.filter(Boolean) : [];
    if (roles.length) meta.appendChild(el('span', 'roles', roles.join(', ')));
    li.appendChild(meta);

    const evidence = Array.isArray(person.evidence) ? person.evidence : [];
    if (evidence.length) {
      const ul = el('ul', 'evidence');
      ul.setAttribute('aria-label', 'Waarom ' + (person.name || 'deze collega'));
      for (const item of evidence) ul.appendChild(renderEvidence(item || {}));
      li.appendChild(ul);
    }
    return li;
  }

  function renderEvidence(item) {
    const type = Object.prototype.hasOwnProperty.call(TYPE_LABELS, item.type) ? item.type : 'other';
    const li = el('li', 'ev ev-' + type);
    li.appendChild(el('span', 'badge', TYPE_LABELS[type] || 'Overig'));
    const href = safeHref(item.url);
    const title = el(href ? 'a' : 'span', 'ev-title', item.title || '(zonder titel)');
    if (href) title.href = href;
    li.appendChild(title);
    if (Object.prototype.hasOwnProperty.call(LINK_LABELS, item.link)) {
      li.appendChild(el('span', 'ev-link ev-link-' + item.link, LINK_LABELS[item.link]));
    }
    if (item.snippet) {
      const p = el('p', 'snippet');
      appendSnippet(p, String(item.snippet));
      li.appendChild(p);
    }
    return li;
  }

  // Only http(s) links (relative ones resolve to this server); javascript:, data: etc. are dropped.
  function safeHref(url) {
    if (typeof url !== 'string' || !url.trim()) return null;
    try {
      const u = new URL(url, location.href);
      return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
    } catch (e) {
      return null;
    }
  }

  // The server escapes snippets and only adds <mark>, but we do not rely on that:
  // parse into an inert document (scripts never run, images never load there) and
  // rebuild it from text nodes and <mark> elements; any other element becomes its text.
  function appendSnippet(target, html) {
    const doc = new DOMParser().parseFromString('<!doctype html><body>' + html, 'text/html');
    (function copy(from, to) {
      for (const node of from.childNodes) {
        if (node.nodeType === Node.TEXT_NODE) {
          to.appendChild(document.createTextNode(node.nodeValue));
        } else if (node.nodeType === Node.ELEMENT_NODE && node.nodeName === 'MARK') {
          const mark = document.createElement('mark');
          copy(node, mark);
          to.appendChild(mark);
        } else if (node.nodeType === Node.ELEMENT_NODE) {
          to.appendChild(document.createTextNode(node.textContent));
        } // comments and the like are dropped
      }
    })(doc.body, target);
  }

  // After paging, put keyboard and screen-reader users at the top of the new list.
  function goToPage(page) {
    navigate(current.q, page);
    $('results-heading').focus();
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const q = input.value.trim();
    if (q) navigate(q, 1);
  });
  suggestionLink.addEventListener('click', (e) => {
    e.preventDefault();
    navigate(suggestionLink.textContent, 1);
  });
  prevBtn.addEventListener('click', () => goToPage(current.page - 1));
  nextBtn.addEventListener('click', () => goToPage(current.page + 1));
  window.addEventListener('popstate', () => { const s = readUrl(); run(s.q, s.page); });

  // A shared link like /?q=avg runs immediately.
  const start = readUrl();
  if (start.q) run(start.q, start.page);
  else input.focus();
})();
