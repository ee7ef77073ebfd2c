// The two other browser engines learners use, driven with the same few actions: Firefox ESR
// (Debian's firefox-esr, through its own WebDriver BiDi with puppeteer-core) and WebKit, the
// engine of Safari (Debian's WebKitWebDriver and MiniBrowser under a virtual display, through
// selenium-webdriver). Every action runs as script in the page, so both behave the same.
import { spawn } from 'node:child_process';
import puppeteer from 'puppeteer-core';
import { Builder } from 'selenium-webdriver';
import { freePort } from '../harness.js';

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** Firefox ESR, headless. */
export async function firefox() {
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true });
  const page = await browser.newPage();
  return {
    name: 'Firefox ESR',
    goto: (url) => page.goto(url),
    reload: () => page.reload(),
    run: (fn, arg) => page.evaluate(fn, arg),
    close: () => browser.close(),
  };
}

/** WebKit's MiniBrowser, driven by WebKitWebDriver under xvfb-run. */
export async function webkit() {
  const port = await freePort();
  const server = spawn('xvfb-run', ['-a', 'WebKitWebDriver', `--port=${port}`], { stdio: 'ignore', detached: true });
  const stop = () => { try { process.kill(-server.pid); } catch { /* already gone */ } };
  try {
    const driver = await connect(port);
    return {
      name: 'WebKit',
      goto: (url) => driver.get(url),
      reload: () => driver.navigate().refresh(),
      run: (fn, arg) => driver.executeAsyncScript(
        `const done = arguments[arguments.length - 1];
         Promise.resolve((${fn})(arguments[0])).then(done, (e) => done({ __error: String(e) }));`, arg)
        .then((r) => { if (r && r.__error) throw new Error(r.__error); return r; }),
      close: async () => { await driver.quit().catch(() => {}); stop(); },
    };
  } catch (e) {
    stop();
    throw e;
  }
}

/** A WebDriver session on WebKitWebDriver, once it listens. */
async function connect(port) {
  const capabilities = {
    browserName: 'MiniBrowser',
    'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
  };
  for (let i = 0; ; i++) {
    try {
      return await new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities(capabilities).build();
    } catch (e) {
      if (i >= 50) throw e;
      await new Promise((ok) => setTimeout(ok, 200));
    }
  }
}
