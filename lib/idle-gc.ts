// Gives memory back once the server is idle. V8 lets the heap grow under load and, with no allocation to trigger
// it, never collects again while idle: after a burst Hub held ~330 MB for a ~50 MB live heap. Node has no
// idle-time collection, so Hub asks for one: a full collection once no request came for a while after a busy
// spell (tens of ms of one core, when nothing waits for it), and once when the start is over.
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

let collect: (() => void) | null = null

/** V8's `gc()`, without starting Node with --expose-gc (the flag is read when a context is created). */
export function fullCollection(): () => void {
  if (!collect) {
    setFlagsFromString('--expose-gc')
    collect = runInNewContext('gc') as () => void
  }
  return collect
}

export interface IdleCollector {
  /** Counts a request: the next idle spell collects. */
  busy(): void
  stop(): void
}

/** Every `idleMs`: if requests came since the last look and none in the last `idleMs`, collect once. */
export function idleCollector(idleMs: number, gc: () => void = fullCollection()): IdleCollector {
  let requests = 0
  let seen = 0
  let pending = false
  const timer = setInterval(() => {
    if (requests !== seen) {
      seen = requests
      pending = true
      return
    }
    if (!pending) return
    pending = false
    gc()
  }, idleMs)
  timer.unref()
  return {
    busy: () => {
      requests++
    },
    stop: () => clearInterval(timer),
  }
}
