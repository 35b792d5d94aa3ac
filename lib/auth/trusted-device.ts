import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

// A browser someone has signed in on gets a signed mark (a cookie): "this
// browser signed in to account X before". Sign-in limits treat such a browser
// apart from everyone else (OWASP's "device cookies"): a wave of wrong
// passwords from a council's one shared address, or against one person's
// account, locks out unknown browsers, never the people who sign in from
// their own laptop every day. See docs/decisions/0007.

export type TrustedDevice = { deviceId: string; userId: string };

const PURPOSE = "cpd-week trusted device";

function mac(secret: string, deviceId: string, userId: string): Buffer {
  return createHmac("sha256", secret).update(`${PURPOSE}\n${deviceId}\n${userId}`).digest();
}

/** A new mark for this account: `<device id>.<user id>.<signature>`. */
export function issueDeviceToken(userId: string, secret: string): string {
  const deviceId = randomBytes(16).toString("base64url");
  return `${deviceId}.${userId}.${mac(secret, deviceId, userId).toString("base64url")}`;
}

/** The device and account a mark names, when its signature is ours; null for anything else. */
export function readDeviceToken(token: string | null | undefined, secret: string): TrustedDevice | null {
  if (!token || token.length > 200) return null;
  const [deviceId, userId, signature, ...rest] = token.split(".");
  if (!deviceId || !userId || !signature || rest.length > 0) return null;
  const expected = mac(secret, deviceId, userId);
  const given = Buffer.from(signature, "base64url");
  return given.length === expected.length && timingSafeEqual(given, expected) ? { deviceId, userId } : null;
}
