// Shared by the browser tests: the browser (Debian's chromium via playwright-core, a fresh
// temporary profile per launch), screenshots, axe-core, and servers of the tests' own (a WieWeet
// server with another configuration, a static "intranet" on a second origin).
import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

export const BASE = (process.env.WIEWEET_BASE_URL || '').replace(/\/+$/, '');
if (!BASE) {
  throw new Error('WIEWEET_BASE_URL is not set: run the tests with run_browser_tests.sh, or start the WieWeet ' +
                  'server and set it, e.g. WIEWEET_BASE_URL=http://127.0.0.1:41234 node --test');
}

export const ARTIFACTS = process.env.WIEWEET_ARTIFACTS || new URL('./artifacts/', import.meta.url).pathname;
mkdirSync(ARTIFACTS, { recursive: true });

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 390, height: 844 };

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser;
export function useBrowser() {
  before(async () => {
    // playwright gives every launch a fresh temporary --user-data-dir and removes it afterwards.
    browser = await chromium.launch({
      executablePath: process.env.WIEWEET_CHROMIUM || '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
             '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });
  after(async () => { await browser?.close(); });
}

export function fileName(name) {
  return name.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase();
}

export async function screenshot(page, name) {
  await page.screenshot({ path: join(ARTIFACTS, fileName(name) + '.png'), fullPage: true });
}

// Each test gets a fresh page; it records dialogs and script errors, always leaves a screenshot,
// and checks that nothing from the index ran as script (no dialog, no "pwned" title).
export function browserTest(name, fn, { viewport = DESKTOP, allowErrors = false } = {}) {
  test(name, { timeout: 90_000 }, async () => {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const dialogs = [];
    const errors = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss().catch(() => {}); });
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      await fn(page, { dialogs, errors, context });
      assert.deepEqual(dialogs, [], 'no dialog fired');
      assert.notEqual(await page.title(), 'pwned', 'no injected script ran');
      if (!allowErrors) assert.deepEqual(errors, [], 'no uncaught script errors on the page');
    } finally {
      await screenshot(page, name).catch(() => {});
      await context.close();
    }
  });
}

// axe-core in the page (open shadow roots included); returns the serious and critical violations.
// Injected through the debugging protocol, so the page's CSP (no inline script) stays as it is.
export async function seriousViolations(page, context = undefined) {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (ctx) => {
    const result = await window.axe.run(ctx || document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
                                           nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  }, context);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

// Another wieweet-server over the same index, with its own environment (e.g. CORS origins).
export async function startWieWeet(env) {
  const bin = process.env.WIEWEET_BROWSER_SERVER_BIN;
  const db = process.env.WIEWEET_BROWSER_DB;
  assert.ok(bin && db, 'WIEWEET_BROWSER_SERVER_BIN and WIEWEET_BROWSER_DB are set by run_browser_tests.sh');
  const dir = mkdtempSync(join(tmpdir(), 'wieweet-widget-'));
  const portFile = join(dir, 'port');
  const child = spawn(bin, ['--db', db, '--port', '0', '--port-file', portFile, '--threads', '2'],
                      { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => { stderr += chunk; });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  let port = '';
  for (let i = 0; i < 200 && !port; i++) {
    try { port = readFileSync(portFile, 'utf8').trim(); } catch { /* not yet */ }
    if (!port) {
      const gone = await Promise.race([exited.then(() => true), new Promise((r) => setTimeout(() => r(false), 50))]);
      if (gone) throw new Error('wieweet-server exited: ' + stderr);
    }
  }
  assert.ok(port, 'wieweet-server wrote its port');
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() { child.kill('SIGTERM'); await exited; rmSync(dir, { recursive: true, force: true }); },
  };
}

// A tiny static server (the "intranet") answering every path with the page set by setHtml(); on
// an ephemeral port of 127.0.0.1.
export async function startStaticSite() {
  let html = '';
  const server = createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: server.address().port,
    setHtml(page) { html = page; },
    async stop() { server.closeAllConnections(); await new Promise((resolve) => server.close(resolve)); },
  };
}

// Types `text` into a suggestion box key by key and waits until the list shows the answer for all
// of it (an answer for a shorter prefix may come first while typing).
export async function typeForSuggestions(page, input, text) {
  const answered = page.waitForResponse((response) => {
    const url = new URL(response.url());
    return url.pathname === '/api/v1/suggest' && url.searchParams.get('q') === text;
  });
  await input.pressSequentially(text, { delay: 30 });
  await answered;
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
}
