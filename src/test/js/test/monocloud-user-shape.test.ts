/**
 * The User as MonoCloud's current management client for JavaScript (@monocloud/management 0.2.7)
 * declares it, against what the server sends and against the client generated from the contract:
 *
 *  - at compile time, no field that MonoCloud's User declares as always present may be optional
 *    in the generated model (tsc --strict fails the build if one is);
 *  - at run time, the JSON of a user stored in the seed's older shape and of one stored in today's
 *    shape has every such field, with its type, so a typed caller that does
 *    `user.external_providers.map(...)` or `user.sign_in_attempts_count + 1` gets what it expects.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Configuration, User, UsersApi } from '../build/client/index.js';
import { KEYS, SERVER_URL } from './support.js';

/** MonoCloud's User, as @monocloud/management 0.2.7 declares it (`?` may be absent, `| null` nullable). */
interface MonoCloudUser {
  user_id: string;
  disabled: boolean;
  connections: { idp: string; connection_id: string }[];
  claims: object;
  public_data: object;
  private_data: object;
  emails: {
    id: string;
    primary: boolean;
    verified: boolean;
    source?: string | null;
    verification_source?: string | null;
    email: string;
  }[];
  phone_numbers: {
    id: string;
    primary: boolean;
    verified: boolean;
    source?: string | null;
    verification_source?: string | null;
    phone: string;
  }[];
  passkeys: {
    name?: string | null;
    passkey_id: string;
    public_key: string;
    aa_guid: string;
    backup_state: boolean;
    backup_eligibility: boolean;
    user_present: boolean;
    user_verified: boolean;
    user_agent: string;
  }[];
  force_password_reset: boolean;
  external_providers: { authenticator: string; provider_user_id: string; claims: object }[];
  creation_time: number;
  last_updated: number;
  username?: { id: string; username: string; source?: string | null } | null;
  has_password: boolean;
  password_updated_at?: number | null;
  block_until?: number | null;
  failure_count: number;
  sign_in_attempts_count: number;
  last_sign_in_attempt?: number | null;
  last_sign_in_attempt_ip?: string | null;
  sign_in_success_count: number;
  last_sign_in_success?: number | null;
  last_sign_in_success_ip?: string | null;
  last_activity?: number | null;
  last_known_city?: string | null;
  last_known_country?: string | null;
  last_known_region?: string | null;
}

// --- compile time: the generated model has every always-present field as non-optional ---------------

/** The keys of T that may be absent. */
type OptionalKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? K : never }[keyof T];

/** MonoCloud's always-present fields, by the generated model's (camelCase) names. */
type AlwaysPresent =
  | 'userId'
  | 'disabled'
  | 'connections'
  | 'claims'
  | 'publicData'
  | 'privateData'
  | 'emails'
  | 'phoneNumbers'
  | 'passkeys'
  | 'forcePasswordReset'
  | 'externalProviders'
  | 'creationTime'
  | 'lastUpdated'
  | 'hasPassword'
  | 'failureCount'
  | 'signInAttemptsCount'
  | 'signInSuccessCount';

/** Compiles only while none of AlwaysPresent is optional in the generated User. */
const noneOptional: [Extract<OptionalKeys<User>, AlwaysPresent>] extends [never] ? true : false = true;
void noneOptional;

// --- run time: the JSON the server sends -------------------------------------------------------------

type Check = (value: unknown) => boolean;
const string: Check = (v) => typeof v === 'string';
const number: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const boolean: Check = (v) => typeof v === 'boolean';
const object: Check = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const nullable = (check: Check): Check => (v) => v === null || check(v);
const optional = (check: Check): Check => (v) => v === undefined || check(v);

/** The fields of an object and how each must look; an array of such objects. */
type Shape = Record<string, Check>;
const arrayOf = (shape: Shape): Check => (v) => Array.isArray(v) && v.every((item) => conforms(item, shape).length === 0);

function conforms(value: unknown, shape: Shape): string[] {
  if (!object(value)) return ['not an object'];
  const record = value as Record<string, unknown>;
  return Object.entries(shape)
    .filter(([field, check]) => !check(record[field]))
    .map(([field]) => `${field}: ${JSON.stringify(record[field])}`);
}

const contactShape = (valueField: 'email' | 'phone'): Shape => ({
  id: string,
  primary: boolean,
  verified: boolean,
  source: optional(nullable(string)),
  verification_source: optional(nullable(string)),
  [valueField]: string,
});

/** MonoCloudUser, field by field. */
const MONOCLOUD_USER: Shape = {
  user_id: string,
  disabled: boolean,
  connections: arrayOf({ idp: string, connection_id: string }),
  claims: object,
  public_data: object,
  private_data: object,
  emails: arrayOf(contactShape('email')),
  phone_numbers: arrayOf(contactShape('phone')),
  passkeys: arrayOf({
    name: optional(nullable(string)),
    passkey_id: string,
    public_key: string,
    aa_guid: string,
    backup_state: boolean,
    backup_eligibility: boolean,
    user_present: boolean,
    user_verified: boolean,
    user_agent: string,
  }),
  force_password_reset: boolean,
  external_providers: arrayOf({ authenticator: string, provider_user_id: string, claims: object }),
  creation_time: number,
  last_updated: number,
  username: optional(nullable((v) => conforms(v, { id: string, username: string, source: optional(nullable(string)) }).length === 0)),
  has_password: boolean,
  password_updated_at: optional(nullable(number)),
  block_until: optional(nullable(number)),
  failure_count: number,
  sign_in_attempts_count: number,
  last_sign_in_attempt: optional(nullable(number)),
  last_sign_in_attempt_ip: optional(nullable(string)),
  sign_in_success_count: number,
  last_sign_in_success: optional(nullable(number)),
  last_sign_in_success_ip: optional(nullable(string)),
  last_activity: optional(nullable(number)),
  last_known_city: optional(nullable(string)),
  last_known_country: optional(nullable(string)),
  last_known_region: optional(nullable(string)),
};

/** The user as the server sends it, checked field by field against MonoCloud's User. */
async function monoCloudUser(userId: string): Promise<MonoCloudUser> {
  const api = new UsersApi(new Configuration({ basePath: SERVER_URL, apiKey: KEYS.admin }));
  const response = await api.getUserRaw({ userId });
  const json: unknown = await response.raw.json();
  assert.deepEqual(conforms(json, MONOCLOUD_USER), [], 'fields that do not match MonoCloud\'s User');
  return json as MonoCloudUser;
}

describe("MonoCloud's current User", () => {
  it('is what a user stored in the seed\'s older shape is served as, with documented defaults', async () => {
    const user = await monoCloudUser('ts-client-blocked');
    assert.deepEqual(user.connections, []);
    assert.equal(user.force_password_reset, false);
    assert.equal(user.sign_in_attempts_count + 1, 1, 'a number a caller can add to');
    assert.equal(user.sign_in_success_count, 0);
    assert.equal(user.last_sign_in_attempt, null);
    assert.equal(user.last_known_country, null);
    // The seed's linked identities, under today's name too.
    assert.deepEqual(
      user.external_providers.map((p) => p.authenticator),
      ((user as unknown as { idps: { authenticator: string }[] }).idps).map((p) => p.authenticator),
    );
  });

  it("is what a user stored in today's shape is served as, every value kept", async () => {
    const user = await monoCloudUser('ts-client-current-shape');
    assert.deepEqual(user.connections, [{ idp: 'github', connection_id: '0b7e4f1c-3d2a-4e5f-8a9b-6c7d8e9f0a1b' }]);
    assert.deepEqual(user.external_providers.map((p) => p.provider_user_id), ['5830267']);
    assert.equal(user.force_password_reset, true);
    assert.equal(user.sign_in_attempts_count, 23);
    assert.equal(user.last_sign_in_attempt_ip, '2001:db8::17');
    assert.equal(user.sign_in_success_count, 19);
    assert.equal(user.last_sign_in_success_ip, '198.51.100.24');
    assert.equal(user.last_activity, 1699990000);
    assert.equal(user.last_known_region, 'Auvergne-Rhône-Alpes');
    assert.equal(user.emails[0]?.verification_source, 'email_link');
    assert.equal(user.username?.source, 'user');
  });

  it('is what an unblock answers, with the sign-in history left as it was', async () => {
    const api = new UsersApi(new Configuration({ basePath: SERVER_URL, apiKey: KEYS.admin }));
    const response = await api.unblockUserRaw({ userId: 'ts-client-current-shape' });
    const json: unknown = await response.raw.json();
    assert.deepEqual(conforms(json, MONOCLOUD_USER), []);
    const user = json as MonoCloudUser;
    assert.equal(user.block_until, null);
    assert.equal(user.failure_count, 0);
    assert.equal(user.sign_in_attempts_count, 23);
  });
});
