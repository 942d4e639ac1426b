import { Inject, Injectable } from '@nestjs/common';
import ipaddr from 'ipaddr.js';
import type { LookupFunction } from 'node:net';
import { isIP } from 'node:net';
import { lookup } from 'node:dns/promises';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Names of cloud metadata services that some resolvers answer with a routable address. */
const METADATA_NAMES = new Set(['metadata.google.internal', 'metadata.goog', 'metadata', 'instance-data']);

/** Why a URL may not be delivered to; its message is shown to the user. */
export class AddressRefused extends Error {}

/** The system resolver; a provider so that a test can answer a name with the address it needs. */
@Injectable()
export class WebhookResolver {
  async resolve(hostname: string): Promise<ResolvedAddress[]> {
    return (await lookup(hostname, { all: true, verbatim: true })) as ResolvedAddress[];
  }
}

/**
 * Null when `address` is an ordinary public unicast address, else the name of its range. ipaddr.js
 * knows every special-purpose range of both families (loopback, private, link-local with the
 * 169.254.169.254 metadata address, unique-local with fd00:ec2::254, carrier-grade NAT,
 * unspecified, multicast, reserved, NAT64 and 6to4 prefixes that embed an IPv4 address), so only
 * the `unicast` range passes; an IPv4 address mapped into IPv6 is judged as the IPv4 address.
 */
export function specialRange(address: string): string | null {
  let parsed = ipaddr.parse(address);
  if (parsed instanceof ipaddr.IPv6 && parsed.isIPv4MappedAddress()) parsed = parsed.toIPv4Address();
  const range = parsed.range();
  return range === 'unicast' ? null : range;
}

/** How a range is named in a message to the user (ipaddr.js names them in camelCase). */
const RANGE_WORDS: Record<string, string> = {
  linkLocal: 'link-local',
  carrierGradeNat: 'carrier-grade NAT',
  uniqueLocal: 'unique-local',
  ipv4Mapped: 'IPv4-mapped',
  rfc6052: 'NAT64 (RFC 6052)',
  rfc6145: 'IPv4-translated (RFC 6145)',
  teredo: 'Teredo',
};

export function rangeWords(range: string): string {
  return RANGE_WORDS[range] ?? range.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

/** The URL's syntax: what the validator of the request body checks too. Null when it is fine. */
export function urlProblem(raw: string, httpsOnly: boolean): string | null {
  const url = URL.canParse(raw) ? new URL(raw) : undefined;
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) {
    return 'url must be an absolute http or https URL';
  }
  if (httpsOnly && url.protocol !== 'https:') return 'url must be https';
  if (url.username || url.password) return 'url must not carry a user name or password';
  return null;
}

/**
 * Refuses receivers on loopback, private, link-local and metadata addresses (unless
 * WEBHOOK_ALLOW_PRIVATE): at registration, and again at every delivery, which then connects to the
 * very address checked (see `pin`), so a name that resolves elsewhere a moment later cannot win.
 */
@Injectable()
export class WebhookAddressGuard {
  constructor(
    private readonly resolver: WebhookResolver,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * The address to connect to; null when the name does not resolve (now); AddressRefused when it
   * is, or resolves to, an address that is refused.
   */
  async check(url: URL): Promise<ResolvedAddress | null> {
    const host = url.hostname
      .replace(/^\[(.*)\]$/, '$1')
      .toLowerCase()
      .replace(/\.$/, '');
    const allow = this.config.webhooks.allowPrivate;
    if (!allow && METADATA_NAMES.has(host)) throw new AddressRefused('url names a cloud metadata service');
    const family = isIP(host);
    let addresses: ResolvedAddress[];
    if (family) {
      addresses = [{ address: host, family: family as 4 | 6 }];
    } else {
      addresses = await this.resolver.resolve(host).catch(() => []);
      if (!addresses.length) return null;
    }
    if (!allow) {
      for (const { address } of addresses) {
        const range = specialRange(address);
        if (range)
          throw new AddressRefused(
            `url's host resolves to a ${rangeWords(range)} address (${address}), which is refused`,
          );
      }
    }
    return addresses[0];
  }
}

/** A `lookup` for node's http(s).request that answers only the checked address. */
export function pin(resolved: ResolvedAddress): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all) callback(null, [resolved]);
    else callback(null, resolved.address, resolved.family);
  };
}
