// `hub providers|credentials|models`: the catalogue an operator builds from the shell, as the admin API would
// (same factory, same validation): the key is shown masked only, prices are kept exactly, removal cascades.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { runCli } from '../helpers/run.ts'

// Every command is a process of its own that opens the embedded database: slow on a busy machine.
t.setTimeout(900_000)

t.test('providers, credentials and models: add, list, remove', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'hub-cli-catalogue-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  const env = { HUB_DATA_DIR: dir, DATABASE_URL: '' }
  const hub = async (...args: string[]) => {
    const res = await runCli([...args, '--json'], env)
    t.equal(res.code, 0, `hub ${args.join(' ')}: ${res.stderr}`)
    return JSON.parse(res.stdout)
  }

  const provider = await hub('providers', 'add', 'openai', '--type', 'openai', '--base-url', 'http://127.0.0.1:9/v1/')
  t.match(provider, { name: 'openai', type: 'openai', baseUrl: 'http://127.0.0.1:9/v1', enabled: true })
  const key = 'sk-cli-0123456789abcdefXYZ'
  const credential = await hub('credentials', 'add', 'openai', '--name', 'main', '--api-key', key)
  t.equal(credential.masked, 'sk-c…fXYZ')
  const model = await hub('models', 'add', 'openai/gpt-4o-mini', '--input-price', '0.15', '--output-price', '0.6')
  t.match(model, { id: 'openai/gpt-4o-mini', upstreamModel: 'gpt-4o-mini', type: 'chat' })
  t.match(model, { inputPrice: '0.150000', outputPrice: '0.600000' })

  const [listed] = await hub('providers', 'list')
  t.equal(listed.credentials.length, 1)
  const credentials = await hub('credentials', 'list', 'openai')
  t.same(
    credentials.map((c: { masked: string }) => c.masked),
    ['sk-c…fXYZ'],
  )
  t.notOk(JSON.stringify(credentials).includes(key), 'the key is never shown again')
  t.same(
    (await hub('models', 'list')).map((m: { id: string }) => m.id),
    ['openai/gpt-4o-mini'],
  )

  // The API's rules: a model of an unknown provider, a duplicate name, a bad price.
  const orphan = await runCli(['models', 'add', 'nope/x'], env)
  t.equal(orphan.code, 1)
  t.equal(orphan.stderr, 'hub: Provider "nope" does not exist; create it first\n')
  const duplicate = await runCli(['providers', 'add', 'openai', '--type', 'openai'], env)
  t.equal(duplicate.stderr, 'hub: a record with the same name or id already exists\n')
  const badPrice = await runCli(['models', 'add', 'openai/y', '--input-price', 'cheap'], env)
  t.match(badPrice.stderr, /^hub: --input-price is invalid: USD per 1M tokens/)
  const badType = await runCli(['providers', 'add', 'x', '--type', 'acme'], env)
  t.match(badType.stderr, /^hub: --type must be one of: openai, anthropic, google, bedrock, ideogram\n$/)

  // Disabled, reweighed and enabled again from the shell, as PATCH does.
  t.match(await hub('credentials', 'disable', 'openai', credential.id), { enabled: false, weight: 1 })
  t.match(await hub('credentials', 'weight', 'openai', credential.id, '3'), { enabled: false, weight: 3 })
  t.match(await hub('credentials', 'enable', 'openai', credential.id), { enabled: true, disabledReason: null })
  const badWeight = await runCli(['credentials', 'weight', 'openai', credential.id, 'lots'], env)
  t.equal(badWeight.code, 1)

  await hub('credentials', 'remove', 'openai', credential.id)
  t.same(await hub('credentials', 'list', 'openai'), [])
  await hub('models', 'remove', 'openai/gpt-4o-mini')
  await hub('models', 'add', 'openai/gpt-4o', '--input-price', '2.5')
  await hub('providers', 'remove', 'openai')
  t.same(await hub('providers', 'list'), [])
  t.same(await hub('models', 'list'), [], "a provider's models go with it")
})
