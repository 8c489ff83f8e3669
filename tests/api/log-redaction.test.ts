/**
 * Links carry secrets (sign-in, reset and confirmation tokens, survey tokens and resume keys,
 * invitation ids): at LOG_LEVEL=debug, where Fastify writes a line for every request, none of
 * them may reach the log (issue 10, finding 13: "every link written to the console log").
 */
import { randomBytes } from "node:crypto";
import type { InjectOptions } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../server/app.js";
import { createTestApp, type TestApp, testOrigin } from "../test-app.js";

let t: TestApp;
let debugApp: Awaited<ReturnType<typeof buildApp>>;
const lines: string[] = [];

beforeAll(async () => {
  t = await createTestApp();
  // The same Tutti, served by an app that logs at debug into `lines` (a pino destination).
  debugApp = await buildApp({ ...t.ctx, env: { ...t.ctx.env, LOG_LEVEL: "debug" } }, { logStream: { write: (line: string) => void lines.push(line) } });
});
afterAll(async () => {
  await debugApp?.close();
  await t.destroy();
});

const secret = () => `SECRET${randomBytes(12).toString("hex")}`;

describe("no link in the log, even at LOG_LEVEL=debug", () => {
  it("writes request lines without query strings or token-bearing path segments", async () => {
    const secrets = Array.from({ length: 14 }, secret);
    const [
      reset,
      invitationPage,
      invitationApi,
      accept,
      magic,
      resetApi,
      survey,
      personal,
      resumeKey,
      answerToken,
      adminInvitation,
      guestInvitation,
      notFound,
      confirm,
    ] = secrets;
    const json = { origin: testOrigin, "content-type": "application/json" };
    const requests: InjectOptions[] = [
      { method: "GET", url: `/reset-password?token=${reset}` },
      { method: "GET", url: `/invitations/${invitationPage}` },
      { method: "GET", url: `/api/v1/invitations/${invitationApi}` },
      { method: "POST", url: `/api/v1/invitations/${accept}/accept`, headers: json, payload: "{}" },
      { method: "GET", url: `/api/auth/magic-link/verify?token=${magic}&callbackURL=%2F` },
      { method: "GET", url: `/api/auth/verify-email?token=${confirm}` },
      { method: "GET", url: `/api/auth/reset-password/${resetApi}?callbackURL=%2Freset-password` },
      { method: "GET", url: `/s/${survey}?i=${personal}&lang=fr` },
      { method: "GET", url: `//s/${survey}/r/${resumeKey}` },
      { method: "POST", url: `/api/v1/public/surveys/${answerToken}/responses`, headers: json, payload: "{}" },
      { method: "DELETE", url: `/api/v1/organisations/org/invitations/${adminInvitation}`, headers: { origin: testOrigin } },
      { method: "DELETE", url: `/api/v1/organisations/org/guest-invitations/${guestInvitation}`, headers: { origin: testOrigin } },
      { method: "GET", url: `/nowhere/invitations/${notFound}` },
    ];
    for (const request of requests) await debugApp.inject(request);

    const log = lines.join("");
    for (const value of secrets) expect(log).not.toContain(value);
    expect(log).not.toContain("SECRET");
    // The lines are there, with a placeholder instead of the secret.
    expect(log).toContain('"url":"/invitations/:id"');
    expect(log).toContain('"url":"/api/v1/invitations/:id/accept"');
    expect(log).toContain('"url":"/reset-password"');
    expect(log).toContain('"url":"/api/v1/organisations/org/guest-invitations/:id"');
  });
});
