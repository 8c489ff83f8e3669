/** Live journey changes over Server-Sent Events, through a real HTTP connection. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { organisationWithRoles } from "../factories.js";
import { createTestApp, type TestApp } from "../test-app.js";

let t: TestApp;
let baseUrl: string;
beforeAll(async () => {
  t = await createTestApp();
  baseUrl = await t.app.listen({ port: 0, host: "127.0.0.1" });
});
afterAll(() => t.destroy());

/** Reads SSE events from a streaming response until `predicate` matches one (bounded by a timeout). */
async function nextEvent(response: Response, predicate: (event: { event: string; data: unknown }) => boolean, timeoutMs = 5000) {
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  const deadline = Date.now() + timeoutMs;
  try {
    while (Date.now() < deadline) {
      const chunk = await Promise.race([
        reader.read(),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error("no event in time")), deadline - Date.now())),
      ]);
      if (chunk.done) break;
      buffer += decoder.decode(chunk.value, { stream: true });
      let end = buffer.indexOf("\n\n");
      while (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = /^event: (.+)$/m.exec(block)?.[1];
        const data = /^data: (.+)$/m.exec(block)?.[1];
        if (event && data) {
          const parsed = { event, data: JSON.parse(data) as unknown };
          if (predicate(parsed)) return parsed;
        }
        end = buffer.indexOf("\n\n");
      }
    }
  } finally {
    reader.releaseLock();
  }
  throw new Error("no matching event");
}

describe("live journey changes", () => {
  it("tells everyone viewing a journey who changed it, and only its organisation's members may listen", async () => {
    const { orgId, people } = await organisationWithRoles(t);
    const created = (await people.manager.post(`/api/v1/organisations/${orgId}/journeys`, { title: "Parcours live" })).json();
    const path = `/api/v1/organisations/${orgId}/journeys/${created.journey.id}`;
    const cookie = [...people.viewer.cookies].map(([k, v]) => `${k}=${v}`).join("; ");

    const controller = new AbortController();
    const stream = await fetch(`${baseUrl}${path}/events`, { headers: { cookie }, signal: controller.signal });
    expect(stream.headers.get("content-type")).toContain("text/event-stream");
    const ready = await nextEvent(stream, (e) => e.event === "ready");
    expect(ready.data).toMatchObject({ revision: created.journey.revision });

    expect((await people.manager.post(`${path}/stages`, { title: "Admission" })).statusCode).toBe(200);
    const change = await nextEvent(stream, (e) => e.event === "change");
    expect(change.data).toMatchObject({ kind: "stage.added", actorName: "Person manager", revision: created.journey.revision + 1 });
    controller.abort();

    const outsider = await organisationWithRoles(t);
    const foreignCookie = [...outsider.owner.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    const refused = await fetch(`${baseUrl}/api/v1/organisations/${outsider.orgId}/journeys/${created.journey.id}/events`, {
      headers: { cookie: foreignCookie },
    });
    expect(refused.status).toBe(404);
    const guestCookie = [...people.guest.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    expect((await fetch(`${baseUrl}${path}/events`, { headers: { cookie: guestCookie } })).status).toBe(403);
  });
});
