import { isIP } from 'node:net';

/** The range names proxy-addr (behind Fastify's trustProxy) knows besides addresses. */
const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isAddressOrRange(entry: string): boolean {
  if (NAMED_RANGES.has(entry)) return true;
  const [address, prefix, extra] = entry.split('/');
  const version = isIP(address);
  if (!version || extra !== undefined) return false;
  if (prefix === undefined) return true;
  return /^\d+$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
}

/**
 * TRUST_PROXY: which proxies may name the client in X-Forwarded-For. A list trusts those addresses,
 * CIDR ranges and named ranges (`loopback`, `linklocal`, `uniquelocal`): the client is the nearest
 * address in the header that is not one of them. `true` believes the whole header, so it is only
 * safe behind a proxy that overwrites it. Unset or `false`: the peer's address is the client's.
 * (Fastify no longer honours a count of hops, so none is offered.)
 */
export function parseTrustProxy(raw: string | undefined): { value: boolean | string[]; problem?: string } {
  const text = (raw ?? '').trim();
  if (text === '' || text === 'false') return { value: false };
  if (text === 'true') return { value: true };
  const entries = text.split(',').map((entry) => entry.trim());
  if (entries.every(isAddressOrRange)) return { value: entries };
  return {
    value: false,
    problem:
      `TRUST_PROXY must be true, false, or the proxies' addresses, CIDR ranges or range names (loopback, ` +
      `linklocal, uniquelocal) separated by commas (got "${text}")`,
  };
}
