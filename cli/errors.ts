// What the CLI tells an operator when a command cannot run: one line on stderr, never a stack trace.

/** The command line itself is wrong: the usage is printed, exit 2. */
export class UsageError extends Error {}

/** The command is understood but cannot be done (bad value, unknown id): exit 1. */
export class CliError extends Error {}

/** Prisma's codes for the two failures an operator causes: a duplicate name, a row that is gone. */
export function describeDatabaseError(err: unknown): string | null {
  const code = (err as { code?: unknown }).code
  if (code === 'P2002') return 'a record with the same name or id already exists'
  if (code === 'P2025') return 'the record does not exist'
  return null
}
