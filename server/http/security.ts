/**
 * Security headers (CSP and the rest of helmet's), rate limits and CSRF protection for the whole app.
 * The headers are the same for every response (no per-request nonce), so helmet computes them ONCE
 * at start-up and each response gets the ready-made values (helmet's per-request middleware was
 * about a tenth of the CPU of a survey answer).
 * CSRF: cookies are SameSite=Lax, and any state-changing request that a browser marks as
 * coming from another origin is refused before it reaches a route.
 */
import helmet, { type HelmetOptions } from "helmet";
import rateLimit from "@fastify/rate-limit";
import type { FastifyInstance } from "fastify";
import type { Env } from "../env.js";
import { AppError } from "../platform/problem.js";

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);
const limitedPrefixes = ["/api/", "/s/"];

/** True for better-auth's session read, which no limit counts. */
function isSessionRead(url: string): boolean {
  return url === "/api/auth/get-session" || url.startsWith("/api/auth/get-session?");
}

/** The headers helmet would set, computed once by running its middleware on a stand-in response. */
export function helmetHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: string | number | readonly string[]) => {
      headers[name] = Array.isArray(value) ? value.join(", ") : String(value);
    },
    removeHeader: (name: string) => {
      delete headers[name];
    },
  };
  let failure: unknown = null;
  helmet(options)({} as never, response as never, (error?: unknown) => {
    failure = error ?? null;
  });
  if (failure) throw failure;
  return headers;
}

export async function registerSecurity(app: FastifyInstance, env: Env): Promise<void> {
  const headers = helmetHeaders({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:", "blob:"],
        fontSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        baseUri: ["'self'"],
        objectSrc: ["'none'"],
      },
    },
    strictTransportSecurity: env.publicUrl.startsWith("https://"),
    crossOriginEmbedderPolicy: false,
  });
  app.addHook("onRequest", (_request, reply, done) => {
    reply.headers(headers);
    done();
  });


  await app.register(rateLimit, {
    global: true,
    max: env.RATE_LIMIT_MAX,
    timeWindow: "1 minute",
    // The API and the public survey pages are limited per address; the web app's pages and assets
    // are not (a whole campus may share one address), nor is reading one's own session (the web
    // app asks on every page; counting it locked a shared address out of sign-in).
    // A route's own `config.rateLimit` inherits this allow-list.
    allowList: (request) => env.NODE_ENV === "test" || isSessionRead(request.url) || !limitedPrefixes.some((prefix) => request.url.startsWith(prefix)),
  });

  const allowedOrigin = new URL(env.publicUrl).origin;
  app.addHook("onRequest", async (request) => {
    if (safeMethods.has(request.method) || !request.url.startsWith("/api/")) return;
    const origin = request.headers.origin;
    const site = request.headers["sec-fetch-site"];
    if (origin && origin !== allowedOrigin && origin !== `http://${request.headers.host}` && origin !== `https://${request.headers.host}`) {
      throw new AppError("csrf_rejected", "Cross-site request refused.");
    }
    if (!origin && site === "cross-site") throw new AppError("csrf_rejected", "Cross-site request refused.");
  });
}
