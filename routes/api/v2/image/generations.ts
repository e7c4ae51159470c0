// POST /api/v2/image/generations: AIGNE Hub's singular spelling of /api/v2/images/generations.
import type { FastifyPluginAsync } from 'fastify'
import images from '../images/generations.ts'

const singular: FastifyPluginAsync = (app, opts) => images(app, { ...opts, operationSuffix: 'Singular' })
export default singular
