export interface TrustedProxies {
  includes(address: string): boolean;
}
export function parseTrustedProxies(setting: string | undefined): TrustedProxies;
export function requestAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trusted: TrustedProxies,
): string;
