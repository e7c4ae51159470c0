// The usage record of the last call, read back through the admin API once the writer has flushed it.
import type { ListeningHub } from './listening-hub.ts'

export async function lastRecord(hub: Pick<ListeningHub, 'usage'>, count = 1): Promise<Record<string, unknown>> {
  for (let i = 0; i < 100; i++) {
    const records = await hub.usage()
    if (records.length >= count) return records[0]
    await new Promise((r) => setTimeout(r, 20))
  }
  throw new Error(`no usage record #${count}`)
}
