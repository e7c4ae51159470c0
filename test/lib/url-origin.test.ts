import t from 'tap'
import { splitUrl } from '../../lib/url-origin.ts'

t.test('splits a provider URL as undici dispatch takes it, normalising the origin like the URL parser', async (t) => {
  t.same(splitUrl('https://api.openai.com/v1/chat/completions'), {
    origin: 'https://api.openai.com',
    path: '/v1/chat/completions',
  })
  t.same(splitUrl('HTTP://Example.COM:80/a/b?x=1&y=%2F'), { origin: 'http://example.com', path: '/a/b?x=1&y=%2F' })
  t.same(splitUrl('http://127.0.0.1:8080/v1beta/models/g:generateContent?alt=sse'), {
    origin: 'http://127.0.0.1:8080',
    path: '/v1beta/models/g:generateContent?alt=sse',
  })
  // Cached by prefix: the second URL on the same origin gives its own path.
  t.same(splitUrl('https://api.openai.com/v1/embeddings').path, '/v1/embeddings')
  t.same(splitUrl('http://host.test?q=1'), { origin: 'http://host.test', path: '/?q=1' })
  t.same(splitUrl('http://host.test'), { origin: 'http://host.test', path: '/' })
})
