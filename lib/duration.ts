// "30d", "12h", "90m", "45s" → milliseconds; used by the CLI's --expires-in.
const UNITS: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 }

export function parseDuration(text: string): number | null {
  const match = /^(\d+)\s*([smhdw])$/.exec(text.trim())
  if (!match) return null
  const ms = Number(match[1]) * UNITS[match[2]]
  return ms > 0 && Number.isSafeInteger(ms) ? ms : null
}
