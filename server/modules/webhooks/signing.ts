/**
 * Standard Webhooks signatures (https://www.standardwebhooks.com): HMAC-SHA256 of
 * "<webhook-id>.<webhook-timestamp>.<body>" with the base64 key of a `whsec_` secret, sent as
 * `webhook-signature: v1,<base64>`; several signatures are separated by spaces (during a rotation).
 * Signing uses the specification's own library (docs/decisions/0004-standard-webhooks.md).
 */
import { randomBytes } from "node:crypto";
import { Webhook } from "standardwebhooks";

/** A new secret: 32 random bytes, written `whsec_<base64>` as the specification does. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("base64")}`;
}

/** `v1,<base64>` for one secret. */
export function signPayload(secret: string, messageId: string, timestamp: Date, body: string): string {
  return new Webhook(secret).sign(messageId, timestamp, body);
}

/** The three headers of a delivery, signed with every secret given (current first). */
export function webhookHeaders(secrets: string[], messageId: string, timestamp: Date, body: string): Record<string, string> {
  return {
    "webhook-id": messageId,
    "webhook-timestamp": String(Math.floor(timestamp.getTime() / 1000)),
    "webhook-signature": secrets.map((secret) => signPayload(secret, messageId, timestamp, body)).join(" "),
  };
}

/** The last characters of a secret, to tell two apart in a list without showing them. */
export function secretHint(secret: string): string {
  return `…${secret.slice(-4)}`;
}
