/** Where the API lives; everything else on the server is the web app, docs and health checks. */
export const API_BASE = '/api/v1';

/** Per-request values every middleware and route may read. */
export type AppEnv = { Variables: { requestId: string } };
