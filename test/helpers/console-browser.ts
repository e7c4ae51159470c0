// The console tests' browser: Debian's Chromium driven by playwright-core (skipped, saying why, on a machine
// without it; CI installs it), a page that collects script and policy errors, and screenshots written to
// .tap/screenshots/, or with UPDATE_SCREENSHOTS=1 to docs/screenshots/ (the README shows the main ones), so a
// test run leaves the committed ones alone.
import { existsSync, mkdirSync } from 'node:fs'
import { type BrowserContext, chromium, type Page } from 'playwright-core'
import type { Test } from 'tap'

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const SHOTS = new URL(
  process.env.UPDATE_SCREENSHOTS === '1' ? '../../docs/screenshots/' : '../../.tap/screenshots/',
  import.meta.url,
)

export const skipWithoutChromium = existsSync(CHROMIUM)
  ? false
  : `no Chromium at ${CHROMIUM}: install Debian's chromium (apt-get install -y chromium) to run the console test`

export interface ConsolePage {
  context: BrowserContext
  page: Page
  /** Errors the page logged or threw: a strict CSP the app itself broke shows here. */
  problems: string[]
  shot(name: string, p?: Page): Promise<Buffer>
}

export async function openConsoleBrowser(t: Test): Promise<ConsolePage> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] })
  t.teardown(() => browser.close())
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  const problems: string[] = []
  // (The API's own refusals, which tests assert, are logged by the browser as failed loads: not problems.)
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(m.text())
  })
  page.on('pageerror', (err) => problems.push(err.message))
  mkdirSync(SHOTS, { recursive: true })
  const shot = (name: string, p: Page = page) =>
    p.screenshot({ path: new URL(`${name}.png`, SHOTS).pathname, fullPage: true })
  return { context, page, problems, shot }
}
