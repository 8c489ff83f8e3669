/**
 * Authentication with better-auth: e-mail + password, password reset, organisations with our
 * roles, magic links for outside guests, and OpenID Connect single sign-on per organisation.
 * Every e-mail it wants to send goes through our durable mail queue.
 */
import { sso } from "@better-auth/sso";
import { betterAuth } from "better-auth";
import { magicLink, organization } from "better-auth/plugins";
import type { Pool } from "pg";
import type { Env } from "../env.js";
import type { Mailer } from "../mail/mailer.js";
import type { Kysely } from "kysely";
import { accessControl, authRoles } from "./access.js";

export type AuthDeps = {
  env: Env;
  pool: Pool;
  /** The database as better-auth reads it: Kysely over the pool, opening the sealed SSO client secrets (the sso feature's `authDatabase`). */
  database: { db: Kysely<Record<string, unknown>>; type: "postgres"; transaction: boolean };
  mailer: Mailer;
  /** Makes an SSO user a member of the organisation that owns the identity provider. */
  onSsoSignIn: (input: { userId: string; organisationId: string }) => Promise<void>;
  /** Why an identity provider may not sign this address in, or null when it may. */
  checkSsoIdentity: (input: { providerId: string; email: string }) => Promise<string | null>;
  /** Origins trusted besides PUBLIC_URL: the configured identity providers' issuers. */
  listExtraTrustedOrigins: () => Promise<string[]>;
};

/** Lifetime of an e-mailed sign-in link (magic link): short, single use, sent only to its owner. */
export const magicLinkLifetimeSeconds = 15 * 60;

/** Lifetime of an e-mail verification link (it signs in once, on first use). */
export const emailVerificationLifetimeSeconds = 60 * 60;

/** The account holding this address (its interface language, for the e-mails sent to it), or null. */
async function findAccountByEmail(pool: Pool, email: string): Promise<{ locale: string | undefined } | null> {
  const result = await pool.query<{ locale: string | null }>(`SELECT locale FROM "user" WHERE lower(email) = lower($1) LIMIT 1`, [email]);
  const row = result.rows[0];
  return row ? { locale: row.locale ?? undefined } : null;
}

/** PUBLIC_URL, and when it is local, both localhost and 127.0.0.1 forms of it. */
function localOrigins(env: Env): string[] {
  const url = new URL(env.publicUrl);
  if (url.hostname !== "localhost" && url.hostname !== "127.0.0.1") return [url.origin];
  return [`${url.protocol}//localhost:${url.port}`, `${url.protocol}//127.0.0.1:${url.port}`];
}

export function createAuth({ env, pool, database, mailer, onSsoSignIn, checkSsoIdentity, listExtraTrustedOrigins }: AuthDeps) {
  const isHttps = env.publicUrl.startsWith("https://");
  return betterAuth({
    appName: "Tutti",
    baseURL: env.publicUrl,
    basePath: "/api/auth",
    secret: env.secret,
    // The pool through Kysely, whose plugin opens the sealed SSO client secrets better-auth reads (modules/sso/sso-secrets.ts).
    database,
    telemetry: { enabled: false },
    // A link that cannot be used (expired, already used, an SSO error) lands on our sign-in page, which
    // says so in the person's language — not on better-auth's own error page, which is not mounted.
    onAPIError: { errorURL: `${env.publicUrl}/sign-in` },
    logger: { disabled: env.LOG_LEVEL === "silent", level: env.LOG_LEVEL === "debug" ? "debug" : "warn" },
    // Identity providers' origins are never trusted by default, so better-auth's private-host check
    // stays on for their token, key and user-info URLs. Only with OUTBOUND_ALLOW_PRIVATE=true
    // (development, tests) does listExtraTrustedOrigins name them, and only on the SSO endpoints.
    trustedOrigins: async (request) => [
      ...localOrigins(env),
      ...(request && /^\/api\/auth\/(sso\/|sign-in\/sso$)/.test(new URL(request.url).pathname) ? await listExtraTrustedOrigins() : []),
    ],
    user: {
      additionalFields: {
        locale: { type: "string", required: false, defaultValue: "fr", input: true },
      },
      deleteUser: { enabled: false },
    },
    session: { expiresIn: 60 * 60 * 24 * 14, updateAge: 60 * 60 * 24 },
    // Tokens in the verification table (magic links, password resets, OAuth state) are stored
    // as SHA-256 hashes: a copy of the database signs no one in.
    verification: { storeIdentifier: "hashed" },
    // An address is proven before it signs in with a password or accepts an invitation. The
    // verification link is a JWT signed with the secret (nothing stored); it signs in once.
    emailVerification: {
      sendOnSignUp: true,
      // The sign-in page offers "resend the confirmation link" (to where the person was going).
      sendOnSignIn: false,
      autoSignInAfterVerification: true,
      expiresIn: emailVerificationLifetimeSeconds,
      sendVerificationEmail: async ({ user, url }) => {
        await mailer.queue({
          kind: "email_verification",
          to: user.email,
          locale: (user as { locale?: string }).locale,
          organisationId: null,
          link: url,
          isLinkShownInOutbox: false,
        });
      },
    },
    emailAndPassword: {
      enabled: true,
      minPasswordLength: 10,
      maxPasswordLength: 128,
      // With verification required, sign-up never signs in and answers an existing address exactly
      // as a new one (no account enumeration); the owner of the address is told by e-mail.
      requireEmailVerification: true,
      autoSignIn: false,
      onExistingUserSignUp: async ({ user }) => {
        await mailer.queue({
          kind: "sign_up_attempt",
          to: user.email,
          locale: (user as { locale?: string }).locale,
          organisationId: null,
          link: `${env.publicUrl}/forgot-password`,
          isLinkShownInOutbox: false,
        });
      },
      revokeSessionsOnPasswordReset: true,
      resetPasswordTokenExpiresIn: 60 * 60,
      sendResetPassword: async ({ user, url }) => {
        await mailer.queue({
          kind: "password_reset",
          to: user.email,
          locale: (user as { locale?: string }).locale,
          organisationId: null,
          link: url,
          isLinkShownInOutbox: false,
        });
      },
    },
    rateLimit: {
      enabled: env.NODE_ENV !== "test",
      window: 60,
      max: 100,
      storage: "database",
      // Per-address ceilings, shared by every node (database). The tighter limits are per address
      // AND account, at the edge (server/http/credential-limits.ts): a campus behind one NAT is
      // many people. Reading one's session is never counted.
      customRules: {
        "/get-session": false,
        "/sign-in/email": { window: 60, max: 40 },
        "/sign-up/email": { window: 60, max: 20 },
        "/request-password-reset": { window: 60, max: 10 },
        "/sign-in/magic-link": { window: 60, max: 20 },
      },
    },
    advanced: {
      cookiePrefix: "tutti",
      // Set by our Fastify bridge to request.ip — the socket address, or the first untrusted hop
      // when TRUST_PROXY names the proxy (server/http/client-address.ts); any client copy is dropped.
      ipAddress: { ipAddressHeaders: ["x-tutti-client-ip"] },
      useSecureCookies: isHttps,
      defaultCookieAttributes: { sameSite: "lax", httpOnly: true, secure: isHttps },
    },
    plugins: [
      organization({
        ac: accessControl,
        roles: authRoles,
        creatorRole: "owner",
        allowUserToCreateOrganization: true,
        invitationExpiresIn: 60 * 60 * 24 * 14,
        cancelPendingInvitationsOnReInvite: true,
        // Our accept route checks first (code email_not_verified); this is better-auth's own guard.
        requireEmailVerificationOnInvitation: true,
      }),
      magicLink({
        expiresIn: magicLinkLifetimeSeconds,
        disableSignUp: true,
        // Never trust the client's `metadata` (our route refuses it too): a sign-in link is always
        // a plain "magic_link" e-mail to its owner, in no organisation's outbox. No account, no
        // e-mail (sign-up by link is off): the answer is the same, and no stranger is mailed.
        sendMagicLink: async ({ email, url }) => {
          const account = await findAccountByEmail(pool, email);
          if (!account) return;
          await mailer.queue({
            kind: "magic_link",
            to: email,
            locale: account.locale,
            organisationId: null,
            link: url,
            isLinkShownInOutbox: false,
          });
        },
      }),
      sso({
        // A provider signs nobody in until Tutti has found its domain's DNS TXT record
        // (modules/sso/domain-verification.ts sets domainVerified); only then are existing
        // accounts with a verified e-mail linked to it.
        domainVerification: { enabled: true },
        // better-auth only knows "member" and "admin": we add SSO users to the organisation
        // ourselves, with the organisation's own default role.
        organizationProvisioning: { disabled: true },
        provisionUserOnEveryLogin: true,
        // Before any account is created: a provider only vouches for addresses of its own domains.
        resolveUser: async (input) => {
          const refusal = await checkSsoIdentity({ providerId: input.providerId, email: input.providerUser.email });
          return refusal ? { action: "reject", code: "SSO_DOMAIN_MISMATCH", message: refusal } : { action: "continue" };
        },
        provisionUser: async ({ user, provider }) => {
          if (provider.organizationId) await onSsoSignIn({ userId: user.id, organisationId: provider.organizationId });
        },
      }),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;
