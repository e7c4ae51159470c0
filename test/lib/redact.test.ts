// Known secrets leave provider text whole and in pieces; masks show little of a short key; only well-formed
// media types from a provider become our Content-Type.
import t from 'tap'
import { maskSecret } from '../../lib/crypto.ts'
import { safeMediaType } from '../../lib/media-type.ts'
import { secretRedactor } from '../../lib/redact.ts'

t.test('a credential is redacted whole and as any run of 8 or more of its characters', async (t) => {
  const key = 'Abc123/xyz+Secret.Key=9'
  const redact = secretRedactor([key])
  t.equal(redact(`bad key ${key}!`), 'bad key [redacted]!')
  t.equal(redact(`near "${key.slice(5, 13)}" and "${key.slice(0, 7)}"`), `near "[redacted]" and "${key.slice(0, 7)}"`)
  t.equal(redact(`${key.slice(10)}${key.slice(10)}`), '[redacted]', 'adjacent pieces are one redaction')
  t.equal(redact('nothing to see'), 'nothing to see')
})

t.test('a key shorter than 8 characters is redacted whole', async (t) => {
  const redact = secretRedactor(['ollama', ''])
  t.equal(redact('key ollama rejected; ollama!'), 'key [redacted] rejected; [redacted]!')
  t.equal(redact('olla'), 'olla')
})

t.test('masks show at most four characters of a short key', async (t) => {
  t.equal(maskSecret('sk-proj-0123456789abcdefghijwxyz'), 'sk-p…wxyz')
  t.equal(maskSecret('Abc123/xyz+Secret.Key=9'), '…ey=9')
  t.equal(maskSecret('short-key-12'), '…y-12')
  t.equal(maskSecret('tiny-key'), '…')
  t.equal(maskSecret('x'), '…')
})

t.test('a provider content type passes only when well formed', async (t) => {
  t.equal(safeMediaType('audio/mpeg', 'x/y'), 'audio/mpeg')
  t.equal(safeMediaType('text/plain; charset=utf-8', 'x/y'), 'text/plain; charset=utf-8')
  t.equal(safeMediaType('audio/wav; name="a b"', 'x/y'), 'audio/wav; name="a b"')
  for (const bad of [
    'audio/mpeg\r\nx-evil: 1',
    'audio/mpeg; name="café"',
    '音频/mpeg',
    'audio',
    '',
    undefined,
    ['a/b'],
  ]) {
    t.equal(safeMediaType(bad, 'application/octet-stream'), 'application/octet-stream', JSON.stringify(bad))
  }
})
