import { z } from "zod";

export const healthSchema = z
  .object({
    status: z.enum(["ok", "degraded"]),
    version: z.string(),
    database: z.object({ kind: z.enum(["embedded", "external"]), version: z.string(), isReachable: z.boolean() }),
    uptimeSeconds: z.number(),
  })
  .meta({ id: "Health" });
export type Health = z.infer<typeof healthSchema>;
