// The admin ceiling as a pure rule: scopes, model patterns and expiry within the caller's own; full admins only
// for other accounts; "manage" (patch, rotate, revoke, see) uses the same rule as "grant".
import t from 'tap'
import { assertMayGrant, assertMayManage, grantExcess, isFullAdmin, mayManage } from '../../lib/tokens/ceiling.ts'
import { SCOPES, type Scope } from '../../schemas/tokens.ts'

const hour = 3_600_000
const now = Date.now()
const full = { accountId: 'a', scopes: [...SCOPES] as Scope[], models: ['*'], expiresAt: null }
const limited = {
  accountId: 'a',
  scopes: ['admin', 'chat'] as Scope[],
  models: ['openai/*'],
  expiresAt: now + hour,
}

t.test('full admin: every scope, "*" and no expiry', async (t) => {
  t.ok(isFullAdmin(full))
  t.notOk(isFullAdmin({ ...full, expiresAt: now + hour }), 'expiring')
  t.notOk(isFullAdmin({ ...full, models: ['openai/*'] }), 'limited models')
  t.notOk(isFullAdmin({ ...full, scopes: ['admin'] }), 'missing scopes')
})

t.test('grantExcess names what exceeds, null when within', async (t) => {
  t.equal(grantExcess(limited, { scopes: ['chat'], models: ['openai/gpt-4o*'], expiresAt: now + 60_000 }), null)
  t.equal(grantExcess(limited, limited), null, 'an equal grant is within')
  t.match(grantExcess(limited, { ...limited, scopes: ['chat', 'usage'] }), /scope\(s\) usage/)
  t.match(grantExcess(limited, { ...limited, models: ['*'] }), /model pattern "\*"/)
  t.match(grantExcess(limited, { ...limited, models: ['anthropic/claude'] }), /anthropic\/claude/)
  t.match(grantExcess(limited, { ...limited, expiresAt: null }), /must expire no later/)
  t.match(grantExcess(limited, { ...limited, expiresAt: now + 2 * hour }), /later than this token's own/)
  t.equal(grantExcess(full, { ...full, expiresAt: now + hour }), null, 'a non-expiring holder may grant any expiry')
})

t.test('other accounts need a full admin; the root (null) has no ceiling', async (t) => {
  const narrow = { scopes: ['chat'] as Scope[], models: ['openai/gpt-4o'], expiresAt: now + 60_000 }
  t.throws(() => assertMayGrant(limited, 'b', narrow), { code: 'full_admin_required' })
  t.doesNotThrow(() => assertMayGrant(full, 'b', narrow))
  t.throws(() => assertMayGrant(limited, 'a', { ...narrow, scopes: ['usage'] }), { code: 'grant_exceeds_own' })
  t.doesNotThrow(() => assertMayGrant(null, 'b', full))
  t.throws(() => assertMayManage(limited, full), { code: 'grant_exceeds_own' })
  t.throws(() => assertMayManage(limited, { ...narrow, accountId: 'b' }), { code: 'full_admin_required' })
  t.notOk(mayManage(limited, full))
  t.ok(mayManage(limited, { ...narrow, accountId: 'a' }))
  t.notOk(mayManage(limited, { ...narrow, accountId: 'b' }))
  t.ok(mayManage(null, full))
})

t.test('admin implies metrics: a full admin without it stays one, and may grant it', async (t) => {
  const withoutMetrics = { ...full, scopes: SCOPES.filter((s) => s !== 'metrics') as Scope[] }
  t.ok(isFullAdmin(withoutMetrics), 'an admin token made before the metrics scope')
  t.equal(grantExcess(limited, { ...limited, scopes: ['metrics'] }), null, 'admin may grant metrics')
  const chatOnly = { ...limited, scopes: ['chat'] as Scope[] }
  t.match(grantExcess(chatOnly, { ...chatOnly, scopes: ['metrics'] }), /scope\(s\) metrics/, 'chat may not')
  t.notOk(isFullAdmin({ ...full, scopes: ['metrics', 'chat'] }), 'metrics implies nothing')
})
