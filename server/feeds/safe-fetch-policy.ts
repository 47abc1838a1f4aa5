import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import type { LookupFunction } from 'node:net';
import { type AddressClass, classifyAddress } from '../net/address-class';

export { type AddressClass, classifyAddress, parseV6 } from '../net/address-class';

/**
 * Which network addresses a source may reach. Feeds are user-supplied URLs fetched by the server, so a
 * URL that resolves to the cloud metadata service or the host's link-local network must never be fetched
 * (SSRF). Private and loopback ranges are refused too unless the operator opts in for self-hosted feeds.
 */
export interface NetworkPolicy {
  /** 10/8, 172.16/12, 192.168/16, 100.64/10, fc00::/7 and loopback. */
  allowPrivate: boolean;
  /** 127/8 and ::1 only (tests, or a feed served by the same machine). */
  allowLoopback: boolean;
}

export const DEFAULT_NETWORK_POLICY: NetworkPolicy = { allowPrivate: false, allowLoopback: false };

const METADATA_HOSTS = new Set(['metadata.google.internal', 'metadata.goog', 'metadata']);

export class BlockedAddressError extends Error {
  readonly code = 'EBLOCKED';
  constructor(
    message: string,
    /** the kind of address refused, when an address was: says whether allowing private networks helps */
    readonly addressClass?: AddressClass,
  ) {
    super(message);
    this.name = 'BlockedAddressError';
  }
}

/**
 * The refusal as a user reads it: only a private or loopback address can be allowed, by `setting`;
 * metadata, link-local and reserved addresses never, and the message says so rather than suggest a
 * setting that would not help.
 */
export function explainBlocked(err: BlockedAddressError, policy: NetworkPolicy, setting: string): string {
  const fixable = err.addressClass === 'private' || err.addressClass === 'loopback';
  if (!fixable) return err.addressClass ? `${err.message}; no setting allows it` : err.message;
  return policy.allowPrivate ? err.message : `${err.message} (set ${setting}=1 to allow your own network)`;
}

export function isAddressAllowed(ip: string, policy: NetworkPolicy): boolean {
  const cls = classifyAddress(ip);
  if (cls === 'public') return true;
  if (cls === 'loopback') return policy.allowLoopback || policy.allowPrivate;
  if (cls === 'private') return policy.allowPrivate;
  return false; // link-local, metadata, reserved: never
}

function assertAddress(host: string, ip: string, policy: NetworkPolicy): void {
  if (!isAddressAllowed(ip, policy)) {
    const cls = classifyAddress(ip);
    const what = host === ip ? ip : `${host} resolves to ${ip}`;
    throw new BlockedAddressError(`${what} is a ${cls} address, which may not be reached`, cls);
  }
}

/** Checks that do not need DNS: scheme, metadata host names and literal IP hosts. */
export function assertUrlAllowed(url: URL, policy: NetworkPolicy, protocols: readonly string[]): void {
  if (!protocols.includes(url.protocol)) {
    throw new BlockedAddressError(`${url.protocol} URLs are not allowed (only ${protocols.join(', ')})`);
  }
  const host = url.hostname
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '')
    .toLowerCase();
  if (METADATA_HOSTS.has(host))
    throw new BlockedAddressError(`${host} is a cloud metadata service`, 'metadata');
  if (isIP(host)) assertAddress(host, host, policy);
}

export interface ResolvedAddress {
  address: string;
  family: number;
}
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolver: Resolver = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

/**
 * A `lookup` for node:http / ws that refuses a host when ANY of its addresses is disallowed, so the
 * check applies to the address actually connected to (no resolve-then-reconnect gap, no DNS rebinding).
 */
export function createGuardedLookup(
  policy: NetworkPolicy,
  resolve: Resolver = systemResolver,
): LookupFunction {
  return (hostname, options, callback) => {
    const done = callback as (
      err: Error | null,
      address?: string | ResolvedAddress[],
      family?: number,
    ) => void;
    resolve(hostname)
      .then((addresses) => {
        if (addresses.length === 0) throw new BlockedAddressError(`${hostname} did not resolve`);
        for (const a of addresses) assertAddress(hostname, a.address, policy);
        const wanted = options.family === 4 || options.family === 6 ? options.family : 0;
        const usable = wanted ? addresses.filter((a) => a.family === wanted) : addresses;
        const first = usable[0];
        if (!first) throw new BlockedAddressError(`${hostname} has no IPv${wanted} address`);
        if (options.all) done(null, usable);
        else done(null, first.address, first.family);
      })
      .catch((err: unknown) => done(err instanceof Error ? err : new Error(String(err))));
  };
}
