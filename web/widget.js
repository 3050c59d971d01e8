// WieWeet widget: <wieweet-search>, a custom element an intranet page embeds with
//   <script src="https://wieweet.example/widget.js" defer></script>
//   <wieweet-search endpoint="https://wieweet.example/" lang="nl" results="5"></wieweet-search>
// One file, no dependencies, nothing loaded from elsewhere (docs/widget.md).
//
// The search page (app.js) loads this file too and uses the helpers the element class carries as
// static members (WieWeetSearch.dom, .Combobox, .texts, .errorText), so that the page and the widget
// share one implementation of the safety rules and the suggestion list.
//
// Security rule: data from the API reaches the DOM only as text (textContent / text nodes). Snippets
// go through appendSnippet(), which keeps text and <mark> and nothing else; URLs become links only
// for http: and https:. No innerHTML anywhere.
'use strict';

(function () {
  if (window.customElements && customElements.get('wieweet-search')) return; // loaded twice

  // Where this script came from: the default endpoint of every <wieweet-search>.
  const SCRIPT_BASE = (function () {
    try {
      return new URL('/', document.currentScript && document.currentScript.src ? document.currentScript.src : location.href).href;
    } catch (e) {
      return location.origin + '/';
    }
  })();

  // ---- Texts ---------------------------------------------------------------------------------
  // Dutch first; English with lang="en". Error messages are chosen by the API's error code, never
  // copied from the server (whose messages are English and meant for developers).
  const TEXTS = {
    nl: {
      label: 'Zoek een collega die er verstand van heeft',
      placeholder: 'bijv. informatiebeveiliging, roosteren',
      search: 'Zoeken',
      searching: 'Bezig met zoeken…',
      found_one: '1 collega gevonden',
      found_many: '{n} collega\'s gevonden',
      none: 'Geen collega\'s gevonden voor „{q}”.',
      all_results: 'Alle resultaten in WieWeet',
      suggestions: 'Suggesties',
      colleague: 'collega',
      topic: 'onderwerp',
      err_unreachable: 'WieWeet is nu niet bereikbaar. Probeer het later opnieuw.',
      err_unavailable: 'De zoekindex wordt bijgewerkt. Probeer het over een minuut opnieuw.',
      err_query: 'Typ een of meer woorden waarop je wilt zoeken.',
      err_query_long: 'Deze zoekvraag is te lang. Maak hem korter.',
      err_page: 'Deze pagina bestaat niet voor deze zoekvraag.',
      err_filter: 'Een van de filters is ongeldig. Verwijder de filters en probeer het opnieuw.',
      err_parameter: 'Deze zoekopdracht kan niet worden uitgevoerd. Pas hem aan en probeer het opnieuw.',
      err_not_found: 'Deze collega bestaat niet of is niet zichtbaar.',
      err_server: 'Er ging iets mis bij WieWeet. Probeer het later opnieuw.',
    },
    en: {
      label: 'Find a colleague who knows',
      placeholder: 'e.g. information security, timetabling',
      search: 'Search',
      searching: 'Searching…',
      found_one: '1 colleague found',
      found_many: '{n} colleagues found',
      none: 'No colleagues found for “{q}”.',
      all_results: 'All results in WieWeet',
      suggestions: 'Suggestions',
      colleague: 'colleague',
      topic: 'topic',
      err_unreachable: 'WieWeet cannot be reached right now. Please try again later.',
      err_unavailable: 'The search index is being updated. Please try again in a minute.',
      err_query: 'Type one or more words to search for.',
      err_query_long: 'This query is too long. Please shorten it.',
      err_page: 'This page does not exist for this query.',
      err_filter: 'One of the filters is not valid. Remove the filters and try again.',
      err_parameter: 'This search cannot be run. Please change it and try again.',
      err_not_found: 'This colleague does not exist or is not visible.',
      err_server: 'Something went wrong in WieWeet. Please try again later.',
    },
  };

  function texts(lang) {
    return TEXTS[lang === 'en' ? 'en' : 'nl'];
  }

  function format(template, values) {
    return template.replace(/\{(\w+)\}/g, (_, key) => (values[key] != null ? String(values[key]) : ''));
  }

  // The text for a failed request: from the HTTP status and the API's {"error":{"code","parameter"}}.
  // `status` 0 means the request never got an answer (network, or refused by CORS).
  function errorText(t, status, body) {
    const error = body && body.error ? body.error : {};
    const code = error.code;
    const parameter = error.parameter;
    if (status === 0) return t.err_unreachable;
    if (status === 503 || code === 'unavailable') return t.err_unavailable;
    if (code === 'invalid_argument' || status === 400) {
      if (parameter === 'q') return /longer than/.test(error.message || '') ? t.err_query_long : t.err_query;
      if (parameter === 'page') return t.err_page;
      if (['school', 'role', 'available_for', 'department', 'location', 'language', 'exclude_school'].includes(parameter)) {
        return t.err_filter;
      }
      return t.err_parameter;
    }
    if (status === 404 || code === 'not_found') return t.err_not_found;
    return t.err_server;
  }

  // A GET of JSON that always resolves: {ok, status, body}; aborts reject with AbortError.
  async function getJson(url, signal) {
    let res;
    try {
      res = await fetch(url, { signal: signal, headers: { Accept: 'application/json' } });
    } catch (err) {
      if (err && err.name === 'AbortError') throw err;
      return { ok: false, status: 0, body: null };
    }
    const body = await res.json().catch(() => null);
    return { ok: res.ok && body !== null, status: res.status, body: body };
  }

  // ---- DOM helpers (text only) ---------------------------------------------------------------
  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text != null) node.textContent = String(text);
    return node;
  }

  // Only http(s) links (relative ones resolve against `base`); javascript:, data: etc. give null.
  function safeHref(url, base) {
    if (typeof url !== 'string' || !url.trim()) return null;
    try {
      const u = new URL(url, base || location.href);
      return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
    } catch (e) {
      return null;
    }
  }

  // The server escapes snippets and only adds <mark>, but we do not rely on that: parse into an
  // inert document (scripts never run, images never load there) and rebuild it from text nodes and
  // <mark> elements; any other element becomes its text.
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
    return target;
  }

  // "Het Atrium · docent wiskunde": what tells two colleagues with one name apart.
  function personDetail(person) {
    const roles = Array.isArray(person.roles) ? person.roles.filter(Boolean) : [];
    return [person.school, roles.join(', ')].filter(Boolean).join(' · ');
  }

  // ---- The suggestion list: the WAI-ARIA combobox pattern ------------------------------------
  // `input` becomes a combobox controlling `listbox`. While typing, suggestions are fetched
  // (debounced; a newer keystroke aborts the older request); ArrowDown/ArrowUp move through them,
  // Enter picks, Escape closes. `onPick(item)` gets {kind, text, id}; returning without picking
  // lets the form submit as usual.
  class Combobox {
    constructor(options) {
      this.input = options.input;
      this.listbox = options.listbox;
      this.endpoint = options.endpoint;
      this.onPick = options.onPick;
      this.t = options.texts;
      this.idPrefix = options.idPrefix || 'wieweet-option';
      this.delay = options.delay == null ? 150 : options.delay;
      this.items = [];
      this.active = -1;
      this.timer = 0;
      this.ctrl = null;

      this.input.setAttribute('role', 'combobox');
      this.input.setAttribute('aria-autocomplete', 'list');
      this.input.setAttribute('aria-expanded', 'false');
      this.input.setAttribute('aria-controls', this.listbox.id);
      this.input.setAttribute('autocomplete', 'off');
      this.listbox.setAttribute('role', 'listbox');
      this.listbox.setAttribute('aria-label', this.t.suggestions);
      this.listbox.hidden = true;

      this.input.addEventListener('input', () => this.schedule());
      this.input.addEventListener('keydown', (e) => this.onKey(e));
      this.input.addEventListener('blur', () => this.close());
    }

    schedule() {
      clearTimeout(this.timer);
      const typed = this.input.value;
      if (typed.trim().length < 2) { this.close(); return; }
      this.timer = setTimeout(() => this.load(typed), this.delay);
    }

    async load(typed) {
      if (this.ctrl) this.ctrl.abort(); // a stale request never fills the list
      const ctrl = new AbortController();
      this.ctrl = ctrl;
      const url = this.endpoint + 'api/v1/suggest?' + new URLSearchParams({ q: typed, size: '8' }).toString();
      let answer;
      try {
        answer = await getJson(url, ctrl.signal);
      } catch (e) {
        return; // aborted
      }
      if (ctrl !== this.ctrl) return;
      this.ctrl = null;
      const list = answer.ok && Array.isArray(answer.body.suggestions) ? answer.body.suggestions : [];
      this.show(list.filter((s) => s && typeof s.text === 'string' && s.text));
    }

    show(items) {
      // A newer list keeps the option the user had arrowed to, when it is still there.
      const before = this.items[this.active];
      this.items = items;
      this.active = -1;
      this.input.removeAttribute('aria-activedescendant');
      this.listbox.replaceChildren();
      if (!items.length || document.activeElement !== this.input && this.input.getRootNode().activeElement !== this.input) {
        this.close();
        return;
      }
      items.forEach((item, i) => {
        const option = el('li', 'option option-' + (item.kind === 'name' ? 'name' : 'topic'));
        option.id = this.idPrefix + '-' + i;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.appendChild(el('span', 'option-text', item.text));
        const detail = item.kind === 'name' ? personDetail(item) : '';
        const kind = el('span', 'option-kind', item.kind === 'name' ? (detail || this.t.colleague) : this.t.topic);
        option.appendChild(kind);
        // mousedown, not click: the input keeps focus, so its blur does not close the list first.
        option.addEventListener('mousedown', (e) => { e.preventDefault(); this.pick(i); });
        this.listbox.appendChild(option);
      });
      this.listbox.hidden = false;
      this.input.setAttribute('aria-expanded', 'true');
      const kept = before ? items.findIndex((item) => item.text === before.text && item.id === before.id) : -1;
      if (kept >= 0) this.select(kept);
    }

    select(index) {
      this.active = index;
      this.listbox.querySelectorAll('[role="option"]').forEach((option, i) => {
        option.setAttribute('aria-selected', i === index ? 'true' : 'false');
      });
      const option = this.listbox.children[index];
      this.input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    }

    move(step) {
      if (!this.items.length) return;
      if (this.listbox.hidden) { this.listbox.hidden = false; this.input.setAttribute('aria-expanded', 'true'); }
      const count = this.items.length;
      this.select(this.active < 0 ? (step > 0 ? 0 : count - 1) : (this.active + step + count) % count);
    }

    onKey(e) {
      const open = !this.listbox.hidden;
      if (e.key === 'ArrowDown') { e.preventDefault(); this.move(1); }
      else if (e.key === 'ArrowUp') { e.preventDefault(); this.move(-1); }
      else if (e.key === 'Enter' && open && this.active >= 0) { e.preventDefault(); this.pick(this.active); }
      else if (e.key === 'Escape' && open) { e.preventDefault(); this.close(); }
      else if (e.key === 'Enter') this.close(); // the form submits what was typed
    }

    pick(i) {
      const item = this.items[i];
      this.close();
      if (!item) return;
      if (item.kind !== 'name') this.input.value = item.text;
      this.onPick(item);
    }

    close() {
      clearTimeout(this.timer);
      if (this.ctrl) { this.ctrl.abort(); this.ctrl = null; }
      this.listbox.hidden = true;
      this.active = -1;
      this.input.setAttribute('aria-expanded', 'false');
      this.input.removeAttribute('aria-activedescendant');
    }
  }

  // ---- The element -----------------------------------------------------------------------------
  const CSS = `
:host {
  display: block;
  font-family: var(--wieweet-font, system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif);
  color: var(--wieweet-text, #1d2433);
  --_accent: var(--wieweet-accent, #1f5fa8);
  --_muted: var(--wieweet-muted, #4f5769);
  --_border: var(--wieweet-border, #c9ced8);
  --_radius: var(--wieweet-radius, 8px);
  --_bg: var(--wieweet-background, #ffffff);
  --_mark: var(--wieweet-mark, #fff0a8);
  --_focus: var(--wieweet-focus, #f2b705);
}
:host([hidden]) { display: none; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
.box { background: var(--_bg); border: 1px solid var(--_border); border-radius: var(--_radius); padding: 1rem; }
label { display: block; font-weight: 650; margin-bottom: 0.4rem; }
.row { display: flex; gap: 0.5rem; position: relative; }
.field { position: relative; flex: 1; min-width: 0; }
input {
  width: 100%; font: inherit; padding: 0.55rem 0.7rem; color: inherit; background: #fff;
  border: 2px solid var(--_border); border-radius: var(--_radius);
}
button {
  font: inherit; font-weight: 600; padding: 0.55rem 1rem; cursor: pointer; color: #fff;
  background: var(--_accent); border: 2px solid var(--_accent); border-radius: var(--_radius);
}
:focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
a { color: var(--_accent); }
.listbox {
  position: absolute; z-index: 10; left: 0; right: 0; top: calc(100% + 4px); margin: 0; padding: 0.25rem 0;
  list-style: none; background: #fff; border: 1px solid var(--_border); border-radius: var(--_radius);
  box-shadow: 0 6px 18px rgba(0, 0, 0, 0.12); max-height: 18rem; overflow-y: auto;
}
.option { padding: 0.4rem 0.7rem; cursor: pointer; display: flex; justify-content: space-between; gap: 0.75rem; }
.option[aria-selected="true"], .option:hover { background: #e8effa; }
.option-kind { color: var(--_muted); font-size: 0.85em; text-align: right; }
.status { margin: 0.75rem 0 0.25rem; color: var(--_muted); font-weight: 600; }
.status:empty { margin: 0; }
.error { margin: 0.75rem 0 0; padding: 0.6rem 0.8rem; border-radius: var(--_radius); background: #fdecec; color: #8a1c1c; font-weight: 600; }
.results { list-style: none; margin: 0; padding: 0; }
.result { padding: 0.6rem 0; border-top: 1px solid var(--_border); }
.result:first-child { border-top: 0; }
.name { font-weight: 650; font-size: 1.05em; }
.meta { margin: 0.1rem 0 0; color: var(--_muted); font-size: 0.92em; }
.snippet { margin: 0.25rem 0 0; font-size: 0.92em; overflow-wrap: anywhere; }
mark { background: var(--_mark); color: inherit; padding: 0 0.1em; border-radius: 2px; }
.all { display: inline-block; margin-top: 0.5rem; font-weight: 600; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (max-width: 30rem) { .row { flex-direction: column; } }
`;

  let sheet = null; // one constructed stylesheet for every instance (also allowed under a strict CSP)
  function styleFor(root) {
    if ('adoptedStyleSheets' in Document.prototype && 'replaceSync' in CSSStyleSheet.prototype) {
      if (!sheet) { sheet = new CSSStyleSheet(); sheet.replaceSync(CSS); }
      root.adoptedStyleSheets = [sheet];
    } else {
      root.appendChild(el('style', null, CSS));
    }
  }

  let instances = 0;

  class WieWeetSearch extends HTMLElement {
    static get observedAttributes() { return ['endpoint', 'lang', 'results', 'query']; }

    constructor() {
      super();
      this.serial = ++instances;
      this.ctrl = null;
      const root = this.attachShadow({ mode: 'open' });
      styleFor(root);
      const id = (name) => 'wieweet-' + this.serial + '-' + name;
      const box = el('div', 'box');
      const form = el('form', 'form');
      form.setAttribute('role', 'search');
      this.labelEl = el('label');
      this.labelEl.htmlFor = id('q');
      this.input = el('input');
      this.input.id = id('q');
      this.input.type = 'search';
      this.input.spellcheck = false;
      this.listbox = el('ul', 'listbox');
      this.listbox.id = id('suggestions');
      this.button = el('button');
      this.button.type = 'submit';
      const field = el('div', 'field');
      field.append(this.input, this.listbox);
      const row = el('div', 'row');
      row.append(field, this.button);
      form.append(this.labelEl, row);
      this.statusEl = el('p', 'status');
      this.statusEl.setAttribute('role', 'status');
      this.statusEl.setAttribute('aria-live', 'polite');
      this.errorEl = el('p', 'error');
      this.errorEl.setAttribute('role', 'alert');
      this.errorEl.hidden = true;
      this.list = el('ol', 'results');
      this.allLink = el('a', 'all');
      this.allLink.hidden = true;
      box.append(form, this.statusEl, this.errorEl, this.list, this.allLink);
      root.appendChild(box);
      this.dataset.state = 'idle';

      form.addEventListener('submit', (e) => {
        e.preventDefault();
        this.combobox.close();
        this.search(this.input.value.trim());
      });
      this.combobox = new Combobox({
        input: this.input,
        listbox: this.listbox,
        endpoint: this.endpoint,
        texts: this.t,
        idPrefix: id('option'),
        onPick: (item) => {
          if (item.kind === 'name' && item.id) location.href = this.endpoint + 'people/' + encodeURIComponent(item.id) + this.langQuery('?');
          else this.search(item.text);
        },
      });
    }

    get endpoint() {
      const given = safeHref(this.getAttribute('endpoint') || '', SCRIPT_BASE);
      const base = given || SCRIPT_BASE;
      return base.endsWith('/') ? base : base + '/';
    }

    get lang() { return this.getAttribute('lang') === 'en' ? 'en' : 'nl'; }
    get t() { return texts(this.lang); }
    get size() {
      const n = parseInt(this.getAttribute('results') || '5', 10);
      return n >= 1 && n <= 20 ? n : 5;
    }
    langQuery(sep) { return this.lang === 'en' ? sep + 'lang=en' : ''; }

    connectedCallback() {
      this.applyTexts();
      const query = (this.getAttribute('query') || '').trim();
      if (query && this.input.value !== query) { this.input.value = query; this.search(query); }
    }

    attributeChangedCallback(name, before, after) {
      if (!this.isConnected || before === after) return;
      this.applyTexts();
      this.combobox.endpoint = this.endpoint;
      this.combobox.t = this.t;
      const query = (this.getAttribute('query') || '').trim();
      if (name === 'query' && query) { this.input.value = query; this.search(query); }
      else if (this.current) this.search(this.current);
    }

    applyTexts() {
      const t = this.t;
      this.labelEl.textContent = t.label;
      this.input.placeholder = t.placeholder;
      this.button.textContent = t.search;
      this.listbox.setAttribute('aria-label', t.suggestions);
      this.allLink.textContent = t.all_results;
    }

    setState(state) {
      this.dataset.state = state; // idle | loading | results | empty | error: for the host page's CSS
      this.list.setAttribute('aria-busy', state === 'loading' ? 'true' : 'false');
    }

    async search(q) {
      if (this.ctrl) this.ctrl.abort();
      this.current = q;
      this.errorEl.hidden = true;
      if (!q) { this.list.replaceChildren(); this.statusEl.textContent = ''; this.allLink.hidden = true; this.setState('idle'); return; }
      const t = this.t;
      const ctrl = new AbortController();
      this.ctrl = ctrl;
      this.statusEl.textContent = t.searching;
      this.setState('loading');
      const url = this.endpoint + 'api/v1/experts?' + new URLSearchParams({ q: q, size: String(this.size) }).toString();
      let answer;
      try {
        answer = await getJson(url, ctrl.signal);
      } catch (e) {
        return; // superseded
      }
      if (ctrl !== this.ctrl) return;
      this.ctrl = null;
      this.list.replaceChildren();
      this.allLink.hidden = true;
      if (!answer.ok) {
        this.statusEl.textContent = '';
        this.errorEl.textContent = errorText(t, answer.status, answer.body);
        this.errorEl.hidden = false;
        this.setState('error');
        return;
      }
      const results = Array.isArray(answer.body.results) ? answer.body.results : [];
      const total = Math.max(0, Number(answer.body.total) || 0);
      if (!results.length) {
        this.statusEl.textContent = format(t.none, { q: q });
        this.setState('empty');
        return;
      }
      this.statusEl.textContent = total === 1 ? t.found_one : format(t.found_many, { n: total });
      for (const person of results) this.list.appendChild(this.renderPerson(person || {}));
      this.allLink.href = this.endpoint + '?' + new URLSearchParams(Object.assign({ q: q }, this.lang === 'en' ? { lang: 'en' } : {})).toString();
      this.allLink.hidden = false;
      this.setState('results');
    }

    renderPerson(person) {
      const li = el('li', 'result');
      const name = el('a', 'name', person.name || '?');
      name.href = this.endpoint + 'people/' + encodeURIComponent(String(person.id || '')) + this.langQuery('?');
      li.appendChild(name);
      const detail = personDetail(person);
      if (detail) li.appendChild(el('p', 'meta', detail));
      const evidence = Array.isArray(person.evidence) ? person.evidence : [];
      const first = evidence.find((item) => item && item.snippet);
      if (first) li.appendChild(appendSnippet(el('p', 'snippet'), String(first.snippet)));
      return li;
    }
  }

  // Shared with the search page (see the top of this file).
  WieWeetSearch.dom = { el: el, safeHref: safeHref, appendSnippet: appendSnippet, personDetail: personDetail };
  WieWeetSearch.Combobox = Combobox;
  WieWeetSearch.texts = texts;
  WieWeetSearch.format = format;
  WieWeetSearch.errorText = errorText;
  WieWeetSearch.getJson = getJson;

  customElements.define('wieweet-search', WieWeetSearch);
})();
