import { jwtVerify, SignJWT } from 'jose';

/**
 * How a subgraph knows that a request comes from the gateway: a short-lived HS256 token signed
 * with GATEWAY_SECRET, which only the gateway and the subgraphs hold. A header anyone can set
 * would let any caller claim the gateway's larger allowance; a user's token proves a user, not the
 * gateway. The credential carries no user: the caller's own token travels beside it.
 */

export const GATEWAY_CREDENTIAL_HEADER = 'x-gateway-credential';

const AUDIENCE = 'emulation-graph-subgraphs';
const SUBJECT = 'gateway';
const LIFETIME_S = 300;
// Minted again this long before it expires, so that no request carries one that expires on the way.
const RENEW_BEFORE_S = 60;

const keyOf = (secret: string) => new TextEncoder().encode(secret);

/** The gateway's side: the credential for the next fetch, minted once and again before it expires. */
export function gatewayCredentials(secret: string, now: () => number = Date.now): () => Promise<string> {
  let current: { token: Promise<string>; renewAt: number } | undefined;
  return () => {
    const seconds = Math.floor(now() / 1000);
    if (!current || seconds >= current.renewAt) {
      const token = new SignJWT({})
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(SUBJECT)
        .setAudience(AUDIENCE)
        .setIssuedAt(seconds)
        .setExpirationTime(seconds + LIFETIME_S)
        .sign(keyOf(secret));
      current = { token, renewAt: seconds + LIFETIME_S - RENEW_BEFORE_S };
    }
    return current.token;
  };
}

/** A subgraph's side: whether the header holds a valid credential. Absent, forged or expired: not the gateway. */
export function gatewayCredentialVerifier(secret: string): (header: string | undefined) => Promise<boolean> {
  const key = keyOf(secret);
  return async (header) => {
    if (!header) return false;
    try {
      await jwtVerify(header, key, { algorithms: ['HS256'], audience: AUDIENCE, subject: SUBJECT, maxTokenAge: LIFETIME_S, requiredClaims: ['exp'] });
      return true;
    } catch {
      return false;
    }
  };
}
