import t from 'tap'
import { generateToken, isWellFormedToken, TOKEN_LENGTH, tokenHint } from '../../lib/token-format.ts'

t.test('generated tokens are hub_ + 40 base62 + 6 base62 checksum and pass the check', async (t) => {
  const seen = new Set<string>()
  for (let i = 0; i < 500; i++) {
    const token = generateToken()
    t.match(token, /^hub_[0-9A-Za-z]{46}$/)
    t.equal(token.length, TOKEN_LENGTH)
    t.ok(isWellFormedToken(token))
    seen.add(token)
  }
  t.equal(seen.size, 500, 'no repeats')
})

t.test('a typo, wrong prefix, length or charset is refused', async (t) => {
  const token = generateToken()
  const body = token.slice(4, 44)
  const flipped = body[0] === 'a' ? `b${body.slice(1)}` : `a${body.slice(1)}`
  t.notOk(isWellFormedToken(`hub_${flipped}${token.slice(44)}`), 'one changed character fails the checksum')
  t.notOk(isWellFormedToken(`sk_${token.slice(3)}`), 'wrong prefix')
  t.notOk(isWellFormedToken(token.slice(0, -1)), 'too short')
  t.notOk(isWellFormedToken(`${token}x`), 'too long')
  t.notOk(isWellFormedToken(`${token.slice(0, 10)}-${token.slice(11)}`), 'bad character')
  t.notOk(isWellFormedToken(''), 'empty')
})

t.test('the hint is the first 8 characters', async (t) => {
  const token = generateToken()
  t.equal(tokenHint(token), token.slice(0, 8))
})
