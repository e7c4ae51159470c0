// /v1/responses: OpenAI's Responses API where OpenAI SDKs look, errors in OpenAI's shape.
import type { FastifyPluginAsync } from 'fastify'
import responses from '../api/v2/responses.ts'

const v1: FastifyPluginAsync = (app, opts) => responses(app, { ...opts, surface: 'openai' })
export default v1
