// Who makes an admin write: a token through the API (bounded by the admin ceiling), the operator's CLI or Hub
// itself (the first-start bootstrap). Every write method of the token and account services takes one, so a
// write cannot be made without saying who made it.
import type { Principal } from '../tokens/principal.ts'

export type Actor =
  | { type: 'token'; principal: Principal; requestId: string; ip: string }
  | { type: 'cli' }
  | { type: 'system' }

export const CLI_ACTOR: Actor = { type: 'cli' }
export const SYSTEM_ACTOR: Actor = { type: 'system' }

/** The token an actor is bounded by; the CLI and the bootstrap are the operator's root and have none. */
export const holderOf = (actor: Actor): Principal | null => (actor.type === 'token' ? actor.principal : null)
