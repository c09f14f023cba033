/**
 * The live API docs (/docs) in a real browser: headless Chromium from Debian (/usr/bin/chromium,
 * or CHROMIUM_PATH), driven by playwright-core. The page must render the contract's operations,
 * and "Authorize" with a key, then "Try it out" and "Execute" on unblockUser must reach this
 * server (not the contract's `servers` URL) and show a 200. The unblock is unconditional: Swagger UI
 * fills the optional If-Match field with the contract's example (`"7"`), which is cleared, so no
 * If-Match is sent. Screenshots of both stages are saved in build/screenshots/ (DOCS_SCREENSHOTS
 * overrides the folder).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { Browser, Page, Request, chromium } from 'playwright-core';
import { KEYS, SERVER_URL } from '../test/support.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOTS = path.resolve(process.env.DOCS_SCREENSHOTS ?? path.join(__dirname, '..', '..', 'screenshots'));
/** A blocked user of fixtures/users.json that only this test unblocks. */
const USER_ID = 'docs-ui-blocked';
const TIMEOUT = 30_000;

describe('Swagger UI at /docs in headless Chromium', () => {
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  const apiRequests: Request[] = [];

  before(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium, or set CHROMIUM_PATH`);
    }
    mkdirSync(SCREENSHOTS, { recursive: true });
    // Playwright gives every launch a fresh --user-data-dir of its own. Without the
    // background-networking flags, Chromium keeps calling home, which this network refuses.
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    page.setDefaultTimeout(TIMEOUT);
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`));
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/')) apiRequests.push(request);
    });
  });

  after(async () => {
    await browser?.close();
  });

  it('renders the operations of the contract, loaded from this server only', async () => {
    const response = await page.goto(`${SERVER_URL}/docs`);
    assert.equal(response?.status(), 200);
    assert.equal(page.url(), `${SERVER_URL}/docs/`, 'the page moves to /docs/');

    const getUser = page.locator('#operations-users-getUser');
    const unblockUser = page.locator('#operations-users-unblockUser');
    await getUser.waitFor();
    await unblockUser.waitFor();
    assert.match(await getUser.innerText(), /Get a user/);
    assert.match(await unblockUser.innerText(), /Unblock a user/);
    assert.match(await page.locator('.info .title').innerText(), /Users API/);
    assert.equal(await page.locator('select#servers').isVisible(), false, 'the contract\'s server list is hidden');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'docs-rendered.png'), fullPage: true });

    assert.deepEqual(problems, [], 'the page loads without errors');
  });

  it('authorizes with a key, tries unblockUser out against this server and shows a 200', async () => {
    await page.locator('.scheme-container button.authorize').click();
    const dialog = page.locator('.modal-ux');
    await dialog.waitFor();
    await dialog.locator('input#api_key_value').fill(KEYS.admin);
    await dialog.getByRole('button', { name: 'Apply credentials' }).click();
    await dialog.locator('h6', { hasText: 'Authorized' }).waitFor(); // the key is now in use
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'detached' });

    const operation = page.locator('#operations-users-unblockUser');
    await operation.locator('.opblock-summary-control').click();
    await operation.locator('button.try-out__btn').click();
    await operation.locator('.parameters input[type="text"][placeholder="user_id"]').fill(USER_ID);
    // Try it out fills If-Match with the contract's example, `"7"`: clear it to unblock whatever the version.
    await operation.locator('.parameters input[type="text"][placeholder="If-Match"]').fill('');
    await operation.locator('button.execute').click();

    const status = operation.locator('.live-responses-table .response .response-col_status').first();
    await status.waitFor();
    assert.equal((await status.innerText()).trim(), '200');
    const body = await operation.locator('.live-responses-table .response-col_description pre').first().innerText();
    const user = JSON.parse(body) as { user_id: string; block_until: number | null; failure_count: number };
    assert.equal(user.user_id, USER_ID);
    assert.equal(user.block_until, null);
    assert.equal(user.failure_count, 0);
    // The operation from its top: the parameters, Execute, the curl command and the 200 response.
    await operation.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: path.join(SCREENSHOTS, 'docs-try-it-out.png') });

    assert.equal(apiRequests.length, 1, `one API request: ${apiRequests.map((r) => r.url()).join(', ')}`);
    const request = apiRequests[0];
    assert.equal(request.url(), `${SERVER_URL}/api/users/${USER_ID}/unblock`, 'sent to the server that served the page');
    assert.equal(request.method(), 'POST');
    assert.equal(await request.headerValue('x-api-key'), KEYS.admin);
    assert.equal(await request.headerValue('if-match'), null, 'an unconditional unblock: no If-Match');
    assert.deepEqual(problems, [], 'no errors in the page');
  });
});
