/** HMAC helpers shared by every webhook verifier: one implementation, constant-time compare. */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const hmacSha256 = (secret: string, data: Buffer | string, encoding: 'hex' | 'base64'): string =>
  createHmac('sha256', secret).update(data).digest(encoding);

/** Compares two strings in time independent of where they differ. */
export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  // Compare against itself on length mismatch so the timing does not reveal the expected length.
  if (left.length !== right.length) {
    timingSafeEqual(left, left);
    return false;
  }
  return timingSafeEqual(left, right);
}
