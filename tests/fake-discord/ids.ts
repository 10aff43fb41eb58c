// Snowflakes as Discord makes them (milliseconds since the Discord epoch, shifted 22 bits,
// plus a counter), so discord.js's timestamps and its REST router, which only treats 17–19
// digit path segments as ids, behave as in production.
const DISCORD_EPOCH = 1_420_070_400_000n;
let counter = 0n;

export function nextSnowflake(): string {
  counter = (counter + 1n) & 0x3fffffn;
  return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | counter).toString();
}
