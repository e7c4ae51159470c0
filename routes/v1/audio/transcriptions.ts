// /v1/audio/transcriptions: OpenAI's speech to text, errors in OpenAI's shape.
import type { FastifyPluginAsync } from 'fastify'
import transcriptions from '../../api/v2/audio/transcriptions.ts'

const v1: FastifyPluginAsync = (app, opts) => transcriptions(app, { ...opts, surface: 'openai' })
export default v1
