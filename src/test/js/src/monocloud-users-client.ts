import { MonoCloudClientBase, MonoCloudConfig, MonoCloudResponse } from '@monocloud/sdk-js-core';

/** The User fields the tests read, as the server sends them (snake_case, like the provider's SDK models). */
export interface MonoCloudUser {
  user_id: string;
  disabled: boolean;
  block_until: number | null;
  failure_count: number;
  last_updated: number;
  [field: string]: unknown;
}

/**
 * MonoCloud's published client base (@monocloud/sdk-js-core 0.2.2) plus the one operation it lacks.
 * Requests go through the base's own processRequest, so its axios instance (X-API-KEY header,
 * timeout) and its problem-details -> exception mapping (HandleErrorResponse) are exercised as is.
 */
export class MonoCloudUsersClient extends MonoCloudClientBase {
  /**
   * @param origin optional plain-http origin such as http://127.0.0.1:8080. The base always
   *   prefixes config.domain with https:// (sanitizeUrl), so a local server is reached by
   *   repointing the base's own axios instance.
   */
  constructor(config: MonoCloudConfig, origin?: string) {
    super(config);
    if (origin) this.instance.defaults.baseURL = `${origin.replace(/\/$/, '')}/api`;
  }

  /** POST /api/users/{user_id}/unblock */
  unblockUser(userId: string): Promise<MonoCloudResponse<MonoCloudUser>> {
    return this.processRequest<MonoCloudUser>({ method: 'POST', url: `/users/${encodeURIComponent(userId)}/unblock` });
  }
}
