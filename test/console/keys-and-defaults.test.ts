// The console shows what the save-time check of a key found (the model that answered; the provider's refusal, with
// the key saved disabled; a provider out of reach), this server's load measurements of a key, and the default
// model of each type, set from the model form and the list. Chromium and screenshots as in browser.test.ts.
import t from 'tap'
import { openConsoleBrowser, skipWithoutChromium as skip } from '../helpers/console-browser.ts'
import { json, listeningHub } from '../helpers/listening-hub.ts'
import { startMockOpenAI } from '../helpers/mock-openai.ts'

const KEY = 'sk-console-0123456789abcdefghijklmnopqrstuvwxyz'

t.test('a key checked as it is added, its load, and the default model of a type', { skip }, async (t) => {
  const hub = await listeningHub(t)
  const mock = await startMockOpenAI()
  t.teardown(() => mock.close())
  // Three providers: one that answers, one that refuses every key (its model answers 401), one nobody listens for.
  for (const [name, baseUrl, upstreamModel] of [
    ['mock', mock.url, 'gpt-test'],
    ['refusing', mock.url, 'error-401'],
    ['down', 'http://127.0.0.1:9/v1', 'gpt-test'],
  ]) {
    await hub.admin('/api/admin/providers', { name, type: 'openai', baseUrl })
    await hub.addModels([{ id: `${name}/m`, type: 'chat', upstreamModel }])
  }

  const { page, problems, shot } = await openConsoleBrowser(t)
  await page.goto(`${hub.url}/admin/`)
  await page.fill('input[name=token]', hub.adminToken)
  await page.click('button[type=submit]')
  await page.getByRole('link', { name: 'Providers' }).click()

  const addKey = async (provider: string) => {
    const panel = page.getByRole('region', { name: provider })
    await panel.locator('input[name=api-key]').fill(KEY)
    await panel.getByRole('button', { name: 'Add key' }).click()
    const said = panel.getByTestId('added-key-check')
    await said.waitFor()
    return { panel, said: (await said.textContent()) ?? '' }
  }
  const checks = () => mock.requests.filter((r) => r.body.max_tokens === 1).length

  const good = await addKey('mock')
  t.match(good.said, /^Key “main” works: mock\/m answered in \d+ ms\.$/, 'which model answered')
  t.match(await good.panel.getByTestId('check-result').textContent(), /^OK · \d+ ms$/)
  t.equal(checks(), 1, 'the check made as the key was saved, and no second one')

  const refused = await addKey('refusing')
  t.match(refused.said, /^refusing refused key “main” \(refusing\/m\): .+\. It was saved disabled/, 'refused')
  t.notMatch(refused.said, KEY, 'the key is not shown')
  await refused.panel.getByText('Hub disabled it').waitFor()
  t.notOk(await refused.panel.getByLabel('main enabled', { exact: true }).isChecked(), 'saved disabled')
  t.equal(checks(), 2)

  const down = await addKey('down')
  t.match(down.said, /^Key “main” saved, but down could not be reached to check it: .+\. It is enabled/)
  t.ok(await down.panel.getByLabel('main enabled', { exact: true }).isChecked(), 'saved enabled')
  await shot('providers-key-checks')

  // Lowest-latency measures each answer on this server; the provider's panel shows it.
  const res = await hub.app.inject({
    method: 'PATCH',
    url: '/api/admin/models/mock/m',
    headers: { authorization: `Bearer ${hub.adminToken}` },
    payload: { strategy: 'lowest-latency' },
  })
  t.equal(res.statusCode, 200)
  const { token } = await hub.issue(['chat'])
  const answered = await hub.post('/v1/chat/completions', token, {
    model: 'mock/m',
    messages: [{ role: 'user', content: 'hi' }],
  })
  t.equal(answered.status, 200)
  await page.reload()
  const load = page.getByRole('region', { name: 'mock' }).getByTestId('load')
  await load.waitFor()
  t.match(await load.textContent(), /^mock\/m: 0 in flight, answers in ~\d+ ms \(measured .+\)$/)
  await page.getByRole('columnheader', { name: 'Health and load (this server)' }).first().waitFor()

  // The default chat model: set in the form for a new model, then moved to another from the list.
  await page.getByRole('link', { name: 'Models', exact: true }).click()
  await page.selectOption('select[name=model-provider]', 'mock')
  await page.fill('input[name=model-name]', 'gpt-default')
  await page.locator('input[name=default]').check()
  await page.getByRole('button', { name: 'Add model' }).click()
  const row = (id: string) => page.locator(`tr[data-model="${id}"]`)
  await row('mock/gpt-default').locator('.badge.default').waitFor()
  t.equal(await row('mock/gpt-default').locator('.badge.default').textContent(), 'default chat')
  t.equal(await page.locator('.badge.default').count(), 1, 'one default')
  // Controlled by what the API answers: checked once the list has reloaded.
  await page.getByLabel('mock/m is the default chat model').click()
  await row('mock/m').locator('.badge.default').waitFor()
  await row('mock/gpt-default').locator('.badge.default').waitFor({ state: 'detached' })
  t.equal(await page.locator('.badge.default').count(), 1, 'still one default of its type')
  const models = (await json(await hub.get('/api/admin/models', hub.adminToken))).data
  t.same(
    models.filter((m: { default: boolean }) => m.default).map((m: { id: string }) => m.id),
    ['mock/m'],
    'as the API has it',
  )
  await shot('models-default')
  t.same(problems, [], 'no script or policy errors in the page')
})
