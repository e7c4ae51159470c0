// CPU time and resident memory of a process and all its descendants, read from /proc (Linux): Hub started the
// way `npm start` starts it may be a wrapper (tsx) with the server as its child.
import { readdirSync, readFileSync } from 'node:fs'

const TICK_MS = 10 // USER_HZ is 100 on every Linux Node supports
const PAGE = 4096

interface Stat {
  pid: number
  ppid: number
  command: string
  cpuMs: number
  rssBytes: number
}

function stat(pid: number): Stat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // The command name may hold spaces and parentheses: fields start after the last ')'.
    const f = text.slice(text.lastIndexOf(')') + 2).split(' ')
    return {
      pid,
      command: text.slice(text.indexOf('(') + 1, text.lastIndexOf(')')),
      ppid: Number(f[1]),
      cpuMs: (Number(f[11]) + Number(f[12])) * TICK_MS,
      rssBytes: Number(f[21]) * PAGE,
    }
  } catch {
    return null
  }
}

/** The process `root` and its descendants. */
export function tree(root: number): (Stat & { depth: number })[] {
  const all: Stat[] = []
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    const s = stat(Number(name))
    if (s) all.push(s)
  }
  const found = all.filter((s) => s.pid === root).map((s) => ({ ...s, depth: 0 }))
  for (let i = 0; i < found.length; i++) {
    for (const s of all) if (s.ppid === found[i]!.pid) found.push({ ...s, depth: found[i]!.depth + 1 })
  }
  return found
}

/** The server: the deepest Node process (a launcher such as tsx is its parent; esbuild is no Node process). */
export function serverOf(procs: ReturnType<typeof tree>) {
  const nodes = procs.filter((p) => p.command.startsWith('node') || p.command === 'MainThread')
  return nodes.sort((a, b) => b.depth - a.depth)[0] ?? procs[0]
}

export interface Usage {
  /** CPU time of the whole tree, ms. */
  cpuMs: number
  /** Resident memory of the server process. */
  serverRssMb: number
  /** Resident memory of the whole tree. */
  treeRssMb: number
}

export function usage(root: number): Usage {
  const procs = tree(root)
  const mb = (bytes: number) => bytes / 1024 / 1024
  return {
    cpuMs: procs.reduce((sum, p) => sum + p.cpuMs, 0),
    serverRssMb: mb(serverOf(procs)?.rssBytes ?? 0),
    treeRssMb: mb(procs.reduce((sum, p) => sum + p.rssBytes, 0)),
  }
}
