/**
 * Which IP addresses a snapshot may be fetched from: public unicast only. The lists follow IANA's special-purpose
 * address registries (iana-ipv4-special-registry, iana-ipv6-special-registry) plus multicast and the space IANA has
 * not handed out. Every registry entry is refused, also those marked "globally reachable" (anycast DNS sinks,
 * AMT relays, TURN and PCP anycast): no web page lives there, and refusing them costs nothing.
 *
 * Addresses that carry an IPv4 address inside an IPv6 one are judged by the IPv4 address they reach:
 * IPv4-mapped (::ffff:0:0/96) and the NAT64 well-known prefix (64:ff9b::/96), so `[::ffff:127.0.0.1]` and
 * `[64:ff9b::7f00:1]` are loopback. Other embeddings (IPv4-compatible ::/96, 6to4 2002::/16, Teredo 2001::/32,
 * local-use NAT64 64:ff9b:1::/48) are deprecated or local and are refused whole.
 */
import { BlockList, isIPv4, isIPv6 } from 'node:net'

/** [network, prefix length, registry name (RFC)] */
const IPV4_SPECIAL: readonly (readonly [string, number, string])[] = [
  ['0.0.0.0', 8, '"this network" (RFC 791)'],
  ['10.0.0.0', 8, 'private use (RFC 1918)'],
  ['100.64.0.0', 10, 'shared address space, carrier-grade NAT (RFC 6598)'],
  ['127.0.0.0', 8, 'loopback (RFC 1122)'],
  ['169.254.0.0', 16, 'link local, cloud metadata services (RFC 3927)'],
  ['172.16.0.0', 12, 'private use (RFC 1918)'],
  ['192.0.0.0', 24, 'IETF protocol assignments, DS-Lite, NAT64 discovery, PCP and TURN anycast (RFC 6890)'],
  ['192.0.2.0', 24, 'documentation TEST-NET-1 (RFC 5737)'],
  ['192.31.196.0', 24, 'AS112-v4 (RFC 7535)'],
  ['192.52.193.0', 24, 'AMT (RFC 7450)'],
  ['192.88.99.0', 24, 'deprecated 6to4 relay anycast (RFC 7526)'],
  ['192.168.0.0', 16, 'private use (RFC 1918)'],
  ['192.175.48.0', 24, 'direct delegation AS112 service (RFC 7534)'],
  ['198.18.0.0', 15, 'benchmarking (RFC 2544)'],
  ['198.51.100.0', 24, 'documentation TEST-NET-2 (RFC 5737)'],
  ['203.0.113.0', 24, 'documentation TEST-NET-3 (RFC 5737)'],
  ['224.0.0.0', 4, 'multicast (RFC 5771)'],
  ['240.0.0.0', 4, 'reserved, and the limited broadcast 255.255.255.255 (RFC 1112, RFC 8190)']
]

/** Only 2000::/3 holds global unicast addresses today; everything outside it is refused before these are looked at. */
const IPV6_SPECIAL: readonly (readonly [string, number, string])[] = [
  ['2001::', 23, 'IETF protocol assignments: Teredo, benchmarking, AMT, AS112, ORCHID, drone DETs (RFC 2928)'],
  ['2001:db8::', 32, 'documentation (RFC 3849)'],
  ['2002::', 16, '6to4 (RFC 3056)'],
  ['2620:4f:8000::', 48, 'direct delegation AS112 service (RFC 7534)'],
  ['3fff::', 20, 'documentation (RFC 9637)']
]
const IPV6_GLOBAL_UNICAST = ['2000::', 3] as const
/** Judged by the IPv4 address in their last 32 bits. */
const IPV6_CARRYING_IPV4: readonly (readonly [string, number, string])[] = [
  ['::ffff:0:0', 96, 'IPv4-mapped (RFC 4291)'],
  ['64:ff9b::', 96, 'NAT64 well-known prefix (RFC 6052)']
]

function blockList(family: 'ipv4' | 'ipv6', ranges: readonly (readonly [string, number, ...unknown[]])[]): BlockList {
  const list = new BlockList()
  for (const [network, prefix] of ranges) list.addSubnet(network, prefix, family)
  return list
}

const IPV4_REFUSED = blockList('ipv4', IPV4_SPECIAL)
const IPV6_REFUSED = blockList('ipv6', IPV6_SPECIAL)
const IPV6_ALLOWED_SPACE = blockList('ipv6', [IPV6_GLOBAL_UNICAST])
const IPV6_EMBEDDING = blockList('ipv6', IPV6_CARRYING_IPV4)

/** The eight 16-bit groups of an IPv6 address (with `::` and a trailing dotted IPv4 part expanded). */
function ipv6Groups(address: string): number[] {
  let text = address
  const dotted = /(?<!\d)(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text)
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number)
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, null]
  const parse = (part: string) => (part ? part.split(':').map((group) => parseInt(group, 16)) : [])
  const front = parse(head)
  if (tail === null) return front
  const back = parse(tail)
  return [...front, ...new Array<number>(8 - front.length - back.length).fill(0), ...back]
}

function embeddedIpv4(address: string): string {
  const groups = ipv6Groups(address)
  const [high, low] = [groups[6], groups[7]]
  return [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.')
}

/** True for a public unicast address a snapshot may be fetched from; false for everything else, garbage included. */
export function isPublicAddress(raw: string): boolean {
  // A zone index (fe80::1%eth0) only ever comes with link-local addresses; judge the address without it.
  const address = raw.split('%')[0] ?? ''
  if (isIPv4(address)) return !IPV4_REFUSED.check(address, 'ipv4')
  if (!isIPv6(address)) return false
  if (IPV6_EMBEDDING.check(address, 'ipv6')) return isPublicAddress(embeddedIpv4(address))
  return IPV6_ALLOWED_SPACE.check(address, 'ipv6') && !IPV6_REFUSED.check(address, 'ipv6')
}

/** The special-purpose ranges, for the security documentation and the tests. */
export const SPECIAL_RANGES = {
  ipv4: IPV4_SPECIAL.map(([network, prefix, name]) => ({ range: `${network}/${prefix}`, name })),
  ipv6: [
    ...IPV6_CARRYING_IPV4.map(([network, prefix, name]) => ({
      range: `${network}/${prefix}`,
      name: `${name}: judged by its IPv4 address`
    })),
    ...IPV6_SPECIAL.map(([network, prefix, name]) => ({ range: `${network}/${prefix}`, name })),
    {
      range: 'outside 2000::/3',
      name: 'unspecified, loopback, IPv4-compatible, discard, unique local, link local, multicast, unassigned'
    }
  ]
}
