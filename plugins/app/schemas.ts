// Registers every named TypeBox schema once, so routes can `ref()` them and the OpenAPI document lists them
// as components under their own names.
import type { TSchema } from '@sinclair/typebox'
import fp from 'fastify-plugin'
import { accountSchemas } from '../../schemas/accounts.ts'
import { aigneImageSchemas, aigneSchemas } from '../../schemas/aigne.ts'
import { aigneVideoSchemas } from '../../schemas/aigne-video.ts'
import { anthropicMessagesSchemas } from '../../schemas/anthropic-messages.ts'
import { auditSchemas } from '../../schemas/audit.ts'
import { creditSchemas } from '../../schemas/credits.ts'
import { deploymentSchemas } from '../../schemas/deployments.ts'
import { errorSchemas } from '../../schemas/errors.ts'
import { limitSchemas } from '../../schemas/limits.ts'
import { modelSchemas } from '../../schemas/models.ts'
import { audioSchemas } from '../../schemas/openai-audio.ts'
import { openAIChatSchemas } from '../../schemas/openai-chat.ts'
import { embeddingSchemas } from '../../schemas/openai-embeddings.ts'
import { imageSchemas } from '../../schemas/openai-images.ts'
import { openAIModelSchemas } from '../../schemas/openai-models.ts'
import { responsesSchemas } from '../../schemas/openai-responses.ts'
import { providerSchemas } from '../../schemas/providers.ts'
import { sessionSchemas } from '../../schemas/session.ts'
import { statusSchemas } from '../../schemas/status.ts'
import { tokenSchemas } from '../../schemas/tokens.ts'
import { usageSchemas } from '../../schemas/usage.ts'

export const allSchemas: TSchema[] = [
  ...errorSchemas,
  ...tokenSchemas,
  ...sessionSchemas,
  ...limitSchemas,
  ...accountSchemas,
  ...creditSchemas,
  ...auditSchemas,
  ...providerSchemas,
  ...modelSchemas,
  ...deploymentSchemas,
  ...usageSchemas,
  ...statusSchemas,
  ...openAIChatSchemas,
  ...responsesSchemas,
  ...openAIModelSchemas,
  ...embeddingSchemas,
  ...imageSchemas,
  ...audioSchemas,
  ...aigneSchemas,
  ...aigneImageSchemas,
  ...aigneVideoSchemas,
  ...anthropicMessagesSchemas,
]

export default fp(
  async (app) => {
    for (const schema of allSchemas) app.addSchema(schema)
  },
  { name: 'schemas' },
)
