/**
 * The typescript-fetch client that openapi-generator 7.25.0 generates from api/openapi.yaml
 * (run.sh generates it into build/client) against the running server: successful calls come back
 * as typed models, and every documented error the server can be made to produce surfaces as the
 * generated ResponseError whose body parses as the spec's problem document. listUsers comes back
 * as a typed User[], with its page data in the X-Pagination header (read through listUsersRaw and
 * parsed with the generated PaginationFromJSON). The IP lockouts (listBlockedIps, unblockIp) and the
 * audit log (LogsApi: listLogs, getLog) are driven the same way: the entries the unblocks of these
 * tests write are found again by the X-Request-Id each unblock was sent with, and compared field by
 * field with what the request and the contract say they must hold.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isIP } from 'node:net';
import {
  Authenticator,
  BlockedIp,
  Configuration,
  IdentityProvider,
  InitOverrideFunction,
  ListBlockedIpsSortEnum,
  ListLogsRequest,
  ListLogsSortEnum,
  ListUsersRequest,
  ListUsersSortEnum,
  LogActorTypeEnum,
  LogEntry,
  LogEntryCategoryEnum,
  LogEntryCodeEnum,
  LogEntryTypeEnum,
  LogTargetTypeEnum,
  LogsApi,
  Pagination,
  PaginationFromJSON,
  ProblemDetails,
  ProblemDetailsFromJSON,
  ResponseError,
  User,
  UsersApi,
  ValidationProblemDetails,
  ValidationProblemDetailsFromJSON,
  instanceOfLogEntry,
  instanceOfUser,
} from '../build/client/index.js';
import {
  BLOCKED_UNTIL_2100, KEYS, KEY_IDS, PROBLEM_TYPES, SERVER_URL, TOO_LONG_USER_ID, USER_ETAG,
} from './support.js';

function api(apiKey?: string): UsersApi {
  return new UsersApi(new Configuration({ basePath: SERVER_URL, apiKey }));
}

const admin = api(KEYS.admin);

/** Awaits a call that must fail with `status`; returns the problem body, checked against the spec's rules. */
async function problemFrom(call: Promise<unknown>, status: number, type: string): Promise<ProblemDetails> {
  return (await problemResponseFrom(call, status, type)).problem;
}

/** Like problemFrom, and also returns the failed response's headers. */
async function problemResponseFrom(
  call: Promise<unknown>, status: number, type: string,
): Promise<{ problem: ProblemDetails; headers: Headers }> {
  const error = await call.then(
    (value) => assert.fail(`expected HTTP ${status}, got a result: ${JSON.stringify(value).slice(0, 200)}`),
    (e: unknown) => e,
  );
  assert.ok(error instanceof ResponseError, `expected the generated ResponseError, got ${String(error)}`);
  const response = error.response;
  assert.equal(response.status, status);
  assert.equal(response.headers.get('content-type'), 'application/problem+json');
  const json: unknown = await response.json();
  const problem = ProblemDetailsFromJSON(json);
  assert.equal(typeof problem.status, 'number', 'status must be a JSON number');
  assert.equal(problem.status, status);
  assert.equal(problem.type, type);
  assert.equal(typeof problem.title, 'string');
  assert.equal(problem.requestId, response.headers.get('x-request-id'), 'request_id repeats the X-Request-Id header');
  return { problem, headers: response.headers };
}

/** Awaits a call that must fail with 422; the problem's `errors` must name `parameter` and nothing else. */
async function validationProblemFrom(call: Promise<unknown>, parameter = 'user_id'): Promise<ValidationProblemDetails> {
  const error = await call.then(
    () => assert.fail('expected HTTP 422, got a result'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof ResponseError, `expected the generated ResponseError, got ${String(error)}`);
  assert.equal(error.response.status, 422);
  assert.equal(error.response.headers.get('content-type'), 'application/problem+json');
  const problem = ValidationProblemDetailsFromJSON(await error.response.json());
  assert.equal(problem.status, 422);
  assert.equal(problem.type, PROBLEM_TYPES.validation);
  assert.deepEqual(Object.keys(problem.errors), [parameter], `only ${parameter} is reported`);
  const messages = problem.errors[parameter];
  assert.ok(Array.isArray(messages) && messages.length > 0);
  for (const message of messages) assert.equal(typeof message, 'string');
  return problem;
}

describe('generated typescript-fetch client: success', () => {
  it('getUser returns the provider example user as a typed User', async () => {
    const user: User = await admin.getUser({ userId: 'UOtBaOybB6dTpIJNrnkRw' });
    assert.ok(instanceOfUser(user));
    assert.equal(user.userId, 'UOtBaOybB6dTpIJNrnkRw');
    assert.equal(user.disabled, true);
    assert.equal(user.creationTime, 1640975400);
    assert.equal(user.passwordUpdatedAt, 1640975400);
    assert.equal(user.claims['name'], 'John Doe');
    assert.equal(user.username?.username, 'username');
    assert.deepEqual(user.emails[0]?.authenticators, [Authenticator.Password, Authenticator.Email]);
    assert.deepEqual(user.phoneNumbers[0]?.idps, [IdentityProvider.Monocloud, IdentityProvider.Google]);
    assert.equal(user.passkeys[0]?.name, 'IPhone 15 Pro Max');
    assert.equal(user.idps[0]?.authenticator, Authenticator.Google);
  });

  it('getUser shows a blocked user with its lockout and a null username', async () => {
    const user = await admin.getUser({ userId: 'ts-client-blocked' });
    assert.equal(user.blockUntil, BLOCKED_UNTIL_2100);
    assert.equal(user.failureCount, 5);
    assert.equal(user.username, null);
  });

  it('unblockUser clears the lockout, returns the whole user, and is idempotent', async () => {
    const startedAt = Math.floor(Date.now() / 1000);
    const user = await admin.unblockUser({ userId: 'ts-client-blocked' });
    assert.ok(instanceOfUser(user));
    assert.equal(user.userId, 'ts-client-blocked');
    assert.equal(user.blockUntil, null);
    assert.equal(user.failureCount, 0);
    assert.equal(user.disabled, false);
    assert.ok(user.lastUpdated >= startedAt - 1, `last_updated ${user.lastUpdated} moved to now`);

    assert.deepEqual(await admin.getUser({ userId: 'ts-client-blocked' }), user, 'getUser sees the unblocked user');
    assert.deepEqual(await admin.unblockUser({ userId: 'ts-client-blocked' }), user, 'unblocking again changes nothing');
  });

  it('unblockUser leaves a disabled user disabled', async () => {
    const user = await admin.unblockUser({ userId: 'ts-client-disabled-blocked' });
    assert.equal(user.disabled, true);
    assert.equal(user.blockUntil, null);
    assert.equal(user.failureCount, 0);
  });
});

describe('generated typescript-fetch client: errors are ResponseErrors carrying the problem document', () => {
  it('401 without an API key', async () => {
    const noKey = api();
    await problemFrom(noKey.getUser({ userId: 'ts-client-blocked' }), 401, PROBLEM_TYPES.unauthorized);
    await problemFrom(noKey.unblockUser({ userId: 'ts-client-blocked' }), 401, PROBLEM_TYPES.unauthorized);
  });

  it('401 with an unknown API key, even for a user that does not exist', async () => {
    const unknown = api(KEYS.unknown);
    await problemFrom(unknown.getUser({ userId: 'nobody-at-all' }), 401, PROBLEM_TYPES.unauthorized);
    await problemFrom(unknown.unblockUser({ userId: 'nobody-at-all' }), 401, PROBLEM_TYPES.unauthorized);
  });

  it('403 when the key lacks the scope, and the user stays blocked', async () => {
    const problem = await problemFrom(
      api(KEYS.reader).unblockUser({ userId: 'UOtBaOybB6dTpIJNrnkRw' }), 403, PROBLEM_TYPES.forbidden);
    assert.match(problem.detail ?? '', /users:write/);
    assert.equal((await admin.getUser({ userId: 'UOtBaOybB6dTpIJNrnkRw' })).failureCount, 5);
    await problemFrom(api(KEYS.writer).getUser({ userId: 'UOtBaOybB6dTpIJNrnkRw' }), 403, PROBLEM_TYPES.forbidden);
  });

  it('404 for an unknown user', async () => {
    const problem = await problemFrom(admin.unblockUser({ userId: 'nobody-at-all' }), 404, PROBLEM_TYPES.notFound);
    assert.equal(problem.instance, '/api/users/nobody-at-all/unblock');
    await problemFrom(admin.getUser({ userId: 'nobody-at-all' }), 404, PROBLEM_TYPES.notFound);
  });

  it('422 with errors.user_id for an id that breaks the pattern or the length', async () => {
    await validationProblemFrom(admin.unblockUser({ userId: 'not valid' }));
    await validationProblemFrom(admin.getUser({ userId: 'not valid' }));
    await validationProblemFrom(admin.unblockUser({ userId: TOO_LONG_USER_ID }));
  });
});

/** The ETag header of a User response (or of its 412), checked against the contract's UserETag. */
function etagOf(headers: Headers): string {
  const etag = headers.get('etag');
  assert.ok(etag, 'a User response carries an ETag');
  assert.match(etag, USER_ETAG, 'the ETag is the user\'s version as a strong tag');
  return etag;
}

describe('generated typescript-fetch client: conditional unblock (If-Match)', () => {
  // A blocked user of fixtures/users.json that only this test reads or unblocks.
  const userId = 'ts-client-if-match';

  it('unblocks with the ETag of a read; that ETag is then stale: 412 with the current ETag, nothing changed', async () => {
    const read = await admin.getUserRaw({ userId });
    assert.equal(read.raw.status, 200);
    const seen = etagOf(read.raw.headers);
    const before = await read.value();
    assert.equal(before.blockUntil, BLOCKED_UNTIL_2100);
    assert.equal(before.failureCount, 6);

    // What unblockUser({ userId, ifMatch }) sends, through the Raw variant to see the ETag header.
    const unblock = await admin.unblockUserRaw({ userId, ifMatch: seen });
    assert.equal(unblock.raw.status, 200);
    const current = etagOf(unblock.raw.headers);
    assert.notEqual(current, seen, 'the unblock moved the version');
    const user = await unblock.value();
    assert.ok(instanceOfUser(user));
    assert.equal(user.blockUntil, null);
    assert.equal(user.failureCount, 0);

    const stale = await problemResponseFrom(
      admin.unblockUser({ userId, ifMatch: seen }), 412, PROBLEM_TYPES.preconditionFailed);
    assert.equal(stale.headers.get('etag'), current, 'the 412 carries the user\'s current ETag');
    assert.equal(stale.problem.instance, `/api/users/${userId}/unblock`);

    // A weak tag never matches, not even the current version.
    const weak = await problemResponseFrom(
      admin.unblockUser({ userId, ifMatch: `W/${current}` }), 412, PROBLEM_TYPES.preconditionFailed);
    assert.equal(weak.headers.get('etag'), current);

    const after = await admin.getUserRaw({ userId });
    assert.equal(etagOf(after.raw.headers), current, 'the refused unblocks moved no version');
    assert.deepEqual(await after.value(), user, 'the refused unblocks changed nothing');
  });
});

/** The X-Pagination header of a listing, checked member by member against the spec's Pagination schema. */
function paginationFrom(headers: Headers): Pagination {
  const header = headers.get('x-pagination');
  assert.ok(header, 'a listing carries the X-Pagination header');
  const json: unknown = JSON.parse(header);
  assert.ok(typeof json === 'object' && json !== null && !Array.isArray(json), `X-Pagination is a JSON object: ${header}`);
  assert.deepEqual(Object.keys(json).sort(), ['current_page', 'has_next', 'has_previous', 'page_size', 'total_count'],
    'X-Pagination has exactly the members of Pagination');
  const pagination = PaginationFromJSON(json);
  for (const member of ['totalCount', 'pageSize', 'currentPage'] as const) {
    assert.ok(Number.isInteger(pagination[member]), `${member} is an integer: ${header}`);
  }
  assert.ok(pagination.totalCount >= 0);
  assert.ok(pagination.pageSize >= 1);
  assert.ok(pagination.currentPage >= 1);
  assert.equal(typeof pagination.hasNext, 'boolean');
  assert.equal(typeof pagination.hasPrevious, 'boolean');
  return pagination;
}

describe('generated typescript-fetch client: listUsers', () => {
  const reader = api(KEYS.reader);

  it('lists the users blocked now, most failures first, as typed Users with the page in X-Pagination', async () => {
    const startedAt = Math.floor(Date.now() / 1000);
    const response = await reader.listUsersRaw({ filter: 'block_until:>now', sort: 'failure_count:-1', size: 2 });
    assert.equal(response.raw.status, 200);
    const users: User[] = await response.value();
    const pagination = paginationFrom(response.raw.headers);

    assert.ok(users.length >= 1 && users.length <= 2, `a page of at most 2: got ${users.length}`);
    for (const user of users) {
      assert.ok(instanceOfUser(user));
      assert.ok(user.blockUntil != null && user.blockUntil > startedAt, `${user.userId} is blocked now`);
    }
    // The two fixture users with the most failures of all, never unblocked by any test.
    assert.deepEqual(users.map((u) => [u.userId, u.failureCount]),
      [['ts-client-listed-most-failures', 12], ['ts-client-listed-second', 11]]);

    assert.ok(pagination.totalCount >= users.length, `total_count ${pagination.totalCount} >= ${users.length}`);
    assert.equal(pagination.pageSize, 2);
    assert.equal(pagination.currentPage, 1);
    assert.equal(pagination.hasPrevious, false);
    assert.equal(pagination.hasNext, pagination.totalCount > 2);
  });

  it('filter user_id:<id> returns exactly that user', async () => {
    const users = await reader.listUsers({ filter: 'user_id:ts-client-listed-second' });
    assert.equal(users.length, 1);
    const [user] = users;
    assert.ok(user && instanceOfUser(user));
    assert.deepEqual(user, await reader.getUser({ userId: 'ts-client-listed-second' }), 'the same user getUser returns');

    const response = await reader.listUsersRaw({ filter: 'user_id:ts-client-listed-second' });
    const pagination = paginationFrom(response.raw.headers);
    assert.deepEqual(pagination, { totalCount: 1, pageSize: 10, currentPage: 1, hasNext: false, hasPrevious: false },
      'one match, on the first page of the default size 10');
  });

  it('422 with errors.filter for a filter outside the supported subset (OR)', async () => {
    const problem = await validationProblemFrom(
      reader.listUsers({ filter: 'failure_count:>1 OR disabled:true' }), 'filter');
    assert.equal(problem.instance, '/api/users');
  });

  it('sort is typed as the union of the contract\'s sort values', () => {
    // Compile-time checks: tsc --strict (run.sh) fails if either line stops holding.
    const sort: ListUsersSortEnum = 'failure_count:-1';
    // @ts-expect-error 'failure_count:2' is not one of the sort values the contract lists
    const notASort: ListUsersRequest['sort'] = 'failure_count:2';
    assert.equal(sort, ListUsersSortEnum.FailureCount12);
    assert.ok(!(Object.values(ListUsersSortEnum) as string[]).includes(notASort ?? ''));
    assert.equal(Object.values(ListUsersSortEnum).length, 18, 'the 18 sort values of the UserSort parameter');
  });
});

function logsApi(apiKey?: string): LogsApi {
  return new LogsApi(new Configuration({ basePath: SERVER_URL, apiKey }));
}

/** Init overrides that add `extra` to the headers the generated client sets (API key, Content-Type). */
function withHeaders(extra: Record<string, string>): InitOverrideFunction {
  return async ({ init }) => ({ headers: { ...init.headers, ...extra } });
}

/** A UUID version 7 in lower-case hexadecimal, as the contract gives log entry ids. */
const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('generated typescript-fetch client: IP lockouts and the audit log', () => {
  // A blocked user of fixtures/users.json (failure_count 8) that only these tests touch, so its
  // log holds exactly the entries they write. The ids are unique to this run, so the entries are
  // found by them and by nothing else.
  const userId = 'ts-client-ip-lockouts';
  const failureCount = 8;
  const run = Date.now().toString(36);
  const trace = {
    ip: `ts-client-ip-one-${run}`,
    all: `ts-client-ip-all-${run}`,
    unblock: `ts-client-unblock-${run}`,
  };
  const userAgent = `users-api-ts-client-tests/${run}`;
  const reader = api(KEYS.reader);
  const logs = logsApi(KEYS.admin);
  let startedAt = 0;
  let blockedUser: User | undefined;
  let blockedETag = '';

  it('listBlockedIps: a user without failed sign-ins from any address has none: [] and total_count 0', async () => {
    startedAt = Math.floor(Date.now() / 1000);
    const read = await admin.getUserRaw({ userId });
    blockedETag = etagOf(read.raw.headers);
    blockedUser = await read.value();
    assert.equal(blockedUser.blockUntil, BLOCKED_UNTIL_2100);
    assert.equal(blockedUser.failureCount, failureCount);

    const response = await reader.listBlockedIpsRaw({ userId });
    assert.equal(response.raw.status, 200);
    assert.equal(await response.raw.clone().text(), '[]', 'the body is exactly an empty JSON array');
    const ips: BlockedIp[] = await response.value();
    assert.deepEqual(ips, []);
    assert.deepEqual(paginationFrom(response.raw.headers),
      { totalCount: 0, pageSize: 10, currentPage: 1, hasNext: false, hasPrevious: false },
      'nothing on the first page of the default size 10');

    const later = await reader.listBlockedIpsRaw({ userId, page: 3, size: 5, sort: ListBlockedIpsSortEnum.BlockUntil12 });
    assert.deepEqual(await later.value(), []);
    assert.deepEqual(paginationFrom(later.raw.headers),
      { totalCount: 0, pageSize: 5, currentPage: 3, hasNext: false, hasPrevious: true },
      'page and size are echoed, and page 3 has pages before it');
  });

  it('listBlockedIps: 404 for an unknown user, 403 without users:read, 422 for size=101', async () => {
    const problem = await problemFrom(reader.listBlockedIps({ userId: 'nobody-at-all' }), 404, PROBLEM_TYPES.notFound);
    assert.equal(problem.instance, '/api/users/nobody-at-all/blocked_ips');
    const forbidden = await problemFrom(api(KEYS.writer).listBlockedIps({ userId }), 403, PROBLEM_TYPES.forbidden);
    assert.match(forbidden.detail ?? '', /users:read/);
    await validationProblemFrom(reader.listBlockedIps({ userId, size: 101 }), 'size');
    await validationProblemFrom(reader.listBlockedIps({ userId: 'not valid' }));
  });

  it('unblockIp of one address (any IPv6 spelling) answers the user, whose own lockout and ETag stay as they were', async () => {
    const response = await admin.unblockIpRaw(
      { userId, unblockIpRequest: { ipAddress: '2001:DB8:0:0::7' } },
      withHeaders({ 'X-Request-Id': trace.ip, 'User-Agent': userAgent }));
    assert.equal(response.raw.status, 200);
    assert.equal(response.raw.headers.get('x-request-id'), trace.ip, 'the server took the client\'s X-Request-Id');
    assert.equal(etagOf(response.raw.headers), blockedETag, 'IP lockouts are not part of the User: the ETag stays');
    const user: User = await response.value();
    assert.ok(instanceOfUser(user));
    assert.deepEqual(user, blockedUser, 'the account\'s lockout and last_updated are untouched');
    assert.equal(user.blockUntil, BLOCKED_UNTIL_2100);
    assert.equal(user.failureCount, failureCount);
  });

  it('unblockIp of all answers the user, unchanged; a reset makes no lockout record', async () => {
    const response = await admin.unblockIpRaw(
      { userId, unblockIpRequest: { ipAddress: 'all' } },
      withHeaders({ 'X-Request-Id': trace.all, 'User-Agent': userAgent }));
    assert.equal(response.raw.status, 200);
    assert.equal(response.raw.headers.get('x-request-id'), trace.all);
    assert.equal(etagOf(response.raw.headers), blockedETag);
    const user: User = await response.value();
    assert.deepEqual(user, blockedUser);
    assert.deepEqual(await reader.listBlockedIps({ userId }), [], 'still no IP lockout record');
  });

  it('unblockIp: 422 with errors.ip_address for "not-an-ip" (and a zone), 404, 403, and nothing recorded', async () => {
    const problem = await validationProblemFrom(
      admin.unblockIp({ userId, unblockIpRequest: { ipAddress: 'not-an-ip' } }), 'ip_address');
    assert.equal(problem.instance, `/api/users/${userId}/blocked_ips/unblock`);
    assert.match(problem.errors['ip_address']?.join(' ') ?? '', /not-an-ip/, 'the message quotes the rejected value');
    await validationProblemFrom(admin.unblockIp({ userId, unblockIpRequest: { ipAddress: 'fe80::1%eth0' } }), 'ip_address');

    const missing = await problemFrom(
      admin.unblockIp({ userId: 'nobody-at-all', unblockIpRequest: { ipAddress: 'all' } }), 404, PROBLEM_TYPES.notFound);
    assert.equal(missing.instance, '/api/users/nobody-at-all/blocked_ips/unblock');
    const forbidden = await problemFrom(
      reader.unblockIp({ userId, unblockIpRequest: { ipAddress: 'all' } }), 403, PROBLEM_TYPES.forbidden);
    assert.match(forbidden.detail ?? '', /users:write/);
    // None of these is in the user's log: the listings below count exactly the three entries made here.
  });

  it('unblockUser of the same user clears the account\'s lockout under the client\'s X-Request-Id', async () => {
    const response = await admin.unblockUserRaw({ userId },
      withHeaders({ 'X-Request-Id': trace.unblock, 'User-Agent': userAgent }));
    assert.equal(response.raw.status, 200);
    assert.equal(response.raw.headers.get('x-request-id'), trace.unblock);
    const user = await response.value();
    assert.equal(user.blockUntil, null);
    assert.equal(user.failureCount, 0);
  });

  /** Checks what every entry written by an unblock of these tests holds; returns it. */
  function checkUnblockEntry(entry: LogEntry, code: LogEntryCodeEnum, traceId: string): LogEntry {
    assert.ok(instanceOfLogEntry(entry));
    assert.match(entry.id, UUID_V7);
    assert.equal(entry.code, code);
    assert.equal(entry.category, LogEntryCategoryEnum.Blocks);
    assert.equal(entry.type, LogEntryTypeEnum.Success, 'an unblock made through the API is a success');
    assert.deepEqual(entry.actor, { type: LogActorTypeEnum.ApiKey, id: KEY_IDS.admin });
    assert.deepEqual(entry.targets, [{ type: LogTargetTypeEnum.User, id: userId }]);
    assert.equal(entry.request.traceId, traceId);
    assert.equal(entry.request.userAgent, userAgent);
    const now = Math.floor(Date.now() / 1000);
    assert.ok(entry.timeStamp >= startedAt - 1 && entry.timeStamp <= now + 1,
      `time_stamp ${entry.timeStamp} is within this test's run [${startedAt}, ${now}]`);
    assert.ok(Number.isInteger(entry.system.processId) && entry.system.processId > 0, 'the server\'s process id');
    // The client and the server talk over the address in USERS_API_URL: the server's end is
    // local_ip, and the client's end is on the same host.
    const host = new URL(SERVER_URL).hostname;
    if (isIP(host) === 4) {
      assert.equal(entry.system.localIp, host);
      assert.equal(entry.request.remoteIp, host);
    }
    assert.equal(typeof entry.name, 'string');
    assert.ok(entry.name.length > 0 && entry.description.length > 0);
    return entry;
  }

  it('listLogs filtered by user and code finds the unblock by its trace_id; getLog returns the same entry', async () => {
    const response = await logs.listLogsRaw({
      filter: `user_id:${userId} AND code:${LogEntryCodeEnum.UserAccountUnblocked}`,
    });
    assert.equal(response.raw.status, 200);
    const entries: LogEntry[] = await response.value();
    assert.deepEqual(paginationFrom(response.raw.headers),
      { totalCount: 1, pageSize: 10, currentPage: 1, hasNext: false, hasPrevious: false }, 'one unblock of this user');
    const entry = entries.find((e) => e.request.traceId === trace.unblock);
    assert.ok(entry, `the unblock sent with X-Request-Id ${trace.unblock} is listed: ${JSON.stringify(entries)}`);
    checkUnblockEntry(entry, LogEntryCodeEnum.UserAccountUnblocked, trace.unblock);
    assert.equal(entry.name, 'User Account Unblocked');
    assert.deepEqual(entry.details,
      { outcome: 'cleared', previous_block_until: BLOCKED_UNTIL_2100, previous_failure_count: failureCount },
      'the lockout the unblock cleared');

    const read = await logs.getLogRaw({ logId: entry.id });
    assert.equal(read.raw.status, 200);
    const byId: LogEntry = await read.value();
    assert.deepEqual(byId, entry, 'getLog answers the entry as listed');
  });

  it('listLogs of the user, oldest first: exactly the two IP unblocks and the unblock, in order', async () => {
    const response = await logs.listLogsRaw({ filter: `user_id:${userId}`, sort: ListLogsSortEnum.TimeStamp1 });
    const entries = await response.value();
    assert.deepEqual(entries.map((e) => [e.code, e.request.traceId]), [
      [LogEntryCodeEnum.UserAccountIpUnblocked, trace.ip],
      [LogEntryCodeEnum.UserAccountAllIpBlocksRemoved, trace.all],
      [LogEntryCodeEnum.UserAccountUnblocked, trace.unblock],
    ], 'the refused calls wrote nothing');
    assert.deepEqual(paginationFrom(response.raw.headers),
      { totalCount: 3, pageSize: 10, currentPage: 1, hasNext: false, hasPrevious: false });
    const ids = entries.map((e) => e.id);
    assert.deepEqual([...ids].sort(), ids, 'ids grow with time');

    const [one, all] = entries;
    assert.ok(one && all);
    checkUnblockEntry(one, LogEntryCodeEnum.UserAccountIpUnblocked, trace.ip);
    assert.equal(one.details?.['outcome'], 'not_blocked', 'the address had no failures to reset');
    assert.equal(one.details?.['ip_address'], '2001:db8::7', 'the address in its RFC 5952 form');
    checkUnblockEntry(all, LogEntryCodeEnum.UserAccountAllIpBlocksRemoved, trace.all);
    assert.equal(all.details?.['outcome'], 'not_blocked');
    assert.equal(all.details?.['ip_addresses_reset'], 0, 'no address had anything to reset');

    // Newest first by default, one entry a page.
    const page = await logs.listLogsRaw({ filter: `user_id:${userId}`, size: 1, page: 2 });
    assert.deepEqual((await page.value()).map((e) => e.id), [all.id], 'the second newest');
    assert.deepEqual(paginationFrom(page.raw.headers),
      { totalCount: 3, pageSize: 1, currentPage: 2, hasNext: true, hasPrevious: true });

    const byCode = await logs.listLogs({
      filter: `user_id:${userId} AND code:${LogEntryCodeEnum.UserAccountAllIpBlocksRemoved}`,
    });
    assert.deepEqual(byCode, [all]);
  });

  it('getLog: 404 for a well-formed id no entry has, 422 with errors.log_id for a malformed one', async () => {
    const unknownId = '0193a6f2-7c41-7d3e-9a52-4be0c81f2d6a';
    const problem = await problemFrom(logs.getLog({ logId: unknownId }), 404, PROBLEM_TYPES.notFound);
    assert.equal(problem.instance, `/api/logs/${unknownId}`);
    await validationProblemFrom(logs.getLog({ logId: 'not-a-log-id' }), 'log_id');
    await validationProblemFrom(logs.getLog({ logId: unknownId.toUpperCase() }), 'log_id');
  });

  it('listLogs: 422 with errors.filter for an unsupported filter', async () => {
    const problem = await validationProblemFrom(
      logs.listLogs({ filter: `user_id:${userId} OR code:${LogEntryCodeEnum.UserAccountUnblocked}` }), 'filter');
    assert.equal(problem.instance, '/api/logs');
    await validationProblemFrom(logs.listLogs({ filter: 'failure_count:>1' }), 'filter');
  });

  it('403 for keys without logs:read, 401 without a key', async () => {
    for (const key of [KEYS.reader, KEYS.writer]) {
      const listed = await problemFrom(logsApi(key).listLogs(), 403, PROBLEM_TYPES.forbidden);
      assert.match(listed.detail ?? '', /logs:read/);
      const read = await problemFrom(
        logsApi(key).getLog({ logId: '0193a6f2-7c41-7d3e-9a52-4be0c81f2d6a' }), 403, PROBLEM_TYPES.forbidden);
      assert.match(read.detail ?? '', /logs:read/);
    }
    await problemFrom(logsApi().listLogs(), 401, PROBLEM_TYPES.unauthorized);
    await problemFrom(logsApi(KEYS.unknown).getLog({ logId: '0193a6f2-7c41-7d3e-9a52-4be0c81f2d6a' }),
      401, PROBLEM_TYPES.unauthorized);
  });

  it('listLogs sort is typed as the union of the contract\'s sort values', () => {
    // Compile-time checks: tsc --strict (run.sh) fails if either line stops holding.
    const sort: ListLogsSortEnum = 'time_stamp:-1';
    // @ts-expect-error 'time_stamp:2' is not one of the sort values the contract lists
    const notASort: ListLogsRequest['sort'] = 'time_stamp:2';
    assert.equal(sort, ListLogsSortEnum.TimeStamp12);
    assert.ok(!(Object.values(ListLogsSortEnum) as string[]).includes(notASort ?? ''));
    assert.deepEqual(Object.values(ListLogsSortEnum), ['time_stamp:1', 'time_stamp:-1'], 'the two values of LogSort');
  });
});
