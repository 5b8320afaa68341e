// The PWA shell and the first form on the outbox path, end to end: real server, real build,
// real Chromium at phone size.
import assert from "node:assert/strict";
import { describe, test } from "node:test";

import {
  axeViolations, persistentPhone, phoneContext, screenshotPath, smallTargets, useBrowser, useServer, waitForServiceWorker,
} from "./lib/harness.mjs";

const browser = useBrowser();

async function openApp(server, path = "/") {
  const context = await phoneContext(browser());
  const page = await context.newPage();
  await page.goto(server.url + path);
  await page.getByRole("heading", { level: 1 }).waitFor();
  return { context, page };
}

describe("offline shell", () => {
  // This test stops and starts its server, so it has one of its own.
  const server = useServer();

  test("opens offline, keeps a draft, queues offline, and the server gets it exactly once", async () => {
    const { context, page } = await openApp(server());
    const downloads = [];
    context.on("request", (request) => downloads.push(new URL(request.url()).pathname));
    await page.getByRole("heading", { name: "Welcome to Tandem" }).waitFor();
    await waitForServiceWorker(page);

    // The server is gone and the phone is off data: the app still opens.
    await server().stop();
    await context.setOffline(true);
    await page.reload();
    await page.getByRole("heading", { name: "Welcome to Tandem" }).waitFor();

    // Fill in the form offline; what is typed survives a reload before sending.
    await page.getByRole("link", { name: /What do you think of this app/ }).click();
    await page.getByRole("heading", { name: "What do you think of this app?" }).waitFor();
    await page.locator('label[for="feedback-score-8"]').click();
    const comment = "I liked having someone to talk to <b>really</b>";
    await page.getByLabel(/Anything else you want to tell us/).fill(comment);
    await page.waitForTimeout(300);
    await page.reload();
    await page.getByRole("heading", { name: "What do you think of this app?" }).waitFor();
    assert.equal(await page.getByLabel(/Anything else you want to tell us/).inputValue(), comment);
    assert.equal(await page.locator("#feedback-score-8").isChecked(), true);

    await page.getByRole("button", { name: "Send" }).click();
    await page.getByText("Your answer is saved on this phone").waitFor();
    await page.getByText(/You are offline\. 1 answer is saved on this phone/).waitFor();
    await page.screenshot({ path: screenshotPath("feedback-saved-offline") });

    // Back online: the outbox sends, once.
    await server().start();
    await context.setOffline(false);
    await page.getByText("Everything you sent has arrived.").waitFor({ timeout: 20_000 });
    let summary = await server().feedbackSummary();
    assert.equal(summary.count, 1);
    assert.equal(summary.entries[0].score, 8);
    assert.equal(summary.entries[0].comment, comment);

    // Opening the app again sends nothing more.
    await page.goto(server().url + "/");
    await page.locator('.sync-status[data-waiting="0"]').waitFor({ state: "attached" });
    // Nothing was sent since it opened, so the footer claims nothing.
    assert.equal((await page.locator(".sync-status").textContent()).trim(), "");
    await page.waitForTimeout(500);
    summary = await server().feedbackSummary();
    assert.equal(summary.count, 1);
    // A phone never downloads the staff build.
    assert.deepEqual(downloads.filter((path) => path.includes("tandem_staff")), []);
    assert.deepEqual(context.problems, []);
    await context.close();
  });
});

describe("app feedback", () => {
  const server = useServer();

  test("an online answer is sent at once and the form is empty again", async () => {
    const before = (await server().feedbackSummary()).count;
    const { context, page } = await openApp(server(), "/feedback");
    await page.locator('label[for="feedback-score-3"]').click();
    await page.getByRole("button", { name: "Send" }).click();
    await page.getByText("We got your answer.").waitFor();
    assert.equal((await server().feedbackSummary()).count, before + 1);
    await page.getByRole("button", { name: "Give more feedback" }).click();
    assert.equal(await page.getByLabel(/Anything else you want to tell us/).inputValue(), "");
    await context.close();
  });

  test("an answer whose send was dropped is tried again within seconds, not at the next half minute", async () => {
    const before = (await server().feedbackSummary()).count;
    const { context, page } = await openApp(server(), "/feedback");
    // The first send's answer is lost, as when the server restarts under it.
    const sends = [];
    await context.route("**/api/v1/app-feedback", async (route) => {
      sends.push(Date.now());
      await (sends.length === 1 ? route.abort("connectionreset") : route.continue());
    });
    await page.locator('label[for="feedback-score-6"]').click();
    await page.getByRole("button", { name: "Send" }).click();
    await page.getByText("Your answer is saved on this phone").waitFor();
    await page.locator('.sync-status[data-waiting="0"]').waitFor({ timeout: 20_000 });
    assert.equal((await server().feedbackSummary()).count, before + 1);
    assert.equal(sends.length, 2);
    const waited = sends[1] - sends[0];
    assert.ok(waited < 10_000, `tried again after ${waited} ms`);
    await context.close();
  });

  test("two open tabs send a queued answer once between them", async () => {
    const before = (await server().feedbackSummary()).count;
    const context = await phoneContext(browser());
    const tabs = [await context.newPage(), await context.newPage()];
    for (const tab of tabs) {
      await tab.goto(server().url + "/feedback");
      await tab.getByRole("heading", { level: 1 }).waitFor();
    }
    await context.setOffline(true);
    await tabs[0].locator('label[for="feedback-score-9"]').click();
    await tabs[0].getByRole("button", { name: "Send" }).click();
    await tabs[0].getByText("Your answer is saved on this phone").waitFor();
    const sends = [];
    context.on("request", (request) => {
      if (request.method() === "POST" && new URL(request.url()).pathname === "/api/v1/app-feedback") sends.push(request);
    });
    // Back on data: both tabs hear it and each starts a round.
    await context.setOffline(false);
    // (Attached, not visible: if the other tab sent it, this one has nothing of its own to say.)
    await tabs[0].locator('.sync-status[data-waiting="0"]').waitFor({ state: "attached", timeout: 20_000 });
    // Long enough for the other tab's round to have sent it too, had it not been sent.
    await tabs[1].waitForTimeout(3_000);
    assert.equal((await server().feedbackSummary()).count, before + 1);
    assert.equal(sends.length, 1, "one tab sent it; the other found nothing left to send");
    await context.close();
  });

  test("sending without a score shows a clear error and sends nothing", async () => {
    const before = (await server().feedbackSummary()).count;
    const { context, page } = await openApp(server(), "/feedback");
    await page.getByLabel(/Anything else you want to tell us/).fill("no score yet");
    await page.getByRole("button", { name: "Send" }).click();
    await page.getByRole("alert").filter({ hasText: "Please pick a number from 0 to 10." }).waitFor();
    assert.equal((await server().feedbackSummary()).count, before);
    assert.equal(await page.getByLabel(/Anything else you want to tell us/).inputValue(), "no score yet");
    await context.close();
  });

  test("feedback readers see the answers after signing in, and nothing before", async () => {
    const { context: phone, page: form } = await openApp(server(), "/feedback");
    await form.locator('label[for="feedback-score-9"]').click();
    await form.getByLabel(/Anything else you want to tell us/).fill("no score yet <b>bold?</b>");
    await form.getByRole("button", { name: "Send" }).click();
    await form.getByText("We got your answer.").waitFor();
    await phone.close();

    const { context, page } = await openApp(server(), "/staff/feedback");
    await page.getByRole("alert").filter({ hasText: "Please sign in first" }).waitFor();
    const manager = server().demoLogins().manager;
    await page.getByRole("link", { name: "Staff sign in" }).first().click();
    await page.getByLabel("Email").fill(manager.email);
    await page.getByLabel("Password").fill(manager.password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.getByRole("heading", { name: "My young people" }).waitFor();
    // A manager's home reaches every page a manager may open.
    const pages = page.getByRole("navigation", { name: "Your pages" });
    for (const name of ["Sessions", "Surveys", "Consultations", "Youth cabinet", "Complaints and compliments", "Case record relay", "Audit log", "Staff accounts"]) {
      await pages.getByRole("link", { name, exact: true }).waitFor();
    }
    await page.getByRole("link", { name: "For staff: read what people think of the app" }).click();
    const summary = await server().feedbackSummary();
    await page.locator('[data-figure="count"]').filter({ hasText: String(summary.count) }).waitFor();
    assert.equal(await page.locator('[data-figure="average"]').textContent(), summary.average.toFixed(1));
    // Markup people typed is shown as text, never run.
    await page.getByText("no score yet <b>bold?</b>").waitFor();
    assert.equal(await page.locator(".comment-text b").count(), 0);
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  });
});

describe("shell", () => {
  const server = useServer();

  test("quick exit replaces the page with a neutral site and Back does not return to it", async () => {
    const { context, page } = await openApp(server());
    await page.getByRole("link", { name: /What do you think of this app/ }).click();
    await page.getByRole("heading", { name: "What do you think of this app?" }).waitFor();
    await page.getByRole("button", { name: /Quick exit/ }).click();
    await page.waitForURL("https://www.bbc.co.uk/weather");
    await page.goBack();
    assert.notEqual(new URL(page.url()).pathname, "/feedback");
    await context.close();
  });

  test("quick exit is the first thing keyboard focus reaches after the skip link", async () => {
    const { context, page } = await openApp(server());
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement.textContent), "Skip to main content");
    await page.keyboard.press("Tab");
    assert.match(await page.evaluate(() => document.activeElement.textContent), /^Quick exit/);
    await context.close();
  });

  test("Urdu turns the page right to left, and the choice is remembered", async () => {
    const { context, page } = await openApp(server());
    await page.getByLabel("Language").selectOption("ur");
    await page.waitForFunction(() => document.documentElement.dir === "rtl");
    assert.equal(await page.evaluate(() => document.documentElement.lang), "ur");
    await page.getByRole("button", { name: /فوراً باہر نکلیں/ }).waitFor();
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dir === "rtl");
    await page.screenshot({ path: screenshotPath("home-urdu") });
    await context.close();
  });

  test("pages pass axe (WCAG 2.2 AA) and every control is at least 44 px", async () => {
    const { context, page } = await openApp(server());
    for (const path of ["/", "/feedback", "/staff/feedback", "/sign-in", "/join", "/no-such-page"]) {
      await page.goto(server().url + path);
      await page.getByRole("heading", { level: 1 }).waitFor();
      assert.deepEqual(await axeViolations(page), [], path);
      const small = await smallTargets(page);
      assert.deepEqual(small, [], path);
    }
    await page.goto(server().url + "/feedback");
    await page.getByRole("heading", { level: 1 }).waitFor();
    await page.screenshot({ path: screenshotPath("feedback-360px"), fullPage: true });
    await context.close();
  });

  test("the app is installable: manifest, icons and service worker pass Chromium's checks", async () => {
    const context = await persistentPhone();
    const page = await context.newPage();
    await page.goto(server().url + "/");
    await waitForServiceWorker(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
    assert.deepEqual(installabilityErrors, []);
    const manifest = await (await fetch(`${server().url}/manifest.webmanifest`)).json();
    assert.equal(manifest.display, "standalone");
    assert.ok(manifest.icons.some((icon) => icon.purpose === "maskable"));
    const worker = await fetch(`${server().url}/sw.js`);
    assert.equal(worker.headers.get("cache-control"), "no-cache");
    const source = await worker.text();
    const precache = JSON.parse(source.match(/const PRECACHE = (\[[\s\S]*?\]);/)[1]);
    assert.ok(precache.some((path) => /^\/tandem_bg-[0-9a-f]{16}\.wasm$/.test(path)), "wasm precached");
    for (const path of precache) {
      assert.equal((await fetch(server().url + path)).status, 200, path);
    }
    assert.deepEqual(context.problems, []);
    await context.close();
  });

  test("the phone build hands staff pages to the staff build", async () => {
    const { context, page } = await openApp(server());
    await page.getByRole("link", { name: "Staff sign in" }).click();
    await page.getByRole("heading", { name: "Staff sign in" }).waitFor();
    const staffScript = await page.evaluate(() => document.querySelector("script[type=module]").getAttribute("src"));
    assert.match(staffScript, /^\/boot_tandem_staff-[0-9a-f]{16}\.js$/);
    await context.close();
  });

  test("unknown API routes answer JSON, never the app page", async () => {
    const response = await fetch(`${server().url}/api/v1/nope`);
    assert.equal(response.status, 404);
    assert.deepEqual(await response.json(), { error: { code: "not_found", message: "There is nothing here." } });
  });
});
