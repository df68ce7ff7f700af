// Opens a crosscheck HTML report in headless Chromium (Debian's, through
// playwright-core) and checks it as a reader would use it: the findings table
// has rows, a filter changes the visible rows as it should, sorting and the
// evidence toggle work, nothing is loaded from the network, no console error
// and no dialog (an alert() from an article would be one), then saves a
// full-page screenshot.
//
//   node check_report.mjs REPORT.html SCREENSHOT.png [--hostile]
//
// --hostile also asserts that the article text `<script>alert(1)</script>`
// is shown as text. Exits 0 when every check passes, 1 otherwise.

import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const hostile = args.includes('--hostile');
const [reportPath, screenshotPath] = args.filter((a) => !a.startsWith('--'));
if (!reportPath || !screenshotPath) {
  console.error('usage: node check_report.mjs REPORT.html SCREENSHOT.png [--hostile]');
  process.exit(2);
}
if (!existsSync(reportPath)) {
  console.error(`no such file: ${reportPath}`);
  process.exit(2);
}
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';

const failures = [];
const check = (ok, what) => {
  if (ok) {
    console.log(`  ok   ${what}`);
  } else {
    console.log(`  FAIL ${what}`);
    failures.push(what);
  }
};

const userDataDir = mkdtempSync(join(tmpdir(), 'crosscheck-chromium-'));
let context;
try {
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = context.pages()[0] || (await context.newPage());
  const consoleErrors = [];
  const dialogs = [];
  const network = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  page.on('dialog', async (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    await d.dismiss().catch(() => {});
  });
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith('file:') && !u.startsWith('data:') && !u.startsWith('about:')) network.push(u);
  });
  // Nothing may leave the machine: any request beyond the file itself fails.
  await context.route(/^(https?|wss?|ftp):/, (route) => route.abort());

  const url = pathToFileURL(resolve(reportPath)).href;
  console.log(`${reportPath}`);
  await page.goto(url, { waitUntil: 'load' });

  check(await page.evaluate(() => document.documentElement.classList.contains('js')), 'the script ran');

  const visible = () =>
    page.evaluate(
      () =>
        Array.from(document.querySelectorAll('#findings tbody.finding')).filter(
          (b) => getComputedStyle(b).display !== 'none',
        ).length,
    );
  const countText = () => page.locator('#f-count').textContent();

  const total = await page.locator('#findings tbody.finding').count();
  check(total > 0, `findings table has rows (${total})`);
  check((await visible()) === total, 'every finding is visible at first');
  check((await countText()) === `${total} of ${total} findings shown`, 'the count line says so');

  // Filter by kind: quote when there is one, else the first kind listed.
  const kinds = await page.$$eval('#f-kind option', (os) => os.map((o) => o.value).filter(Boolean));
  const kind = kinds.includes('quote') ? 'quote' : kinds[0];
  if (kind) {
    const expected = await page.locator(`#findings tbody.finding[data-kind="${kind}"]`).count();
    await page.selectOption('#f-kind', kind);
    const after = await visible();
    check(after === expected, `kind=${kind} shows ${expected} row(s) (saw ${after})`);
    check((await countText()) === `${expected} of ${total} findings shown`, 'the count follows the filter');
    if (kinds.length > 1) check(after < total, 'the filter hides the other kinds');
    await page.selectOption('#f-kind', '');
    check((await visible()) === total, 'clearing the filter shows every row again');
  }

  // Filter by source: the first source's findings.
  const source = await page.$$eval('#f-source option', (os) => os.map((o) => o.value).filter(Boolean)[0]);
  if (source !== undefined) {
    const expected = await page.evaluate(
      (s) =>
        Array.from(document.querySelectorAll('#findings tbody.finding')).filter((b) =>
          b.getAttribute('data-docs').split(' ').includes(s),
        ).length,
      source,
    );
    await page.selectOption('#f-source', source);
    check((await visible()) === expected, `source=${source} shows ${expected} row(s)`);
    await page.click('#f-reset');
    check((await visible()) === total, 'clear filters shows every row');
  }

  // Text search.
  const firstId = await page.locator('#findings tbody.finding').first().getAttribute('id');
  await page.fill('#f-search', firstId);
  check((await visible()) === 1, `search for ${firstId} shows one row`);
  await page.fill('#f-search', 'zzzz-no-such-text-zzzz');
  check((await visible()) === 0, 'search for absent text shows none');
  await page.click('#f-reset');

  // Filter by review status, when a review was applied.
  const statuses = await page.$$eval('#f-status option', (os) => os.map((o) => o.value).filter(Boolean));
  if (statuses.includes('dismissed')) {
    const expected = await page.locator('#findings tbody.finding[data-status="dismissed"]').count();
    await page.selectOption('#f-status', 'dismissed');
    check(expected > 0 && (await visible()) === expected, `review=dismissed shows ${expected} row(s)`);
    await page.click('#f-reset');
    check((await visible()) === total, 'clear filters shows every row');
  }

  // Sort by severity, then again for the reverse order.
  const ranks = () =>
    page.$$eval('#findings tbody.finding', (bs) => bs.map((b) => Number(b.rows[0].cells[1].getAttribute('data-v'))));
  const sorted = (xs, dir) => xs.every((x, i) => i === 0 || dir * (x - xs[i - 1]) >= 0);
  await page.click('#findings thead th[data-col="1"] button');
  check(sorted(await ranks(), 1), 'severity sorts ascending (high first)');
  await page.click('#findings thead th[data-col="1"] button');
  check(sorted(await ranks(), -1), 'a second click sorts descending');
  check(
    (await page.getAttribute('#findings thead th[data-col="1"]', 'aria-sort')) === 'descending',
    'aria-sort follows',
  );
  await page.click('#findings thead th[data-col="1"] button');

  // Evidence: hidden until opened, then shows the highlighted value.
  const first = page.locator('#findings tbody.finding').first();
  const ev = first.locator('tr.evidence');
  check(!(await ev.isVisible()), 'evidence starts closed');
  await first.locator('button.toggle').click();
  check(await ev.isVisible(), 'the evidence button opens it');
  check((await ev.locator('mark').count()) > 0, 'the evidence highlights the value');
  check((await first.locator('button.toggle').getAttribute('aria-expanded')) === 'true', 'aria-expanded follows');

  // Open a quote finding too, for the screenshot.
  const quote = page.locator('#findings tbody.finding[data-kind="quote"]').first();
  if ((await quote.count()) > 0 && (await quote.getAttribute('id')) !== firstId) {
    await quote.locator('button.toggle').click();
    check((await quote.locator('span.only').count()) > 0, 'a quote finding marks the differing words');
  }

  // Nothing active came from the articles.
  check((await page.locator('img, iframe, object, embed').count()) === 0, 'no img/iframe/object/embed element');
  check((await page.locator('script').count()) === 1, 'exactly one script element (the report’s own)');
  check(
    (await page.evaluate(() => Array.from(document.querySelectorAll('*')).filter((e) =>
      Array.from(e.attributes).some((a) => a.name.startsWith('on'))).length)) === 0,
    'no inline event handler attribute',
  );
  if (hostile) {
    const text = await page.evaluate(() => document.body.innerText);
    check(text.includes('<script>alert(1)</script>'), 'hostile <script> shows as text');
    check(text.includes('"><img src=x onerror=alert(1)>'), 'hostile <img> shows as text');
    check(text.includes('checked <b>markup</b> in a note'), "a reviewer's note with markup shows as text");
  }

  await page.waitForTimeout(200);
  check(dialogs.length === 0, `no dialog${dialogs.length ? ': ' + dialogs.join('; ') : ''}`);
  check(consoleErrors.length === 0, `no console error${consoleErrors.length ? ': ' + consoleErrors.join('; ') : ''}`);
  check(network.length === 0, `no network request${network.length ? ': ' + network.join(', ') : ''}`);

  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: screenshotPath, fullPage: true });
  console.log(`  screenshot ${screenshotPath}`);
} catch (e) {
  failures.push(String(e && e.stack ? e.stack : e));
  console.log(`  FAIL ${e}`);
} finally {
  if (context) await context.close().catch(() => {});
  rmSync(userDataDir, { recursive: true, force: true });
}

if (failures.length) {
  console.log(`${failures.length} check(s) failed`);
  process.exit(1);
}
console.log('all checks passed');
