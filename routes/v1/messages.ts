// /v1/messages: where Anthropic SDKs and Claude Code look (`baseURL: http://host`), the same route as /api/v2.
import type { FastifyPluginAsync } from 'fastify'
import messages from '../api/v2/messages.ts'

const v1: FastifyPluginAsync = (app, opts) => messages(app, { ...opts, operationSuffix: 'V1' })
export default v1
