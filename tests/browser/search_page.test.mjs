// Real-browser test of the WieWeet staff search page (web/), driven through Debian's
// Chromium with playwright-core. Needs a running server over the fixture index:
//   cd tests/browser && WIEWEET_BASE_URL=http://127.0.0.1:41234 node --test
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const BASE = (process.env.WIEWEET_BASE_URL || '').replace(/\/+$/, '');
if (!BASE) {
  throw new Error('WIEWEET_BASE_URL is not set: start the WieWeet server and set it, ' +
                  'e.g. WIEWEET_BASE_URL=http://127.0.0.1:41234 node --test');
}
const ARTIFACTS = new URL('./artifacts/', import.meta.url);
mkdirSync(ARTIFACTS, { recursive: true });

const people = (page) => page.locator('#results > li.person');
const person = (page, name) =>
  people(page).filter({ has: page.locator('h3', { hasText: new RegExp(`^${name}$`) }) });

let browser;
before(async () => {
  browser = await chromium.launch({
    executablePath: process.env.WIEWEET_CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});
after(async () => { await browser?.close(); });

// Each test gets a fresh page; it records dialogs and script errors, always leaves a
// screenshot in artifacts/, and checks the hidden person never showed up.
function browserTest(name, fn) {
  test(name, { timeout: 60_000 }, async () => {
    const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const dialogs = [];
    const errors = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss().catch(() => {}); });
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      await fn(page, dialogs);
      assert.equal(await person(page, 'Daan Verborgen').count(), 0, 'hidden person must never be shown');
      assert.deepEqual(errors, [], 'no uncaught script errors on the page');
    } finally {
      const file = name.replace(/[^a-z0-9]+/gi, '-').toLowerCase() + '.png';
      await page.screenshot({ path: new URL(file, ARTIFACTS).pathname, fullPage: true }).catch(() => {});
      await context.close();
    }
  });
}

// Types a query into the labelled box and submits it, like a person would.
async function search(page, q) {
  await page.getByLabel(/Wie weet er iets van/).fill(q);
  await page.getByRole('button', { name: 'Zoeken' }).click();
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
});

browserTest('escaped markup in a snippet is shown as text, never run', async (page, dialogs) => {
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
  assert.deepEqual(dialogs, [], 'no dialog fired');
});

browserTest('a query without matches shows the empty state', async (page) => {
  await page.goto(BASE + '/');
  await search(page, 'zzzgeenresultaat');
  await page.locator('#empty').waitFor({ state: 'visible' });
  assert.match(await page.locator('#empty').textContent(), /Geen collega's gevonden voor „zzzgeenresultaat”/);
  assert.equal(await people(page).count(), 0);
  assert.equal(await page.locator('#pager').isVisible(), false, 'no paging for zero results');
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
  // Wait until this search settled either way, then the wrapper checks the names.
  await page.waitForFunction(() => ['results', 'empty'].includes(document.body.dataset.state));
});

browserTest('a server error shows the server\'s message', async (page) => {
  // The fixture has no guaranteed failing query, so the error is simulated in the browser.
  await page.route((url) => url.pathname === '/api/v1/experts', (route) => route.fulfill({
    status: 503, contentType: 'application/json',
    body: JSON.stringify({ error: { code: 'unavailable', message: 'De zoekindex wordt bijgewerkt.' } }),
  }));
  await page.goto(BASE + '/?q=informatiebeveiliging');
  await page.locator('#error').waitFor({ state: 'visible' });
  assert.equal(await page.locator('#error').textContent(), 'De zoekindex wordt bijgewerkt.');
  assert.equal(await people(page).count(), 0);
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
