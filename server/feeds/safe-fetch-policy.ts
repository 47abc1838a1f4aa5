import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import type { LookupFunction } from 'node:net';

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

export type AddressClass = 'public' | 'private' | 'loopback' | 'link-local' | 'metadata' | 'reserved';

const METADATA_HOSTS = new Set(['metadata.google.internal', 'metadata.goog', 'metadata']);
// AWS/GCP/Azure (169.254.169.254), AWS IPv6 IMDS, Alibaba Cloud, Oracle Cloud.
const METADATA_V4 = new Set(['169.254.169.254', '100.100.100.200', '192.0.0.192']);

export class BlockedAddressError extends Error {
  readonly code = 'EBLOCKED';
  constructor(message: string) {
    super(message);
    this.name = 'BlockedAddressError';
  }
}

function v4ToInt(ip: string): number {
  return ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);
}

const inV4 = (n: number, base: string, bits: number): boolean =>
  bits === 0 || Math.floor(n / 2 ** (32 - bits)) === Math.floor(v4ToInt(base) / 2 ** (32 - bits));

function classifyV4(ip: string): AddressClass {
  if (METADATA_V4.has(ip)) return 'metadata';
  const n = v4ToInt(ip);
  if (inV4(n, '127.0.0.0', 8)) return 'loopback';
  if (inV4(n, '169.254.0.0', 16)) return 'link-local';
  if (inV4(n, '0.0.0.0', 8) || inV4(n, '224.0.0.0', 4) || inV4(n, '240.0.0.0', 4)) return 'reserved';
  const privateNets: Array<[string, number]> = [
    ['10.0.0.0', 8],
    ['172.16.0.0', 12],
    ['192.168.0.0', 16],
    ['100.64.0.0', 10],
    ['192.0.0.0', 24],
    ['198.18.0.0', 15],
  ];
  return privateNets.some(([base, bits]) => inV4(n, base, bits)) ? 'private' : 'public';
}

/** Expand an IPv6 address (with optional embedded IPv4 tail and zone) to eight 16-bit groups. */
export function parseV6(input: string): number[] | null {
  let ip = input.replace(/%.*$/, '').toLowerCase();
  const v4Tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(ip);
  if (v4Tail?.[1]) {
    const n = v4ToInt(v4Tail[1]);
    ip = `${ip.slice(0, -v4Tail[1].length)}${Math.floor(n / 65536).toString(16)}:${(n % 65536).toString(16)}`;
  }
  const halves = ip.split('::');
  if (halves.length > 2) return null;
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const fill = halves.length === 2 ? 8 - head.length - tail.length : 0;
  const groups = [...head, ...Array<string>(Math.max(fill, 0)).fill('0'), ...tail].map((g) =>
    Number.parseInt(g, 16),
  );
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff)
    ? groups
    : null;
}

function classifyV6(ip: string): AddressClass {
  const g = parseV6(ip);
  if (!g) return 'reserved';
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0, h = 0, last = 0] = g;
  const embeddedV4 = `${h >> 8}.${h & 255}.${last >> 8}.${last & 255}`;
  // IPv4-mapped (::ffff:a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) reach IPv4 hosts: judge the IPv4 address.
  if (a === 0 && b === 0 && c === 0 && d === 0 && e === 0 && f === 0xffff) return classifyV4(embeddedV4);
  if (a === 0x64 && b === 0xff9b && c === 0 && d === 0 && e === 0 && f === 0) return classifyV4(embeddedV4);
  if (g.every((x, i) => x === (i === 7 ? 1 : 0))) return 'loopback';
  if (g.every((x) => x === 0)) return 'reserved';
  if (a === 0xfd00 && b === 0x0ec2 && c === 0 && d === 0 && e === 0 && f === 0 && h === 0 && last === 0x254) {
    return 'metadata';
  }
  if ((a & 0xffc0) === 0xfe80) return 'link-local';
  if ((a & 0xfe00) === 0xfc00) return 'private';
  if ((a & 0xff00) === 0xff00) return 'reserved';
  return 'public';
}

export function classifyAddress(ip: string): AddressClass {
  const family = isIP(ip);
  if (family === 4) return classifyV4(ip);
  if (family === 6) return classifyV6(ip);
  return 'reserved';
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
    throw new BlockedAddressError(
      `${host} resolves to ${ip} (${classifyAddress(ip)}), which sources may not reach`,
    );
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
  if (METADATA_HOSTS.has(host)) throw new BlockedAddressError(`${host} is a cloud metadata service`);
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
