/**
 * A real OpenID Connect identity provider for tests: oidc-provider on 127.0.0.1 (random free
 * port), one confidential client, a few known people, and login/consent interactions answered
 * as JSON so that a test can play the browser with plain HTTP (`signIn`).
 */
import { generateKeyPairSync, randomBytes } from "node:crypto";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Provider } from "oidc-provider";

export type IdentityProviderPerson = { sub: string; email: string; name: string };

export type OidcIssuer = {
  /** Issuer identifier, e.g. http://127.0.0.1:41234 (no trailing slash). */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /**
   * Plays a browser that opens `authorizationUrl`, signs in as `email` and consents, following
   * the identity provider's redirects until it sends the browser to `redirectUri`. Each call is a
   * fresh browser (no identity-provider session). Returns that final URL and the prompts seen.
   */
  signIn: (authorizationUrl: string, email: string) => Promise<{ callback: URL; prompts: string[]; loginHint: unknown }>;
  close: () => Promise<void>;
};

/** Bound on every HTTP exchange with the identity provider. */
const requestTimeoutMs = 5_000;

export async function startOidcIssuer(options: { redirectUri: string; people: IdentityProviderPerson[] }): Promise<OidcIssuer> {
  const clientId = "tutti-test-client";
  const clientSecret = randomBytes(24).toString("base64url");
  const byEmail = new Map(options.people.map((p) => [p.email, p]));
  const bySub = new Map(options.people.map((p) => [p.sub, p]));

  // Listen first: the issuer identifier must carry the port the system chose. `handle` uses the
  // provider created just after; nobody can call before, the port is not known yet.
  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
      res.end(`test issuer error: ${error instanceof Error ? error.message : String(error)}`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const signingKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "jwk" });
  const oidc = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [options.redirectUri],
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    jwks: { keys: [{ ...signingKey, kid: "test-signing-key", use: "sig", alg: "RS256" }] },
    cookies: { keys: [randomBytes(32).toString("hex")] },
    // Lifetimes in seconds, set to keep oidc-provider from warning about its defaults.
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AuthorizationCode: 60, AccessToken: 600, IdToken: 600 },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    findAccount: async (_ctx, sub) => {
      const person = bySub.get(sub);
      if (!person) return undefined;
      return { accountId: sub, claims: async () => ({ sub, email: person.email, email_verified: true, name: person.name }) };
    },
    // Our own interaction endpoints (below) instead of the development HTML forms.
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    features: { devInteractions: { enabled: false } },
  });
  const providerListener = oidc.callback();

  /** GET /interaction/:uid → which prompt; POST …/login {login} and POST …/consent answer it. */
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? "/", issuer).pathname;
    const match = /^\/interaction\/([\w-]+)(?:\/(login|consent))?$/.exec(path);
    if (!match) return providerListener(req, res);
    const details = await oidc.interactionDetails(req, res);
    if (details.uid !== match[1]) return sendJson(res, 400, { error: "interaction mismatch" });
    const action = match[2];
    if (req.method === "GET" && !action) {
      return sendJson(res, 200, { uid: details.uid, prompt: details.prompt.name, loginHint: details.params.login_hint ?? null });
    }
    if (req.method === "POST" && action === "login" && details.prompt.name === "login") {
      const person = byEmail.get(new URLSearchParams(await readBody(req)).get("login") ?? "");
      if (!person) return sendJson(res, 401, { error: "unknown person" });
      return oidc.interactionFinished(req, res, { login: { accountId: person.sub } }, { mergeWithLastSubmission: false });
    }
    if (req.method === "POST" && action === "consent" && details.prompt.name === "consent") {
      // As oidc-provider's own development consent does: grant what the client asked for.
      const accountId = details.session?.accountId;
      const grant = details.grantId
        ? await oidc.Grant.find(details.grantId)
        : accountId
          ? new oidc.Grant({ accountId, clientId: String(details.params.client_id) })
          : undefined;
      if (!grant) return sendJson(res, 400, { error: "no session to consent for" });
      if (details.prompt.details.missingOIDCScope) grant.addOIDCScope(details.prompt.details.missingOIDCScope.join(" "));
      if (details.prompt.details.missingOIDCClaims) grant.addOIDCClaims(details.prompt.details.missingOIDCClaims);
      return oidc.interactionFinished(req, res, { consent: { grantId: await grant.save() } }, { mergeWithLastSubmission: true });
    }
    return sendJson(res, 400, { error: `cannot ${req.method} ${action ?? "details"} at prompt ${details.prompt.name}` });
  }

  async function signIn(authorizationUrl: string, email: string) {
    const browser = new Browser();
    const prompts: string[] = [];
    let loginHint: unknown;
    let url = new URL(authorizationUrl);
    let response = await browser.request(url);
    // Login, consent and the redirects between them take well under 12 hops.
    for (let hop = 0; hop < 12; hop++) {
      const location = response.headers.get("location");
      if (response.status >= 300 && response.status < 400 && location) {
        url = new URL(location, url);
        if (url.href.startsWith(options.redirectUri)) return { callback: url, prompts, loginHint };
        if (url.origin !== issuer) throw new Error(`identity provider redirected elsewhere: ${url.href}`);
        response = await browser.request(url);
        continue;
      }
      const body = await response.text();
      if (response.status !== 200) throw new Error(`identity provider answered ${response.status} at ${url.pathname}: ${body}`);
      const page = JSON.parse(body) as { uid: string; prompt: string; loginHint: unknown };
      prompts.push(page.prompt);
      if (page.prompt === "login") loginHint = page.loginHint;
      url = new URL(`/interaction/${page.uid}/${page.prompt}`, issuer);
      response = await browser.request(url, page.prompt === "login" ? { login: email } : {});
    }
    throw new Error("identity provider: too many redirects");
  }

  return {
    issuer,
    clientId,
    clientSecret,
    signIn,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Just enough browser: a cookie jar for one host, manual redirects, form posts. */
class Browser {
  private readonly cookies = new Map<string, string>();

  async request(url: URL, form?: Record<string, string>): Promise<Response> {
    const headers: Record<string, string> = {};
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    if (form) headers["content-type"] = "application/x-www-form-urlencoded";
    const response = await fetch(url, {
      method: form ? "POST" : "GET",
      headers,
      body: form ? new URLSearchParams(form).toString() : undefined,
      redirect: "manual",
      signal: AbortSignal.timeout(requestTimeoutMs),
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = cookie.split(";");
      const separator = pair.indexOf("=");
      const name = pair.slice(0, separator).trim();
      const value = pair.slice(separator + 1).trim();
      // oidc-provider clears cookies with an expiry in the past.
      const expires = attributes.find((a) => a.trim().toLowerCase().startsWith("expires="));
      const isExpired = expires !== undefined && Date.parse(expires.split("=")[1] ?? "") <= Date.now();
      if (!value || isExpired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
