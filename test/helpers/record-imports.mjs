// Loaded with `node --import`: appends the URL of every module the process resolves to $IMPORT_LOG, so a test can
// tell which packages a server loaded.
import { register } from 'node:module'

const hooks = `
import { appendFileSync } from 'node:fs'
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context)
  if (process.env.IMPORT_LOG) appendFileSync(process.env.IMPORT_LOG, result.url + '\\n')
  return result
}
`
register(`data:text/javascript,${encodeURIComponent(hooks)}`)
