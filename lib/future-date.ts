// An expiry given to the admin API (a token's, a credit grant's): a real date, in the future.
import { HubError } from './errors.ts'

/** null and undefined pass through (no expiry / unchanged). */
export function parseFutureDate(value: string | null | undefined, field = 'expiresAt'): Date | null | undefined {
  if (value === undefined || value === null) return value
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) throw new HubError('validation_error', `${field} is not a valid date`)
  if (date.getTime() <= Date.now()) throw new HubError('validation_error', `${field} must be in the future`)
  return date
}
