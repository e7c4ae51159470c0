import type { ChatResponse } from '../../providers/types.ts'

/** Characters of a whole chat answer (text and tool-call arguments), only used to estimate its usage. */
export function answerSize(response: ChatResponse): number {
  let chars = 0
  for (const choice of response.choices ?? []) {
    const message = choice.message
    if (typeof message?.content === 'string') chars += message.content.length
    for (const call of message?.tool_calls ?? []) {
      if (call.type === 'function') chars += call.function?.arguments?.length ?? 0
    }
  }
  return chars
}
