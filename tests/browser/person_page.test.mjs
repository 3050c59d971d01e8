// Real-browser tests of a person's page (/people/{id}) and the HTML 404 pages.
import assert from 'node:assert/strict';
import { BASE, browserTest, useBrowser } from './support.mjs';

useBrowser();

browserTest('a name in the results opens the person page with contact links', async (page) => {
  await page.goto(BASE + '/?q=informatiebeveiliging');
  await page.getByRole('link', { name: 'Anna de Vries', exact: true }).click();
  await page.waitForURL(BASE + '/people/p1');
  await page.locator('#person-name').filter({ hasText: 'Anna de Vries' }).waitFor();
  assert.equal(await page.title(), 'Anna de Vries – WieWeet');
  assert.equal(await page.locator('#person-meta').textContent(),
               'Het Baken College · informatiebeveiliger, docent informatica');
  assert.equal(await page.getByRole('link', { name: 'anna.devries@hetbaken.nl' }).getAttribute('href'),
               'mailto:anna.devries@hetbaken.nl');
  assert.equal(await page.getByRole('link', { name: '06-12345678' }).getAttribute('href'), 'tel:0612345678');
  assert.deepEqual(await page.locator('#person-available li').allTextContents(), ['advies', 'meelopen']);
  // Topics say where they come from.
  const topics = await page.locator('#person-topics li').allTextContents();
  assert.ok(topics.some((topic) => /^informatiebeveiliging · aangetoond/.test(topic)), topics.join(' | '));
  // Workshops and documents with links where they have an http(s) url.
  await page.locator('#person-evidence h3', { hasText: 'Gaf deze workshops' }).waitFor();
  const datalek = page.getByRole('link', { name: 'Een datalek melden' });
  assert.equal(await datalek.getAttribute('href'), 'https://intranet.example.nl/privacy/datalek');
  // Back to exactly the search we came from.
  await page.getByRole('link', { name: '‹ Terug naar zoeken' }).click();
  await page.waitForURL((url) => url.pathname === '/' && url.searchParams.get('q') === 'informatiebeveiliging');
  await page.getByRole('link', { name: 'Anna de Vries', exact: true }).waitFor();
});

browserTest('a person page links similar colleagues', async (page) => {
  await page.goto(BASE + '/people/r01');
  await page.locator('#person-name').filter({ hasText: 'Sanne de Jong' }).waitFor();
  const similar = page.locator('#person-similar a');
  await similar.first().waitFor();
  const href = await similar.first().getAttribute('href');
  assert.match(href, /^\/people\/[^/]+$/);
  await similar.first().click();
  await page.waitForURL(BASE + href);
  await page.locator('#person-body').waitFor({ state: 'visible' });
});

browserTest('without public contact fields the page says how to reach them', async (page) => {
  await page.goto(BASE + '/people/p3'); // internal: no email or phone leave the server
  await page.locator('#person-name').filter({ hasText: 'Chantal Bakker' }).waitFor();
  assert.equal(await page.locator('#person-contact a').count(), 0);
  assert.match(await page.locator('#person-contact').textContent(), /niet openbaar/);
});

browserTest('a profile full of markup is text on the person page', async (page) => {
  await page.goto(BASE + '/people/px');
  await page.locator('#person-body').waitFor({ state: 'visible' });
  assert.equal(await page.locator('#person-name').textContent(),
               'Xander <img src=x onerror=alert(1)> <script>alert(2)</script>');
  assert.equal(await page.title(), 'Xander <img src=x onerror=alert(1)> <script>alert(2)</script> – WieWeet',
               'the server-rendered title is escaped too');
  assert.match(await page.locator('#person-bio').textContent(), /^<img src=x onerror="document.title='pwned'">xssprofiel/);
  assert.equal(await page.locator('#person-view img, #person-view script, #person-view b, #person-view i').count(), 0);
  assert.equal(await page.locator('a[href^="javascript:"]').count(), 0, 'the javascript: url is not a link');
  const item = page.locator('#person-evidence li', { hasText: 'een link die niets mag doen' });
  assert.equal(await item.locator('a').count(), 0);
});

browserTest('an unknown or hidden person, and any unknown page, is a Dutch HTML 404', async (page) => {
  for (const path of ['/people/nobody', '/people/p4', '/no/such/page']) {
    const response = await page.goto(BASE + path);
    assert.equal(response.status(), 404, path);
    assert.match(response.headers()['content-type'], /^text\/html/, path);
    assert.equal(await page.locator('h1').textContent(), 'Deze pagina bestaat niet', path);
    assert.equal(await page.getByRole('link', { name: 'Naar de zoekpagina' }).getAttribute('href'), '/');
  }
  assert.doesNotMatch(await page.content(), /Daan/, 'nothing of the hidden person');
});

browserTest('the person page in English', async (page) => {
  await page.goto(BASE + '/people/p1?lang=en');
  await page.locator('#person-body').waitFor({ state: 'visible' });
  assert.equal(await page.getByRole('link', { name: '‹ Back to search' }).getAttribute('href'), '/?lang=en');
  assert.ok(await page.locator('#person-topics li', { hasText: 'evidenced' }).count() > 0);
});
