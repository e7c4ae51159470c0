// The two Lua scripts of the Redis store: Redis runs each atomically, so an admission over several counters is
// all or nothing across replicas. No library offers that: rate-limiter-flexible and @fastify/rate-limit consume
// one key per call (RateLimiterUnion consumes each limiter separately and keeps what it took when one refuses),
// and neither reserves money. Money is compared through Redis' own 64-bit integer arithmetic (the sign of a
// result), never through Lua's doubles, so it stays exact at any balance.
//
// KEYS[i] is check i; ARGV = now, holder, leaseMs, then for each check: kind, limit, take, ttlMs.
// Kinds: b balance (credits left), g budget (spent), r rpm, t tpm (window counters), c concurrency (a sorted set
// of holders scored by lease end, so a replica that dies does not hold its slots for ever).
export const ADMIT = `
local now = tonumber(ARGV[1])
local holder = ARGV[2]
local lease = tonumber(ARGV[3])
local n = #KEYS
for i = 1, n do
  local kind = ARGV[4 * i]
  if (kind == 'b' or kind == 'g') and redis.call('EXISTS', KEYS[i]) == 0 then return {'missing', i} end
end
local counts = {}
local applied = 0
local refused = 0
for i = 1, n do
  local key, kind, limit, take, ttl = KEYS[i], ARGV[4 * i], ARGV[4 * i + 1], ARGV[4 * i + 2], ARGV[4 * i + 3]
  counts[i] = 0
  if kind == 'c' then
    redis.call('ZREMRANGEBYSCORE', key, '-inf', now)
    local held = redis.call('ZCARD', key)
    if held >= tonumber(limit) then refused = i break end
    redis.call('ZADD', key, now + lease, holder)
    redis.call('PEXPIRE', key, lease)
    counts[i] = held + 1
    applied = i
  elseif kind == 'b' then
    applied = i
    if redis.call('DECRBY', key, take) < 0 then refused = i break end
  elseif kind == 'g' then
    redis.call('INCRBY', key, take)
    applied = i
    local over = redis.call('DECRBY', key, limit)
    redis.call('INCRBY', key, limit)
    if over > 0 then refused = i break end
  else
    local count = redis.call('INCRBY', key, take)
    if tonumber(ttl) > 0 then redis.call('PEXPIRE', key, ttl) end
    counts[i] = count
    applied = i
    if count > tonumber(limit) then refused = i break end
  end
end
if refused == 0 then return {'admitted', counts} end
for j = applied, 1, -1 do
  local key, kind, take = KEYS[j], ARGV[4 * j], ARGV[4 * j + 2]
  if kind == 'c' then redis.call('ZREM', key, holder)
  elseif kind == 'b' then redis.call('INCRBY', key, take)
  else redis.call('DECRBY', key, take) end
end
return {'refused', refused}
`

// ARGV = holder, then for each check: kind, delta. Counters move only where they exist: a key that expired (a
// window or period over) or was never loaded is left to its next fill.
export const SETTLE = `
local holder = ARGV[1]
for i = 1, #KEYS do
  local kind, delta = ARGV[2 * i], ARGV[2 * i + 1]
  if kind == 'c' then redis.call('ZREM', KEYS[i], holder)
  elseif delta ~= '0' and redis.call('EXISTS', KEYS[i]) == 1 then redis.call('INCRBY', KEYS[i], delta) end
end
return 0
`
