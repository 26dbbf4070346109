import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type ConsoleMessage, type Page } from 'playwright-core'
import launch from '../support/chromium-launch.json'

// Debian's chromium (CHROMIUM_PATH overrides), with the flags the browser tests, the bench and the
// screenshot tool share; without the background-networking ones Chromium keeps dialling Google on
// a closed network.
const executablePath = process.env.CHROMIUM_PATH ?? launch.executablePath
const { args } = launch

export interface BrowserSession {
  context: BrowserContext
  page: Page
  /** Console errors, page errors and unhandled rejections seen so far. */
  problems: string[]
  close: () => Promise<void>
}

/** A fresh Chromium profile and page that records every console error and uncaught error. */
export async function openBrowser(
  viewport = { width: 1280, height: 860 },
): Promise<BrowserSession> {
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH`,
    )
  }
  const profile = await mkdtemp(join(tmpdir(), 'biopulse-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args,
    viewport,
  })
  const page = context.pages()[0] ?? (await context.newPage())
  const problems: string[] = []
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  return {
    context,
    page,
    problems,
    close: async () => {
      await context.close()
      await rm(profile, { recursive: true, force: true })
    },
  }
}
