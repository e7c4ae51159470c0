// /v1/images/edits: OpenAI's image edits, errors in OpenAI's shape.
import type { FastifyPluginAsync } from 'fastify'
import edits from '../../api/v2/images/edits.ts'

const v1: FastifyPluginAsync = (app, opts) => edits(app, { ...opts, surface: 'openai' })
export default v1
