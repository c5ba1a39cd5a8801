/** Snowflake ids and tokens that look like Discord's (17-19 digit ids, url-safe tokens). */
import { createHash, randomBytes } from 'node:crypto';

const DISCORD_EPOCH_MS = 1_420_070_400_000n;
const TIMESTAMP_SHIFT = 22n;

let lastIssued = 0n;

/** A fresh snowflake for "now". Strictly increasing, so ids also sort by creation like Discord's. */
export function snowflake(at: number = Date.now()): string {
  const fromClock = (BigInt(at) - DISCORD_EPOCH_MS) << TIMESTAMP_SHIFT;
  lastIssued = fromClock > lastIssued ? fromClock : lastIssued + 1n;
  return lastIssued.toString();
}

/** A snowflake for a moment in the past (an interaction that waited in a queue); not kept in order. */
export function backdatedSnowflake(at: number): string {
  const low22Bits = BigInt(randomBytes(3).readUIntBE(0, 3) & 0x3fffff);
  return (((BigInt(at) - DISCORD_EPOCH_MS) << TIMESTAMP_SHIFT) | low22Bits).toString();
}

// Fake users get ids derived from their name, so a test's "alice" has the same id on every run.
const STABLE_ID_EPOCH_OFFSET_MS = 1_600_000_000_000n - DISCORD_EPOCH_MS;

/** A snowflake derived only from `seed` (same seed, same id). */
export function stableSnowflake(seed: string): string {
  const hash = createHash('sha256').update(seed).digest();
  const low22Bits = BigInt(hash.readUInt32BE(0) & 0x3fffff);
  const millis = STABLE_ID_EPOCH_OFFSET_MS + BigInt(hash.readUInt16BE(4));
  return ((millis << TIMESTAMP_SHIFT) | low22Bits).toString();
}

/** An opaque url-safe token (interaction tokens, bot token tail, session ids). */
export function randomToken(bytes = 24): string {
  return randomBytes(bytes).toString('base64url');
}

/** A bot token shaped like Discord's: base64(bot id).timestamp.hmac. */
export function botTokenFor(botId: string): string {
  return `${Buffer.from(botId).toString('base64url')}.${randomToken(4)}.${randomToken(20)}`;
}

/** The time a snowflake was minted, as an ISO string (Discord's message timestamps match their ids). */
export function snowflakeTimestamp(id: string): string {
  const millis = (BigInt(id) >> TIMESTAMP_SHIFT) + DISCORD_EPOCH_MS;
  return new Date(Number(millis)).toISOString();
}
