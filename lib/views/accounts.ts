import type { Account } from '../../generated/prisma/client.ts'
import { limitsView } from './limits.ts'

/** An account as the API shows it. */
export function accountView(row: Account) {
  return {
    id: row.id,
    name: row.name,
    disabled: row.disabledAt !== null,
    disabledAt: row.disabledAt ? row.disabledAt.toISOString() : null,
    billingMode: row.billingMode as 'postpaid' | 'credits',
    ...limitsView(row),
    createdAt: row.createdAt.toISOString(),
  }
}
