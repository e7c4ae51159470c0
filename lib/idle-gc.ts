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

/**
 * V8 shrinks its young generation (32 MB resident once a burst has grown it) only in a collection made when
 * allocation has been low for its whole measuring window (5 s): a collection right after a burst leaves it at
 * full size. So a busy spell gets a second collection once it has been quiet for `settleMs`.
 */
const SETTLE_MS = 6000

/**
 * Every `idleMs`: if requests came since the last look and none in the last `idleMs`, collect once; if still
 * none came once `settleMs` have passed, collect again, which gives the young generation back.
 */
export function idleCollector(idleMs: number, gc: () => void = fullCollection(), settleMs = SETTLE_MS): IdleCollector {
  let requests = 0
  let seen = 0
  // Looks without a request since the last busy one; -1 once that spell is settled (or before any).
  let quiet = -1
  const settleLooks = Math.max(1, Math.ceil(settleMs / idleMs))
  const timer = setInterval(() => {
    if (requests !== seen) {
      seen = requests
      quiet = 0
      return
    }
    if (quiet < 0) return
    quiet++
    if (quiet === 1 || quiet === settleLooks) gc()
    if (quiet >= settleLooks) quiet = -1
  }, idleMs)
  timer.unref()
  return {
    busy: () => {
      requests++
    },
    stop: () => clearInterval(timer),
  }
}
