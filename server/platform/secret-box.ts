/**
 * Encryption at rest of the secrets the server must read back (webhook signing secrets, SSO
 * client secrets): AES-256-GCM with a key derived from the server secret by HKDF-SHA256, one key
 * per purpose. A sealed value is `tsb1:<base64url(iv | ciphertext | tag)>`; the version prefix
 * lets a later key or algorithm live beside this one. The purpose is also the additional
 * authenticated data, so a value sealed for one purpose does not open for another.
 * A copy of the database without the server secret reveals no secret.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

const prefix = "tsb1:";
const ivLength = 12;
const tagLength = 16;

/** Seals and opens the secrets of one purpose. */
export type SecretBox = {
  seal: (plain: string) => string;
  /** Opens a sealed value; a value that is not sealed (written before encryption) is returned as it is. */
  open: (stored: string) => string;
};

/** True when `stored` is a sealed value (of any purpose). */
export function isSealed(stored: string): boolean {
  return stored.startsWith(prefix);
}

/** A box whose key is derived from `serverSecret` for `purpose` (e.g. "webhook-secret"). */
export function createSecretBox(serverSecret: string, purpose: string): SecretBox {
  const key = Buffer.from(hkdfSync("sha256", serverSecret, "tutti secret-box v1", purpose, 32));
  const aad = Buffer.from(purpose, "utf8");
  return {
    seal(plain) {
      const iv = randomBytes(ivLength);
      const cipher = createCipheriv("aes-256-gcm", key, iv);
      cipher.setAAD(aad);
      const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
      return `${prefix}${Buffer.concat([iv, body, cipher.getAuthTag()]).toString("base64url")}`;
    },
    open(stored) {
      if (!isSealed(stored)) return stored;
      const raw = Buffer.from(stored.slice(prefix.length), "base64url");
      if (raw.length < ivLength + tagLength) throw new Error("sealed value too short");
      const decipher = createDecipheriv("aes-256-gcm", key, raw.subarray(0, ivLength));
      decipher.setAAD(aad);
      decipher.setAuthTag(raw.subarray(raw.length - tagLength));
      return Buffer.concat([decipher.update(raw.subarray(ivLength, raw.length - tagLength)), decipher.final()]).toString("utf8");
    },
  };
}
