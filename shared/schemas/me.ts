/** The signed-in person: who they are, their memberships and what they may do. */
import { z } from "zod";
import { abilities, guestKindSchema, roleSchema } from "../roles.js";
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

/** What the signed-in person was invited for as an outside guest, organisation by organisation. */
export const guestGrantSchema = z
  .object({
    organisationId: z.string(),
    organisationName: z.string(),
    guestKind: guestKindSchema,
    purpose: z.string(),
    invitedBy: z.string().nullable(),
    invitedAt: z.string(),
  })
  .meta({ id: "GuestGrant" });
export type GuestGrant = z.infer<typeof guestGrantSchema>;
