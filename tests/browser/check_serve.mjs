// Drives the review page of `crosscheck serve` in headless Chromium
// (Debian's, through playwright-core) as a reviewer would, and checks what
// reaches the review file:
//
// - dismiss the first finding with the keyboard (d), which moves to the next;
// - accept the next one with a note through the buttons (Note…, Accept with
//   note), the note holding markup;
// - accept a third with a, undo it with u: it is open again;
// - reload: the statuses, the note (as text) and who decided are there; the
//   review file on disk holds both decisions; `crosscheck review` lists them;
// - a decision written on disk by `crosscheck review` shows up in the open
//   page (the page polls);
// - filters and the current finding survive a reload (kept in the address);
// - a cross-origin POST, a POST without the token, a POST with a wrong token
//   and a request whose Host is a DNS name (rebinding) are refused with 403
//   and change nothing; an oversized body gets 413;
// - the hostile article text shows as text, no dialog, no console error (a
//   Content-Security-Policy violation would be one), no request leaves the
//   server.
//
//   node check_serve.mjs URL REPORT.json REVIEW.json CROSSCHECK SCREENSHOT.png
//
// Exits 0 when every check passes, 1 otherwise.

import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import http from 'node:http';

const [url, reportPath, reviewPath, bin, screenshotPath] = process.argv.slice(2);
if (!url || !reportPath || !reviewPath || !bin || !screenshotPath) {
  console.error('usage: node check_serve.mjs URL REPORT.json REVIEW.json CROSSCHECK SCREENSHOT.png');
  process.exit(2);
}
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
const origin = new URL(url).origin;


const failures = [];
const check = (ok, what) => {
  console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};

const readReview = () => (existsSync(reviewPath) ? readFileSync(reviewPath, 'utf8') : '');
const decisionsOnDisk = () => {
  const text = readReview();
  return text ? Object.fromEntries(JSON.parse(text).decisions.map((d) => [d.finding, d])) : {};
};

// A raw request with any headers (Host included), outside the browser.
function raw(method, path, headers, body) {
  return new Promise((resolve, reject) => {
    const u = new URL(path, url);
    const req = http.request(
      { host: u.hostname, port: u.port, path: u.pathname, method, headers, setHost: !('Host' in headers) },
      (res) => {
        let data = '';
        res.on('data', (c) => (data += c));
        res.on('end', () => resolve({ status: res.statusCode, body: data }));
      },
    );
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

const userDataDir = mkdtempSync(join(tmpdir(), 'crosscheck-chromium-'));
let context;
try {
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
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
    if (!r.url().startsWith(origin + '/') && !r.url().startsWith('data:') && !r.url().startsWith('about:')) network.push(r.url());
  });
  // Nothing but the server itself may be reached.
  await context.route((u) => u.origin !== origin, (route) => route.abort());

  console.log(url);
  await page.goto(url, { waitUntil: 'load' });
  check(await page.evaluate(() => document.documentElement.classList.contains('js')), 'the script ran');
  const ids = await page.$$eval('#findings tbody.finding', (bs) => bs.map((b) => b.id));
  check(ids.length >= 3, `the page lists the flagged findings (${ids.length})`);
  const current = () => page.evaluate(() => (document.querySelector('tbody.finding.current') || {}).id || '');
  const status = (id) => page.getAttribute(`[id="${id}"]`, 'data-status');
  const waitStatus = (id, s) =>
    page.waitForFunction(([i, x]) => document.getElementById(i).getAttribute('data-status') === x, [id, s], { timeout: 10000 });
  check((await current()) === ids[0], 'the first finding is current at first');
  check(await page.locator(`[id="${ids[0]}"] tr.evidence`).isVisible(), "the current finding's evidence is open");

  // 1. Dismiss the first with one key press; the page moves to the next.
  await page.keyboard.press('d');
  await waitStatus(ids[0], 'dismissed');
  check((await status(ids[0])) === 'dismissed', `d dismissed ${ids[0]}`);
  check((await current()) === ids[1], 'and moved to the next finding');
  check(decisionsOnDisk()[ids[0]]?.status === 'dismissed', 'the review file holds the dismissal at once');

  // 2. Accept the next with a note, through the buttons.
  const note = 'confirmed by phone <b>not bold</b> & "quoted"';
  await page.click(`[id="${ids[1]}"] button[data-act="note"]`);
  await page.fill(`[id="${ids[1]}"] .noted textarea`, note);
  await page.click(`[id="${ids[1]}"] button[data-note="accept"]`);
  await waitStatus(ids[1], 'accepted');
  check((await page.textContent(`[id="${ids[1]}"] td.status .nt`)) === note, 'the note shows in the row');

  // 3. One key to accept, one to undo.
  await page.keyboard.press('k');
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  check((await current()) === ids[2], 'j and k move between findings');
  await page.keyboard.press('a');
  await waitStatus(ids[2], 'accepted');
  check(decisionsOnDisk()[ids[2]]?.status === 'accepted', 'a accepted the third finding');
  await page.keyboard.press('u');
  await waitStatus(ids[2], 'open');
  check(!(ids[2] in decisionsOnDisk()), 'u took the decision back, on disk too');

  // 4. Reload: everything is still there.
  await page.reload({ waitUntil: 'load' });
  check((await status(ids[0])) === 'dismissed', 'after reload: the first is dismissed');
  check((await status(ids[1])) === 'accepted', 'after reload: the second is accepted');
  check((await page.textContent(`[id="${ids[1]}"] td.status .nt`)) === note, 'after reload: the note, as text');
  check((await page.locator(`[id="${ids[1]}"] td.status .nt b`).count()) === 0, 'the note markup made no element');
  check(/^by tester · \d{4}-\d\d-\d\dT/.test(await page.textContent(`[id="${ids[1]}"] td.status .who`)), 'who decided and when is shown');

  const disk = decisionsOnDisk();
  check(disk[ids[0]]?.status === 'dismissed' && disk[ids[0]]?.by === 'tester', 'the review file: the dismissal, by tester');
  check(disk[ids[1]]?.status === 'accepted' && disk[ids[1]]?.note === note, 'the review file: the acceptance with its note');
  const listed = JSON.parse(execFileSync(bin, ['review', reportPath, '--review', reviewPath, '--format', 'json'], { encoding: 'utf8' }));
  const st = Object.fromEntries(listed.findings.map((f) => [f.id, f]));
  check(st[ids[0]]?.status === 'dismissed' && st[ids[1]]?.status === 'accepted' && st[ids[1]]?.decision?.note === note, '`crosscheck review` lists both decisions');

  // 5. A decision made on the command line shows up in the open page.
  execFileSync(bin, ['review', reportPath, '--review', reviewPath, '--dismiss', ids[2], '--note', 'from the CLI', '--by', 'cli'], { stdio: 'ignore' });
  await waitStatus(ids[2], 'dismissed');
  check((await page.textContent(`[id="${ids[2]}"] td.status .nt`)) === 'from the CLI', 'a CLI decision shows in the page without reload');

  // 6. Filters and the current finding are kept in the address.
  await page.selectOption('#f-status', 'accepted');
  check(new URL(page.url()).searchParams.get('status') === 'accepted', 'the status filter is in the address');
  await page.reload({ waitUntil: 'load' });
  check((await page.inputValue('#f-status')) === 'accepted', 'after reload the filter is still set');
  const visible = await page.$$eval('#findings tbody.finding', (bs) => bs.filter((b) => getComputedStyle(b).display !== 'none').map((b) => b.id));
  check(visible.length === 1 && visible[0] === ids[1], 'and shows only the accepted finding');
  check((await current()) === ids[1], 'the current finding came back from the address');
  await page.click('#f-reset');

  // 7. Writes from anywhere but the page are refused and change nothing.
  const before = readReview();
  const token = await page.getAttribute('meta[name="crosscheck-token"]', 'content');
  const body = JSON.stringify({ finding: ids[1], action: 'dismiss', note: 'forged' });
  const json = { 'Content-Type': 'application/json' };
  let r = await raw('POST', '/api/decide', { ...json, Origin: 'http://evil.example', 'X-Crosscheck-Token': token }, body);
  check(r.status === 403, `a cross-origin POST (even with the token) is refused: ${r.status}`);
  r = await raw('POST', '/api/decide', { ...json, Origin: origin }, body);
  check(r.status === 403, `a POST without the token is refused: ${r.status}`);
  r = await raw('POST', '/api/decide', { ...json, Origin: origin, 'X-Crosscheck-Token': 'f'.repeat(32) }, body);
  check(r.status === 403, `a POST with a wrong token is refused: ${r.status}`);
  r = await raw('POST', '/api/decide', { ...json, 'X-Crosscheck-Token': token }, body);
  check(r.status === 403, `a POST without Origin is refused: ${r.status}`);
  r = await raw('GET', '/', { Host: `rebind.example:${new URL(url).port}` });
  check(r.status === 403 && !r.body.includes(token), `a DNS-rebinding Host gets 403 and no token: ${r.status}`);
  r = await raw('POST', '/api/decide', { ...json, Host: `rebind.example:${new URL(url).port}`, Origin: `http://rebind.example:${new URL(url).port}`, 'X-Crosscheck-Token': token }, body);
  check(r.status === 403, `a POST through a rebinding name is refused: ${r.status}`);
  r = await raw('POST', '/api/decide', { ...json, Origin: origin, 'X-Crosscheck-Token': token }, JSON.stringify({ finding: ids[1], action: 'dismiss', note: 'x'.repeat(70000) }));
  check(r.status === 413, `an oversized body gets 413: ${r.status}`);
  r = await raw('GET', '/../../etc/passwd', {});
  check(r.status === 404, `a path outside the routes gets 404: ${r.status}`);
  // A cross-site page in the browser itself: fetch from another origin.
  const other = await context.newPage();
  await other.route('http://attacker.test/', (route) => route.fulfill({ contentType: 'text/html', body: '<p>attacker</p>' }));
  await context.unroute((u) => u.origin !== origin);
  await other.goto('http://attacker.test/');
  const crossSite = await other.evaluate(
    async ([u, b]) => {
      try {
        const res = await fetch(u + 'api/decide', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: b, mode: 'no-cors' });
        return 'sent ' + res.type;
      } catch (e) {
        return 'blocked ' + e;
      }
    },
    [url, body],
  );
  await other.close();
  check(readReview() === before, `the review file is unchanged by all of them (browser cross-site fetch: ${crossSite})`);

  // 8. Hostile article text is text.
  const text = await page.evaluate(() => document.body.innerText);
  check(text.includes('<script>alert(1)</script>'), 'hostile <script> shows as text');
  check(text.includes('"><img src=x onerror=alert(1)>'), 'hostile <img> shows as text');
  check((await page.locator('img, iframe, object, embed').count()) === 0, 'no img/iframe/object/embed element');
  check((await page.locator('script').count()) === 1, "exactly one script element (the page's own)");

  await page.waitForTimeout(200);
  check(dialogs.length === 0, `no dialog${dialogs.length ? ': ' + dialogs.join('; ') : ''}`);
  check(consoleErrors.length === 0, `no console error${consoleErrors.length ? ': ' + consoleErrors.join('; ') : ''}`);
  check(network.length === 0, `no request beyond the server${network.length ? ': ' + network.join(', ') : ''}`);

  // The screenshot for the README: the current finding with its evidence.
  await page.keyboard.press('?');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: screenshotPath });
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
