import { describe, expect, it } from "vitest";
import { redactUrl } from "./log-redaction.js";

describe("redactUrl", () => {
  it("drops the query string and the fragment", () => {
    expect(redactUrl("/api/auth/magic-link/verify?token=abc&callbackURL=%2F")).toBe("/api/auth/magic-link/verify");
    expect(redactUrl("/reset-password?token=abc#x")).toBe("/reset-password");
  });

  it("replaces survey tokens, resume keys, invitation ids and reset tokens in the path", () => {
    expect(redactUrl("/s/tok123")).toBe("/s/:token");
    expect(redactUrl("/s/tok123/r/key456?lang=en")).toBe("/s/:token/r/:key");
    expect(redactUrl("/s/tok123/merci")).toBe("/s/:token/merci");
    expect(redactUrl("/api/v1/public/surveys/tok123/responses")).toBe("/api/v1/public/surveys/:token/responses");
    expect(redactUrl("/invitations/inv1")).toBe("/invitations/:id");
    expect(redactUrl("/api/v1/invitations/inv1/accept")).toBe("/api/v1/invitations/:id/accept");
    expect(redactUrl("/api/v1/organisations/o1/guest-invitations/inv1")).toBe("/api/v1/organisations/o1/guest-invitations/:id");
    expect(redactUrl("/api/auth/reset-password/tok")).toBe("/api/auth/reset-password/:token");
  });

  it("is not fooled by doubled slashes, case, encoding or dot segments", () => {
    expect(redactUrl("//s/tok123")).toBe("//s/:token");
    expect(redactUrl("/S/tok123")).toBe("/S/:token");
    expect(redactUrl("/x/../%69nvitations/inv1")).toBe("/x/../%69nvitations/:id");
    expect(redactUrl("/invitations/a%2Fb%ZZ")).toBe("/invitations/:id");
  });

  it("leaves other paths alone", () => {
    expect(redactUrl("/api/v1/organisations/o1/journeys/j1")).toBe("/api/v1/organisations/o1/journeys/j1");
    expect(redactUrl("/api/v1/organisations/o1/invitations")).toBe("/api/v1/organisations/o1/invitations");
  });
});
