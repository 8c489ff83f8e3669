/**
 * Domain events: "this happened", emitted by the feature that owns the fact, inside the
 * transaction that made it happen; other features subscribe and act in that same transaction
 * (a webhook delivery, a follow-up task, an e-mail), so the fact and what it sets off commit
 * together or not at all. The emitter never knows its subscribers: a feature adds one in its own
 * `index.ts` (`subscriptions`), and nothing else changes.
 *
 * A subscriber may say cheaply, before any write, that it will do nothing for a payload (`mayAct`):
 * a caller on a hot path (the group commit of survey answers) asks `mayAct` and skips the
 * transaction work when no subscriber would act.
 */
import type { AppContext } from "../context.js";
import type { Tx } from "./database.js";

/** `Preview` is what is known before the fact is written (e.g. an answer without its id). */
export type DomainEvent<P, Preview = P> = { readonly name: string; readonly _types?: (payload: P, preview: Preview) => void };

export function defineEvent<P, Preview = P>(name: string): DomainEvent<P, Preview> {
  return { name };
}

export type Subscription<P = unknown, Preview = P> = {
  readonly event: DomainEvent<P, Preview>;
  /** For logs and errors: "<feature>: <what it does>". */
  readonly name: string;
  /** False when this subscriber certainly does nothing for this payload; absent means it may act. */
  readonly mayAct?: (preview: Preview) => boolean;
  readonly handle: (ctx: AppContext, tx: Tx, payload: P) => Promise<void>;
};

export function subscribe<P, Preview>(subscription: Subscription<P, Preview>): Subscription<P, Preview> {
  return subscription;
}

export class EventBus {
  private readonly byEvent = new Map<string, Subscription<never, never>[]>();

  constructor(
    private readonly ctx: () => AppContext,
    subscriptions: readonly Subscription<never, never>[],
  ) {
    for (const subscription of subscriptions) {
      const list = this.byEvent.get(subscription.event.name) ?? [];
      list.push(subscription);
      this.byEvent.set(subscription.event.name, list);
    }
  }

  private subscribers<P, Preview>(event: DomainEvent<P, Preview>): Subscription<P, Preview>[] {
    return (this.byEvent.get(event.name) ?? []) as unknown as Subscription<P, Preview>[];
  }

  /** Whether any subscriber may act on this event (false: emitting it would write nothing). */
  mayAct<P, Preview>(event: DomainEvent<P, Preview>, preview: Preview): boolean {
    return this.subscribers(event).some((subscription) => subscription.mayAct?.(preview) ?? true);
  }

  /** Runs every subscriber in the emitter's transaction, in registration order; a failure rolls the whole back. */
  async emit<P, Preview>(tx: Tx, event: DomainEvent<P, Preview>, payload: P): Promise<void> {
    for (const subscription of this.subscribers(event)) await subscription.handle(this.ctx(), tx, payload);
  }
}
