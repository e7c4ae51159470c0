// A provider's response body as undici's dispatch handler delivers it: chunks queued as they arrive, read either
// whole (`whole`, the non-streamed answer: no iterator, no stream) or chunk by chunk (`for await`, a stream),
// with backpressure (the connection is paused while more than HIGH_WATER bytes wait to be read). `destroy`
// cancels the request, which closes its connection. Node's Readable would do the same at several times the cost.
import type { Dispatcher } from 'undici'

const HIGH_WATER = 64 * 1024

type Waiter = { resolve: (result: IteratorResult<Buffer>) => void; reject: (err: Error) => void }

export class UpstreamResponseBody implements AsyncIterable<Buffer> {
  #controller: Dispatcher.DispatchController | null = null
  #chunks: Buffer[] = []
  #queued = 0
  #ended = false
  #error: Error | null = null
  #destroyed = false
  #waiter: Waiter | null = null
  #whole: { max: number; resolve: (body: Buffer) => void; reject: (err: Error) => void } | null = null

  /** The dispatch's controller, to pause, resume and abort it. */
  attach(controller: Dispatcher.DispatchController): void {
    this.#controller = controller
  }

  push(chunk: Buffer): void {
    if (this.#destroyed) return
    this.#queued += chunk.length
    const whole = this.#whole
    if (whole && this.#queued > whole.max) {
      this.#fail(whole.reject, new BodyTooLargeError(whole.max))
      return
    }
    this.#chunks.push(chunk)
    const waiter = this.#waiter
    if (waiter) {
      this.#waiter = null
      waiter.resolve({ value: this.#take(), done: false })
    } else if (!whole && this.#queued > HIGH_WATER && !this.#controller?.paused) {
      this.#controller?.pause()
    }
  }

  end(): void {
    this.#ended = true
    if (this.#whole) this.#whole.resolve(this.#concat())
    else if (this.#waiter) this.#settle({ value: undefined, done: true })
  }

  error(err: Error): void {
    if (this.#ended || this.#destroyed) return
    this.#error = err
    if (this.#whole) this.#whole.reject(err)
    else if (this.#waiter) {
      const waiter = this.#waiter
      this.#waiter = null
      waiter.reject(err)
    }
  }

  /** Cancels the request (its connection is closed); what was queued is dropped. */
  destroy(reason?: Error): void {
    if (this.#destroyed) return
    this.#destroyed = true
    this.#chunks = []
    const why = reason ?? new Error('response body discarded')
    if (!this.#ended && !this.#error) this.#controller?.abort(why)
    this.#whole?.reject(why)
    if (this.#waiter) this.#settle({ value: undefined, done: true })
  }

  /** The whole body once it has arrived; a body past `max` bytes is cancelled with BodyTooLargeError. */
  whole(max: number): Promise<Buffer> {
    if (this.#error) return Promise.reject(this.#error)
    if (this.#queued > max) return new Promise((_, reject) => this.#fail(reject, new BodyTooLargeError(max)))
    if (this.#ended) return Promise.resolve(this.#concat())
    if (this.#controller?.paused) this.#controller.resume()
    return new Promise((resolve, reject) => {
      this.#whole = { max, resolve, reject }
    })
  }

  [Symbol.asyncIterator](): AsyncIterator<Buffer> {
    return {
      next: () => {
        if (this.#chunks.length > 0) return Promise.resolve({ value: this.#take(), done: false })
        if (this.#error) return Promise.reject(this.#error)
        if (this.#ended || this.#destroyed) return Promise.resolve({ value: undefined, done: true })
        return new Promise((resolve, reject) => {
          this.#waiter = { resolve, reject }
        })
      },
      // A `for await` left early (break, throw): the rest is not wanted.
      return: () => {
        this.destroy()
        return Promise.resolve({ value: undefined, done: true })
      },
    }
  }

  #take(): Buffer {
    const chunk = this.#chunks.length === 1 ? this.#chunks[0]! : this.#concat()
    this.#chunks = []
    this.#queued = 0
    if (this.#controller?.paused && !this.#ended) this.#controller.resume()
    return chunk
  }

  #concat(): Buffer {
    return this.#chunks.length === 1 ? this.#chunks[0]! : Buffer.concat(this.#chunks, this.#queued)
  }

  #settle(result: IteratorResult<Buffer>): void {
    const waiter = this.#waiter
    this.#waiter = null
    waiter?.resolve(result)
  }

  #fail(reject: (err: Error) => void, err: Error): void {
    this.destroy(err)
    reject(err)
  }
}

export class BodyTooLargeError extends Error {
  constructor(readonly max: number) {
    super(`response body larger than ${max} bytes`)
    this.name = 'BodyTooLargeError'
  }
}
