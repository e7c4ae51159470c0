// Gemini 3's thought signature across tool turns on the Anthropic Messages and OpenAI Responses surfaces, through
// the official SDKs: it comes out in the slot each API's clients send back unchanged (a thinking block's signature,
// a reasoning item's encrypted_content), the client sends the answer back as it got it, and the signature reaches
// Gemini on the right functionCall; without it the mock refuses the turn as Gemini 3 does.
import Anthropic from '@anthropic-ai/sdk'
import OpenAI from 'openai'
import t, { type Test } from 'tap'
import { gateway } from '../../helpers/gateway.ts'
import { GEMINI_SIGNATURE, GEMINI_TOOLS } from '../../helpers/mock-google.ts'
import { withMockGoogle } from '../../helpers/mock-providers.ts'

const model = 'google/gemini-3-tools'
const city = { type: 'object' as const, properties: { city: { type: 'string' } }, required: ['city'] }

async function setup(t: Test) {
  const gw = await gateway(t)
  const gemini = await withMockGoogle(t, gw, ['gemini-3-tools'])
  const { token } = await gw.issue(['chat'])
  /** The thoughtSignature on the first functionCall of the model turn Gemini got last. */
  const sentSignature = () =>
    gemini.requests
      .at(-1)
      ?.body.contents.find((c) => c.role === 'model')
      ?.parts.find((p) => p.functionCall)?.thoughtSignature
  return { gw, token, sentSignature }
}

t.test('Anthropic Messages: a thinking block carries it before its tool_use, plain and streamed', async (t) => {
  const { gw, token, sentSignature } = await setup(t)
  const client = new Anthropic({ baseURL: gw.url, apiKey: token, maxRetries: 0 })
  const tools: Anthropic.Tool[] = [{ name: 'get_weather', input_schema: city }]
  const ask: Anthropic.MessageParam = { role: 'user', content: 'Weather and time?' }
  for (const stream of [false, true]) {
    const how = stream ? 'streamed' : 'plain'
    const request = { model, max_tokens: 100, messages: [ask], tools }
    const answer = stream ? await client.messages.stream(request).finalMessage() : await client.messages.create(request)
    t.same(
      answer.content.map((b) => b.type),
      ['text', 'thinking', 'tool_use', 'tool_use'],
      `${how}: one thinking block, before the signed (first) call`,
    )
    const thinking = answer.content[1] as Anthropic.ThinkingBlock
    t.ok(thinking.signature.endsWith(GEMINI_SIGNATURE), `${how}: the signature is Gemini's`)
    t.equal(thinking.thinking, '')
    const uses = answer.content.filter((b) => b.type === 'tool_use')
    t.same(
      uses.map((b) => b.name),
      GEMINI_TOOLS.map((c) => c.name),
    )

    // The conversation goes on with the assistant content as received, as Anthropic's tool-use docs show.
    const results: Anthropic.ToolResultBlockParam[] = uses.map((b) => ({
      type: 'tool_result',
      tool_use_id: b.id,
      content: '{"ok":true}',
    }))
    const next = await client.messages.create({
      ...request,
      messages: [ask, { role: 'assistant', content: answer.content }, { role: 'user', content: results }],
    })
    t.equal(next.type, 'message', `${how}: Gemini 3 took the next turn`)
    t.equal(sentSignature(), GEMINI_SIGNATURE, `${how}: the signature reached Gemini on the first functionCall`)

    const stripped = answer.content.filter((b) => b.type !== 'thinking')
    const refused = await client.messages
      .create({
        ...request,
        messages: [ask, { role: 'assistant', content: stripped }, { role: 'user', content: results }],
      })
      .catch((e) => e)
    t.type(refused, Anthropic.BadRequestError, `${how}: without the thinking block, Gemini 3 refuses the turn`)
    t.match(refused.message, /thought_signature/)
  }

  // A thinking block that is not Hub's (a real Anthropic signature) is not sent to Gemini as one.
  const foreign = await client.messages
    .create({
      model,
      max_tokens: 100,
      tools,
      messages: [
        ask,
        {
          role: 'assistant',
          content: [
            { type: 'thinking', thinking: 'Hmm.', signature: 'EqQBCkYIBxgCKkA' },
            { type: 'tool_use', id: 'toolu_1', name: 'get_weather', input: {} },
          ],
        },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: '{}' }] },
      ],
    })
    .catch((e) => e)
  t.type(foreign, Anthropic.BadRequestError)
  t.equal(sentSignature(), undefined, 'no thoughtSignature made up from another provider')
})

t.test('OpenAI Responses: a reasoning item carries it before its function_call, whole and streamed', async (t) => {
  const { gw, token, sentSignature } = await setup(t)
  const client = new OpenAI({ baseURL: `${gw.url}/v1`, apiKey: token, maxRetries: 0 })
  const tools: OpenAI.Responses.FunctionTool[] = [
    { type: 'function', name: 'get_weather', parameters: city, strict: false },
  ]
  const ask: OpenAI.Responses.ResponseInputItem = { role: 'user', content: 'Weather and time?' }
  for (const stream of [false, true]) {
    const how = stream ? 'streamed' : 'whole'
    const request = { model, input: [ask], tools }
    const answer = stream
      ? await client.responses.stream(request).finalResponse()
      : await client.responses.create(request)
    t.same(
      answer.output.map((item) => item.type),
      ['message', 'reasoning', 'function_call', 'function_call'],
      `${how}: one reasoning item, before the signed (first) call`,
    )
    const reasoning = answer.output[1] as OpenAI.Responses.ResponseReasoningItem
    t.ok(reasoning.encrypted_content?.endsWith(GEMINI_SIGNATURE), `${how}: its encrypted_content is the signature`)
    const calls = answer.output.flatMap((item) => (item.type === 'function_call' ? [item] : []))

    // Stateless, as OpenAI's docs show: the output items as received, then the function outputs.
    const outputs: OpenAI.Responses.ResponseInputItem[] = calls.map((c) => ({
      type: 'function_call_output',
      call_id: c.call_id,
      output: '{"ok":true}',
    }))
    const next = await client.responses.create({
      ...request,
      input: [ask, ...(answer.output as OpenAI.Responses.ResponseInputItem[]), ...outputs],
    })
    t.equal(next.status, 'completed', `${how}: Gemini 3 took the next turn`)
    t.equal(sentSignature(), GEMINI_SIGNATURE, `${how}: the signature reached Gemini on the first functionCall`)

    const stripped = answer.output.filter((item) => item.type !== 'reasoning') as OpenAI.Responses.ResponseInputItem[]
    const refused = await client.responses.create({ ...request, input: [ask, ...stripped, ...outputs] }).catch((e) => e)
    t.type(refused, OpenAI.BadRequestError, `${how}: without the reasoning item, Gemini 3 refuses the turn`)
    t.match(refused.message, /thought_signature/)
  }
})
