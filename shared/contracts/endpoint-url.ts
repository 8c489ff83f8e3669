/**
 * An endpoint's URL, apart from endpoint.ts so that the web app's first load can build URLs
 * without loading zod (endpoint.ts imports schemas at run time; this file imports types only).
 */
import type { Endpoint } from "./endpoint.js";

/** The URL of an endpoint for these path parameters and query (values are URI-encoded). */
export function endpointUrl(definition: Endpoint, params: Record<string, string | number> = {}, query: Record<string, unknown> = {}): string {
  const path = definition.path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`Missing path parameter ${name} for ${definition.path}`);
    return encodeURIComponent(String(value));
  });
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    for (const item of Array.isArray(value) ? value : [value]) search.append(name, String(item));
  }
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}
