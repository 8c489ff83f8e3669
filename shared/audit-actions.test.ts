import { describe, expect, it } from "vitest";
import { auditActionLabel, auditActions, auditActionTexts, auditSentence, auditTargetTypeLabel, auditTargetTypes } from "./audit-actions.js";

describe("audit actions", () => {
  it("gives every action a distinct label and a sentence naming the author, in French and English", () => {
    expect(auditActions).toContain("survey.opened");
    for (const language of ["fr", "en"] as const) {
      const labels = auditActions.map((action) => auditActionTexts[language][action].label);
      expect(new Set(labels).size, language).toBe(auditActions.length);
      for (const action of auditActions) {
        expect(auditActionTexts[language][action].sentence, `${language} ${action}`).toMatch(/^\{actor\} .+\{target\}$/);
      }
      for (const type of auditTargetTypes) expect(auditTargetTypeLabel(language, type), type).not.toBe("");
    }
  });

  it("reads a row as a sentence, the names exactly as typed", () => {
    expect(auditSentence("fr", { action: "survey.opened", actorName: "Marie Dupont", targetLabel: "Satisfaction 2026" })).toBe(
      "Marie Dupont a ouvert l'enquête « Satisfaction 2026 »",
    );
    expect(auditSentence("en-GB", { action: "sso.removed", actorName: "$& {target}", targetLabel: null })).toBe("$& {target} turned off single sign-on");
    expect(auditActionLabel("fr", "member.joined")).toBe("Autre action");
    expect(auditTargetTypeLabel("fr", "webhook_endpoint")).toBe("Webhook");
  });
});
