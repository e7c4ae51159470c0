// /v1/models: the /api/v2 route, with errors in OpenAI's shape for OpenAI-speaking tools.
import type { FastifyPluginAsync } from 'fastify'
import models from '../api/v2/models.ts'

const v1: FastifyPluginAsync = (app, opts) => models(app, { ...opts, surface: 'openai' })
export default v1
