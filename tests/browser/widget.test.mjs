// The widget (/widget.js) on an intranet page served from a second origin (a tiny static server of
// this test, on another port), against a WieWeet server that allows that origin only.
// http://127.0.0.1:P is allowed; http://localhost:P is the same page from an origin that is not.
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, browserTest, startStaticSite, startWieWeet, typeForSuggestions, useBrowser } from './support.mjs';

useBrowser();

let site;
let wieweet;
before(async () => {
  site = await startStaticSite();
  wieweet = await startWieWeet({ WIEWEET_SERVER_CORS_ALLOWED_ORIGINS: `http://127.0.0.1:${site.port}` });
  // The intranet page: only the two lines docs/widget.md asks for, plus the intranet's own text.
  const html = `<!doctype html><html lang="nl"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Intranet</title>
<style>body{font-family:Georgia,serif;margin:2rem} input,button,li,a{all:unset} h1{color:#2f4f3a}
.themed{--wieweet-accent:#2f4f3a}</style>
<script src="${wieweet.url}/widget.js" defer></script></head><body><main>
<h1>Nieuws van de vereniging</h1>
<p>Collega's die hier verstand van hebben:</p>
<wieweet-search id="topic" class="themed" endpoint="${wieweet.url}/" lang="nl" results="3" query="informatiebeveiliging"></wieweet-search>
<h2>Zoek zelf</h2>
<wieweet-search id="free" endpoint="${wieweet.url}/" results="5"></wieweet-search>
</main></body></html>`;
  site.setHtml(html);
});
after(async () => { await wieweet?.stop(); await site?.stop(); });

const shadow = (page, id) => page.locator(`#${id}`);

browserTest('the widget on an allowed origin shows experts for its query, linked to WieWeet', async (page) => {
  await page.goto(`http://127.0.0.1:${site.port}/intranet`);
  const widget = shadow(page, 'topic');
  await page.waitForFunction(() => document.getElementById('topic')?.dataset.state === 'results');
  const results = widget.locator('li.result');
  assert.equal(await results.count(), 3, 'results="3"');
  assert.equal(await results.first().locator('a.name').textContent(), 'Anna de Vries');
  assert.equal(await results.first().locator('a.name').getAttribute('href'), `${wieweet.url}/people/p1`);
  assert.equal(await results.first().locator('.meta').textContent(), 'Het Baken College · informatiebeveiliger, docent informatica');
  assert.ok(await results.first().locator('.snippet mark').count() > 0);
  const all = widget.getByRole('link', { name: 'Alle resultaten in WieWeet' });
  assert.equal(await all.getAttribute('href'), `${wieweet.url}/?q=informatiebeveiliging`);
  // The host page's CSS (all:unset on inputs, links, list items) does not reach into the widget.
  const accent = await widget.getByRole('button', { name: 'Zoeken' }).evaluate((b) => getComputedStyle(b).backgroundColor);
  assert.equal(accent, 'rgb(47, 79, 58)', 'themed through --wieweet-accent');
  assert.equal(await page.evaluate(() => document.getElementById('topic').shadowRoot !== null), true, 'open shadow root');
});

browserTest('the widget suggests while typing and searches with the keyboard', async (page) => {
  await page.goto(`http://127.0.0.1:${site.port}/intranet`);
  const widget = shadow(page, 'free');
  const input = widget.getByRole('combobox', { name: /Zoek een collega/ });
  await typeForSuggestions(page, input, 'sanne de');
  const options = widget.getByRole('option');
  await options.nth(1).waitFor();
  const details = (await options.filter({ hasText: 'Sanne de Jong' }).locator('.option-kind').allTextContents()).sort();
  assert.deepEqual(details, ['De Linie · docent wiskunde', 'Het Atrium · teamleider onderwijs']);
  await input.press('Escape');
  assert.equal(await input.getAttribute('aria-expanded'), 'false');
  await input.fill('roosteren');
  await input.press('Enter');
  await page.waitForFunction(() => document.getElementById('free')?.dataset.state === 'results');
  assert.equal(await widget.locator('li.result').count(), 5);
  assert.match(await widget.getByRole('status').textContent(), /^\d+ collega's gevonden$/);
});

browserTest('a query without answers shows the empty state', async (page) => {
  await page.goto(`http://127.0.0.1:${site.port}/intranet`);
  const input = shadow(page, 'free').getByRole('combobox');
  await input.fill('zzzgeenresultaat');
  await input.press('Enter');
  await page.waitForFunction(() => document.getElementById('free')?.dataset.state === 'empty');
  assert.equal(await shadow(page, 'free').getByRole('status').textContent(), 'Geen collega\'s gevonden voor „zzzgeenresultaat”.');
});

browserTest('the widget on an origin that is not allowed fails cleanly', async (page, { errors }) => {
  await page.goto(`http://localhost:${site.port}/intranet`);
  await page.waitForFunction(() => document.getElementById('topic')?.dataset.state === 'error');
  const widget = shadow(page, 'topic');
  assert.equal(await widget.locator('li.result').count(), 0, 'no results');
  assert.equal(await widget.getByRole('alert').textContent(),
               'WieWeet is nu niet bereikbaar. Probeer het later opnieuw.');
  assert.deepEqual(errors, [], 'no uncaught errors: the refusal is handled');
});

browserTest('a profile full of markup is text in the widget', async (page) => {
  await page.goto(`http://127.0.0.1:${site.port}/intranet`);
  const input = shadow(page, 'free').getByRole('combobox');
  await input.fill('xssprofiel');
  await input.press('Enter');
  await page.waitForFunction(() => document.getElementById('free')?.dataset.state === 'results');
  const result = shadow(page, 'free').locator('li.result').filter({ hasText: 'Xander' });
  assert.equal(await result.locator('a.name').textContent(), 'Xander <img src=x onerror=alert(1)> <script>alert(2)</script>');
  assert.equal(await result.locator('.meta').textContent(), '<b>Het Atrium</b> · <i>tester</i>');
  assert.equal(await page.evaluate(() =>
    document.getElementById('free').shadowRoot.querySelectorAll('.results img, .results script, .results b, .results i').length), 0);
});

browserTest('the demo page on the WieWeet server embeds the widget', async (page) => {
  const response = await page.goto(BASE + '/widget-demo.html');
  assert.equal(response.status(), 200);
  await page.waitForFunction(() => document.getElementById('demo-topic')?.dataset.state === 'results');
  assert.ok(await page.locator('#demo-topic li.result').count() > 0);
});
