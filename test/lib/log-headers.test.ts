import { PassThrough } from 'node:stream'
import pino from 'pino'
import { test } from 'tap'
import { redactLoggedHeaders } from '../../lib/log-headers.ts'

const secret = 'Bearer hub_0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJ'

test('credentials in any logged headers object are censored, the caller’s object untouched', async (t) => {
  const headers = { authorization: secret, 'x-api-key': 'sk-abc', cookie: 'sid=1', accept: '*/*' }
  const logged = redactLoggedHeaders({ req: { method: 'POST', headers }, busboyOptions: { headers }, n: 1 })
  t.same(logged, {
    req: {
      method: 'POST',
      headers: { authorization: '[Redacted]', 'x-api-key': '[Redacted]', cookie: '[Redacted]', accept: '*/*' },
    },
    busboyOptions: {
      headers: { authorization: '[Redacted]', 'x-api-key': '[Redacted]', cookie: '[Redacted]', accept: '*/*' },
    },
    n: 1,
  })
  t.equal(headers.authorization, secret, 'the request’s own headers are not changed')
})

test('an object with nothing to censor is passed through as it is', async (t) => {
  const object = { method: 'POST', url: '/v1/chat/completions', req: { headers: { accept: '*/*' } } }
  t.equal(redactLoggedHeaders(object), object)
})

test('through pino: an error carrying headers keeps its message and loses the credential', async (t) => {
  const out = new PassThrough()
  const lines: string[] = []
  out.on('data', (chunk: Buffer) => lines.push(chunk.toString()))
  const log = pino({ formatters: { log: redactLoggedHeaders } }, out)
  const err = Object.assign(new Error('upstream said no'), { headers: { authorization: secret } })
  log.error({ err }, 'failed')
  await new Promise((resolve) => setImmediate(resolve))
  const text = lines.join('')
  t.notOk(text.includes('hub_0123'), 'no token in the line')
  t.match(text, /upstream said no/)
  t.match(text, /\[Redacted\]/)
})
