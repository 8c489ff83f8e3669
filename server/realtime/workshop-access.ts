/**
 * Live sockets outlive the request that authorised them, so their authorisation is kept up to
 * date (issue 10, finding 7):
 * - every write that can take access away (membership removed or role changed, sign-out, session
 *   revoked, participant removed or role changed, account deleted, workshop archived) NOTIFYs
 *   `tutti_access` from a trigger (migration 0012) — whoever makes it, better-auth included — and
 *   every node re-checks the sockets it names (`AccessWatch`);
 * - each socket keeps its last decision (`SocketAccess`): commands use it while it is fresh (no
 *   database query per command) and wait for a new check once it is older than `accessTtlMs`;
 * - a socket is re-checked when its session expires, and all of them when LISTEN was lost.
 * A refused re-check closes the socket at once; a changed role closes it so that it reconnects
 * and is authorised again as what it now is.
 */

/** The NOTIFY channel of the triggers: payload `u:<user id>` or `w:<workshop id>`. */
export const accessChannel = "tutti_access";
/** How long a socket's decision is used for its commands before it is checked again. */
export const accessTtlMs = 30_000;

/** What a check decides: allowed (with what was allowed, to notice a change), or a close code. */
export type AccessVerdict = { ok: true; fingerprint: string; expiresAt: Date | null } | { ok: false; code: number; reason: string };

/** One socket as the watch knows it. */
export type AccessGuard = { userId: string; workshopId: string; recheck: () => void };

/** The sockets of this node, by user and by workshop, re-checked when a notification names them. */
export class AccessWatch {
  private readonly byUser = new Map<string, Set<AccessGuard>>();
  private readonly byWorkshop = new Map<string, Set<AccessGuard>>();

  add(guard: AccessGuard): void {
    addTo(this.byUser, guard.userId, guard);
    addTo(this.byWorkshop, guard.workshopId, guard);
  }

  remove(guard: AccessGuard): void {
    removeFrom(this.byUser, guard.userId, guard);
    removeFrom(this.byWorkshop, guard.workshopId, guard);
  }

  /** A `tutti_access` payload: re-check the sockets it names. */
  onNotification(payload: string): void {
    const id = payload.slice(2);
    const guards = payload.startsWith("u:") ? this.byUser.get(id) : payload.startsWith("w:") ? this.byWorkshop.get(id) : undefined;
    for (const guard of [...(guards ?? [])]) guard.recheck();
  }

  /** After a lost LISTEN connection, notifications may have been missed: re-check every socket. */
  recheckAll(): void {
    for (const guards of this.byUser.values()) for (const guard of [...guards]) guard.recheck();
  }
}

function addTo(map: Map<string, Set<AccessGuard>>, key: string, guard: AccessGuard): void {
  const set = map.get(key) ?? new Set<AccessGuard>();
  set.add(guard);
  map.set(key, set);
}

function removeFrom(map: Map<string, Set<AccessGuard>>, key: string, guard: AccessGuard): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(guard);
  if (set.size === 0) map.delete(key);
}

/**
 * One socket's authorisation: the decision taken at open, re-taken by `recheck()` (a
 * notification, the session's expiry, a stale cache), and `onRefused` called once when it no
 * longer holds.
 */
export class SocketAccess {
  private checkedAt = Date.now();
  private isRefused = false;
  private running: Promise<boolean> | null = null;
  private again = false;
  private expiryTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly check: () => Promise<AccessVerdict>,
    private readonly fingerprint: string,
    private readonly onRefused: (code: number, reason: string) => void,
    expiresAt: Date | null,
    private readonly ttlMs = accessTtlMs,
  ) {
    this.scheduleExpiry(expiresAt);
  }

  /** True while the last decision may be used without asking the database (the hot path). */
  isFresh(now = Date.now()): boolean {
    return !this.isRefused && now - this.checkedAt < this.ttlMs;
  }

  get refused(): boolean {
    return this.isRefused;
  }

  /** Checks again (coalesced: a check asked for while one runs is run once more after it). */
  recheck(): Promise<boolean> {
    if (this.isRefused) return Promise.resolve(false);
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      let isAllowed = true;
      do {
        this.again = false;
        const verdict = await this.check().catch((): AccessVerdict => ({ ok: false, code: 1011, reason: "try again" }));
        isAllowed = this.apply(verdict);
      } while (isAllowed && this.again);
      this.running = null;
      return isAllowed;
    })();
    return this.running;
  }

  /** Stops the timers (the socket closed). */
  stop(): void {
    if (this.expiryTimer) clearTimeout(this.expiryTimer);
    this.expiryTimer = null;
  }

  private apply(verdict: AccessVerdict): boolean {
    if (this.isRefused) return false;
    if (verdict.ok && verdict.fingerprint === this.fingerprint) {
      this.checkedAt = Date.now();
      this.scheduleExpiry(verdict.expiresAt);
      return true;
    }
    this.isRefused = true;
    this.stop();
    // Allowed, but as something else (closeCodes.accessChanged): the browser reconnects.
    if (verdict.ok) this.onRefused(4409, "access changed");
    else this.onRefused(verdict.code, verdict.reason);
    return false;
  }

  private scheduleExpiry(expiresAt: Date | null): void {
    if (this.expiryTimer) clearTimeout(this.expiryTimer);
    this.expiryTimer = null;
    if (!expiresAt) return;
    // setTimeout holds at most ~24.8 days; a longer session is re-checked then, and again.
    const delay = Math.min(Math.max(expiresAt.getTime() - Date.now() + 250, 0), 2_000_000_000);
    this.expiryTimer = setTimeout(() => void this.recheck(), delay);
    this.expiryTimer.unref();
  }
}
