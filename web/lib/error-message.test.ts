import i18n from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { ApiError } from "./api";
import en from "../locales/en.json";
import fr from "../locales/fr.json";
import { fieldErrorText, fieldErrorTexts } from "./error-message";

const problem = (errors: { path: string; message: string; code?: string; params?: Record<string, unknown> }[]) =>
  new ApiError({ type: "about:blank", title: "validation failed", status: 400, code: "validation_failed", errors } as never);

// What zod answers in English: the API keeps it for API users, a person never reads it (issue 12 item 8).
const zodTooBig = "Too big: expected string to have <=200 characters";
const validation = problem([
  { path: "body.title", message: zodTooBig, code: "too_big", params: { maximum: 200, origin: "string" } },
  { path: "body.name", message: "Invalid input: expected string, received undefined", code: "required" },
  { path: "body.kind", message: 'Invalid option: expected one of "university"|"school"', code: "invalid_value", params: { values: ["university", "school"] } },
  { path: "body.email", message: "Invalid email address", code: "invalid_format", params: { format: "email" } },
  { path: "body.description", message: "Too big: expected string to have <=5000 characters", code: "too_big", params: { maximum: 5000, origin: "string" } },
  { path: "body.whatever", message: "Some new zod message" },
]);

describe("the field errors of a validation problem, as people read them", () => {
  beforeAll(() => i18n.init({ lng: "fr", resources: { fr: { translation: fr }, en: { translation: en } }, interpolation: { escapeValue: false } }));

  it("says in French, per field, what to do — with the limit — never zod's English", async () => {
    await i18n.changeLanguage("fr");
    expect(fieldErrorTexts(i18n.t, validation)).toEqual([
      "Titre : 200 caractères au plus.",
      "Nom : à remplir.",
      "Type d'établissement : choisissez une des valeurs proposées.",
      "Adresse e-mail : saisissez une adresse e-mail valable (nom@exemple.fr).",
      "Description : 5\u202f000 caractères au plus.",
      "whatever : valeur non valable, corrigez-la puis réessayez.",
    ]);
  });

  it("says it in English too, and never repeats the server's message", async () => {
    await i18n.changeLanguage("en");
    const texts = fieldErrorTexts(i18n.t, validation);
    expect(texts.slice(0, 4)).toEqual([
      "Title: at most 200 characters.",
      "Name: please fill this in.",
      "Type of organisation: choose one of the values offered.",
      "Email address: enter a valid e-mail address (name@example.com).",
    ]);
    expect(texts[4]).toBe("Description: at most 5,000 characters.");
    for (const text of texts) expect(text).not.toMatch(/Too big|Invalid|received undefined|zod/);
  });

  it("falls back to a generic sentence for a code it does not know, and to 'this field' for the whole body", async () => {
    await i18n.changeLanguage("fr");
    expect(fieldErrorText(i18n.t, { path: "body", message: "Unrecognized key", code: "unrecognized_keys", params: { keys: ["x"] } })).toBe(
      "La demande contient des champs inattendus ; rechargez la page puis réessayez.",
    );
    expect(fieldErrorText(i18n.t, { path: "body.title", message: "Expected number", code: "too_big" })).toBe(
      "Titre : valeur non valable, corrigez-la puis réessayez.",
    );
  });
});
