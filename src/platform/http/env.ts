/** Where the API lives; everything else on the server is the web app, docs and health checks. */
export const API_BASE = '/api/v1';

import type { Credentials } from '../auth/authenticate.ts';
import type { Principal } from '../auth/principal.ts';

/** Per-request values every middleware and route may read. */
export type AppEnv = {
  Variables: {
    requestId: string;
    /** Set by the events socket's authentication, read when it upgrades. */
    socketAuth?: { principal: Principal; credentials: Credentials };
  };
};
