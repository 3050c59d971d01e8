// axe-core on the search page, a person page and the widget, at desktop and phone width: no serious
// or critical violation. Each case leaves a screenshot in the artifacts directory.
import assert from 'node:assert/strict';
import { BASE, DESKTOP, PHONE, browserTest, seriousViolations, typeForSuggestions, useBrowser } from './support.mjs';

useBrowser();

const settled = (page) =>
  page.waitForFunction(() => ['results', 'empty', 'error'].includes(document.body.dataset.state));

const views = [
  ['search page', async (page) => {
    await page.goto(BASE + '/?q=roosteren&school=Het+Atrium');
    await settled(page);
    await page.locator('#facets fieldset').first().waitFor({ state: 'attached' });
    // On a phone the filters start folded, so they don't push the results down: unfold them.
    const details = page.locator('#filters-details');
    assert.equal(await details.evaluate((d) => d.open), page.viewportSize().width > 768);
    if (!(await details.evaluate((d) => d.open))) await page.locator('#filters summary').click();
    await page.locator('#facets fieldset').first().waitFor();
  }],
  ['search page with suggestions open', async (page) => {
    await page.goto(BASE + '/?q=informatiebeveilging');
    await settled(page);
    const box = page.getByRole('combobox');
    await box.fill('');
    await typeForSuggestions(page, box, 'sanne');
    await page.locator('#q-suggestions').waitFor({ state: 'visible' });
    await box.press('ArrowDown');
  }],
  ['person page', async (page) => {
    await page.goto(BASE + '/people/p1');
    await page.locator('#person-body').waitFor({ state: 'visible' });
  }],
  ['widget demo', async (page) => {
    await page.goto(BASE + '/widget-demo.html');
    await page.waitForFunction(() => document.getElementById('demo-topic')?.dataset.state === 'results');
  }],
  ['not found page', async (page) => {
    await page.goto(BASE + '/no/such/page');
  }],
];

for (const [viewName, open] of views) {
  for (const [sizeName, viewport] of [['desktop', DESKTOP], ['phone', PHONE]]) {
    const name = `${viewName} at ${sizeName} width`;
    browserTest(`axe: ${name}`, async (page) => {
      await open(page);
      const violations = await seriousViolations(page);
      assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
      // The page must fit the phone's width: nothing wider than the viewport.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `no horizontal scrolling (${overflow}px too wide)`);
    }, { viewport });
  }
}
