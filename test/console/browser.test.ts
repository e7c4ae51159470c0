// The admin console end to end, in Debian's Chromium driven by playwright-core: sign in with an admin token, add a
// provider pointing at the local OpenAI mock, a priced model with an alias, the provider's key (checked as it is
// saved, the answer shown), a deployment, issue a token and copy it, call Hub with it over HTTP, see the call and
// its cost on the usage screen, revoke the token in the console and see Hub refuse it. Writes a screenshot of each
// screen (helpers/console-browser.ts).
import t from 'tap'
import { openConsoleBrowser, skipWithoutChromium as skip } from '../helpers/console-browser.ts'
import { json, listeningHub } from '../helpers/listening-hub.ts'
import { startMockOpenAI } from '../helpers/mock-openai.ts'

const MOCK_KEY = 'sk-console-0123456789abcdefghijklmnopqrstuvwxyz'

t.test('from sign-in to a revoked token, through the console', { skip }, async (t) => {
  const hub = await listeningHub(t)
  const mock = await startMockOpenAI()
  t.teardown(() => mock.close())
  const { context, page, problems, shot } = await openConsoleBrowser(t)
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: hub.url })

  // Sign in: / leads to the console; a chat token is refused with the reason; the admin token opens a session.
  await page.goto(`${hub.url}/`)
  t.equal(new URL(page.url()).pathname, '/admin/')
  await shot('sign-in')
  const chat = await hub.issue(['chat'], { name: 'a chat token' })
  await page.fill('input[name=token]', chat.token)
  await page.click('button[type=submit]')
  await page.getByRole('alert').filter({ hasText: '"admin" scope' }).waitFor()
  await page.fill('input[name=token]', hub.adminToken)
  await page.click('button[type=submit]')
  await page.getByRole('heading', { name: 'Get started' }).waitFor()
  const cookies = await context.cookies()
  t.match(cookies, [{ name: 'hub_session', httpOnly: true, sameSite: 'Strict', path: '/api/admin' }])
  t.equal(
    await page.evaluate('JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage })'),
    '{}{}',
    'the token is kept nowhere in the browser',
  )
  t.notOk(await page.evaluate('document.cookie'), 'the session cookie is not readable by scripts')
  await page.getByText('Add a provider').first().waitFor()
  await shot('get-started')

  // A provider pointing at the mock; the console says what a connection check needs.
  await page.getByRole('link', { name: 'Providers' }).click()
  await page.getByText('No providers yet.').waitFor()
  await page.fill('input[name=provider-name]', 'mock')
  await page.selectOption('select[name=provider-type]', 'openai')
  await page.fill('input[name=base-url]', mock.url)
  await page.getByRole('button', { name: 'Add provider' }).click()
  await page.getByRole('heading', { name: 'mock' }).waitFor()
  await page.getByText('A connection check makes one small chat call').waitFor()

  // A model with prices, and an alias set in place (PATCH).
  await page.getByRole('link', { name: 'Models', exact: true }).click()
  await page.fill('input[name=model-name]', 'gpt-test')
  await page.fill('input[name=input-price]', '0.15')
  await page.fill('input[name=output-price]', '0.6')
  await page.getByRole('button', { name: 'Add model' }).click()
  await page.getByRole('cell', { name: 'mock/gpt-test', exact: true }).waitFor()
  await page.getByLabel('mock/gpt-test aliases', { exact: true }).fill('fast, gpt-fast')
  await page.getByRole('button', { name: 'Save mock/gpt-test aliases' }).click()
  await page.locator('button[aria-label="Save mock/gpt-test aliases"]:disabled').waitFor()
  await shot('models')

  // Its key (shown masked), checked live as it is added: the mock answers.
  await page.getByRole('link', { name: 'Providers' }).click()
  await page.fill('input[name=api-key]', MOCK_KEY)
  await page.getByRole('button', { name: 'Add key' }).click()
  await page.getByText('sk-c…wxyz').waitFor()
  const key = page.locator('tr[data-credential="main"]')
  await page
    .getByRole('status')
    .filter({ hasText: /Key “main” works: mock\/gpt-test answered in \d+ ms\./ })
    .waitFor()
  t.match(await key.getByTestId('check-result').textContent(), /^OK · \d+ ms$/, 'the check result is OK')
  t.equal(mock.requests.at(-1)?.headers.authorization, `Bearer ${MOCK_KEY}`, 'the check used the new key')
  await key.locator('.badge.healthy').waitFor()
  await key.getByLabel('main weight', { exact: true }).fill('3')
  await key.getByRole('button', { name: 'Save main weight' }).click()
  await key.locator('button[aria-label="Save main weight"]:disabled').waitFor()
  const [provider] = (await json(await hub.get('/api/admin/providers', hub.adminToken))).data
  t.match(provider.credentials, [{ name: 'main', weight: 3, enabled: true }], 'the weight is saved')
  t.notOk((await page.content()).includes(MOCK_KEY), 'the key is never shown again')
  await shot('providers')

  // A deployment: the model's calls go to the mock under another upstream name.
  await page.getByRole('link', { name: 'Deployments' }).click()
  await page.getByText('No deployments yet.').waitFor()
  await page.fill('input[name=upstream-model]', 'gpt-test-deployed')
  await page.fill('input[name=weight]', '2')
  await page.getByRole('button', { name: 'Add deployment' }).click()
  const deployment = page.locator('tr[data-deployment="mock/gpt-test mock"]')
  await deployment.getByRole('cell', { name: 'gpt-test-deployed' }).waitFor()
  t.equal(await deployment.locator('td.num').first().textContent(), '2', 'with its weight')
  await shot('deployments')

  // A token: the plaintext shown once, copied with the button, with ready-to-paste snippets.
  await page.getByRole('link', { name: 'Tokens' }).click()
  await page.fill('input[name=name]', 'console-app')
  await page.fill('input[name=models]', 'mock/*')
  await page.getByRole('button', { name: 'Issue token' }).click()
  const shown = (await page.getByTestId('token-plaintext').textContent()) ?? ''
  t.match(shown, /^hub_/)
  await page.getByRole('button', { name: 'Copy', exact: true }).click()
  await page.getByRole('button', { name: 'Copied' }).waitFor()
  const token = await page.evaluate<string>('navigator.clipboard.readText()')
  t.equal(token, shown, 'the copy button copies the token')
  t.match(await page.locator('pre.snippet').textContent(), `Bearer ${token}`)
  t.match(await page.locator('pre.snippet').textContent(), '"model": "mock/gpt-test"')
  await shot('token-created')

  // The token works through the API, over HTTP, billed 12 × 0.15 + 5 × 0.6 per million = 4.8 micro-USD.
  const res = await hub.post('/v1/chat/completions', token, {
    model: 'mock/gpt-test',
    messages: [{ role: 'user', content: 'hi' }],
  })
  t.equal(res.status, 200, 'the copied token calls the model')
  t.equal((await json(res)).choices[0].message.content, 'Hello from mock')
  t.equal(mock.requests.at(-1)?.headers.authorization, `Bearer ${MOCK_KEY}`, 'with the key added in the console')
  t.equal(mock.requests.at(-1)?.body.model, 'gpt-test-deployed', 'through the deployment made in the console')

  // The call on the usage screen, with its cost.
  await page.getByRole('link', { name: 'Usage & cost' }).click()
  await page.locator('tr[data-record="mock/gpt-test"]').waitFor()
  t.equal(await page.getByTestId('record-cost').first().textContent(), '$0.0000048')
  t.equal(await page.getByTestId('total-cost').textContent(), '$0.0000048')
  await page.locator('.recharts-surface').first().waitFor()
  await shot('usage')
  await page.setViewportSize({ width: 390, height: 844 })
  await shot('usage-phone')
  await page.setViewportSize({ width: 1280, height: 900 })
  const byAlias = await hub.post('/v1/chat/completions', token, {
    model: 'fast',
    messages: [{ role: 'user', content: 'hi' }],
  })
  t.equal(byAlias.status, 200, 'the alias set in the console names the model')

  // Revoke it in the console: the API refuses it from the next request.
  await page.getByRole('link', { name: 'Tokens' }).click()
  const row = page.locator('tr[data-token="console-app"]')
  await row.getByRole('button', { name: 'Revoke' }).click()
  await row.getByRole('button', { name: 'Confirm revoke' }).click()
  await row.waitFor({ state: 'detached' })
  await page.getByLabel('Status').selectOption('revoked')
  await page.locator('tr[data-token="console-app"] .badge.revoked').waitFor()
  await shot('tokens')
  const refused = await hub.post('/v1/chat/completions', token, {
    model: 'mock/gpt-test',
    messages: [{ role: 'user', content: 'hi' }],
  })
  t.equal(refused.status, 401, 'the revoked token is refused')
  t.equal((await json(refused)).error.code, 'token_revoked')

  // The other screens render (and are pictured); sign out ends the session.
  await page.getByRole('link', { name: 'Accounts' }).click()
  await page.getByRole('cell', { name: /admin/ }).first().waitFor()
  await page.fill('input[name=grant-amount]', '5')
  await page.getByRole('button', { name: 'Grant' }).click()
  await page.getByText('Granted $5 to admin.').waitFor()
  await page.fill('input[name=budget-amount]', '100')
  await page.fill('input[name=rpm]', '60')
  await page.getByRole('button', { name: 'Save limits' }).click()
  await page.getByRole('cell', { name: '$100.00 / month' }).waitFor()
  await page.getByRole('cell', { name: '60 rpm' }).waitFor()
  await shot('accounts')
  await page.getByRole('link', { name: 'Audit log' }).click()
  await page.getByRole('cell', { name: 'token.revoke' }).first().waitFor()
  await shot('audit')
  await page.getByRole('button', { name: 'Sign out' }).click()
  await page.locator('input[name=token]').waitFor()
  t.same(
    (await context.cookies()).filter((c) => c.name === 'hub_session'),
    [],
    'signing out clears the cookie',
  )
  t.same(problems, [], 'no script or policy errors in the page')
})
