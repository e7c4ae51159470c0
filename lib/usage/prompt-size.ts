/** Characters of prompt text, only used to estimate usage when an aborted stream never got a count. */
export function promptSize(messages: readonly { content?: unknown }[]): number {
  let chars = 0
  for (const m of messages) {
    chars += typeof m.content === 'string' ? m.content.length : JSON.stringify(m.content ?? '').length
  }
  return chars
}
