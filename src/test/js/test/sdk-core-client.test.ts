/**
 * MonoCloud's own client base, @monocloud/sdk-js-core 0.2.2, against the running server, through
 * MonoCloudUsersClient (src/monocloud-users-client.ts), a subclass that adds unblockUser on top of
 * the base's processRequest. What is under test is that the base's error handling understands our
 * responses: it only reads a body as problem details when Content-Type is exactly
 * `application/problem+json`, picks the exception class from the body's numeric `status`, and
 * picks MonoCloudKeyValidationException only for `type` https://httpstatuses.io/422#validation-error.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  MonoCloudForbiddenException,
  MonoCloudKeyValidationException,
  MonoCloudNotFoundException,
  MonoCloudRequestException,
  MonoCloudUnauthorizedException,
} from '@monocloud/sdk-js-core';
import { MonoCloudUsersClient } from '../src/monocloud-users-client.js';
import { KEYS, PROBLEM_TYPES, SERVER_URL, TOO_LONG_USER_ID } from './support.js';

function client(apiKey: string): MonoCloudUsersClient {
  return new MonoCloudUsersClient({ domain: 'unused.example', apiKey }, SERVER_URL);
}

const admin = client(KEYS.admin);

/** Awaits a call that must throw `type`; checks the problem details the exception carries. */
async function thrown<E extends MonoCloudRequestException>(
  call: Promise<unknown>,
  type: abstract new (...args: never[]) => E,
  status: number,
  problemType: string,
): Promise<E> {
  const error = await call.then(
    (value) => assert.fail(`expected ${type.name}, got a result: ${JSON.stringify(value).slice(0, 200)}`),
    (e: unknown) => e,
  );
  assert.ok(error instanceof type, `expected ${type.name}, got ${(error as Error)?.constructor?.name}: ${String(error)}`);
  assert.equal(error.response?.status, status);
  assert.equal(error.response?.type, problemType);
  assert.equal(typeof error.response?.['request_id'], 'string');
  return error;
}

describe('sdk-js-core 0.2.2 subclass: unblockUser', () => {
  it('200: processRequest returns the parsed, unblocked user', async () => {
    const response = await admin.unblockUser('sdk-core-blocked');
    assert.equal(response.status, 200);
    assert.equal(response.result.user_id, 'sdk-core-blocked');
    assert.equal(response.result.block_until, null);
    assert.equal(response.result.failure_count, 0);
    assert.equal(response.result.disabled, false);
    assert.equal(typeof response.headers['x-request-id'], 'string');
  });

  it('200 for an id imported from another provider (| is percent-encoded)', async () => {
    const response = await admin.unblockUser('google-oauth2|sdk-core-104729');
    assert.equal(response.result.user_id, 'google-oauth2|sdk-core-104729');
    assert.equal(response.result.block_until, null);
  });

  it('404 -> MonoCloudNotFoundException', async () => {
    const error = await thrown(admin.unblockUser('nobody-at-all'), MonoCloudNotFoundException, 404, PROBLEM_TYPES.notFound);
    assert.equal(error.message, 'Not Found');
  });

  it('422 -> MonoCloudKeyValidationException with the field errors', async () => {
    const pattern = await thrown(admin.unblockUser('not valid'), MonoCloudKeyValidationException, 422, PROBLEM_TYPES.validation);
    assert.deepEqual(Object.keys(pattern.errors), ['user_id']);
    assert.match(pattern.errors['user_id']?.[0] ?? '', /must match/);

    const length = await thrown(admin.unblockUser(TOO_LONG_USER_ID), MonoCloudKeyValidationException, 422, PROBLEM_TYPES.validation);
    assert.equal(length.errors['user_id']?.length, 1);
  });

  it('401 -> MonoCloudUnauthorizedException', async () => {
    // The base refuses to be built without an API key, so a key it sends but the server does not know.
    await thrown(client(KEYS.unknown).unblockUser('sdk-core-blocked'), MonoCloudUnauthorizedException, 401, PROBLEM_TYPES.unauthorized);
  });

  it('403 -> MonoCloudUnauthorizedException, as 0.2.2 maps it', async () => {
    // sdk-js-core 0.2.2 exports a MonoCloudForbiddenException but never throws it: both
    // MonoCloudExceptionHandler.ThrowProblemErr and ThrowErr map status 403 to
    // MonoCloudUnauthorizedException (dist/cjs/exceptions/monocloud-exception-handler.js).
    const error = await thrown(client(KEYS.reader).unblockUser('sdk-core-blocked'), MonoCloudUnauthorizedException, 403, PROBLEM_TYPES.forbidden);
    assert.ok(!(error instanceof MonoCloudForbiddenException));
    assert.match(error.response?.detail ?? '', /users:write/);
  });
});
