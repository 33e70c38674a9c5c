// Debian's Chromium, headless, driven by playwright-core: shared by the report's browser test
// and the README screenshot script. A fresh profile each time; the flags keep a headless
// Chromium from calling home (updates, sync, field trials) and let it run as root (CI).
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/**
 * @param {string} profileDir a folder for a fresh --user-data-dir
 * @returns {Promise<import('playwright-core').BrowserContext>}
 */
export function launchChromium(profileDir) {
  return chromium.launchPersistentContext(profileDir, { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}
