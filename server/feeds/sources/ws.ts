import WebSocket from 'ws';
import { assertUrlAllowed, createGuardedLookup } from '../safe-fetch-policy';
import type { NetworkPolicy, Resolver } from '../safe-fetch-policy';

export type WsFactory = (url: string) => WebSocket;

export interface SafeWsOptions {
  policy: NetworkPolicy;
  resolve?: Resolver;
  /** Largest single message accepted; Jetstream events are a few KB. */
  maxPayload?: number;
  handshakeTimeoutMs?: number;
}

/** WebSocket client with the same address policy as safe fetch (checked on the connected address). */
export function createSafeWsFactory(options: SafeWsOptions): WsFactory {
  const lookup = createGuardedLookup(options.policy, options.resolve);
  return (url) => {
    assertUrlAllowed(new URL(url), options.policy, ['ws:', 'wss:']);
    return new WebSocket(url, {
      lookup,
      maxPayload: options.maxPayload ?? 1024 * 1024,
      handshakeTimeout: options.handshakeTimeoutMs ?? 15_000,
      perMessageDeflate: false,
      followRedirects: false,
      headers: { 'user-agent': 'Outcry/0.1 (+self-hosted outage monitor)' },
    });
  };
}
