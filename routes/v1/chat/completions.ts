// /v1/chat/completions: the /api/v2 route, with errors in OpenAI's shape for OpenAI-speaking tools.
import type { FastifyPluginAsync } from 'fastify'
import chat from '../../api/v2/chat/completions.ts'

const v1: FastifyPluginAsync = (app, opts) => chat(app, { ...opts, surface: 'openai' })
export default v1
