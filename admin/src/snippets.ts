// Ready-to-paste first calls with a freshly issued token: curl, the OpenAI SDK and the AIGNE client.
export interface Snippet {
  label: string
  code: string
}

export function snippetsFor(token: string, model: string, origin = window.location.origin): Snippet[] {
  return [
    {
      label: 'curl',
      code: `curl ${origin}/v1/chat/completions \\
  -H "Authorization: Bearer ${token}" \\
  -H "Content-Type: application/json" \\
  -d '{"model": "${model}", "messages": [{"role": "user", "content": "Hello"}]}'`,
    },
    {
      label: 'OpenAI SDK',
      code: `import OpenAI from 'openai'

const client = new OpenAI({ baseURL: '${origin}/v1', apiKey: '${token}' })
const answer = await client.chat.completions.create({
  model: '${model}',
  messages: [{ role: 'user', content: 'Hello' }],
})
console.log(answer.choices[0].message.content)`,
    },
    {
      label: 'AIGNE client',
      code: `import { AIGNEHubChatModel } from '@aigne/aigne-hub'

const model = new AIGNEHubChatModel({
  baseURL: '${origin}',
  apiKey: '${token}',
  model: 'aignehub/${model}',
})
const answer = await model.invoke({ messages: [{ role: 'user', content: 'Hello' }] })
console.log(answer.text)`,
    },
  ]
}
