// Regenerates test/openapi/hub-api.d.ts and the test/openapi/hey-api/ SDK from the OpenAPI document of a Hub built on a throwaway database.
import { writeFileSync } from 'node:fs'
import Fastify from 'fastify'
import type { OpenAPI3 } from 'openapi-typescript'
import app, { serverOptions } from '../app.ts'
import { loadConfig } from '../lib/config.ts'
import { openDatabase } from '../lib/db/open.ts'
import { HEY_API_DIR, TYPES_FILE, typesFrom, writeHeyApiClient } from '../test/helpers/openapi.ts'

const config = { HUB_SECRET: 'x'.repeat(32), LOG_LEVEL: 'warn', BOOTSTRAP_ADMIN: false }
const database = await openDatabase({ dataDir: 'memory://' })
const server = Fastify(serverOptions(loadConfig(config)))
await server.register(app, { config, database })
await server.ready()
writeFileSync(TYPES_FILE, await typesFrom(server.swagger() as OpenAPI3))
await writeHeyApiClient(server.swagger(), HEY_API_DIR)
await server.close()
await database.close()
console.log(`wrote ${TYPES_FILE.pathname} and ${HEY_API_DIR}`)
