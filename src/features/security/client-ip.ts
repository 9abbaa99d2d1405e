/**
 * The client's IP address: the socket's peer address, or, when TRUST_PROXY says N reverse
 * proxies stand in front, the address the Nth proxy from us saw (X-Forwarded-For read from the
 * right, so entries a client wrote itself are never trusted).
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

export function clientIp(c: Context, trustProxy: number | undefined): string {
  let socketAddress: string | undefined;
  try {
    socketAddress = getConnInfo(c).remote.address;
  } catch {
    // No socket (app.request in tests): every such request shares one address.
  }
  if (trustProxy) {
    const forwarded = (c.req.header('x-forwarded-for') ?? '')
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean);
    const fromProxy = forwarded[forwarded.length - trustProxy];
    if (fromProxy) return normalizeIp(fromProxy);
  }
  return socketAddress ? normalizeIp(socketAddress) : 'unknown';
}

/** "::ffff:127.0.0.1" → "127.0.0.1", so one client has one key on dual-stack sockets. */
const normalizeIp = (address: string) => address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, '$1').toLowerCase();

/** Whether the request reached us over HTTPS (directly, or at a trusted proxy). */
export function isHttps(c: Context, trustProxy: number | undefined): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  return !!trustProxy && c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() === 'https';
}
