/** Keeps a `redirect` search parameter only when it points inside this app. */
export function safeRedirect(target: unknown, fallback = "/"): string {
  if (typeof target !== "string") return fallback;
  if (!target.startsWith("/") || target.startsWith("//") || target.startsWith("/\\")) return fallback;
  if (target.startsWith("/api/")) return fallback;
  return target;
}

/** Search validator for pages that accept an optional `redirect`. */
export function validateRedirectSearch(search: Record<string, unknown>): { redirect?: string } {
  return typeof search.redirect === "string" ? { redirect: safeRedirect(search.redirect) } : {};
}
