/** Organisations (établissements) and their settings. */
import { z } from "zod";
import { roleSchema } from "../roles.js";
import { localeSchema } from "./common.js";

export const organisationKinds = ["university", "grande_ecole", "cfa", "training_provider", "corporate"] as const;
export const organisationKindSchema = z.enum(organisationKinds);
export type OrganisationKind = z.infer<typeof organisationKindSchema>;

export const slugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(2)
  .max(60)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lowercase letters, digits and dashes");

export const createOrganisationSchema = z.object({
  name: z.string().trim().min(2).max(120),
  slug: slugSchema.optional(),
  kind: organisationKindSchema.default("training_provider"),
});

export const updateOrganisationSchema = z.object({
  name: z.string().trim().min(2).max(120).optional(),
  kind: organisationKindSchema.optional(),
  defaultLocale: localeSchema.optional(),
  description: z.string().trim().max(2000).optional(),
  ssoDefaultRole: z.enum(["manager", "staff", "viewer"]).optional(),
});

export const organisationSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    slug: z.string(),
    kind: organisationKindSchema,
    defaultLocale: localeSchema,
    description: z.string(),
    ssoDefaultRole: z.enum(["manager", "staff", "viewer"]),
    createdAt: z.string(),
    myRole: roleSchema,
  })
  .meta({ id: "Organisation" });
export type Organisation = z.infer<typeof organisationSchema>;
