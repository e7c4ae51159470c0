// A Hub in front of the OpenAI mock with two image models, for the AIGNE image tests: `dall-e-test` priced per image
// (answers URLs, no usage) and `gpt-image-test` priced per token (answers base64 with usage). The AIGNE client's
// environment variables are cleared, so it goes where each test points it.
import type { Test } from 'tap'
import { type Gateway, gateway } from './gateway.ts'

for (const name of ['BLOCKLET_AIGNE_API_PROVIDER', 'BLOCKLET_AIGNE_API_MODEL', 'BLOCKLET_APP_PID', 'ABT_NODE_DID'])
  delete process.env[name]

export async function withImageModels(t: Test): Promise<Gateway> {
  const gw = await gateway(t)
  await gw.addModels([
    { id: 'mock/dall-e-test', type: 'image', outputPrice: '0.04' },
    { id: 'mock/gpt-image-test', type: 'image', inputPrice: '5', outputPrice: '40' },
  ])
  return gw
}
