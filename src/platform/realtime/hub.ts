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
  /** The member it speaks for: told of their own notifications, and no one else's. */
  userId: string;
  /** The session or API token it connected with: `end` is called when that is signed out or revoked. */
  credentialId: string;
  send(event: ChangeEvent): void;
  end(): void;
}

/**
 * Fans record-change notifications (NOTIFY rapport_changes, sent by the audit triggers at commit) out
 * to the sockets of the same workspace, a member's own notifications changing (NOTIFY
 * rapport_member_notifications, migration 0057) to that member's sockets alone, and ends the sockets
 * of a credential that ended (NOTIFY rapport_credentials_ended). Each process listens once; any
 * number of processes share the database, so a change made through one reaches browsers connected
 * to another.
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
      await this.db.listen('rapport_member_notifications', (payload) => this.notifyMember(payload)),
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

  private notifyMember(payload: string): void {
    const member = parseMember(payload);
    if (!member) {
      this.logger.warn({ payload }, 'unreadable member notification');
      return;
    }
    for (const subscriber of this.subscribers.get(member.workspaceId) ?? [])
      if (subscriber.userId === member.userId)
        subscriber.send({ type: 'changed', objectType: 'notification' });
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

function parseJson(payload: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(payload);
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function parseMember(payload: string): { workspaceId: string; userId: string } | undefined {
  const { workspaceId, userId } = parseJson(payload) ?? {};
  return typeof workspaceId === 'string' && typeof userId === 'string' ? { workspaceId, userId } : undefined;
}

function parseChange(payload: string): WorkspaceChange | undefined {
  const parsed = parseJson(payload);
  if (!parsed) return undefined;
  const { workspaceId, objectType, ids } = parsed;
  if (typeof workspaceId !== 'string' || typeof objectType !== 'string') return undefined;
  const named =
    Array.isArray(ids) && ids.every((id) => typeof id === 'string') ? (ids as string[]) : undefined;
  return { workspaceId, objectType, ...(named && { ids: named }) };
}
