/**
 * What the server log may say about a request. Links carry secrets — sign-in and confirmation
 * tokens in query strings (`/api/auth/magic-link/verify?token=…`, `/reset-password?token=…`),
 * survey tokens and resume keys in paths (`/s/<token>/r/<key>`), invitation ids that open an
 * invitation (`/invitations/<id>`) — so a logged URL never has its query string, and the path
 * segments that act as bearer secrets are replaced by a placeholder. Applied to every request
 * line Fastify writes (the `req` serializer and the route-not-found line), whatever LOG_LEVEL.
 */
import { type FastifyRequest, LogController } from "fastify";

/** Segments after one of these are invitation ids, which open the invitation they name. */
const invitationParents = new Set(["invitations", "guest-invitations", "workshop-invitations"]);

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment).toLowerCase();
  } catch {
    return segment.toLowerCase();
  }
}

/** The placeholder for segment `index` of `names` (decoded, lower-case), or null when it is no secret. */
function placeholderFor(names: readonly string[], index: number): string | null {
  const previous = names[index - 1];
  const isSurveyPage = names[0] === "s";
  if (isSurveyPage && index === 1) return ":token";
  if (isSurveyPage && index >= 2 && previous === "r") return ":key";
  if (previous === "surveys" && names[index - 2] === "public") return ":token";
  if (previous !== undefined && invitationParents.has(previous)) return ":id";
  if (previous === "reset-password") return ":token";
  return null;
}

/**
 * The URL as it may be logged: path only (no query string, no fragment), bearer-secret segments
 * replaced, e.g. `/s/AbC…/r/xyz?lang=en` → `/s/:token/r/:key`.
 */
export function redactUrl(url: string): string {
  const path = url.split(/[?#]/, 1)[0] ?? "";
  const segments = path.split("/");
  // Empty segments (`//s/…`) and dot segments still count for what follows, like the router may see them.
  const named = segments.map((segment, index) => ({ index, name: decodeSegment(segment) })).filter((s) => s.name !== "");
  const names = named.map((s) => s.name);
  for (const [position, { index }] of named.entries()) {
    const placeholder = placeholderFor(names, position);
    if (placeholder !== null) segments[index] = placeholder;
  }
  return segments.join("/");
}

/** Whether the request is an anonymous survey's (page or JSON answer): its address is not logged either. */
function isAnonymousSurveyPath(url: string): boolean {
  return /^\/+(s\/|api\/v1\/public\/surveys\/)/i.test(url);
}

/** Fastify's `req` serializer with the URL redacted (and no address for survey respondents). */
export function serializeRequestForLog(request: FastifyRequest): Record<string, unknown> {
  return {
    method: request.method,
    url: redactUrl(request.url),
    host: request.host,
    ...(isAnonymousSurveyPath(request.url) ? {} : { remoteAddress: request.ip, remotePort: request.socket?.remotePort }),
  };
}

/** Fastify's log controller, with the route-not-found line written with a redacted URL. */
export class RedactingLogController extends LogController {
  override routeNotFound(request: FastifyRequest): void {
    if (this.isLogDisabled(request)) return;
    request.log.info(`Route ${request.raw.method}:${redactUrl(request.raw.url ?? "")} not found`);
  }
}
