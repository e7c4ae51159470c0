// /v1/images/generations: OpenAI's image generation, errors in OpenAI's shape.
import type { FastifyPluginAsync } from 'fastify'
import images from '../../api/v2/images/generations.ts'

const v1: FastifyPluginAsync = (app, opts) => images(app, { ...opts, surface: 'openai' })
export default v1
