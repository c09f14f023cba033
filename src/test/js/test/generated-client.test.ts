/**
 * The typescript-fetch client that openapi-generator 7.25.0 generates from api/openapi.yaml
 * (run.sh generates it into build/client) against the running server: successful calls come back
 * as typed models, and every documented error the server can be made to produce surfaces as the
 * generated ResponseError whose body parses as the spec's problem document. listUsers comes back
 * as a typed User[], with its page data in the X-Pagination header (read through listUsersRaw and
 * parsed with the generated PaginationFromJSON).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  Authenticator,
  Configuration,
  IdentityProvider,
  ListUsersRequest,
  ListUsersSortEnum,
  Pagination,
  PaginationFromJSON,
  ProblemDetails,
  ProblemDetailsFromJSON,
  ResponseError,
  User,
  UsersApi,
  ValidationProblemDetails,
  ValidationProblemDetailsFromJSON,
  instanceOfUser,
} from '../build/client/index.js';
import { BLOCKED_UNTIL_2100, KEYS, PROBLEM_TYPES, SERVER_URL, TOO_LONG_USER_ID, USER_ETAG } from './support.js';

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
