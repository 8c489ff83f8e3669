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

/**
 * A schema for partial updates: every field optional and WITHOUT its default, so that a PATCH
 * changes only the fields it sends (zod's `.partial()` would still fill in the defaults).
 */
export function patchOf<Shape extends z.ZodRawShape>(schema: z.ZodObject<Shape>) {
  const shape = Object.fromEntries(
    Object.entries(schema.shape).map(([key, field]) => [key, ((field instanceof z.ZodDefault ? field.unwrap() : field) as z.ZodType).optional()]),
  );
  return z.object(shape) as unknown as z.ZodObject<{ [K in keyof Shape]: z.ZodOptional<z.ZodType<z.output<Shape[K]>, z.input<Shape[K]>>> }>;
}

/**
 * Refuses a change that names no field (`{}`, or only unknown fields, which zod strips): a PATCH
 * must change something (400 validation_failed, like `PATCH /me`), so no service ever builds an
 * UPDATE with nothing to set, a revision bump or an audit entry for nothing.
 */
export function requireSomeField<Schema extends z.ZodObject>(schema: Schema): Schema {
  return schema.refine((value) => Object.values(value).some((field) => field !== undefined), { message: "Give at least one field to change." });
}
