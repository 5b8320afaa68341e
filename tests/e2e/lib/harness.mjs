// The end-to-end harness: the real `tandem` binary on a free loopback port with its own
// temporary database, serving the real built PWA, driven by Debian's headless Chromium.
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { after, before } from "node:test";
import { chromium } from "playwright-core";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
export const ARTIFACTS = join(ROOT, "tests", "artifacts");
const BINARY = process.env.TANDEM_BIN || join(ROOT, "target", "debug", "tandem");
const STATIC_DIR = process.env.TANDEM_STATIC_DIR || join(ROOT, "dist");

/** Starts the server; `port` 0 picks a free one. Resolves once it prints its address. */
function startProcess(dataDir, port, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(BINARY, [], {
      env: {
        ...process.env,
        TANDEM_ADDR: `127.0.0.1:${port}`,
        TANDEM_DATA_DIR: dataDir,
        TANDEM_STATIC_DIR: STATIC_DIR,
        TANDEM_LOG: "warn",
        // The walks are the demo's people.
        TANDEM_SEED_DEMO: "true",
        // Secret ballots and anonymous answers are counted at once, not after the day (the API
        // tests drive the night's count).
        TANDEM_COUNT_SECRET_AT_ONCE: "true",
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const timer = setTimeout(() => reject(new Error(`tandem did not start:\n${output}`)), 30_000);
    const onData = (chunk) => {
      output += chunk;
      const match = output.match(/Tandem is running at (http:\/\/[\d.]+:\d+)\//);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1], output: () => output });
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`tandem exited with ${code}:\n${output}`));
    });
  });
}

/** A running server with its own data directory; stop and start it again on the same port. */
export async function startServer(env = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), "tandem-e2e-"));
  let running = await startProcess(dataDir, 0, env);
  const port = new URL(running.url).port;
  const server = {
    url: running.url,
    dataDir,
    output: () => running.output(),
    /** Stops the server: politely by default; `"SIGKILL"` is a crash, mid-whatever-it-does. */
    async stop(signal = "SIGTERM") {
      if (!running) return;
      const { child } = running;
      running = null;
      child.removeAllListeners("exit");
      await new Promise((resolve) => {
        child.once("exit", resolve);
        child.kill(signal);
      });
    },
    async start() {
      running = await startProcess(dataDir, port, env);
    },
    async close() {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
    /** The demo people the server printed at first start: role -> { name, email, password, code }. */
    demoLogins() {
      const text = readFileSync(join(dataDir, "demo-logins.txt"), "utf8");
      const logins = {};
      for (const line of text.split("\n")) {
        const staff = line.match(/^\s+(\w+)\s+(.+?)\s+email (\S+)\s+password (\S+)/);
        const device = line.match(/^\s+(\w+)\s+(.+?)\s+invite code (\S+)/);
        if (staff) logins[staff[1]] = { name: staff[2], email: staff[3], password: staff[4] };
        else if (device) logins[device[1]] = { name: device[2], code: device[3] };
      }
      return logins;
    },
    /** Signs in through the API as a demo staff member; answers the cookie to send. */
    async apiSession(role) {
      const { email, password } = server.demoLogins()[role];
      const response = await fetch(`${server.url}/api/v1/auth/sign-in`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email, password }),
      });
      if (!response.ok) throw new Error(`sign-in as ${role}: ${response.status}`);
      return response.headers.getSetCookie()[0].split(";")[0];
    },
    /** The staff summary of app feedback, read straight from the API as a manager. */
    async feedbackSummary() {
      const cookie = await server.apiSession("manager");
      const response = await fetch(`${server.url}/api/v1/app-feedback`, { headers: { cookie } });
      if (!response.ok) throw new Error(`summary: ${response.status}`);
      return response.json();
    },
  };
  return server;
}

const LAUNCH = {
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    // A microphone that plays a tone, allowed without asking: for recording voice notes.
    "--use-fake-device-for-media-stream",
    "--use-fake-ui-for-media-stream",
  ],
};

const PHONE = {
  viewport: { width: 360, height: 740 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: "en-GB",
};

/** Gives the enclosing test suite its own server; call the answer to reach it. */
export function useServer(env = {}) {
  let server;
  before(async () => {
    server = await startServer(env);
  });
  after(async () => {
    await server?.close();
  });
  return () => server;
}

export async function launchBrowser() {
  return chromium.launch(LAUNCH);
}

/** Gives the enclosing test file one browser; call the answer to reach it. */
export function useBrowser() {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });
  return () => browser;
}

/** A staff member's desk: a 1280 px window in British English. */
export async function deskContext(browser) {
  return browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "en-GB" });
}

/** A phone-sized context (360 px wide) that records CSP violations and page errors. */
export async function phoneContext(browser, options = {}) {
  return watchContext(await browser.newContext({ ...PHONE, ...options }));
}

/**
 * A phone's profile on disk that outlives its browser, as an installed app's does: `open()` starts
 * the browser on it (again after closing), `remove()` deletes it.
 */
export function phoneProfile() {
  const dir = mkdtempSync(join(tmpdir(), "tandem-profile-"));
  return {
    open: async () => watchContext(await chromium.launchPersistentContext(dir, { ...LAUNCH, ...PHONE })),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A phone with a real profile on disk (not incognito), removed when the browser closes. */
export async function persistentPhone() {
  const profile = phoneProfile();
  const context = await profile.open();
  const close = context.close.bind(context);
  context.close = async () => {
    await close();
    profile.remove();
  };
  return context;
}

async function watchContext(context) {
  context.problems = [];
  context.on("page", (page) => watch(context, page));
  // Quick exit goes to a real outside site; answer it locally so the test needs no internet.
  await context.route("https://www.bbc.co.uk/**", (route) =>
    route.fulfill({ status: 200, contentType: "text/html", body: "<title>Weather</title><h1>Weather</h1>" }),
  );
  return context;
}

function watch(context, page) {
  page.on("console", (message) => {
    const text = message.text();
    if (message.type() === "error" && /Content.Security.Policy|Refused to/i.test(text)) {
      context.problems.push(`CSP: ${text}`);
    }
  });
  page.on("pageerror", (error) => context.problems.push(`page error: ${error.message}`));
}

/** Waits until the service worker controls the page, so the next load can be served offline. */
export async function waitForServiceWorker(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }),
      );
    }
  });
}

export function screenshotPath(name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, `${name}.png`);
}

/** Runs axe-core in the page; answers the violations of WCAG 2.x A and AA rules. */
export async function axeViolations(page) {
  const source = readFileSync(join(ROOT, "tests", "node_modules", "axe-core", "axe.min.js"), "utf8");
  // evaluate() runs through the DevTools protocol, which the page's CSP does not govern.
  await page.evaluate(source);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(" ")) }));
  });
}

/** Controls smaller than 44 x 44 CSS px (radio inputs are covered by their big labels). */
export async function smallTargets(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll("main a, main button, main select, main textarea, main input, header a, header button, header select, main .scale-option label")]
      .filter((el) => !el.matches("input[type=radio]"))
      .map((el) => ({ el: el.outerHTML.slice(0, 60), box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.height < 44 || box.width < 44)
      .map(({ el, box }) => `${el} ${Math.round(box.width)}x${Math.round(box.height)}`),
  );
}

/** Taps a PIN on the app's keypad and "Done". */
export async function typePin(page, pin) {
  for (const digit of pin) {
    await page.getByRole("button", { name: digit, exact: true }).click();
  }
  await page.getByRole("button", { name: "Done" }).click();
}

/**
 * Joins on `page` with an invite code and chooses `pin`, as a young person or carer would;
 * `check(screen)` runs on the join screen ("join") and the PIN screen ("pin") when given.
 */
export async function joinWithInvite(page, url, code, pin, check = async () => {}) {
  await page.goto(`${url}/join?code=${code.replaceAll("-", "")}`);
  await page.getByRole("heading", { name: "Join with your code" }).waitFor();
  await check("join");
  await page.getByRole("button", { name: "Join" }).click();
  await page.getByRole("heading", { name: "Choose a PIN" }).waitFor();
  await check("pin");
  await typePin(page, pin);
  await page.getByRole("heading", { name: "Type your PIN again" }).waitFor();
  await typePin(page, pin);
  await page.getByRole("heading", { name: "Welcome to Tandem" }).waitFor();
}

/** A desk-sized page with the demo worker signed in at their caseload. */
export async function workerAtDesk(browser, server) {
  const desk = await (await deskContext(browser)).newPage();
  const worker = server.demoLogins().worker;
  await signIn(desk, server.url, worker.email, worker.password);
  await desk.getByRole("heading", { name: "My young people" }).waitFor();
  return desk;
}

/** Signs in on `page` at the staff sign-in page of `url` with `email` and `password`. */
export async function signIn(page, url, email, password) {
  await page.goto(`${url}/sign-in`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

/**
 * Calls the API at `url` as the holder of `cookie` ("" for nobody), each call with a fresh
 * Idempotency-Key as a phone's would have; a refusal throws with the server's answer.
 */
export async function api(url, cookie, method, path, body) {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { cookie, "content-type": "application/json", "idempotency-key": uuidV7() },
    body: body && JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return {
    status: response.status,
    cookie: response.headers.getSetCookie()[0]?.split(";")[0],
    body: response.status === 204 ? null : await response.json(),
  };
}

/** The cookies a browser context holds, as a Cookie header for `api`. */
export async function cookieOf(context) {
  return (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
}

/** Polls `check` until it answers something truthy, and answers that. */
export async function waitFor(what, check, seconds = 60) {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    const answer = await check();
    if (answer) return answer;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** A UUID v7, as the app makes for every operation's Idempotency-Key. */
export function uuidV7() {
  const bytes = Buffer.from(randomUUID().replaceAll("-", ""), "hex");
  const now = BigInt(Date.now());
  for (let i = 0; i < 6; i++) bytes[i] = Number((now >> BigInt(8 * (5 - i))) & 0xffn);
  bytes[6] = (bytes[6] & 0x0f) | 0x70;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The day `days` from today (UTC), as the API writes it. */
export function dateIn(days) {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** The date field named `label` (components/date_field.rs): a group of Day, Month and Year boxes. */
export function dateField(page, label) {
  return page.getByRole("group", { name: label, exact: true });
}

/** Types `day` (as the API writes it, or "" to clear) into the date field named `label`. */
export async function fillDate(page, label, day) {
  const [year = "", month = "", date = ""] = day ? day.split("-") : [];
  const field = dateField(page, label);
  await field.getByLabel("Day", { exact: true }).fill(date);
  await field.getByLabel("Month", { exact: true }).fill(month);
  await field.getByLabel("Year", { exact: true }).fill(year);
}

/** The day in the date field named `label`, as the API writes it. */
export async function dateValue(page, label) {
  const field = dateField(page, label);
  const box = (name) => field.getByLabel(name, { exact: true }).inputValue();
  const [date, month, year] = [await box("Day"), await box("Month"), await box("Year")];
  return `${year}-${month.padStart(2, "0")}-${date.padStart(2, "0")}`;
}
