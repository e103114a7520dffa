import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { isApiError } from '../../api/api-error';
import { api, dataOf, endSession } from '../../api/client';
import type { Me } from '../../api/types';
import { ME_KEY } from '../account/hooks/useMe';
import { invalidate, STALE_ON_CHANGE } from './stale-reads';

/** At most one refetch a second per kind: a burst of changes (a bulk edit) is one refetch. */
const THROTTLE_MS = 1_000;
const RETRY_MS = [1_000, 2_000, 5_000, 15_000, 30_000];

/**
 * Keeps the screens of a signed-in user current: the server's events socket (GET /api/v1/events,
 * authenticated by the session cookie) says which kinds of record changed in the workspace, and the
 * matching reads are refetched. The socket is opened again after a drop, and everything it covers
 * is refetched then, since changes may have been missed meanwhile.
 */
export function useLiveChanges(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    let socket: WebSocket | undefined;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let attempts = 0;
    let stopped = false;
    const last = new Map<string, number>();
    const trailing = new Map<string, ReturnType<typeof setTimeout>>();
    // Per kind, what changed since its last refetch (ids add up while a refetch waits its turn).
    const waiting = new Map<string, Set<string> | null>();

    const changed = (objectType: string, ids?: readonly string[]) => {
      if (!(objectType in STALE_ON_CHANGE)) return;
      const named = waiting.has(objectType) ? waiting.get(objectType) : new Set<string>();
      if (named && ids) for (const id of ids) named.add(id);
      waiting.set(objectType, named && ids ? named : null);
      if (trailing.has(objectType)) return;
      const wait = (last.get(objectType) ?? 0) + THROTTLE_MS - Date.now();
      const run = () => {
        trailing.delete(objectType);
        last.set(objectType, Date.now());
        const what = waiting.get(objectType) ?? null;
        waiting.delete(objectType);
        invalidate(queryClient, objectType, what);
      };
      if (wait <= 0) run();
      else trailing.set(objectType, setTimeout(run, wait));
    };

    const connect = () => {
      const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
      let ready = false;
      socket = new WebSocket(`${scheme}://${window.location.host}/api/v1/events`);
      socket.onmessage = (event) => {
        const message = parseMessage(event.data);
        if (message?.type === 'ready') {
          ready = true;
          // Access may have changed while no socket was open to say so (4401 reaches open sockets only).
          const me = queryClient.getQueryData<Me | null>(ME_KEY);
          if (me && (me.workspace.id !== message.workspaceId || me.role !== message.role))
            void followAccess(queryClient);
          if (attempts > 0) for (const objectType of Object.keys(STALE_ON_CHANGE)) changed(objectType);
          attempts = 0;
        } else if (message?.type === 'changed' && message.objectType)
          changed(message.objectType, message.ids);
      };
      socket.onclose = (event) => {
        if (stopped) return;
        // The server ends the sockets of an ended session or a changed membership (4401); a browser
        // cannot tell a refused upgrade from a dropped connection, so a socket that never opened asks too.
        if (event.code === ACCESS_CHANGED || !ready) void followAccess(queryClient);
        const delay = RETRY_MS[Math.min(attempts, RETRY_MS.length - 1)];
        attempts++;
        retry = setTimeout(connect, delay);
      };
    };
    connect();
    return () => {
      stopped = true;
      clearTimeout(retry);
      for (const timer of trailing.values()) clearTimeout(timer);
      socket?.close();
    };
  }, [queryClient]);
}

const ACCESS_CHANGED = 4401;

/**
 * Asks the server who is signed in now. Nobody: sign out (the sign-in page shows). Someone: show their
 * current role, and when they were moved to another workspace (deactivated in this one), reload
 * everything for it as a switch would. An unreachable server changes nothing.
 */
async function followAccess(queryClient: QueryClient): Promise<void> {
  let me: Me;
  try {
    me = dataOf(await api.GET('/me'));
  } catch (error) {
    if (isApiError(error) && error.status === 401) endSession();
    return;
  }
  const before = queryClient.getQueryData<Me | null>(ME_KEY);
  queryClient.setQueryData(ME_KEY, me);
  if (before && before.workspace.id !== me.workspace.id) {
    await queryClient.resetQueries({
      predicate: (query) => query.queryKey[0] !== 'me' && query.queryKey[0] !== 'setup',
    });
  }
}

interface EventMessage {
  type?: string;
  objectType?: string;
  ids?: string[];
  workspaceId?: string;
  role?: string;
}

function parseMessage(data: unknown): EventMessage | undefined {
  if (typeof data !== 'string') return undefined;
  try {
    const value = JSON.parse(data) as unknown;
    return typeof value === 'object' && value !== null ? (value as EventMessage) : undefined;
  } catch {
    return undefined;
  }
}
