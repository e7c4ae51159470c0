// The OpenAI mock from the tests as a standalone upstream. It records every request; the benchmark has no use
// for them, so they are dropped regularly to keep memory flat.
import { startMockOpenAI } from '../test/helpers/mock-openai.ts'
import { serve } from './processes.ts'

const mock = await startMockOpenAI()
const clear = setInterval(() => {
  mock.requests.length = 0
}, 250)
serve({ url: mock.url }, async () => {
  clearInterval(clear)
  await mock.close()
})
