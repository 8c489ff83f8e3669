/** Where promoters (NPS 9–10) are invited to leave a review: one address per organisation. */
import { z } from "zod";

export const reviewSettingsSchema = z
  .object({
    /** A public review page (Google, Trustpilot, a directory of training providers…); null: thank-you only. */
    reviewUrl: z
      .string()
      .trim()
      .url()
      .max(2000)
      .refine((value) => /^https?:\/\//i.test(value), { message: "http or https" })
      .nullable(),
  })
  .meta({ id: "ReviewSettings" });
export type ReviewSettings = z.infer<typeof reviewSettingsSchema>;
