/**
 * `dossier serve` fetches the URLs its users post; without care that lets anyone who reaches the
 * server make it read the machine's own services or the private network behind it. Each address
 * a URL (or a redirect) names is resolved and refused when it is loopback, private, link-local or
 * otherwise not public, unless the server was started with --allow-private-urls.
 *
 * The check resolves the name once and fetch resolves it again, so a name whose DNS answer
 * changes between the two (DNS rebinding) is not caught; run the server behind an egress proxy
 * when that matters.
 */
import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";
import { InputError } from "../document/errors.js";

const NOT_PUBLIC = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8], // "this network"
  ["10.0.0.0", 8],
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8],
  ["169.254.0.0", 16], // link-local, cloud metadata services
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15], // benchmarking
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, broadcast
] as const)
  NOT_PUBLIC.addSubnet(net, prefix, "ipv4");
for (const [net, prefix] of [
  ["::", 128],
  ["::1", 128],
  // IPv4-mapped addresses (::ffff:a.b.c.d) are checked against the IPv4 rules by BlockList itself
  ["64:ff9b::", 96], // NAT64 of IPv4 addresses
  ["fc00::", 7], // unique local
  ["fe80::", 10], // link-local
  ["ff00::", 8], // multicast
] as const)
  NOT_PUBLIC.addSubnet(net, prefix, "ipv6");

export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  return !NOT_PUBLIC.check(address, family === 4 ? "ipv4" : "ipv6");
}

/** Throws an InputError when the URL's host is, or resolves to, an address that is not public. */
export async function refusePrivateAddress(url: URL): Promise<void> {
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
  // A name that does not resolve is left to fetch, which reports it as unreachable.
  const addresses = isIP(host)
    ? [host]
    : (await lookup(host, { all: true }).catch(() => [])).map((a) => a.address);
  const refused = addresses.find((a) => !isPublicAddress(a));
  if (refused !== undefined)
    throw new InputError(
      `${url.href}: ${host} is a loopback or private address (${refused}); the server fetches only public addresses unless started with --allow-private-urls`,
    );
}
