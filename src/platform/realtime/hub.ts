import type { Db } from '../db/connect.ts';
import type { Logger } from '../log/logger.ts';

export interface ChangeEvent {
  type: 'changed';
  objectType: string;
  /**
   * The ids the changed rows carry (their own and those they point at); absent when the statement
   * changed too many to name, which means any record of the kind.
   */
  ids?: string[];
}

/** What the audit trigger says of a statement's changes in one workspace (migration 0023). */
export interface WorkspaceChange {
  workspaceId: string;
  objectType: string;
  ids?: string[];
}

export interface Subscriber {
  workspaceId: string;
  /** The session or API token it connected with: `end` is called when that is signed out or revoked. */
  credentialId: string;
  send(event: ChangeEvent): void;
  end(): void;
}

/**
 * Fans record-change notifications (NOTIFY rapport_changes, sent by the audit triggers at commit) out
 * to the sockets of the same workspace, and ends the sockets of a credential that ended (NOTIFY
 * rapport_credentials_ended). Each process listens once; any number of processes share the database,
 * so a change made through one reaches browsers connected to another.
 */
export class ChangeHub {
  private readonly subscribers = new Map<string, Set<Subscriber>>();
  private readonly observers = new Set<(event: WorkspaceChange) => void>();
  private readonly stopListening: (() => Promise<void>)[] = [];
  private readonly db: Db;
  private readonly logger: Logger;

  constructor(db: Db, logger: Logger) {
    this.db = db;
    this.logger = logger;
  }

  async start(): Promise<void> {
    this.stopListening.push(
      await this.db.listen('rapport_changes', (payload) => this.dispatch(payload)),
      await this.db.listen('rapport_credentials_ended', (credentialId) => this.endCredential(credentialId)),
    );
  }

  async stop(): Promise<void> {
    for (const stop of this.stopListening.splice(0)) await stop();
    this.subscribers.clear();
  }

  subscribe(subscriber: Subscriber): () => void {
    let set = this.subscribers.get(subscriber.workspaceId);
    if (!set) {
      set = new Set();
      this.subscribers.set(subscriber.workspaceId, set);
    }
    set.add(subscriber);
    return () => {
      set.delete(subscriber);
      if (set.size === 0) this.subscribers.delete(subscriber.workspaceId);
    };
  }

  /** In-process reactions to changes (waking consumers of the change stream), in every workspace. */
  observe(observer: (event: WorkspaceChange) => void): void {
    this.observers.add(observer);
  }

  get size(): number {
    let n = 0;
    for (const set of this.subscribers.values()) n += set.size;
    return n;
  }

  private endCredential(credentialId: string): void {
    for (const set of this.subscribers.values())
      for (const subscriber of set) if (subscriber.credentialId === credentialId) subscriber.end();
  }

  private dispatch(payload: string): void {
    const change = parseChange(payload);
    if (!change) {
      this.logger.warn({ payload }, 'unreadable change notification');
      return;
    }
    for (const observer of this.observers) observer(change);
    const camel = change.objectType.replace(/_([a-z])/g, (_, ch: string) => ch.toUpperCase());
    for (const subscriber of this.subscribers.get(change.workspaceId) ?? []) {
      subscriber.send({ type: 'changed', objectType: camel, ...(change.ids && { ids: change.ids }) });
    }
  }
}

function parseChange(payload: string): WorkspaceChange | undefined {
  let parsed: { workspaceId?: unknown; objectType?: unknown; ids?: unknown };
  try {
    parsed = JSON.parse(payload);
  } catch {
    return undefined;
  }
  const { workspaceId, objectType, ids } = parsed;
  if (typeof workspaceId !== 'string' || typeof objectType !== 'string') return undefined;
  const named =
    Array.isArray(ids) && ids.every((id) => typeof id === 'string') ? (ids as string[]) : undefined;
  return { workspaceId, objectType, ...(named && { ids: named }) };
}
