/**
 * Reading an identity provider's OpenID Connect discovery document when an owner configures SSO,
 * through the outbound client (public https addresses only, checked at connect time; no redirect;
 * bounded). Every endpoint Tutti's server will call (token, keys, user info) must pass the same
 * address rules. Any failure is one `IssuerUnusable`: its `detail` is for the server log only, so
 * an owner cannot tell an open port from a closed one, nor read what an internal server answered.
 */
import { OutboundError, type OutboundPolicy, outboundFetch, outboundUrlRefusal } from "../../platform/outbound-http.js";

/** What better-auth needs to sign people in without discovering again. */
export type DiscoveredProvider = {
  issuer: string;
  discoveryEndpoint: string;
  authorizationEndpoint: string;
  tokenEndpoint: string;
  jwksEndpoint: string;
  userInfoEndpoint?: string;
  tokenEndpointAuthentication: "client_secret_basic" | "client_secret_post";
};

/** The issuer cannot be used; `detail` goes to the server log, never to the user. */
export class IssuerUnusable extends Error {
  constructor(readonly detail: string) {
    super("The identity provider could not be used.");
    this.name = "IssuerUnusable";
  }
}

const withoutSlash = (url: string) => url.replace(/\/+$/, "");

/** Fetches and checks `<issuer>/.well-known/openid-configuration`. */
export async function discoverProvider(policy: OutboundPolicy, issuer: string): Promise<DiscoveredProvider> {
  const discoveryEndpoint = `${withoutSlash(issuer)}/.well-known/openid-configuration`;
  let document: Record<string, unknown>;
  try {
    const response = await outboundFetch(policy, discoveryEndpoint, { headers: { accept: "application/json" }, timeoutMs: 8_000, maxBytes: 128 * 1024 });
    if (response.status !== 200) throw new IssuerUnusable(`discovery answered HTTP ${response.status}`);
    document = JSON.parse(response.body.toString("utf8")) as Record<string, unknown>;
  } catch (error) {
    if (error instanceof IssuerUnusable) throw error;
    if (error instanceof OutboundError) throw new IssuerUnusable(`${error.reason}: ${error.detail}`);
    throw new IssuerUnusable(`discovery document unreadable: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (typeof document !== "object" || document === null) throw new IssuerUnusable("discovery document is not an object");
  if (typeof document.issuer !== "string" || withoutSlash(document.issuer) !== withoutSlash(issuer)) throw new IssuerUnusable("issuer mismatch");

  const endpoint = (name: string, isServerFetched: boolean): string | undefined => {
    const value = document[name];
    if (value === undefined && name === "userinfo_endpoint") return undefined;
    if (typeof value !== "string") throw new IssuerUnusable(`${name} missing`);
    const refusal = outboundUrlRefusal(policy, value);
    // The authorisation endpoint is where browsers go: it only needs to be a valid https URL (http when local targets are allowed).
    if (refusal && (isServerFetched || refusal !== "private_address")) throw new IssuerUnusable(`${name} refused: ${refusal}`);
    return value;
  };
  const methods = Array.isArray(document.token_endpoint_auth_methods_supported) ? (document.token_endpoint_auth_methods_supported as unknown[]) : [];
  return {
    issuer: withoutSlash(issuer),
    discoveryEndpoint,
    authorizationEndpoint: endpoint("authorization_endpoint", false) as string,
    tokenEndpoint: endpoint("token_endpoint", true) as string,
    jwksEndpoint: endpoint("jwks_uri", true) as string,
    userInfoEndpoint: endpoint("userinfo_endpoint", true),
    tokenEndpointAuthentication: methods.length === 0 || methods.includes("client_secret_basic") || !methods.includes("client_secret_post") ? "client_secret_basic" : "client_secret_post",
  };
}
