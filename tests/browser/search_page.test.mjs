// Real-browser tests of the WieWeet staff search page (web/), driven through Debian's Chromium with
// playwright-core, against the real server over the fixture index (run_browser_tests.sh):
// searching, suggestions, filters in the URL, paging, spelling, language, errors, the meeloop form.
import assert from 'node:assert/strict';
import { BASE, browserTest, typeForSuggestions, useBrowser } from './support.mjs';

useBrowser();

const people = (page) => page.locator('#results > li.person');
const person = (page, name) =>
  people(page).filter({ has: page.locator('h3', { hasText: new RegExp(`^${name}$`) }) });
const box = (page) => page.getByRole('combobox', { name: /Wie weet er iets van/ });
const listbox = (page) => page.locator('#q-suggestions');
const total = async (page) => Number((await page.locator('#status').textContent()).match(/^(\d+)/)?.[1]);

// Types a query into the labelled box and submits it, like a person would.
async function search(page, q) {
  await page.getByLabel(/Wie weet er iets van/).fill(q);
  await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
}

async function settled(page) {
  await page.waitForFunction(() => ['results', 'empty', 'error'].includes(document.body.dataset.state));
}

browserTest('typed search shows ranked colleagues with evidence', async (page) => {
  await page.goto(BASE + '/');
  await search(page, 'informatiebeveiliging');
  await page.waitForFunction(() => document.querySelectorAll('#results > li.person').length >= 3);
  assert.equal((await people(page).first().locator('h3').textContent()).trim(), 'Anna de Vries');

  const workshop = people(page).first().locator('.evidence > li')
    .filter({ hasText: 'Informatiebeveiliging op school: wat moet je weten?' });
  await workshop.waitFor();
  assert.equal((await workshop.locator('.badge').textContent()).trim(), 'Workshop');
  assert.equal((await workshop.locator('.ev-link').textContent()).trim(), 'gaf deze workshop');
  // Bram only attended that workshop: the page must not let him pass for its presenter.
  const attended = person(page, 'Bram Jansen').locator('.evidence > li').first();
  assert.equal((await attended.locator('.ev-link').textContent()).trim(), 'volgde deze workshop');
  assert.ok(await page.locator('#results .snippet mark').count() > 0, 'matched words are <mark>ed');

  assert.match(await page.locator('#status').textContent(), /^\d+ collega's gevonden$/);
  assert.equal(await page.locator('#status').getAttribute('aria-live'), 'polite');
  const url = new URL(page.url());
  assert.equal(url.searchParams.get('q'), 'informatiebeveiliging');
  assert.equal(url.searchParams.get('page'), '1');
  assert.equal(await person(page, 'Daan Verborgen').count(), 0, 'the hidden person is never shown');
});

browserTest('escaped markup in a snippet is shown as text, never run', async (page) => {
  await page.goto(BASE + '/');
  await search(page, 'xssprobe');
  const bram = person(page, 'Bram Jansen');
  await bram.waitFor();
  const snippet = bram.locator('.ev-document .snippet').first();
  assert.ok((await snippet.textContent()).includes("<script>alert('xss')</script>"),
            'the escaped tag is shown literally');
  assert.equal(await page.locator('#results script').count(), 0, 'no <script> element in the results');
  assert.equal(await page.locator('#results *:not(li,h3,p,span,a,ul,mark)').count(), 0,
               'results contain only the page\'s own elements');
});

browserTest('a profile full of markup is text in the results, and a javascript: url is no link', async (page) => {
  await page.goto(BASE + '/?q=xssprofiel');
  const result = people(page).filter({ hasText: 'Xander' }).first();
  await result.waitFor();
  assert.equal((await result.locator('h3').textContent()).trim(),
               'Xander <img src=x onerror=alert(1)> <script>alert(2)</script>');
  assert.match(await result.locator('.school').textContent(), /^<b>Het Atrium<\/b>$/);
  assert.equal(await page.locator('#results img, #results script, #results b, #results i').count(), 0);
  const document = result.locator('.ev-document').filter({ hasText: 'een link die niets mag doen' });
  await document.waitFor();
  assert.equal(await document.locator('a.ev-title').count(), 0, 'the javascript: url is not a link');
  assert.equal(await page.locator('a[href^="javascript:"]').count(), 0);
});

browserTest('a query without matches shows the empty state', async (page) => {
  await page.goto(BASE + '/');
  await search(page, 'zzzgeenresultaat');
  await page.locator('#empty').waitFor({ state: 'visible' });
  assert.match(await page.locator('#empty').textContent(), /Geen collega's gevonden voor „zzzgeenresultaat”/);
  assert.equal(await people(page).count(), 0);
  assert.equal(await page.locator('#pager').isVisible(), false, 'no paging for zero results');
});

browserTest('suggestions: typing lists them, arrow keys move, Enter picks, Escape closes', async (page) => {
  await page.goto(BASE + '/');
  const input = box(page);
  await typeForSuggestions(page, input, 'roost');
  await listbox(page).waitFor({ state: 'visible' });
  assert.equal(await input.getAttribute('aria-expanded'), 'true');
  assert.equal(await input.getAttribute('aria-controls'), 'q-suggestions');
  const options = listbox(page).getByRole('option');
  assert.ok(await options.count() >= 1);
  assert.equal(await input.getAttribute('aria-activedescendant'), null, 'nothing chosen before the arrow keys');

  await input.press('ArrowDown');
  const first = options.first();
  assert.equal(await input.getAttribute('aria-activedescendant'), await first.getAttribute('id'));
  assert.equal(await first.getAttribute('aria-selected'), 'true');
  await input.press('ArrowDown');
  await input.press('ArrowUp');
  assert.equal(await input.getAttribute('aria-activedescendant'), await first.getAttribute('id'));
  const picked = (await first.locator('.option-text').textContent()).trim();

  await input.press('Enter');
  await page.waitForURL((url) => url.searchParams.get('q') === picked);
  await settled(page);
  assert.ok(await people(page).count() > 0, `a search for the picked topic "${picked}"`);
  assert.equal(await listbox(page).isVisible(), false);

  await input.fill('');
  await typeForSuggestions(page, input, 'zerm');
  await listbox(page).waitFor({ state: 'visible' });
  await input.press('Escape');
  await listbox(page).waitFor({ state: 'hidden' });
  assert.equal(await input.getAttribute('aria-expanded'), 'false');
  assert.equal(await input.inputValue(), 'zerm', 'Escape keeps what was typed');
});

browserTest('suggestions are debounced, and a stale answer never fills the list', async (page) => {
  const asked = [];
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route((url) => url.pathname === '/api/v1/suggest', async (route) => {
    const q = new URL(route.request().url()).searchParams.get('q');
    asked.push(q);
    if (q === 'zer') await held; // the first answer is slow
    await route.continue().catch(() => {}); // aborted by the page: fine
  });
  await page.goto(BASE + '/');
  const input = box(page);
  const first = page.waitForRequest((req) => new URL(req.url()).searchParams.get('q') === 'zer');
  await input.pressSequentially('zer', { delay: 20 });
  await first;
  await input.pressSequentially('melo', { delay: 20 }); // faster than the debounce: one request
  const options = listbox(page).getByRole('option');
  await options.first().waitFor();
  assert.deepEqual(asked, ['zer', 'zermelo'], 'one request per pause in typing, not per key');
  const shown = await options.locator('.option-text').allTextContents();
  release();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  assert.deepEqual(await options.locator('.option-text').allTextContents(), shown, 'the late answer was dropped');
  for (const text of shown) assert.match(text.toLowerCase(), /zermelo/);
});

browserTest('two colleagues with the same name are told apart in the suggestions', async (page) => {
  await page.goto(BASE + '/');
  await typeForSuggestions(page, box(page), 'sanne de');
  const sannes = listbox(page).getByRole('option').filter({ hasText: 'Sanne de Jong' });
  await sannes.nth(1).waitFor();
  const details = (await sannes.locator('.option-kind').allTextContents()).sort();
  assert.deepEqual(details, ['De Linie · docent wiskunde', 'Het Atrium · teamleider onderwijs']);
  // Picking a name opens that colleague's page.
  await sannes.filter({ hasText: 'De Linie' }).click();
  await page.waitForURL(/\/people\/r99$/);
  await page.locator('#person-name').filter({ hasText: 'Sanne de Jong' }).waitFor();
  assert.equal(await page.locator('#person-meta').textContent(), 'De Linie · docent wiskunde');
});

browserTest('a facet filters, the URL carries it, a chip removes it, Back restores', async (page) => {
  await page.goto(BASE + '/?q=roosteren');
  await settled(page);
  const before = await total(page);
  assert.ok(before > 10, `enough people to filter (${before})`);

  const atrium = page.locator('.facet-school').getByRole('checkbox', { name: /^Het Atrium/ });
  const facetCount = Number(await page.locator('.facet-school label', { hasText: /^Het Atrium\d/ }).locator('.count').textContent());
  await atrium.check();
  await page.waitForURL((url) => url.searchParams.getAll('school').includes('Het Atrium'));
  await page.waitForFunction((n) => document.body.dataset.state === 'results' &&
                                    Number(document.getElementById('status').textContent.match(/^\d+/)) === n, facetCount);
  for (const school of await people(page).locator('.school').allTextContents()) assert.equal(school, 'Het Atrium');
  assert.equal(await page.locator('#chips .chip-value').allTextContents().then((v) => v.join('|')), 'Het Atrium');
  assert.equal(new URL(page.url()).searchParams.get('page'), '1');

  // A second facet narrows further; the URL holds both.
  await page.locator('.facet-available_for').getByRole('checkbox', { name: /^meelopen/ }).check();
  await page.waitForURL((url) => url.searchParams.get('available_for') === 'meelopen');
  await settled(page);
  const both = await total(page);
  assert.ok(both <= facetCount);

  await page.goBack();
  await page.waitForURL((url) => !url.searchParams.has('available_for') && url.searchParams.get('school') === 'Het Atrium');
  await page.waitForFunction((n) => Number(document.getElementById('status').textContent.match(/^\d+/)) === n, facetCount);
  assert.equal(await atrium.isChecked(), true);

  await page.getByRole('button', { name: 'School: Het Atrium – filter verwijderen' }).click();
  await page.waitForURL((url) => !url.searchParams.has('school'));
  await page.waitForFunction((n) => Number(document.getElementById('status').textContent.match(/^\d+/)) === n, before);
  assert.equal(await page.locator('#chips').isVisible(), false);

  await page.goBack();
  await page.waitForURL((url) => url.searchParams.get('school') === 'Het Atrium');
  await page.waitForFunction((n) => Number(document.getElementById('status').textContent.match(/^\d+/)) === n, facetCount);
});

browserTest('paging offers exactly the pages the API serves', async (page) => {
  await page.goto(BASE + '/?q=roosteren');
  await settled(page);
  const found = await total(page);
  const pages = Math.ceil(found / 10);
  assert.ok(pages >= 3, `several pages (${found} people)`);
  assert.equal(await page.locator('#page-info').textContent(), `pagina 1 van ${pages}`);
  for (let p = 2; p <= pages; p++) {
    await page.getByRole('button', { name: 'Volgende ›' }).click();
    await page.waitForURL((url) => url.searchParams.get('page') === String(p));
    await page.waitForFunction((n) => document.getElementById('page-info').textContent.startsWith('pagina ' + n + ' '), p);
    await settled(page);
    assert.ok(await people(page).count() > 0, `page ${p} has people`);
  }
  assert.equal(await page.getByRole('button', { name: 'Volgende ›' }).isDisabled(), true, 'no page past the last');
  assert.equal(await people(page).count(), found - (pages - 1) * 10);
});

browserTest('a corrected query says so and links to what was typed', async (page) => {
  await page.goto(BASE + '/');
  await search(page, 'informatiebeveilging');
  await page.locator('#suggestion').waitFor({ state: 'visible' });
  assert.match(await page.locator('#suggestion').textContent(),
               /^Resultaten voor informatiebeveiliging\. Zoek in plaats daarvan op informatiebeveilging\.$/);
  await settled(page);
  assert.ok(await people(page).count() > 0);
  await page.locator('#suggestion a.exact-link').click();
  await page.waitForURL((url) => url.searchParams.get('spelling') === 'false');
  await page.locator('#empty').waitFor({ state: 'visible' });
  assert.equal(await page.locator('#suggestion').isVisible(), false);
  assert.match(await page.locator('#empty-text').textContent(), /informatiebeveilging/);
});

browserTest('a shared link searches at once, and Back/Forward restore searches', async (page) => {
  await page.goto(BASE + '/?q=informatiebeveiliging');
  await person(page, 'Anna de Vries').waitFor();
  assert.equal(await page.getByLabel(/Wie weet er iets van/).inputValue(), 'informatiebeveiliging');

  await search(page, 'xssprobe');
  await person(page, 'Bram Jansen').waitFor();

  await page.goBack();
  await page.waitForFunction(() =>
    document.querySelector('#results > li.person h3')?.textContent === 'Anna de Vries');
  assert.equal(await page.getByLabel(/Wie weet er iets van/).inputValue(), 'informatiebeveiliging');
  assert.equal(new URL(page.url()).searchParams.get('q'), 'informatiebeveiliging');

  await page.goForward();
  await person(page, 'Bram Jansen').waitFor();
});

browserTest('the hidden person is not found by name', async (page) => {
  await page.goto(BASE + '/');
  await search(page, 'Daan Verborgen');
  await settled(page);
  assert.equal(await person(page, 'Daan Verborgen').count(), 0);
});

browserTest('a server error is told in Dutch, chosen by its code', async (page) => {
  // The fixture has no guaranteed failing query, so the error is simulated in the browser.
  await page.route((url) => url.pathname === '/api/v1/experts', (route) => route.fulfill({
    status: 503, contentType: 'application/json',
    body: JSON.stringify({ error: { code: 'unavailable', message: 'the search index is not available yet' } }),
  }));
  await page.goto(BASE + '/?q=informatiebeveiliging');
  await page.locator('#error').waitFor({ state: 'visible' });
  assert.equal(await page.locator('#error').textContent(),
               'De zoekindex wordt bijgewerkt. Probeer het over een minuut opnieuw.');
  assert.equal(await people(page).count(), 0);
});

browserTest('a bad request gets Dutch text, never the server\'s English', async (page) => {
  const longQuery = 'a'.repeat(600); // above server.max_query_bytes: a real 400 from the server
  await page.goto(BASE + '/?q=' + longQuery);
  await page.locator('#error').waitFor({ state: 'visible' });
  assert.equal(await page.locator('#error').textContent(), 'Deze zoekvraag is te lang. Maak hem korter.');
});

browserTest('English with ?lang=en, kept while searching', async (page) => {
  await page.goto(BASE + '/?lang=en');
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  await page.getByLabel('Who knows about…?').fill('zzzgeenresultaat');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.locator('#empty').waitFor({ state: 'visible' });
  assert.match(await page.locator('#empty-text').textContent(), /^No colleagues found for “zzzgeenresultaat”\.$/);
  assert.equal(new URL(page.url()).searchParams.get('lang'), 'en');
  await page.getByRole('link', { name: 'Nederlands' }).click();
  await page.waitForURL((url) => !url.searchParams.has('lang'));
  await page.getByLabel(/Wie weet er iets van/).waitFor();
});

browserTest('a slow earlier answer never replaces a newer search', async (page) => {
  // Hold the first search's answer back in the browser until the second one is shown.
  const isFirst = (req) => new URL(req.url()).searchParams.get('q') === 'informatiebeveiliging';
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  const firstDone = new Promise((resolve) => {
    page.on('requestfinished', (req) => isFirst(req) && resolve());
    page.on('requestfailed', (req) => isFirst(req) && resolve()); // aborted by the page
  });
  await page.route((url) => url.pathname === '/api/v1/experts' && url.searchParams.get('q') === 'informatiebeveiliging',
    async (route) => { await held; await route.continue().catch(() => {}); });

  await page.goto(BASE + '/');
  await search(page, 'informatiebeveiliging');
  await search(page, 'xssprobe');
  await person(page, 'Bram Jansen').waitFor();
  release();
  await firstDone;
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  assert.equal(await person(page, 'Anna de Vries').count(), 0, 'stale results must be ignored');
  assert.equal(await person(page, 'Bram Jansen').count(), 1);
});

browserTest('a meeloop request lists hosts at other schools with the reason they fit', async (page) => {
  await page.goto(BASE + '/');
  await page.getByLabel('Wat wil je zien?').fill('roosteren met Zermelo');
  await page.getByLabel('Mijn school').fill('Het Atrium');
  await page.getByRole('button', { name: 'Zoek gastcollega\'s' }).click();
  const hosts = page.locator('#meeloop-results > li.person');
  await hosts.first().waitFor();
  assert.match(await page.locator('#meeloop-status').textContent(), /^\d+ collega's kunnen je ontvangen$/);
  for (const school of await hosts.locator('.school').allTextContents()) assert.notEqual(school, 'Het Atrium');
  assert.ok(await hosts.first().locator('.snippet mark').count() > 0, 'the reason: evidence with the words marked');

  await page.getByLabel('Wat wil je zien?').fill('ik wil meelopen');
  await page.getByRole('button', { name: 'Zoek gastcollega\'s' }).click();
  await page.locator('#meeloop-error').waitFor({ state: 'visible' });
  assert.match(await page.locator('#meeloop-error').textContent(), /^Beschrijf wat je wilt zien/);
});
