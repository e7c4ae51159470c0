import type { ChatRequest } from '../../providers/types.ts'

/**
 * Characters of prompt, only used to estimate usage when the provider reports none: every message's content,
 * the tool calls earlier assistant turns made, and the tool definitions (all are input the provider bills).
 */
export function promptSize(req: Pick<ChatRequest, 'messages' | 'tools' | 'functions'>): number {
  let chars = 0
  for (const m of req.messages) {
    chars += typeof m.content === 'string' ? m.content.length : JSON.stringify(m.content ?? '').length
    const calls = (m as { tool_calls?: unknown }).tool_calls
    if (calls) chars += JSON.stringify(calls).length
  }
  if (req.tools?.length) chars += JSON.stringify(req.tools).length
  if (req.functions?.length) chars += JSON.stringify(req.functions).length
  return chars
}
