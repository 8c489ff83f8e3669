/** The me feature's endpoints: the signed-in person, their preferences, their data (export) and their account (erasure). */
import { z } from "zod";
import { eraseAccountSchema, guestGrantSchema, meSchema, updateMeSchema } from "../schemas/me.js";
import { endpoint } from "./endpoint.js";

const tags = ["me"];

export const meContract = {
  get: endpoint({
    method: "GET",
    path: "/api/v1/me",
    summary: "The signed-in person",
    tags,
    access: { signedIn: true },
    response: meSchema,
  }),
  update: endpoint({
    method: "PATCH",
    path: "/api/v1/me",
    summary: "Change my name or language",
    tags,
    access: { signedIn: true },
    body: updateMeSchema,
    response: meSchema,
  }),
  exportData: endpoint({
    method: "GET",
    path: "/api/v1/me/export",
    summary: "Export all my personal data (RGPD)",
    tags,
    access: { signedIn: true },
    response: { file: "application/json" },
  }),
  erase: endpoint({
    method: "DELETE",
    path: "/api/v1/me",
    summary: "Erase my account (RGPD)",
    tags,
    access: { signedIn: true },
    body: eraseAccountSchema,
    response: null,
  }),
  guestGrants: endpoint({
    method: "GET",
    path: "/api/v1/me/guest-grants",
    summary: "What I was invited for as an outside guest",
    tags,
    access: { signedIn: true },
    response: z.array(guestGrantSchema),
  }),
};
