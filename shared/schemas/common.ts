/** Small schemas reused across the API. */
import { z } from "zod";

export const localeSchema = z.enum(["fr", "en"]);
export type Locale = z.infer<typeof localeSchema>;

export const idParam = z.string().min(1).max(100);
export const emailSchema = z.string().trim().toLowerCase().email().max(254);
export const personNameSchema = z.string().trim().min(1).max(120);

export const orgParamsSchema = z.object({ orgId: idParam });
export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: z.string().datetime({ offset: true }).optional(),
});
