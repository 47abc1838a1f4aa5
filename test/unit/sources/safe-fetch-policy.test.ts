import { describe, expect, it } from 'vitest';
import {
  assertUrlAllowed,
  classifyAddress,
  createGuardedLookup,
  isAddressAllowed,
} from '../../../server/feeds/safe-fetch-policy';
import type { NetworkPolicy, ResolvedAddress } from '../../../server/feeds/safe-fetch-policy';

const STRICT: NetworkPolicy = { allowPrivate: false, allowLoopback: false };
const LOOPBACK: NetworkPolicy = { allowPrivate: false, allowLoopback: true };
const PRIVATE: NetworkPolicy = { allowPrivate: true, allowLoopback: false };

describe('classifyAddress', () => {
  it.each([
    ['93.184.215.14', 'public'],
    ['2606:4700::6810:84e5', 'public'],
    ['127.0.0.1', 'loopback'],
    ['127.8.9.10', 'loopback'],
    ['::1', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['172.32.0.1', 'public'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'private'],
    ['fd12:3456::1', 'private'],
    ['169.254.0.1', 'link-local'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['169.254.169.254', 'metadata'],
    ['fd00:ec2::254', 'metadata'],
    ['100.100.100.200', 'metadata'],
    ['::ffff:169.254.169.254', 'metadata'],
    ['::ffff:a9fe:a9fe', 'metadata'],
    ['64:ff9b::a9fe:a9fe', 'metadata'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['0.0.0.0', 'reserved'],
    ['::', 'reserved'],
    ['224.0.0.1', 'reserved'],
    ['ff02::1', 'reserved'],
    ['not-an-ip', 'reserved'],
    // IPv6 forms that carry an IPv4 address are judged by it
    ['::169.254.169.254', 'metadata'], // IPv4-compatible
    ['::a9fe:a9fe', 'metadata'],
    ['::ffff:0:a9fe:a9fe', 'metadata'], // IPv4-translated (SIIT)
    ['::ffff:0:10.0.0.1', 'private'],
    ['2002:a9fe:a9fe::', 'metadata'], // 6to4
    ['2002:7f00:1::1', 'loopback'],
    ['2002:c0a8:101::1', 'private'],
    ['2002:5db8:d70e::1', 'public'],
    ['2001:0:4136:e378:8000:63bf:3fff:fdd2', 'reserved'], // Teredo to a public client: a tunnel all the same
    ['2001:0:4136:e378:8000:63bf:80ff:fffe', 'loopback'], // Teredo to 127.0.0.1
    ['64:ff9b::127.0.0.1', 'loopback'], // NAT64
    ['64:ff9b::8.8.8.8', 'public'],
    ['64:ff9b:1::1', 'private'], // local-use NAT64
    // reserved IPv6 ranges
    ['100::1', 'reserved'], // discard-only
    ['2001:db8::1', 'reserved'], // documentation
    ['3fff::1', 'reserved'],
    ['2001:2::1', 'reserved'], // benchmarking
    ['fec0::1', 'private'], // site-local
    ['4000::1', 'reserved'], // outside 2000::/3
    // reserved IPv4 ranges
    ['192.0.2.1', 'reserved'],
    ['198.51.100.7', 'reserved'],
    ['203.0.113.9', 'reserved'],
    ['255.255.255.255', 'reserved'],
  ])('%s is %s', (ip, cls) => {
    expect(classifyAddress(ip)).toBe(cls);
  });
});

describe('isAddressAllowed', () => {
  it('refuses link-local and metadata whatever the policy says', () => {
    for (const policy of [STRICT, LOOPBACK, PRIVATE, { allowPrivate: true, allowLoopback: true }]) {
      expect(isAddressAllowed('169.254.169.254', policy)).toBe(false);
      expect(isAddressAllowed('169.254.10.10', policy)).toBe(false);
      expect(isAddressAllowed('fe80::abcd', policy)).toBe(false);
      expect(isAddressAllowed('fd00:ec2::254', policy)).toBe(false);
      expect(isAddressAllowed('93.184.215.14', policy)).toBe(true);
    }
  });

  it('allows loopback only when asked, and private networks (which include loopback) only when asked', () => {
    expect(isAddressAllowed('127.0.0.1', STRICT)).toBe(false);
    expect(isAddressAllowed('10.0.0.5', STRICT)).toBe(false);
    expect(isAddressAllowed('127.0.0.1', LOOPBACK)).toBe(true);
    expect(isAddressAllowed('10.0.0.5', LOOPBACK)).toBe(false);
    expect(isAddressAllowed('10.0.0.5', PRIVATE)).toBe(true);
    expect(isAddressAllowed('::1', PRIVATE)).toBe(true);
  });
});

describe('assertUrlAllowed', () => {
  const http = ['http:', 'https:'];
  it('refuses other schemes, metadata host names and literal blocked IPs before any DNS', () => {
    expect(() => assertUrlAllowed(new URL('file:///etc/passwd'), PRIVATE, http)).toThrow(/not allowed/);
    expect(() => assertUrlAllowed(new URL('ftp://example.com/x'), PRIVATE, http)).toThrow(/not allowed/);
    expect(() => assertUrlAllowed(new URL('http://metadata.google.internal/x'), PRIVATE, http)).toThrow(
      /metadata/,
    );
    expect(() => assertUrlAllowed(new URL('http://METADATA.google.internal./x'), PRIVATE, http)).toThrow(
      /metadata/,
    );
    expect(() => assertUrlAllowed(new URL('http://169.254.169.254/latest'), PRIVATE, http)).toThrow(
      /169.254.169.254/,
    );
    expect(() => assertUrlAllowed(new URL('http://[fd00:ec2::254]/'), PRIVATE, http)).toThrow(/metadata/);
    expect(() => assertUrlAllowed(new URL('http://127.0.0.1:8080/feed'), STRICT, http)).toThrow(/loopback/);
    expect(() => assertUrlAllowed(new URL('http://127.0.0.1:8080/feed'), LOOPBACK, http)).not.toThrow();
    expect(() => assertUrlAllowed(new URL('https://example.com/feed'), STRICT, http)).not.toThrow();
  });
});

describe('createGuardedLookup', () => {
  const table: Record<string, ResolvedAddress[]> = {
    'feed.test': [{ address: '93.184.215.14', family: 4 }],
    'rebind.test': [
      { address: '93.184.215.14', family: 4 },
      { address: '169.254.169.254', family: 4 },
    ],
    'dual.test': [
      { address: '2606:4700::1', family: 6 },
      { address: '93.184.215.15', family: 4 },
    ],
  };
  const lookup = createGuardedLookup(STRICT, async (host) => table[host] ?? []);
  const run = (host: string, options: { all?: boolean; family?: number }) =>
    new Promise<unknown>((resolve, reject) =>
      lookup(host, options, (err: Error | null, address: unknown, family?: number) =>
        err ? reject(err) : resolve(options.all ? address : { address, family }),
      ),
    );

  it('answers in both callback shapes node uses', async () => {
    await expect(run('feed.test', {})).resolves.toEqual({ address: '93.184.215.14', family: 4 });
    await expect(run('dual.test', { all: true })).resolves.toEqual(table['dual.test']);
    await expect(run('dual.test', { family: 4 })).resolves.toEqual({ address: '93.184.215.15', family: 4 });
  });

  it('refuses a host if any of its addresses is blocked (DNS rebinding)', async () => {
    await expect(run('rebind.test', {})).rejects.toMatchObject({ code: 'EBLOCKED' });
    await expect(run('nowhere.test', {})).rejects.toThrow(/did not resolve/);
  });
});
