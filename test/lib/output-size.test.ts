// Every class of model output counts toward an estimate, in every choice: the shapes the mocks do not produce
// (n > 1, spoken answers, legacy function calls, OpenRouter's `reasoning`, content as text parts).
import t from 'tap'
import { answerOutputSize, chunkOutputSize } from '../../lib/usage/output-size.ts'
import type { ChatChunk, ChatResponse } from '../../providers/types.ts'

t.test('a whole answer: every choice and every output class', async (t) => {
  const response = {
    id: 'c',
    object: 'chat.completion',
    created: 0,
    model: 'm',
    choices: [
      { index: 0, message: { role: 'assistant', content: 'abcd', reasoning_content: 'ef' }, finish_reason: 'stop' },
      {
        index: 1,
        message: {
          role: 'assistant',
          content: null,
          refusal: 'no',
          audio: { id: 'a', data: 'UklGRg==', transcript: 'spoken' },
          function_call: { name: 'fn', arguments: '{}' },
        },
        finish_reason: 'stop',
      },
    ],
  } as unknown as ChatResponse
  // 4 + 2 in the first choice; 2 + 6 (the transcript, not the audio data) + 2 + 2 in the second.
  t.equal(answerOutputSize(response), 18)
})

t.test('a chunk: reasoning as OpenRouter names it, text parts, tool call names and arguments', async (t) => {
  const chunk = {
    id: 'c',
    object: 'chat.completion.chunk',
    created: 0,
    model: 'm',
    choices: [
      { index: 0, delta: { reasoning: 'hmm', content: [{ type: 'text', text: 'hi' }] }, finish_reason: null },
      {
        index: 1,
        delta: { tool_calls: [{ index: 0, function: { name: 'get', arguments: '{"a"' } }] },
        finish_reason: null,
      },
    ],
  } as unknown as ChatChunk
  t.equal(chunkOutputSize(chunk), 3 + 2 + 3 + 4)
})
