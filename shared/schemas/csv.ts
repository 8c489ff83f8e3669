/**
 * CSV exports: which separator. "semicolon" is what French Excel expects (a comma-separated file
 * opens there in one column); "comma" is the standard (RFC 4180), the default for API callers.
 * Both files start with a UTF-8 byte-order mark and write formula-like cells as text.
 */
import { z } from "zod";

export const csvSeparatorSchema = z.enum(["comma", "semicolon"]);
export type CsvSeparator = z.infer<typeof csvSeparatorSchema>;

export const csvQuerySchema = z.object({ separator: csvSeparatorSchema.default("comma") });

export const csvDelimiters: Record<CsvSeparator, string> = { comma: ",", semicolon: ";" };

/** The two CSV choices in the order an interface offers them: the Excel one (semicolon) first in French, its default. */
export function csvChoices(language: string): CsvSeparator[] {
  return language.startsWith("en") ? ["comma", "semicolon"] : ["semicolon", "comma"];
}
