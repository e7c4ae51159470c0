// /v1/audio/speech: OpenAI's text to speech, errors in OpenAI's shape.
import type { FastifyPluginAsync } from 'fastify'
import speech from '../../api/v2/audio/speech.ts'

const v1: FastifyPluginAsync = (app, opts) => speech(app, { ...opts, surface: 'openai' })
export default v1
