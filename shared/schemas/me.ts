/** The signed-in person: who they are, their memberships and what they may do. */
import { z } from "zod";
import { abilities, roleSchema } from "../roles.js";
import { emailSchema, localeSchema, personNameSchema } from "./common.js";

export const membershipSchema = z.object({
  organisationId: z.string(),
  organisationName: z.string(),
  organisationSlug: z.string(),
  role: roleSchema,
});

export const meSchema = z
  .object({
    user: z.object({ id: z.string(), name: z.string(), email: z.string(), locale: localeSchema, hasPassword: z.boolean() }),
    activeOrganisationId: z.string().nullable(),
    memberships: z.array(membershipSchema),
    /** Abilities in the active organisation, for showing or hiding controls. */
    abilities: z.array(z.enum(abilities)),
  })
  .meta({ id: "Me" });
export type Me = z.infer<typeof meSchema>;

export const updateMeSchema = z
  .object({ name: personNameSchema.optional(), locale: localeSchema.optional() })
  .refine((v) => v.name !== undefined || v.locale !== undefined, {
    message: "Give a name or a locale",
  });

export const eraseAccountSchema = z.object({ confirmEmail: emailSchema });
