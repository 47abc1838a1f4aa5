import { isIP } from 'node:net';

/**
 * What kind of network an IP address reaches. One classifier for everything Outcry connects to on a
 * user's behalf (feed sources, webhooks), so an address is judged the same way whichever door it comes
 * through. IPv6 forms that carry an IPv4 address (mapped, compatible, translated, 6to4, Teredo, NAT64)
 * are judged by the IPv4 address they reach.
 */
export type AddressClass = 'public' | 'private' | 'loopback' | 'link-local' | 'metadata' | 'reserved';

// AWS/GCP/Azure (169.254.169.254), Alibaba Cloud (100.100.100.200), Oracle Cloud (192.0.0.192).
const METADATA_V4 = new Set(['169.254.169.254', '100.100.100.200', '192.0.0.192']);

const v4ToInt = (ip: string): number => ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);
const intToV4 = (n: number): string => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');

const inV4 = (n: number, base: string, bits: number): boolean =>
  bits === 0 || Math.floor(n / 2 ** (32 - bits)) === Math.floor(v4ToInt(base) / 2 ** (32 - bits));

const V4_RANGES: [string, number, AddressClass][] = [
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local'],
  ['0.0.0.0', 8, 'reserved'],
  ['192.0.2.0', 24, 'reserved'], // TEST-NET-1
  ['198.51.100.0', 24, 'reserved'], // TEST-NET-2
  ['203.0.113.0', 24, 'reserved'], // TEST-NET-3
  ['192.88.99.0', 24, 'reserved'], // 6to4 relay anycast
  ['224.0.0.0', 4, 'reserved'], // multicast
  ['240.0.0.0', 4, 'reserved'], // future use and broadcast
  ['10.0.0.0', 8, 'private'],
  ['172.16.0.0', 12, 'private'],
  ['192.168.0.0', 16, 'private'],
  ['100.64.0.0', 10, 'private'], // carrier-grade NAT
  ['192.0.0.0', 24, 'private'], // IETF protocol assignments
  ['198.18.0.0', 15, 'private'], // benchmarking
];

function classifyV4Int(n: number): AddressClass {
  if (METADATA_V4.has(intToV4(n))) return 'metadata';
  return V4_RANGES.find(([base, bits]) => inV4(n, base, bits))?.[2] ?? 'public';
}

/** Expand an IPv6 address (with optional embedded IPv4 tail and zone) to eight 16-bit groups. */
export function parseV6(input: string): number[] | null {
  let ip = input.replace(/%.*$/, '').toLowerCase();
  const v4Tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(ip);
  if (v4Tail?.[1]) {
    if (isIP(v4Tail[1]) !== 4) return null;
    const n = v4ToInt(v4Tail[1]);
    ip = `${ip.slice(0, -v4Tail[1].length)}${Math.floor(n / 65536).toString(16)}:${(n % 65536).toString(16)}`;
  }
  const halves = ip.split('::');
  if (halves.length > 2) return null;
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const fill = halves.length === 2 ? 8 - head.length - tail.length : 0;
  const groups = [...head, ...Array<string>(Math.max(fill, 0)).fill('0'), ...tail].map((g) =>
    /^[0-9a-f]{1,4}$/.test(g) ? Number.parseInt(g, 16) : Number.NaN,
  );
  return groups.length === 8 && groups.every((g) => Number.isInteger(g)) ? groups : null;
}

const v4Of = (hi: number, lo: number): number => hi * 65536 + lo;

/** The IPv4 address an IPv6 address carries, when it is one of the forms that reach IPv4 hosts. */
function embeddedV4(g: number[]): number | null {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0, h = 0, last = 0] = g;
  const zeros = (...xs: number[]) => xs.every((x) => x === 0);
  if (zeros(a, b, c, d, e) && f === 0xffff) return v4Of(h, last); // ::ffff:a.b.c.d  mapped
  if (zeros(a, b, c, d) && e === 0xffff && f === 0) return v4Of(h, last); // ::ffff:0:a.b.c.d  translated
  if (zeros(a, b, c, d, e, f) && (h !== 0 || last > 1)) return v4Of(h, last); // ::a.b.c.d  compatible
  if (a === 0x64 && b === 0xff9b && zeros(c, d, e, f)) return v4Of(h, last); // 64:ff9b::/96  NAT64
  if (a === 0x2002) return v4Of(b, c); // 2002:V4ADDR::/48  6to4
  if (a === 0x2001 && b === 0) return v4Of(h ^ 0xffff, last ^ 0xffff); // Teredo: the client, obfuscated
  return null;
}

const V6_RULES: [(g: number[]) => boolean, AddressClass][] = [
  [(g) => g.every((x, i) => x === (i === 7 ? 1 : 0)), 'loopback'], // ::1
  [(g) => g.every((x) => x === 0), 'reserved'], // ::
  [(g) => g.join(':') === [0xfd00, 0xec2, 0, 0, 0, 0, 0, 0x254].join(':'), 'metadata'], // AWS IMDS
  [([a = 0]) => (a & 0xffc0) === 0xfe80, 'link-local'], // fe80::/10
  [([a = 0]) => (a & 0xffc0) === 0xfec0, 'private'], // fec0::/10 site-local (deprecated)
  [([a = 0]) => (a & 0xfe00) === 0xfc00, 'private'], // fc00::/7 unique local
  [([a = 0]) => (a & 0xff00) === 0xff00, 'reserved'], // multicast
  [([a, b, c, d]) => a === 0x100 && b === 0 && c === 0 && d === 0, 'reserved'], // 100::/64 discard
  [([a, b]) => a === 0x64 && b === 0xff9b, 'private'], // 64:ff9b:1::/48 local-use NAT64
  [([a, b = 0]) => a === 0x2001 && b < 0x200, 'reserved'], // 2001::/23 IETF protocol assignments
  [([a, b]) => a === 0x2001 && b === 0xdb8, 'reserved'], // documentation
  [([a = 0]) => (a & 0xfff0) === 0x3ff0, 'reserved'], // 3fff::/20 documentation
  [([a]) => a === 0x5f00, 'reserved'], // SRv6 SIDs
  [([a = 0]) => a < 0x2000 || a >= 0x4000, 'reserved'], // outside global unicast 2000::/3
];

function classifyV6(ip: string): AddressClass {
  const g = parseV6(ip);
  if (!g) return 'reserved';
  const v4 = embeddedV4(g);
  if (v4 !== null) {
    const inner = classifyV4Int(v4);
    // A tunnel to a public IPv4 host is still a tunnel: only plain public IPv6 counts as public.
    return inner === 'public' && g[0] === 0x2001 ? 'reserved' : inner;
  }
  return V6_RULES.find(([test]) => test(g))?.[1] ?? 'public';
}

export function classifyAddress(ip: string): AddressClass {
  const family = isIP(ip);
  if (family === 4) return classifyV4Int(v4ToInt(ip));
  if (family === 6) return classifyV6(ip);
  return 'reserved';
}
