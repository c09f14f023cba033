/**
 * The typescript-fetch client that openapi-generator 7.25.0 generates from api/openapi.yaml
 * (run.sh generates it into build/client) against the running server: successful calls come back
 * as typed models, and every documented error the server can be made to produce surfaces as the
 * generated ResponseError whose body parses as the spec's problem document.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  Authenticator,
  Configuration,
  IdentityProvider,
  ProblemDetails,
  ProblemDetailsFromJSON,
  ResponseError,
  User,
  UsersApi,
  ValidationProblemDetails,
  ValidationProblemDetailsFromJSON,
  instanceOfUser,
} from '../build/client/index.js';
import { BLOCKED_UNTIL_2100, KEYS, PROBLEM_TYPES, SERVER_URL, TOO_LONG_USER_ID } from './support.js';

function api(apiKey?: string): UsersApi {
  return new UsersApi(new Configuration({ basePath: SERVER_URL, apiKey }));
}

const admin = api(KEYS.admin);

/** Awaits a call that must fail with `status`; returns the problem body, checked against the spec's rules. */
async function problemFrom(call: Promise<unknown>, status: number, type: string): Promise<ProblemDetails> {
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
  return problem;
}

async function validationProblemFrom(call: Promise<unknown>): Promise<ValidationProblemDetails> {
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
  assert.deepEqual(Object.keys(problem.errors), ['user_id'], 'only user_id is reported');
  const messages = problem.errors['user_id'];
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
