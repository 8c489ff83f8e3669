import { describe, expect, it } from "vitest";
import { abilities, can, roleAbilities, roles } from "./roles.js";

describe("role abilities", () => {
  it("gives owners and admins the administration, and nobody else", () => {
    for (const role of roles) {
      expect(can(role, "audit.read"), role).toBe(role === "owner" || role === "admin");
      expect(can(role, "member.changeRole"), role).toBe(role === "owner" || role === "admin");
    }
  });

  it("lets programme managers edit journeys and invite guests, but not members", () => {
    expect(can("manager", "journey.edit")).toBe(true);
    expect(can("manager", "guest.invite")).toBe(true);
    expect(can("manager", "member.invite")).toBe(false);
  });

  it("keeps outside guests and viewers read-only", () => {
    expect(roleAbilities.guest).toEqual(["organisation.read"]);
    expect(can("viewer", "journey.edit")).toBe(false);
    expect(can(null, "organisation.read")).toBe(false);
  });

  it("only names known abilities, each role a subset of the owner's", () => {
    for (const role of roles) {
      for (const ability of roleAbilities[role]) {
        expect(abilities).toContain(ability);
        expect(roleAbilities.owner).toContain(ability);
      }
    }
  });
});
