// /v1/embeddings: OpenAI's embeddings endpoint, errors in OpenAI's shape.
import type { FastifyPluginAsync } from 'fastify'
import embeddings from '../api/v2/embeddings.ts'

const v1: FastifyPluginAsync = (app, opts) => embeddings(app, { ...opts, surface: 'openai' })
export default v1
