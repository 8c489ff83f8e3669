/** A socket's cached authorisation: fresh for its TTL, re-checked on demand, refused once. */
import { describe, expect, it } from "vitest";
import { type AccessVerdict, AccessWatch, SocketAccess } from "./workshop-access.js";

const allowed = (fingerprint = "staff|participant"): AccessVerdict => ({ ok: true, fingerprint, expiresAt: null });

describe("SocketAccess", () => {
  it("uses its decision for the TTL without checking, then checks again", async () => {
    let checks = 0;
    const access = new SocketAccess(
      async () => {
        checks++;
        return allowed();
      },
      "staff|participant",
      () => undefined,
      null,
      50,
    );
    expect(access.isFresh()).toBe(true);
    expect(checks).toBe(0);
    expect(access.isFresh(Date.now() + 60)).toBe(false);
    expect(await access.recheck()).toBe(true);
    expect(checks).toBe(1);
  });

  it("coalesces checks asked for while one runs, and runs one more after it", async () => {
    let checks = 0;
    let release: () => void = () => undefined;
    const access = new SocketAccess(
      () => {
        checks++;
        return new Promise<AccessVerdict>((resolve) => {
          release = () => resolve(allowed());
        });
      },
      "staff|participant",
      () => undefined,
      null,
    );
    const first = access.recheck();
    const second = access.recheck();
    const third = access.recheck();
    release();
    await new Promise((resolve) => setTimeout(resolve, 0));
    release();
    expect(await Promise.all([first, second, third])).toEqual([true, true, true]);
    expect(checks).toBe(2);
  });

  it("refuses once: a lost access closes with its code, a changed one with 4409", async () => {
    const closed: [number, string][] = [];
    const lost = new SocketAccess(async () => ({ ok: false, code: 4404, reason: "not found" }), "x", (code, reason) => closed.push([code, reason]), null);
    expect(await lost.recheck()).toBe(false);
    expect(await lost.recheck()).toBe(false);
    expect(lost.isFresh()).toBe(false);
    const changed = new SocketAccess(async () => allowed("viewer|participant"), "staff|participant", (code, reason) => closed.push([code, reason]), null);
    expect(await changed.recheck()).toBe(false);
    expect(closed).toEqual([
      [4404, "not found"],
      [4409, "access changed"],
    ]);
  });

  it("checks again when the session expires", async () => {
    let checks = 0;
    const access = new SocketAccess(
      async () => {
        checks++;
        return { ok: false, code: 4401, reason: "sign in" };
      },
      "x",
      () => undefined,
      new Date(Date.now() + 20),
    );
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(checks).toBe(1);
    expect(access.refused).toBe(true);
  });
});

describe("AccessWatch", () => {
  it("re-checks the sockets a notification names, by user or by workshop", () => {
    const watch = new AccessWatch();
    const calls: string[] = [];
    const guard = (name: string, userId: string, workshopId: string) => ({ userId, workshopId, recheck: () => calls.push(name) });
    const a = guard("a", "u1", "w1");
    watch.add(a);
    watch.add(guard("b", "u2", "w1"));
    watch.add(guard("c", "u2", "w2"));
    watch.onNotification("u:u2");
    watch.onNotification("w:w1");
    watch.remove(a);
    watch.onNotification("u:u1");
    watch.onNotification("nonsense");
    expect(calls.sort()).toEqual(["a", "b", "b", "c"]);
  });
});
