// WieWeet staff search page: the search (/) with filters, suggestions and paging, a person's page
// (/people/{id}) and the meeloop request. Plain browser JavaScript with no build step and no
// dependencies, because the C++ server embeds this file as-is. It runs after /widget.js and uses
// the helpers that file shares (text-only DOM building, the suggestion combobox, error texts).
//
// Security rule for this file: data from the API only ever reaches the DOM via textContent /
// createTextNode, except snippets, which go through appendSnippet() (text and <mark>, nothing else).
// No innerHTML.
'use strict';

(function () {
  const W = customElements.get('wieweet-search');
  const { el, safeHref, appendSnippet, personDetail } = W.dom;
  const PAGE_SIZE = 10;
  const FACETS = ['school', 'role', 'available_for'];
  const FACETS_SHOWN = 8;

  const PAGE_TEXTS = {
    nl: {
      skip: 'Naar de inhoud',
      tagline: 'Vind collega\'s met kennis van zaken',
      title: 'WieWeet – vind de collega die het weet',
      search_heading: 'Zoek een collega',
      search_label: 'Wie weet er iets van…?',
      search_placeholder: 'bijv. informatiebeveiliging, roosteren, dyslexie',
      search_button: 'Zoeken',
      filters: 'Filters',
      results: 'Resultaten',
      empty_tip: 'Tip: controleer de spelling of probeer een algemener woord.',
      paging: 'Paginering',
      prev: '‹ Vorige',
      next: 'Volgende ›',
      page_of: 'pagina {page} van {pages}',
      page_missing: 'Pagina {page} bestaat niet voor deze zoekvraag.',
      facet_school: 'School',
      facet_role: 'Rol',
      facet_available_for: 'Beschikbaar voor',
      remove_filter: 'filter verwijderen',
      clear_filters: 'Alle filters wissen',
      corrected: 'Resultaten voor ',
      search_instead: 'Zoek in plaats daarvan op ',
      meeloop_heading: 'Meelopen bij een collega',
      meeloop_intro: 'Wil je een dag meelopen op een andere school? Zeg wat je wilt zien, en WieWeet zoekt collega\'s die je kunnen ontvangen.',
      meeloop_what: 'Wat wil je zien?',
      meeloop_what_placeholder: 'bijv. roosteren met Zermelo',
      meeloop_school: 'Mijn school',
      meeloop_school_placeholder: 'bijv. Lyceum Zuid',
      meeloop_button: 'Zoek gastcollega\'s',
      meeloop_found: '{n} collega\'s kunnen je ontvangen',
      meeloop_none: 'Geen gastcollega\'s gevonden. Probeer het met andere woorden.',
      meeloop_err_q: 'Beschrijf wat je wilt zien, bijvoorbeeld „roosteren met Zermelo”.',
      why: 'Waarom {name}',
      back: '‹ Terug naar zoeken',
      loading_person: 'Profiel laden…',
      about: 'Over',
      available_for: 'Beschikbaar voor',
      topics: 'Onderwerpen',
      topics_legend: 'Aangetoond: blijkt uit workshops of documenten. Zelf opgegeven: staat in het profiel.',
      evidenced: 'aangetoond',
      self_declared: 'zelf opgegeven',
      both: 'aangetoond en zelf opgegeven',
      evidence: 'Workshops en documenten',
      similar: 'Vergelijkbare collega\'s',
      workshops_given: 'Gaf deze workshops',
      documents_written: 'Schreef deze documenten',
      workshops_followed: 'Volgde deze workshops',
      mentioned_in: 'Genoemd in',
      more_items: 'en nog {n}',
      department: 'Afdeling',
      location: 'Locatie',
      languages: 'Talen',
      email: 'E-mail',
      phone: 'Telefoon',
      no_contact: 'Contactgegevens zijn niet openbaar; zoek deze collega op in het adresboek van je school.',
      no_evidence: 'Nog geen workshops of documenten bekend.',
      lang_switch: 'English',
      types: { profile: 'Profiel', workshop: 'Workshop', document: 'Document', other: 'Overig' },
      links: { presenter: 'gaf deze workshop', author: 'auteur', participant: 'volgde deze workshop', mention: 'genoemd' },
      untitled: '(zonder titel)',
      unknown_person: 'Onbekende collega',
    },
    en: {
      skip: 'Skip to content',
      tagline: 'Find colleagues who know',
      title: 'WieWeet – find the colleague who knows',
      search_heading: 'Find a colleague',
      search_label: 'Who knows about…?',
      search_placeholder: 'e.g. information security, timetabling, dyslexia',
      search_button: 'Search',
      filters: 'Filters',
      results: 'Results',
      empty_tip: 'Tip: check the spelling or try a more general word.',
      paging: 'Pages',
      prev: '‹ Previous',
      next: 'Next ›',
      page_of: 'page {page} of {pages}',
      page_missing: 'Page {page} does not exist for this query.',
      facet_school: 'School',
      facet_role: 'Role',
      facet_available_for: 'Available for',
      remove_filter: 'remove filter',
      clear_filters: 'Clear all filters',
      corrected: 'Results for ',
      search_instead: 'Search instead for ',
      meeloop_heading: 'Shadow a colleague',
      meeloop_intro: 'Would you like to spend a day at another school? Say what you want to see, and WieWeet finds colleagues who can host you.',
      meeloop_what: 'What do you want to see?',
      meeloop_what_placeholder: 'e.g. timetabling with Zermelo',
      meeloop_school: 'My school',
      meeloop_school_placeholder: 'e.g. Lyceum Zuid',
      meeloop_button: 'Find hosts',
      meeloop_found: '{n} colleagues can host you',
      meeloop_none: 'No hosts found. Try other words.',
      meeloop_err_q: 'Describe what you want to see, e.g. “timetabling with Zermelo”.',
      why: 'Why {name}',
      back: '‹ Back to search',
      loading_person: 'Loading profile…',
      about: 'About',
      available_for: 'Available for',
      topics: 'Topics',
      topics_legend: 'Evidenced: shown by workshops or documents. Self-declared: in the profile.',
      evidenced: 'evidenced',
      self_declared: 'self-declared',
      both: 'evidenced and self-declared',
      evidence: 'Workshops and documents',
      similar: 'Similar colleagues',
      workshops_given: 'Gave these workshops',
      documents_written: 'Wrote these documents',
      workshops_followed: 'Attended these workshops',
      mentioned_in: 'Mentioned in',
      more_items: 'and {n} more',
      department: 'Department',
      location: 'Location',
      languages: 'Languages',
      email: 'Email',
      phone: 'Phone',
      no_contact: 'Contact details are not public; look this colleague up in your school\'s address book.',
      no_evidence: 'No workshops or documents known yet.',
      lang_switch: 'Nederlands',
      types: { profile: 'Profile', workshop: 'Workshop', document: 'Document', other: 'Other' },
      links: { presenter: 'gave this workshop', author: 'author', participant: 'attended this workshop', mention: 'mentioned' },
      untitled: '(untitled)',
      unknown_person: 'Unknown colleague',
    },
  };

  const lang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'nl';
  const t = Object.assign({}, W.texts(lang), PAGE_TEXTS[lang]);
  const format = W.format;
  const $ = (id) => document.getElementById(id);
  const has = (object, key) => Object.prototype.hasOwnProperty.call(object, key);

  // ---- Language ------------------------------------------------------------------------------
  function applyLanguage() {
    document.documentElement.lang = lang;
    for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t[node.dataset.i18n];
    for (const node of document.querySelectorAll('[data-i18n-placeholder]')) node.placeholder = t[node.dataset.i18nPlaceholder];
    for (const node of document.querySelectorAll('[data-i18n-aria-label]')) node.setAttribute('aria-label', t[node.dataset.i18nAriaLabel]);
    const other = lang === 'en' ? 'nl' : 'en';
    const target = new URL(location.href);
    if (other === 'en') target.searchParams.set('lang', 'en'); else target.searchParams.delete('lang');
    const switchLink = $('lang-switch');
    switchLink.textContent = t.lang_switch;
    switchLink.href = target.pathname + target.search;
    switchLink.lang = other;
    switchLink.hreflang = other;
    $('home-link').href = withLang('/');
    $('back-link').href = withLang('/');
  }

  // Keeps ?lang=en on the page's own links.
  function withLang(path) {
    if (lang !== 'en') return path;
    return path + (path.includes('?') ? '&' : '?') + 'lang=en';
  }

  function personHref(id) {
    return withLang('/people/' + encodeURIComponent(String(id || '')));
  }

  const TYPE_LABELS = t.types;
  const LINK_LABELS = t.links;

  // ---- Evidence and people, shared by search results and meeloop hosts -------------------------
  function renderEvidence(item) {
    const type = has(TYPE_LABELS, item.type) && item.type !== 'other' ? item.type : 'other';
    const li = el('li', 'ev ev-' + type);
    li.appendChild(el('span', 'badge', TYPE_LABELS[type]));
    const href = safeHref(item.url);
    const title = el(href ? 'a' : 'span', 'ev-title', item.title || t.untitled);
    if (href) title.href = href;
    li.appendChild(title);
    if (has(LINK_LABELS, item.link)) li.appendChild(el('span', 'ev-link ev-link-' + item.link, LINK_LABELS[item.link]));
    if (item.snippet) li.appendChild(appendSnippet(el('p', 'snippet'), String(item.snippet)));
    return li;
  }

  function renderPerson(person) {
    const li = el('li', 'person');
    const heading = el('h3', 'person-name');
    const link = el('a', null, person.name || t.unknown_person);
    link.href = personHref(person.id);
    heading.appendChild(link);
    li.appendChild(heading);
    const meta = el('p', 'person-meta');
    if (person.school) meta.appendChild(el('span', 'school', person.school));
    const roles = Array.isArray(person.roles) ? person.roles.filter(Boolean) : [];
    if (roles.length) meta.appendChild(el('span', 'roles', roles.join(', ')));
    li.appendChild(meta);
    const evidence = Array.isArray(person.evidence) ? person.evidence : [];
    if (evidence.length) {
      const ul = el('ul', 'evidence');
      ul.setAttribute('aria-label', format(t.why, { name: person.name || t.unknown_person }));
      for (const item of evidence) ul.appendChild(renderEvidence(item || {}));
      li.appendChild(ul);
    }
    return li;
  }

  // ---- The search: state lives in the URL ----------------------------------------------------
  // /?q=roosteren&school=Het+Atrium&available_for=meelopen&page=2[&spelling=false][&lang=en]
  function readUrl() {
    const params = new URLSearchParams(location.search);
    const page = parseInt(params.get('page') || '1', 10);
    const filters = {};
    for (const facet of FACETS) filters[facet] = params.getAll(facet).map((v) => v.trim()).filter(Boolean);
    return {
      q: (params.get('q') || '').trim(),
      page: page >= 1 ? page : 1,
      filters: filters,
      exact: params.get('spelling') === 'false',
    };
  }

  function urlFor(state) {
    const params = new URLSearchParams();
    params.set('q', state.q);
    for (const facet of FACETS) for (const value of state.filters[facet] || []) params.append(facet, value);
    params.set('page', String(state.page));
    if (state.exact) params.set('spelling', 'false');
    if (lang === 'en') params.set('lang', 'en');
    return '/?' + params.toString();
  }

  const form = $('search-form');
  const input = $('q');
  const statusEl = $('status');
  const suggestion = $('suggestion');
  const errorEl = $('error');
  const emptyEl = $('empty');
  const emptyText = $('empty-text');
  const list = $('results');
  const pager = $('pager');
  const prevBtn = $('prev');
  const nextBtn = $('next');
  const pageInfo = $('page-info');
  const filtersEl = $('filters');
  const facetsEl = $('facets');
  const chipsEl = $('chips');

  // The request in flight. A newer search aborts it, and every response checks it is still the
  // current one, so a slow old answer never overwrites a newer one.
  let inflight = null;
  let current = readUrl();
  current.pages = 1;

  // A user action: record it in history, then search.
  function navigate(state) {
    history.pushState(null, '', urlFor(state));
    run(state);
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

  async function run(state) {
    if (inflight) inflight.abort();
    current = Object.assign({ pages: 1 }, state);
    input.value = state.q;
    document.title = state.q ? state.q + ' – WieWeet' : t.title;
    renderChips();
    if (!state.q) { // e.g. Back to the empty start page
      inflight = null;
      clearView();
      filtersEl.hidden = true;
      statusEl.textContent = '';
      setState('idle');
      return;
    }

    const ctrl = new AbortController();
    inflight = ctrl;
    // Keep the old results on screen while loading (less flicker); only mark them busy.
    statusEl.textContent = t.searching;
    setState('loading');

    const params = new URLSearchParams({ q: state.q, page: String(state.page), size: String(PAGE_SIZE) });
    for (const facet of FACETS) for (const value of state.filters[facet] || []) params.append(facet, value);
    if (state.exact) params.set('spelling', 'false');
    let answer;
    try {
      answer = await W.getJson('/api/v1/experts?' + params.toString(), ctrl.signal);
    } catch (e) {
      return; // superseded
    }
    if (ctrl !== inflight) return;
    inflight = null;
    if (!answer.ok) showError(W.errorText(t, answer.status, answer.body));
    else render(answer.body);
  }

  function showError(message) {
    clearView();
    statusEl.textContent = message;
    errorEl.textContent = message;
    errorEl.hidden = false;
    setState('error');
  }

  function render(data) {
    clearView();
    const results = Array.isArray(data.results) ? data.results : [];
    const total = Math.max(0, Number(data.total) || 0);
    const size = Number(data.size) || PAGE_SIZE;
    // The last page offered is the last one with people on it; the API serves every one of them.
    current.pages = Math.max(1, Math.ceil(total / size));

    const corrected = typeof data.corrected_query === 'string' ? data.corrected_query.trim() : '';
    if (corrected && corrected !== current.q) renderCorrection(corrected);

    if (total === 0 || results.length === 0) {
      // Status (read aloud) and notice (seen) carry the same sentence; CSS hides the status.
      statusEl.textContent = emptyText.textContent = total === 0
        ? format(t.none, { q: corrected || current.q })
        : format(t.page_missing, { page: current.page });
      emptyEl.hidden = false;
    } else {
      statusEl.textContent = total === 1 ? t.found_one : format(t.found_many, { n: total });
      for (const person of results) list.appendChild(renderPerson(person || {}));
    }
    renderFacets(data.facets || {});

    if (current.pages > 1 || current.page > 1) {
      pageInfo.textContent = format(t.page_of, { page: current.page, pages: current.pages });
      prevBtn.disabled = current.page <= 1;
      nextBtn.disabled = current.page >= current.pages;
      pager.hidden = false;
    }
    setState(results.length ? 'results' : 'empty');
  }

  // "Resultaten voor informatiebeveiliging. Zoek in plaats daarvan op informatiebeveilging."
  function renderCorrection(corrected) {
    suggestion.replaceChildren();
    suggestion.appendChild(document.createTextNode(t.corrected));
    suggestion.appendChild(el('strong', 'corrected', corrected));
    suggestion.appendChild(document.createTextNode('. ' + t.search_instead));
    const exact = el('a', 'exact-link', current.q);
    const state = { q: current.q, page: 1, filters: current.filters, exact: true };
    exact.href = urlFor(state);
    exact.addEventListener('click', (e) => { e.preventDefault(); navigate(state); });
    suggestion.appendChild(exact);
    suggestion.appendChild(document.createTextNode('.'));
    suggestion.hidden = false;
  }

  // ---- Filters -------------------------------------------------------------------------------
  function withFilter(facet, value, on) {
    const filters = {};
    for (const name of FACETS) filters[name] = (current.filters[name] || []).slice();
    const values = filters[facet];
    const at = values.indexOf(value);
    if (on && at < 0) values.push(value);
    if (!on && at >= 0) values.splice(at, 1);
    return { q: current.q, page: 1, filters: filters, exact: current.exact };
  }

  function renderFacets(facets) {
    facetsEl.replaceChildren();
    let any = false;
    for (const facet of FACETS) {
      const counts = Array.isArray(facets[facet]) ? facets[facet].filter((c) => c && c.value) : [];
      const chosen = current.filters[facet] || [];
      const shown = counts.slice(0, FACETS_SHOWN);
      // A chosen value stays visible (and can be unticked) even when it is not among the top counts.
      for (const value of chosen) {
        if (!shown.some((c) => c.value === value)) shown.push({ value: value, count: null });
      }
      if (!shown.length) continue;
      any = true;
      const fieldset = el('fieldset', 'facet facet-' + facet);
      fieldset.appendChild(el('legend', null, t['facet_' + facet]));
      shown.forEach((count, i) => {
        const id = 'facet-' + facet + '-' + i;
        const row = el('div', 'facet-option');
        const box = el('input');
        box.type = 'checkbox';
        box.id = id;
        box.name = facet;
        box.value = count.value;
        box.checked = chosen.includes(count.value);
        box.addEventListener('change', () => navigate(withFilter(facet, count.value, box.checked)));
        const label = el('label');
        label.appendChild(el('span', 'facet-value', count.value));
        label.htmlFor = id;
        if (count.count != null) label.appendChild(el('span', 'count', String(count.count)));
        row.append(box, label);
        fieldset.appendChild(row);
      });
      facetsEl.appendChild(fieldset);
    }
    filtersEl.hidden = !any;
  }

  function renderChips() {
    chipsEl.replaceChildren();
    let count = 0;
    for (const facet of FACETS) {
      for (const value of current.filters[facet] || []) {
        count++;
        const li = el('li', 'chip');
        const button = el('button', 'chip-button');
        button.type = 'button';
        // The accessible name starts with the visible text ("School: Het Atrium"), then says what it does.
        const x = el('span', 'chip-x', ' ×');
        x.setAttribute('aria-hidden', 'true');
        button.append(el('span', 'chip-facet', t['facet_' + facet] + ': '), el('span', 'chip-value', value), x,
                      el('span', 'visually-hidden', ' – ' + t.remove_filter));
        button.addEventListener('click', () => navigate(withFilter(facet, value, false)));
        li.appendChild(button);
        chipsEl.appendChild(li);
      }
    }
    if (count > 1) {
      const li = el('li', 'chip');
      const clear = el('button', 'chip-button chip-clear', t.clear_filters);
      clear.type = 'button';
      clear.addEventListener('click', () => navigate({ q: current.q, page: 1, filters: {}, exact: current.exact }));
      li.appendChild(clear);
      chipsEl.appendChild(li);
    }
    chipsEl.hidden = count === 0;
  }

  // After paging, put keyboard and screen-reader users at the top of the new list.
  function goToPage(page) {
    navigate(Object.assign({}, current, { page: page }));
    $('results-heading').focus();
  }

  // ---- The meeloop request -------------------------------------------------------------------
  function setupMeeloop() {
    const meeloopForm = $('meeloop-form');
    const meeloopStatus = $('meeloop-status');
    const meeloopError = $('meeloop-error');
    const meeloopList = $('meeloop-results');
    let ctrl = null;
    meeloopForm.addEventListener('submit', async (e) => {
      e.preventDefault();
      const q = $('meeloop-q').value.trim();
      const school = $('meeloop-school').value.trim();
      if (!q) return;
      if (ctrl) ctrl.abort();
      const mine = new AbortController();
      ctrl = mine;
      meeloopError.hidden = true;
      meeloopList.replaceChildren();
      meeloopStatus.textContent = t.searching;
      const params = new URLSearchParams({ q: q, size: '5' });
      if (school) params.set('school', school);
      let answer;
      try {
        answer = await W.getJson('/api/v1/match?' + params.toString(), mine.signal);
      } catch (err) {
        return;
      }
      if (mine !== ctrl) return;
      ctrl = null;
      if (!answer.ok) {
        const body = answer.body;
        const aboutQ = body && body.error && body.error.parameter === 'q' && answer.status === 400;
        meeloopStatus.textContent = '';
        meeloopError.textContent = aboutQ ? t.meeloop_err_q : W.errorText(t, answer.status, body);
        meeloopError.hidden = false;
        return;
      }
      const results = Array.isArray(answer.body.results) ? answer.body.results : [];
      meeloopStatus.textContent = results.length ? format(t.meeloop_found, { n: answer.body.total }) : t.meeloop_none;
      for (const host of results) meeloopList.appendChild(renderPerson(host || {}));
    });
  }

  // ---- The person page -----------------------------------------------------------------------
  async function showPerson(id) {
    document.body.dataset.view = 'person';
    $('search-view').hidden = true;
    $('person-view').hidden = false;
    // Came here from a search on this site: "back" returns to exactly that search.
    if (document.referrer && new URL(document.referrer).origin === location.origin &&
        new URL(document.referrer).pathname === '/') {
      $('back-link').href = new URL(document.referrer).pathname + new URL(document.referrer).search;
    }
    const status = $('person-status');
    status.textContent = t.loading_person;
    const answer = await W.getJson('/api/v1/people/' + encodeURIComponent(id));
    status.textContent = '';
    if (!answer.ok) {
      const error = $('person-error');
      error.textContent = W.errorText(t, answer.status, answer.body);
      error.hidden = false;
      return;
    }
    renderPersonPage(answer.body);
  }

  function section(id, show) {
    $(id).hidden = !show;
  }

  function renderPersonPage(p) {
    const name = p.name || t.unknown_person;
    document.title = name + ' – WieWeet';
    $('person-name').textContent = name;
    $('person-meta').textContent = personDetail(p);

    const facts = $('person-facts');
    facts.replaceChildren();
    const fact = (label, value) => {
      if (!value) return;
      facts.append(el('dt', null, label), el('dd', null, value));
    };
    fact(t.department, p.department);
    fact(t.location, p.location);
    fact(t.languages, Array.isArray(p.languages) ? p.languages.join(', ') : '');

    const contact = $('person-contact');
    contact.replaceChildren();
    if (typeof p.email === 'string' && /^[^\s@<>"]+@[^\s@<>"]+$/.test(p.email)) {
      const li = el('li', 'contact-email');
      const a = el('a', null, p.email);
      a.href = 'mailto:' + p.email;
      li.append(el('span', 'contact-label', t.email + ': '), a);
      contact.appendChild(li);
    }
    if (typeof p.phone === 'string' && /[0-9]/.test(p.phone)) {
      const li = el('li', 'contact-phone');
      const a = el('a', null, p.phone);
      a.href = 'tel:' + p.phone.replace(/[^0-9+]/g, '');
      li.append(el('span', 'contact-label', t.phone + ': '), a);
      contact.appendChild(li);
    }
    if (!contact.children.length) contact.appendChild(el('li', 'contact-none', t.no_contact));

    $('person-bio').textContent = p.bio || '';
    section('person-about-section', Boolean(p.bio));

    const available = $('person-available');
    available.replaceChildren();
    for (const value of Array.isArray(p.available_for) ? p.available_for : []) available.appendChild(el('li', 'tag tag-available', value));
    section('person-available-section', available.children.length > 0);

    const topics = $('person-topics');
    topics.replaceChildren();
    for (const topic of Array.isArray(p.topics) ? p.topics : []) {
      if (!topic || !topic.topic) continue;
      const source = ['evidenced', 'self_declared', 'both'].includes(topic.source) ? topic.source : 'evidenced';
      const li = el('li', 'tag tag-' + source);
      const link = el('a', null, topic.topic);
      link.href = urlFor({ q: topic.topic, page: 1, filters: {}, exact: false });
      li.append(link, el('span', 'tag-source', ' · ' + t[source]));
      topics.appendChild(li);
    }
    section('person-topics-section', topics.children.length > 0);

    const evidence = $('person-evidence');
    evidence.replaceChildren();
    const groups = p.evidence || {};
    for (const key of ['workshops_given', 'documents_written', 'workshops_followed', 'mentioned_in']) {
      const group = groups[key];
      const items = group && Array.isArray(group.items) ? group.items : [];
      if (!items.length) continue;
      evidence.appendChild(el('h3', 'group-title', t[key]));
      const ul = el('ul', 'group');
      for (const item of items) {
        const li = el('li', 'group-item');
        const href = safeHref(item.url);
        const title = el(href ? 'a' : 'span', 'ev-title', item.title || t.untitled);
        if (href) title.href = href;
        li.appendChild(title);
        if (item.date) li.appendChild(el('span', 'date', ' · ' + item.date));
        ul.appendChild(li);
      }
      evidence.appendChild(ul);
      const more = Number(group.total) - items.length;
      if (more > 0) evidence.appendChild(el('p', 'more', format(t.more_items, { n: more })));
    }
    if (!evidence.children.length) evidence.appendChild(el('p', 'muted', t.no_evidence));

    const similar = $('person-similar');
    similar.replaceChildren();
    for (const colleague of Array.isArray(p.similar) ? p.similar : []) {
      const li = el('li', 'similar-item');
      const link = el('a', null, colleague.name || t.unknown_person);
      link.href = personHref(colleague.id);
      li.appendChild(link);
      const detail = personDetail(colleague);
      if (detail) li.appendChild(el('span', 'similar-detail', detail));
      similar.appendChild(li);
    }
    section('person-similar-section', similar.children.length > 0);
    $('person-body').hidden = false;
  }

  // ---- Start ---------------------------------------------------------------------------------
  applyLanguage();
  if (window.matchMedia('(max-width: 48rem)').matches) $('filters-details').open = false;
  const personMatch = /^\/people\/([^/]+)$/.exec(location.pathname);
  if (personMatch) {
    showPerson(decodeURIComponent(personMatch[1]));
    return;
  }

  new W.Combobox({
    input: input,
    listbox: $('q-suggestions'),
    endpoint: '/',
    texts: t,
    idPrefix: 'q-option',
    onPick: (item) => {
      if (item.kind === 'name' && item.id) location.href = personHref(item.id);
      else navigate({ q: item.text, page: 1, filters: current.filters, exact: false });
    },
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const q = input.value.trim();
    // A new question keeps the filters chosen (narrowing by school is usually meant for every search).
    if (q) navigate({ q: q, page: 1, filters: current.filters, exact: false });
  });
  prevBtn.addEventListener('click', () => goToPage(current.page - 1));
  nextBtn.addEventListener('click', () => goToPage(current.page + 1));
  window.addEventListener('popstate', () => run(readUrl()));
  setupMeeloop();

  // A shared link like /?q=avg&school=Het+Atrium runs immediately.
  const start = readUrl();
  if (start.q) run(start);
  else input.focus();
})();
