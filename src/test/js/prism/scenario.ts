/**
 * Independent conformance: Prism (@stoplight/prism-cli 5.14.2) in proxy mode with --errors sits in
 * front of the server and validates every response against api/openapi.yaml. This scenario makes
 * the server produce every documented response that can be produced through the proxy, for every
 * operation, and fails on any violation Prism reports. Listings (listUsers) are also checked here
 * beyond what Prism can see: Prism checks the X-Pagination header only as the string the contract
 * types it as, so the scenario parses it and checks it against the Pagination schema's members,
 * and checks the page's length and the 422's `errors` member. Conditional unblock is followed
 * through: a read's ETag unblocks (200), is then stale (412, with the current ETag), `If-Match: *`
 * unblocks (200), and a malformed If-Match is a 400; every User response and 412 must carry a
 * strong ETag, which Prism checks against its schema only when it is there.
 *
 * The IP lockouts and the audit log run on a blocked user of fixtures/users.json that only they
 * touch (prism-ip-lockouts): its blocked_ips listing is `[]` (no HTTP operation records a failed
 * sign-in), the IP unblocks (one address, then `all`) answer the user with its own lockout and
 * ETag as they were, and none of the refused calls may write to its log. So the user's log, oldest
 * first, must hold exactly the two IP unblocks, under the X-Request-Id each was sent with; getLog
 * then reads the first of them by the id the listing gave.
 *
 * How Prism 5.14.2 reports (prism-http-server/dist/server.js): every request or response
 * violation, of any severity, goes into an `sl-violations` response header (a JSON array); with
 * --errors, a response violation of severity Error replaces the upstream response with Prism's
 * own 500 `https://stoplight.io/prism/errors#VIOLATIONS`, and a request violation makes Prism
 * answer 422 `...#UNPROCESSABLE_ENTITY` (401 `...#UNAUTHORIZED` for a missing API key) without
 * forwarding. Violations that do not stop the response are also logged as `Violation: ...`.
 * So each response here must have no `sl-violations` header, no Prism problem `type`, the expected
 * status, and the server's X-Request-Id (proof it came from upstream); and Prism's logs must hold
 * no violation line.
 *
 * Three routes:
 * - `prism`: Prism with request validation (the default), for every valid request.
 * - `lenient`: a second Prism with --validate-request=false (still --errors, so responses are
 *   still validated). The 422 cases must send an invalid user_id on purpose, and Prism decodes
 *   and checks path parameters exactly like the server (pattern and maxLength), so the validating
 *   instance would answer them with its own 422 and never forward. There is no id the spec admits
 *   that the server rejects, so there is no way around that except switching request validation
 *   off. Likewise `size=101` and a sort value outside the enum, for the listings: Prism checks
 *   query parameters against their schemas itself (a filter outside the supported subset is a
 *   string the contract admits, so that 422 goes through the validating instance, and so does an
 *   `ip_address` that is no IP address: the schema gives it no pattern). The lenient instance also
 *   carries a log_id that breaks the LogId pattern, an IP unblock body of another shape (Prism
 *   checks it against UnblockIpRequest), and a `Content-Type: text/plain` body, whose 415 the
 *   validating instance would replace with its own 422. The 400 cases (a malformed
 *   percent-escape) also need it: the validating instance throws `URIError: URI malformed`
 *   decoding the path parameter and never answers, while the lenient one forwards the path
 *   verbatim and validates the server's 400.
 * - `server`: straight to the server, for 401 without a key only: Prism checks the security
 *   scheme itself (always on in proxy mode) and answers a request without X-API-KEY with its own
 *   401. A 401 for an unknown key does go through Prism (it only checks the header is there).
 *
 * Not produced here: 500 (needs a server fault) and 503 (needs the user store to be down); neither
 * can be provoked on demand through the proxy, in a black-box run. The Java suite covers them.
 * Nor a 400 from listUsers (or the other listings): even the lenient instance re-encodes a malformed
 * percent-escape in the query (`filter=a%zz` reaches the server as `filter=a%25zz`, a valid escape),
 * so the server sees a well-formed target. Nor the 400 of an IP unblock whose body is not JSON: both
 * Prism instances parse a JSON body themselves and answer a malformed one with their own 400
 * (`invalid_json`), never forwarding it.
 */
import { readFileSync } from 'node:fs';
import { BLOCKED_UNTIL_2100, KEYS, KEY_IDS, SERVER_URL, TOO_LONG_USER_ID, USER_ETAG } from '../test/support.js';

type Route = 'prism' | 'lenient' | 'server';

type Operation =
  | 'listUsers' | 'getUser' | 'unblockUser' | 'listBlockedIps' | 'unblockIp' | 'listLogs' | 'getLog'
  | 'getLiveness' | 'getReadiness';

interface Case {
  operation: Operation;
  status: number;
  what: string;
  route: Route;
  userId: string;
  /** The listings (listUsers, listBlockedIps, listLogs): the query string, sent as is (build it with `query()`). */
  query?: string;
  /** getLog: the log_id, or a function of the log ids saved by earlier cases. */
  logId?: string | (() => string);
  /** unblockIp: the request body, sent as is. */
  body?: string;
  /** The request's Content-Type when it has a body; application/json unless given. */
  contentType?: string;
  /** The X-Request-Id header to send; the server must answer with the same. */
  sendRequestId?: string;
  /** Save the id of the log entry in the body (the first one of a listing) under this name. */
  saveLogId?: string;
  /** More checks of the answer; returns what is wrong. */
  expect?: (body: unknown, headers: Headers) => string[];
  key?: string;
  accept?: string;
  /** Put userId into the path as is, not percent-encoded. */
  raw?: boolean;
  /** Whether the response must carry X-Request-Id (and so provably come from the server). */
  requestId?: boolean;
  /** unblockUser: the If-Match header, or a function of the ETags saved by earlier cases. */
  ifMatch?: string | (() => string);
  /** Save the response's ETag under this name, for a later case's ifMatch or expect. */
  saveETag?: string;
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set (run.sh sets it)`);
  return value.replace(/\/$/, '');
}

const ORIGINS: Record<Route, string> = {
  prism: required('PRISM_URL'),
  lenient: required('PRISM_LENIENT_URL'),
  server: SERVER_URL,
};
const PRISM_LOGS = required('PRISM_LOGS').split(':');
const PRISM_PROBLEM = 'https://stoplight.io/prism/errors#';

/** A query string as the generated client writes it: each value percent-encoded (a space as %20). */
function query(params: Record<string, string | number>): string {
  return Object.entries(params).map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`).join('&');
}

const PAGINATION_MEMBERS = ['current_page', 'has_next', 'has_previous', 'page_size', 'total_count'];

/** Checks a listing: its body is an array whose length passes `count`, and its X-Pagination header
 * is JSON with exactly the members of the Pagination schema, of their types and bounds, consistent
 * with the page, and with the values in `page`. */
function listing(count: (length: number) => boolean, page: Record<string, number | boolean>): NonNullable<Case['expect']> {
  return (body, headers) => {
    const problems: string[] = [];
    if (!Array.isArray(body)) return [`body is not an array: ${JSON.stringify(body).slice(0, 200)}`];
    if (!count(body.length)) problems.push(`unexpected page length ${body.length}`);
    const header = headers.get('x-pagination');
    if (!header) return [...problems, 'no X-Pagination header'];
    let json: Record<string, unknown>;
    try {
      json = JSON.parse(header) as Record<string, unknown>;
    } catch {
      return [...problems, `X-Pagination is not JSON: ${header}`];
    }
    const members = Object.keys(json).sort();
    if (members.join() !== PAGINATION_MEMBERS.join()) problems.push(`X-Pagination's members are not Pagination's: ${header}`);
    for (const [member, min] of [['total_count', 0], ['page_size', 1], ['current_page', 1]] as const) {
      const value = json[member];
      if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
        problems.push(`X-Pagination ${member} is not an integer >= ${min}: ${header}`);
      }
    }
    for (const member of ['has_next', 'has_previous']) {
      if (typeof json[member] !== 'boolean') problems.push(`X-Pagination ${member} is not a boolean: ${header}`);
    }
    if (typeof json.total_count === 'number' && json.total_count < body.length) {
      problems.push(`X-Pagination total_count is below the page's length ${body.length}: ${header}`);
    }
    for (const [member, value] of Object.entries(page)) {
      if (json[member] !== value) problems.push(`X-Pagination ${member} should be ${String(value)}: ${header}`);
    }
    return problems;
  };
}

/** Checks that the body is a user that is not blocked. */
function unblocked(body: unknown): string[] {
  const user = body as { block_until?: unknown; failure_count?: unknown };
  return user.block_until === null && user.failure_count === 0
    ? [] : [`the user is still blocked: ${JSON.stringify(body).slice(0, 200)}`];
}

/** Checks that a 422 names `parameter`, and only it, in `errors`. */
function errorsName(parameter: string): Case['expect'] {
  return (body) => {
    const errors = (body as { errors?: unknown }).errors;
    const keys = typeof errors === 'object' && errors !== null ? Object.keys(errors) : [];
    return keys.join() === parameter ? [] : [`errors should name ${parameter} only: ${JSON.stringify(errors)}`];
  };
}

/** ETags that earlier cases saved (saveETag), by name. */
const etags = new Map<string, string>();

/** The ETag an earlier case saved under `name`. */
function savedETag(name: string): string {
  const etag = etags.get(name);
  if (etag === undefined) throw new Error(`no ETag saved as '${name}': did its case fail?`);
  return etag;
}

/** Checks the response's ETag against one saved earlier: the same (`equal`) or another one. */
function etagVersus(name: string, equal: boolean): NonNullable<Case['expect']> {
  return (_body, headers) => {
    const etag = headers.get('etag');
    const saved = savedETag(name);
    return (etag === saved) === equal ? [] : [`ETag ${String(etag)} should ${equal ? '' : 'not '}be the '${name}' ETag ${saved}`];
  };
}

/** Every one of `checks`. */
function allOf(...checks: NonNullable<Case['expect']>[]): NonNullable<Case['expect']> {
  return (body, headers) => checks.flatMap((check) => check(body, headers));
}

/** Checks that the body is exactly the JSON `[]`. */
function emptyArray(body: unknown): string[] {
  return JSON.stringify(body) === '[]' ? [] : [`body should be []: ${JSON.stringify(body).slice(0, 200)}`];
}

/** Log entry ids that earlier cases saved (saveLogId), by name. */
const logIds = new Map<string, string>();

/** The log entry id an earlier case saved under `name`. */
function savedLogId(name: string): string {
  const id = logIds.get(name);
  if (id === undefined) throw new Error(`no log id saved as '${name}': did its case fail?`);
  return id;
}

/** Checks that the body is a user whose own lockout is `failureCount` failures until 2100. */
function stillBlocked(failureCount: number): NonNullable<Case['expect']> {
  return (body) => {
    const user = body as { block_until?: unknown; failure_count?: unknown };
    return user.block_until === BLOCKED_UNTIL_2100 && user.failure_count === failureCount
      ? [] : [`the user's own lockout should be as it was: ${JSON.stringify(body).slice(0, 200)}`];
  };
}

/** What a log entry written by one of this scenario's unblocks must hold. */
interface ExpectedEntry {
  code: string;
  traceId: string;
  userId: string;
  details: Record<string, unknown>;
}

/** Checks one log entry against what the unblock that wrote it says it must hold. */
function entryIs(entry: unknown, expected: ExpectedEntry): string[] {
  const e = entry as {
    id?: unknown; category?: unknown; type?: unknown; code?: unknown;
    request?: { trace_id?: unknown }; actor?: unknown; targets?: unknown; details?: Record<string, unknown>;
  };
  const problems: string[] = [];
  const show = JSON.stringify(entry).slice(0, 400);
  if (typeof e.id !== 'string' || !/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(e.id)) {
    problems.push(`id is not a lower-case UUID v7: ${show}`);
  }
  if (e.code !== expected.code) problems.push(`code should be ${expected.code}: ${show}`);
  if (e.category !== 'blocks' || e.type !== 'success') problems.push(`category should be blocks and type success: ${show}`);
  if (e.request?.trace_id !== expected.traceId) problems.push(`request.trace_id should be ${expected.traceId}: ${show}`);
  if (JSON.stringify(e.actor) !== JSON.stringify({ type: 'api_key', id: KEY_IDS.admin })) {
    problems.push(`actor should be the admin key: ${show}`);
  }
  if (JSON.stringify(e.targets) !== JSON.stringify([{ type: 'user', id: expected.userId }])) {
    problems.push(`targets should be the user ${expected.userId}: ${show}`);
  }
  for (const [key, value] of Object.entries(expected.details)) {
    if (e.details?.[key] !== value) problems.push(`details.${key} should be ${JSON.stringify(value)}: ${show}`);
  }
  return problems;
}

/** Checks a page of log entries: exactly `expected`, in order. */
function entriesAre(expected: ExpectedEntry[]): NonNullable<Case['expect']> {
  return (body) => {
    if (!Array.isArray(body)) return [`body is not an array: ${JSON.stringify(body).slice(0, 200)}`];
    if (body.length !== expected.length) {
      return [`expected ${expected.length} entries, got ${body.length}: ${JSON.stringify(body).slice(0, 600)}`];
    }
    return expected.flatMap((e, i) => entryIs(body[i], e));
  };
}

const cases: Case[] = [];
// listUsers first. fixtures/users.json has two blocked users that no test unblocks
// (ts-client-listed-*, with failure_count 12 and 11), so the first page of size 2 of the users
// blocked now is full whatever the other tests have unblocked.
cases.push(
  { operation: 'listUsers', status: 200, what: 'blocked, most failures first', route: 'prism', userId: '', key: KEYS.reader,
    query: query({ filter: 'block_until:>now AND failure_count:>=5', sort: 'failure_count:-1', size: 2 }),
    expect: listing((n) => n === 2, { page_size: 2, current_page: 1, has_previous: false }) },
  { operation: 'listUsers', status: 200, what: 'page past the last one: []', route: 'prism', userId: '', key: KEYS.reader,
    query: query({ filter: 'block_until:>now', sort: 'block_until:1', page: 1000, size: 100 }),
    expect: listing((n) => n === 0, { page_size: 100, current_page: 1000, has_next: false, has_previous: true }) },
  { operation: 'listUsers', status: 200, what: 'defaults (no parameters)', route: 'prism', userId: '', key: KEYS.admin,
    expect: listing((n) => n >= 1 && n <= 10, { page_size: 10, current_page: 1, has_previous: false }) },
  { operation: 'listUsers', status: 422, what: 'unsupported filter (OR)', route: 'prism', userId: '', key: KEYS.reader,
    query: query({ filter: 'failure_count:>1 OR disabled:true' }), expect: errorsName('filter') },
  { operation: 'listUsers', status: 422, what: 'size=101', route: 'lenient', userId: '', key: KEYS.reader,
    query: query({ size: 101 }), expect: errorsName('size') },
  { operation: 'listUsers', status: 401, what: 'unknown key', route: 'prism', userId: '', key: KEYS.unknown },
  { operation: 'listUsers', status: 401, what: 'no key (Prism would answer itself)', route: 'server', userId: '' },
  { operation: 'listUsers', status: 403, what: 'key lacks scope', route: 'prism', userId: '', key: KEYS.writer },
  { operation: 'listUsers', status: 406, what: 'Accept: text/html', route: 'prism', userId: '', key: KEYS.reader, accept: 'text/html' },
);
for (const operation of ['getUser', 'unblockUser'] as const) {
  const writeKey = operation === 'unblockUser';
  const goodKey = KEYS.admin;
  const lackingKey = writeKey ? KEYS.reader : KEYS.writer;
  cases.push(
    // The provider's example user: username, emails, phones, passkeys and idps all filled in.
    { operation, status: 200, what: 'full user', route: 'prism', userId: 'UOtBaOybB6dTpIJNrnkRw', key: goodKey },
    // A blocked user with username null and empty lists (unblocked by the unblockUser case).
    { operation, status: 200, what: 'username null', route: 'prism', userId: 'prism-blocked', key: goodKey },
    { operation, status: 200, what: 'id with |', route: 'prism', userId: 'google-oauth2|sdk-core-104729', key: goodKey },
    { operation, status: 401, what: 'unknown key', route: 'prism', userId: 'prism-blocked', key: KEYS.unknown },
    { operation, status: 401, what: 'no key (Prism would answer itself)', route: 'server', userId: 'prism-blocked' },
    { operation, status: 403, what: 'key lacks scope', route: 'prism', userId: 'prism-blocked', key: lackingKey },
    { operation, status: 404, what: 'unknown user', route: 'prism', userId: 'nobody-at-all', key: goodKey },
    { operation, status: 406, what: 'Accept: text/html', route: 'prism', userId: 'prism-blocked', key: goodKey, accept: 'text/html' },
    { operation, status: 422, what: 'id breaks the pattern', route: 'lenient', userId: 'not valid', key: goodKey },
    { operation, status: 422, what: 'id longer than 128', route: 'lenient', userId: TOO_LONG_USER_ID, key: goodKey },
    { operation, status: 400, what: 'malformed percent-escape', route: 'lenient', userId: 'a%zz', raw: true, key: goodKey },
  );
}
// Conditional unblock, on a blocked user of fixtures/users.json that nothing else reads or
// unblocks (prism-if-match). Prism checks a response's ETag header against the UserETag schema
// when it is there, but the contract does not mark it required, so run() also checks that every
// User response (200 of getUser and unblockUser) and every 412 carries it. The order matters:
// the read's ETag is used by the unblock, and is stale after it.
cases.push(
  { operation: 'getUser', status: 200, what: 'ETag to unblock with', route: 'prism', userId: 'prism-if-match',
    key: KEYS.admin, saveETag: 'read' },
  { operation: 'unblockUser', status: 200, what: 'If-Match: the ETag just read', route: 'prism',
    userId: 'prism-if-match', key: KEYS.admin, ifMatch: () => savedETag('read'), saveETag: 'unblocked',
    expect: (body, headers) => [
      ...unblocked(body),
      ...etagVersus('read', false)(body, headers),
    ] },
  { operation: 'unblockUser', status: 412, what: 'If-Match: a stale ETag', route: 'prism', userId: 'prism-if-match',
    key: KEYS.admin, ifMatch: () => savedETag('read'), expect: etagVersus('unblocked', true) },
  { operation: 'unblockUser', status: 200, what: 'If-Match: *', route: 'prism', userId: 'prism-if-match',
    key: KEYS.admin, ifMatch: '*', expect: unblocked },
  // Prism 5.14.2 forwards a malformed If-Match as is (the contract types it as a plain string), so
  // this 400 goes through the validating instance, unlike the 400 of a malformed percent-escape.
  { operation: 'unblockUser', status: 400, what: 'If-Match: not-a-tag (malformed)', route: 'prism',
    userId: 'prism-if-match', key: KEYS.admin, ifMatch: 'not-a-tag',
    expect: (body) => /If-Match/.test(String((body as { detail?: unknown }).detail))
      ? [] : [`the 400 should be about If-Match: ${JSON.stringify(body).slice(0, 300)}`] },
);
// IP lockouts and the audit log, on prism-ip-lockouts (blocked, failure_count 5), which nothing
// else touches. The listing of its IP lockouts is empty: only failed sign-ins make records.
{
  const userId = 'prism-ip-lockouts';
  const run = Date.now().toString(36);
  const traceOne = `prism-ip-one-${run}`;
  const traceAll = `prism-ip-all-${run}`;
  const all = JSON.stringify({ ip_address: 'all' });
  const none = listing((n) => n === 0,
    { total_count: 0, page_size: 10, current_page: 1, has_next: false, has_previous: false });
  cases.push(
    { operation: 'listBlockedIps', status: 200, what: 'no IP lockouts: []', route: 'prism', userId, key: KEYS.reader,
      expect: allOf(emptyArray, none) },
    { operation: 'listBlockedIps', status: 200, what: 'page 2 of 5, sorted: []', route: 'prism', userId, key: KEYS.admin,
      query: query({ page: 2, size: 5, sort: 'last_sign_in_success:1' }),
      expect: listing((n) => n === 0, { total_count: 0, page_size: 5, current_page: 2, has_next: false, has_previous: true }) },
    { operation: 'listBlockedIps', status: 401, what: 'unknown key', route: 'prism', userId, key: KEYS.unknown },
    { operation: 'listBlockedIps', status: 401, what: 'no key (Prism would answer itself)', route: 'server', userId },
    { operation: 'listBlockedIps', status: 403, what: 'key lacks scope', route: 'prism', userId, key: KEYS.writer },
    { operation: 'listBlockedIps', status: 404, what: 'unknown user', route: 'prism', userId: 'nobody-at-all', key: KEYS.reader },
    { operation: 'listBlockedIps', status: 406, what: 'Accept: text/html', route: 'prism', userId, key: KEYS.reader, accept: 'text/html' },
    { operation: 'listBlockedIps', status: 422, what: 'id breaks the pattern', route: 'lenient', userId: 'not valid',
      key: KEYS.reader, expect: errorsName('user_id') },
    { operation: 'listBlockedIps', status: 422, what: 'size=101', route: 'lenient', userId, key: KEYS.reader,
      query: query({ size: 101 }), expect: errorsName('size') },
    { operation: 'listBlockedIps', status: 422, what: 'sort=failure_count:-1 (not listed)', route: 'lenient', userId,
      key: KEYS.reader, query: query({ sort: 'failure_count:-1' }), expect: errorsName('sort') },
    { operation: 'listBlockedIps', status: 400, what: 'malformed percent-escape', route: 'lenient', userId: 'a%zz',
      raw: true, key: KEYS.reader },

    // The refused IP unblocks first: none of them may write to the user's log.
    { operation: 'unblockIp', status: 401, what: 'unknown key', route: 'prism', userId, key: KEYS.unknown, body: all },
    { operation: 'unblockIp', status: 401, what: 'no key (Prism would answer itself)', route: 'server', userId, body: all },
    { operation: 'unblockIp', status: 403, what: 'key lacks scope', route: 'prism', userId, key: KEYS.reader, body: all },
    { operation: 'unblockIp', status: 404, what: 'unknown user', route: 'prism', userId: 'nobody-at-all', key: KEYS.admin, body: all },
    { operation: 'unblockIp', status: 406, what: 'Accept: text/html', route: 'prism', userId, key: KEYS.admin, body: all,
      accept: 'text/html' },
    { operation: 'unblockIp', status: 415, what: 'Content-Type: text/plain', route: 'lenient', userId, key: KEYS.admin,
      body: all, contentType: 'text/plain' },
    { operation: 'unblockIp', status: 422, what: 'ip_address: not-an-ip', route: 'prism', userId, key: KEYS.admin,
      body: JSON.stringify({ ip_address: 'not-an-ip' }), expect: errorsName('ip_address') },
    { operation: 'unblockIp', status: 422, what: 'body of another shape', route: 'lenient', userId, key: KEYS.admin,
      body: JSON.stringify({ ip: '203.0.113.7' }), expect: errorsName('ip_address') },
    { operation: 'unblockIp', status: 422, what: 'id breaks the pattern', route: 'lenient', userId: 'not valid',
      key: KEYS.admin, body: all, expect: errorsName('user_id') },
    { operation: 'unblockIp', status: 400, what: 'malformed percent-escape', route: 'lenient', userId: 'a%zz', raw: true,
      key: KEYS.admin, body: all },
    // Then the two that are made: the account's own lockout stays, and so does its ETag.
    { operation: 'getUser', status: 200, what: 'ETag before the IP unblocks', route: 'prism', userId, key: KEYS.admin,
      saveETag: 'ip-lockouts' },
    { operation: 'unblockIp', status: 200, what: 'one address', route: 'prism', userId, key: KEYS.admin,
      body: JSON.stringify({ ip_address: '203.0.113.7' }), sendRequestId: traceOne,
      expect: allOf(stillBlocked(5), etagVersus('ip-lockouts', true)) },
    { operation: 'unblockIp', status: 200, what: 'all', route: 'prism', userId, key: KEYS.admin, body: all,
      sendRequestId: traceAll,
      expect: allOf(stillBlocked(5), etagVersus('ip-lockouts', true)) },
    { operation: 'listBlockedIps', status: 200, what: 'still []: a reset makes no record', route: 'prism', userId,
      key: KEYS.reader, expect: none },
  );
  const one: ExpectedEntry = { code: 'user_account_ip_unblocked', traceId: traceOne, userId,
    details: { outcome: 'not_blocked', ip_address: '203.0.113.7' } };
  const every: ExpectedEntry = { code: 'user_account_all_ip_blocks_removed', traceId: traceAll, userId,
    details: { outcome: 'not_blocked', ip_addresses_reset: 0 } };
  cases.push(
    { operation: 'listLogs', status: 200, what: 'the user\'s log, oldest first', route: 'prism', userId: '', key: KEYS.admin,
      query: query({ filter: `user_id:${userId}`, sort: 'time_stamp:1' }), saveLogId: 'ip-one',
      expect: allOf(entriesAre([one, every]), listing((n) => n === 2,
        { total_count: 2, page_size: 10, current_page: 1, has_next: false, has_previous: false })) },
    { operation: 'listLogs', status: 200, what: 'the user\'s log, by code, page 1 of 1', route: 'prism', userId: '',
      key: KEYS.admin, query: query({ filter: `user_id:${userId} AND code:user_account_all_ip_blocks_removed`, size: 1 }),
      expect: allOf(entriesAre([every]), listing((n) => n === 1,
        { total_count: 1, page_size: 1, current_page: 1, has_next: false, has_previous: false })) },
    { operation: 'listLogs', status: 200, what: 'defaults (no parameters)', route: 'prism', userId: '', key: KEYS.admin,
      expect: listing((n) => n >= 2 && n <= 10, { page_size: 10, current_page: 1, has_previous: false }) },
    { operation: 'listLogs', status: 200, what: 'page past the last one: []', route: 'prism', userId: '', key: KEYS.admin,
      query: query({ page: 1000, size: 100, sort: 'time_stamp:-1' }),
      expect: listing((n) => n === 0, { page_size: 100, current_page: 1000, has_next: false, has_previous: true }) },
    { operation: 'listLogs', status: 401, what: 'unknown key', route: 'prism', userId: '', key: KEYS.unknown },
    { operation: 'listLogs', status: 401, what: 'no key (Prism would answer itself)', route: 'server', userId: '' },
    { operation: 'listLogs', status: 403, what: 'key lacks logs:read', route: 'prism', userId: '', key: KEYS.reader },
    { operation: 'listLogs', status: 406, what: 'Accept: text/html', route: 'prism', userId: '', key: KEYS.admin, accept: 'text/html' },
    { operation: 'listLogs', status: 422, what: 'unsupported filter (OR)', route: 'prism', userId: '', key: KEYS.admin,
      query: query({ filter: `user_id:${userId} OR code:user_account_unblocked` }), expect: errorsName('filter') },
    { operation: 'listLogs', status: 422, what: 'size=101', route: 'lenient', userId: '', key: KEYS.admin,
      query: query({ size: 101 }), expect: errorsName('size') },
    { operation: 'listLogs', status: 422, what: 'sort=time_stamp:2', route: 'lenient', userId: '', key: KEYS.admin,
      query: query({ sort: 'time_stamp:2' }), expect: errorsName('sort') },

    { operation: 'getLog', status: 200, what: 'the first IP unblock, by its id', route: 'prism', userId: '', key: KEYS.admin,
      logId: () => savedLogId('ip-one'),
      expect: (body) => [
        ...entryIs(body, one),
        ...((body as { id?: unknown }).id === savedLogId('ip-one') ? [] : [`id should be ${savedLogId('ip-one')}`]),
      ] },
    { operation: 'getLog', status: 401, what: 'unknown key', route: 'prism', userId: '', key: KEYS.unknown,
      logId: () => savedLogId('ip-one') },
    { operation: 'getLog', status: 401, what: 'no key (Prism would answer itself)', route: 'server', userId: '',
      logId: () => savedLogId('ip-one') },
    { operation: 'getLog', status: 403, what: 'key lacks logs:read', route: 'prism', userId: '', key: KEYS.writer,
      logId: () => savedLogId('ip-one') },
    { operation: 'getLog', status: 404, what: 'unknown id', route: 'prism', userId: '', key: KEYS.admin,
      logId: '0193a6f2-7c41-7d3e-9a52-4be0c81f2d6a' },
    { operation: 'getLog', status: 406, what: 'Accept: text/html', route: 'prism', userId: '', key: KEYS.admin,
      accept: 'text/html', logId: () => savedLogId('ip-one') },
    { operation: 'getLog', status: 422, what: 'id is no UUID', route: 'lenient', userId: '', key: KEYS.admin,
      logId: 'not-a-log-id', expect: errorsName('log_id') },
    { operation: 'getLog', status: 422, what: 'id in upper case', route: 'lenient', userId: '', key: KEYS.admin,
      logId: '0193A6F2-7C41-7D3E-9A52-4BE0C81F2D6A', expect: errorsName('log_id') },
    { operation: 'getLog', status: 400, what: 'malformed percent-escape', route: 'lenient', userId: '', key: KEYS.admin,
      logId: 'a%zz', raw: true },
  );
}
// The health checks need no key; 503 from readiness needs a store outage, covered by the Java tests.
for (const operation of ['getLiveness', 'getReadiness'] as const) {
  cases.push(
    { operation, status: 200, what: 'up', route: 'prism', userId: '' },
    { operation, status: 406, what: 'Accept: text/html', route: 'prism', userId: '', accept: 'text/html' },
  );
}

/** The request target of a case: its operation's path, with its parameters, and its query. */
function pathOf(c: Case): string {
  const user = c.raw ? c.userId : encodeURIComponent(c.userId);
  const query = c.query ? `?${c.query}` : '';
  switch (c.operation) {
    case 'getLiveness': return '/health/live';
    case 'getReadiness': return '/health/ready';
    case 'listUsers': return `/api/users${query}`;
    case 'getUser': return `/api/users/${user}`;
    case 'unblockUser': return `/api/users/${user}/unblock`;
    case 'listBlockedIps': return `/api/users/${user}/blocked_ips${query}`;
    case 'unblockIp': return `/api/users/${user}/blocked_ips/unblock`;
    case 'listLogs': return `/api/logs${query}`;
    case 'getLog': {
      const id = typeof c.logId === 'function' ? c.logId() : c.logId ?? '';
      return `/api/logs/${c.raw ? id : encodeURIComponent(id)}`;
    }
  }
}

async function run(c: Case): Promise<string[]> {
  const path = pathOf(c);
  const headers: Record<string, string> = { accept: c.accept ?? 'application/json' };
  if (c.key) headers['x-api-key'] = c.key;
  if (c.ifMatch !== undefined) headers['if-match'] = typeof c.ifMatch === 'string' ? c.ifMatch : c.ifMatch();
  if (c.body !== undefined) headers['content-type'] = c.contentType ?? 'application/json';
  if (c.sendRequestId) headers['x-request-id'] = c.sendRequestId;
  const method = c.operation === 'unblockUser' || c.operation === 'unblockIp' ? 'POST' : 'GET';
  const response = await fetch(ORIGINS[c.route] + path, { method, headers, body: c.body });
  const text = await response.text();
  const problems: string[] = [];
  const violations = response.headers.get('sl-violations');
  if (violations) problems.push(`Prism reported violations: ${violations}`);
  let body: { type?: unknown; status?: unknown } = {};
  let parsed = false;
  try {
    body = JSON.parse(text) as typeof body;
    parsed = true;
  } catch {
    problems.push(`body is not JSON: ${text.slice(0, 200)}`);
  }
  if (typeof body.type === 'string' && body.type.startsWith(PRISM_PROBLEM)) {
    problems.push(`Prism answered itself: ${text.slice(0, 600)}`);
  }
  if (response.status !== c.status) problems.push(`expected ${c.status}, got ${response.status}`);
  if (c.requestId !== false && !response.headers.get('x-request-id')) {
    problems.push('no X-Request-Id header: the response did not come from the server');
  }
  if (c.sendRequestId && response.headers.get('x-request-id') !== c.sendRequestId) {
    problems.push(`X-Request-Id should be the one sent, ${c.sendRequestId}: got ${String(response.headers.get('x-request-id'))}`);
  }
  const contentType = c.status === 200 ? 'application/json' : 'application/problem+json';
  const mediaType = (response.headers.get('content-type') ?? '').split(';')[0]?.trim();
  if (mediaType !== contentType) problems.push(`expected Content-Type ${contentType}, got ${response.headers.get('content-type')}`);
  if (c.status !== 200) {
    if (body.status !== c.status) problems.push(`problem status ${String(body.status)} != ${c.status}`);
    if (typeof body.type !== 'string' || !body.type.startsWith(`https://httpstatuses.io/${c.status}`)) {
      problems.push(`not the server's problem type: ${String(body.type)}`);
    }
  }
  const etag = response.headers.get('etag');
  const userResponse = (c.operation === 'getUser' || c.operation === 'unblockUser' || c.operation === 'unblockIp')
    && (c.status === 200 || c.status === 412);
  if (userResponse && !(etag && USER_ETAG.test(etag))) {
    problems.push(`expected a strong ETag with the user's version, got ${String(etag)}`);
  }
  if (c.expect && parsed) problems.push(...c.expect(body, response.headers));
  if (c.saveETag && etag && problems.length === 0) etags.set(c.saveETag, etag);
  if (c.saveLogId && problems.length === 0) {
    const entry = Array.isArray(body) ? (body as unknown[])[0] : body;
    const id = (entry as { id?: unknown } | undefined)?.id;
    if (typeof id === 'string') logIds.set(c.saveLogId, id);
  }
  return problems;
}

async function main(): Promise<number> {
  let failures = 0;
  for (const c of cases) {
    // A case that cannot even be sent (an ETag an earlier, failed case should have saved) fails alone.
    const problems = await run(c).catch((error: unknown) => [`not sent: ${String(error)}`]);
    const label = `${c.operation.padEnd(14)} ${c.status} ${c.what.padEnd(36)} via ${c.route}`;
    if (problems.length === 0) {
      console.log(`ok      ${label}`);
    } else {
      failures++;
      console.log(`FAILED  ${label}`);
      for (const problem of problems) console.log(`        - ${problem}`);
    }
  }

  // Belt and braces: Prism also logs the violations that did not replace a response.
  const stripAnsi = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');
  for (const log of PRISM_LOGS) {
    const lines = stripAnsi(readFileSync(log, 'utf8')).split('\n').filter((l) => /Violation:|VALIDATOR/.test(l));
    if (lines.length > 0) {
      failures++;
      console.log(`FAILED  ${log} has violation lines:\n        ${lines.join('\n        ')}`);
    }
  }

  console.log(`Prism scenario: ${cases.length} responses, ${failures === 0 ? 'no violations' : `${failures} failed`}`);
  return failures;
}

main().then(
  (failures) => { process.exitCode = failures === 0 ? 0 : 1; },
  (error: unknown) => { console.error(error); process.exitCode = 1; },
);
