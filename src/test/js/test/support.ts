/**
 * Shared settings for the Node tests. run.sh starts the server with fixtures/users.json and
 * fixtures/api-keys.json and passes its origin in USERS_API_URL. The secrets below are test-only:
 * fixtures/api-keys.json holds their SHA-256 digests.
 */
export const SERVER_URL: string = (() => {
  const url = process.env.USERS_API_URL;
  if (!url) throw new Error('USERS_API_URL is not set: start the server and point USERS_API_URL at it (run.sh does)');
  return url.replace(/\/$/, '');
})();

export const KEYS = {
  /** js-tests-admin: users:read, users:write and logs:read */
  admin: 'js-tests-admin-secret-0f1e2d3c',
  /** js-tests-reader: users:read only (so not logs:read) */
  reader: 'js-tests-reader-secret-4b5a6978',
  /** js-tests-writer: users:write only */
  writer: 'js-tests-writer-secret-8c9dabcd',
  /** matches no key */
  unknown: 'not-a-configured-key',
} as const;

/** The ids of the keys in fixtures/api-keys.json, as the audit log names them (`actor.id`). */
export const KEY_IDS = {
  admin: 'js-tests-admin',
  reader: 'js-tests-reader',
  writer: 'js-tests-writer',
} as const;

/** block_until of the blocked fixture users: 2100-01-01T00:00:00Z */
export const BLOCKED_UNTIL_2100 = 4102444800;

export const PROBLEM_TYPES = {
  unauthorized: 'https://httpstatuses.io/401',
  forbidden: 'https://httpstatuses.io/403',
  notFound: 'https://httpstatuses.io/404',
  preconditionFailed: 'https://httpstatuses.io/412',
  validation: 'https://httpstatuses.io/422#validation-error',
} as const;

/** The contract's UserETag header: a user's version as a strong entity tag, such as `"7"`. */
export const USER_ETAG = /^"[0-9]{1,18}"$/;

/** 129 characters: one more than the spec's maxLength for user_id. */
export const TOO_LONG_USER_ID = 'a'.repeat(129);
