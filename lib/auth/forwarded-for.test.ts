import { describe, expect, it } from 'vitest';
import { parseTrustedProxies, requestAddress } from './forwarded-for.mjs';

describe('the address a request came from', () => {
  const none = parseTrustedProxies(undefined);
  const proxies = parseTrustedProxies(' 10.0.0.0/8, 192.0.2.1 ,fd00::/8,, ::1');

  it('is the socket address, whatever the client wrote, when no trusted proxy sent it', () => {
    expect(requestAddress('203.0.113.5', '198.51.100.1', none)).toBe('203.0.113.5');
    expect(requestAddress('203.0.113.5', ['198.51.100.1', '10.0.0.1'], proxies)).toBe('203.0.113.5');
    expect(requestAddress('::ffff:203.0.113.5', undefined, none)).toBe('203.0.113.5');
    expect(requestAddress('2001:db8::7', '198.51.100.1', proxies)).toBe('2001:db8::7');
    // Loopback is no exception unless it is listed.
    expect(requestAddress('127.0.0.1', '198.51.100.1', proxies)).toBe('127.0.0.1');
    expect(requestAddress(undefined, '198.51.100.1', proxies)).toBe('unknown');
  });

  it('behind trusted proxies, is the right-most X-Forwarded-For entry that is not one of them', () => {
    expect(requestAddress('10.1.2.3', '198.51.100.7', proxies)).toBe('198.51.100.7');
    // What the client wrote to the left of what the proxies appended proves nothing.
    expect(requestAddress('10.1.2.3', 'spoofed, 6.6.6.6, 198.51.100.7, 192.0.2.1', proxies)).toBe('198.51.100.7');
    expect(requestAddress('::ffff:10.1.2.3', ['6.6.6.6', '198.51.100.7 , 10.9.9.9'], proxies)).toBe('198.51.100.7');
    expect(requestAddress('::1', '2001:db8::1, fd12::3', proxies)).toBe('2001:db8::1');
  });

  it('behind trusted proxies, falls back to the trusted hop nearest the client when the header is missing, all proxies or not an address', () => {
    expect(requestAddress('10.1.2.3', undefined, proxies)).toBe('10.1.2.3');
    expect(requestAddress('10.1.2.3', '', proxies)).toBe('10.1.2.3');
    expect(requestAddress('10.1.2.3', '192.0.2.1, 10.4.4.4', proxies)).toBe('192.0.2.1');
    expect(requestAddress('10.1.2.3', '198.51.100.7, unknown', proxies)).toBe('10.1.2.3');
    expect(requestAddress('10.1.2.3', '198.51.100.7, 192.0.2.1, not-an-address', proxies)).toBe('10.1.2.3');
  });

  it('refuses a malformed PARLEY_TRUSTED_PROXIES entry, naming it', () => {
    for (const entry of ['localhost', '10.0.0.0/33', '10.0.0.0/', '10.0.0.0/8/1', 'fd00::/129', '10.0.0.0/x', '300.1.1.1']) {
      expect(() => parseTrustedProxies(`10.0.0.1,${entry}`)).toThrow(`PARLEY_TRUSTED_PROXIES: "${entry}" is not an IP address or a CIDR range`);
    }
    expect(parseTrustedProxies('').includes('10.0.0.1')).toBe(false);
    expect(parseTrustedProxies('10.0.0.1').includes('::ffff:10.0.0.1')).toBe(true);
    expect(parseTrustedProxies('10.0.0.1').includes('10.0.0.2')).toBe(false);
  });
});
