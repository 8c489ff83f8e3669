/** The me feature's endpoints: the signed-in person, their preferences, their data (export) and their account (erasure). */
import { z } from "zod";
import { eraseAccountSchema, guestGrantSchema, meSchema, updateMeSchema } from "../schemas/me.js";
import { contractsFor } from "./endpoint.js";

const api = contractsFor({ tag: "me", base: "/api/v1/me" });

export const meContract = {
  get: api.get("", "The signed-in person", { signedIn: true }, { response: meSchema }),
  update: api.patch("", "Change my name or language", { signedIn: true }, { body: updateMeSchema, response: meSchema }),
  exportData: api.get("/export", "Export all my personal data (RGPD)", { signedIn: true }, { response: { file: "application/json" } }),
  erase: api.delete("", "Erase my account (RGPD)", { signedIn: true }, { body: eraseAccountSchema, response: null }),
  guestGrants: api.get("/guest-grants", "What I was invited for as an outside guest", { signedIn: true }, { response: z.array(guestGrantSchema) }),
};
