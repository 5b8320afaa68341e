// The phone app in pieces (frontend/src/shell/pieces.rs): a phone's first load is the shell
// alone; each other page's piece comes when first opened, or from the service worker, which
// keeps every piece after the first open, so every phone page opens with no signal.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";

import { ROOT, phoneContext, typePin, useBrowser, useServer, waitFor, waitForServiceWorker } from "./lib/harness.mjs";

const browser = useBrowser();
const builds = JSON.parse(readFileSync(join(process.env.TANDEM_STATIC_DIR || join(ROOT, "dist"), "builds.json"), "utf8"));

// Lighthouse's mobile defaults ("slow 4G"): 150 ms round trips, 1.6 Mbit/s down, 750 kbit/s up.
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

// Every phone page that lives in a piece, with the heading it opens on.
const PIECE_PAGES = [
  // Never read online on this phone, the plan page says it has no copy yet.
  ["/plan", /plan/i],
  ["/session", "Session scores"],
  ["/surveys", "Surveys for you"],
  ["/appointments", "Appointments"],
  ["/voice", "Have your say"],
  ["/say", "Tell us what you think"],
  ["/devices", "Your phones"],
  ["/my-data", "What Tandem keeps about me"],
  ["/feedback", "What do you think of this app?"],
];

// The app's own files (its piece and chunks), fetched right after the first load.
const APP_FILES = new Set(builds.phoneApp.map((name) => `/${name}`));

/**
 * Holds the app's files back from `page` (refused as if offline) until `release()`; `held`
 * lists what the page asked for meanwhile. (With a service worker, its fetches would bypass it.)
 */
async function holdTheApp(page) {
  const held = [];
  const isApp = (url) => APP_FILES.has(url.pathname);
  await page.route(isApp, (route) => {
    held.push(new URL(route.request().url()).pathname);
    return route.abort("internetdisconnected");
  });
  return { held, release: () => page.unroute(isApp) };
}

/** Opens `path` inside the app (as its links do), so nothing is reloaded and the phone stays unlocked. */
async function openInApp(page, path) {
  await page.evaluate((to) => {
    history.pushState(null, "", to);
    dispatchEvent(new PopStateEvent("popstate"));
  }, path);
}

describe("the phone app in pieces", () => {
  const server = useServer();

  test("a phone on slow 4G joins with the shell alone; then every page opens offline and the outbox sends once", async () => {
    const context = await phoneContext(browser());
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", SLOW_4G);
    // What the page itself fetches (the service worker's own fetches are not the page's).
    const fetched = [];
    page.on("request", (request) => fetched.push(new URL(request.url()).pathname));

    const code = server().demoLogins().young_person.code.replaceAll("-", "");
    await page.goto(`${server().url}/join?code=${code}`);
    await page.getByRole("heading", { name: "Join with your code" }).waitFor();
    const join = page.getByRole("button", { name: "Join" });
    await join.waitFor();
    // A code with a slip first: the refusal is the join form's first answer.
    const codeBox = page.getByRole("textbox", { name: /Your code/ });
    // The code in the address is put in the box.
    await waitFor("the code from the address in its box", async () => (await codeBox.inputValue()).replaceAll("-", "") === code);
    const typed = await codeBox.inputValue();
    await codeBox.fill("ACDE");
    await join.click();
    await page.getByText("That code is not right. Check it with your worker.").waitFor();
    const beforeJoin = fetched.filter((path) => !path.startsWith("/api/"));
    const shell = new Set(["/join", ...builds.phone.map((name) => `/${name}`), ...APP_FILES]);
    assert.deepEqual(beforeJoin.filter((path) => !shell.has(path)), [], "only the shell and the app are fetched before the join form answers");
    assert.ok(beforeJoin.some((path) => /^\/tandem_bg-[0-9a-f]{16}\.wasm$/.test(path)), "the shell's wasm was fetched");
    await codeBox.fill(typed);

    await join.click();
    await page.getByRole("heading", { name: "Choose a PIN" }).waitFor();
    await typePin(page, "1357");
    await page.getByRole("heading", { name: "Type your PIN again" }).waitFor();
    await typePin(page, "1357");
    await page.getByRole("heading", { name: "Welcome to Tandem" }).waitFor();
    assert.deepEqual(
      fetched.filter((path) => path.startsWith("/piece-") && !APP_FILES.has(path)),
      [],
      "no page's piece before a page that needs one",
    );

    // After the first open the service worker keeps every piece.
    await waitForServiceWorker(page);
    const pieces = builds.phonePieces.map((name) => `/${name}`);
    assert.ok(pieces.length > 0, "the phone build has pieces");
    await waitFor("every piece kept by the service worker", async () => {
      const kept = await page.evaluate(async () => {
        const names = await caches.keys();
        const paths = [];
        for (const name of names) {
          for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
        }
        return paths;
      });
      return pieces.every((path) => kept.includes(path));
    });

    // No signal: the app opens (locked, as a phone opened again is), and every page of a piece
    // draws from what the service worker kept.
    await cdp.send("Network.emulateNetworkConditions", { ...SLOW_4G, offline: true });
    await context.setOffline(true);
    await page.reload();
    await page.getByRole("heading", { name: "Enter your PIN" }).waitFor();
    await typePin(page, "1357");
    await page.getByRole("heading", { name: "Welcome to Tandem" }).waitFor();
    for (const [path, heading] of PIECE_PAGES) {
      await openInApp(page, path);
      await page.getByRole("heading", { level: 1, name: heading }).waitFor({ timeout: 15_000 });
      assert.equal(await page.getByText("This page needs a connection the first time").count(), 0, `${path} opened offline`);
    }

    // Written offline on a piece's page, it is sent once when the signal returns.
    await openInApp(page, "/feedback");
    await page.getByRole("heading", { name: "What do you think of this app?" }).waitFor();
    await page.locator('label[for="feedback-score-7"]').click();
    await page.getByRole("button", { name: "Send" }).click();
    await page.getByText("Your answer is saved on this phone").waitFor();
    await context.setOffline(false);
    await cdp.send("Network.emulateNetworkConditions", SLOW_4G);
    await page.getByText("Everything you sent has arrived.").waitFor({ timeout: 30_000 });
    const summary = await server().feedbackSummary();
    assert.equal(summary.count, 1);
    assert.equal(summary.entries[0].score, 7);

    // A phone never fetches the staff build.
    assert.deepEqual(fetched.filter((path) => path.includes("tandem_staff")), []);
    assert.deepEqual(context.problems, []);
    await context.close();
  });

  test("before the app is here, the join form answers on the first load alone, in the screen's language", async () => {
    // No service worker: what the page fetches is all there is, so holding the app back holds it.
    const context = await phoneContext(browser(), { serviceWorkers: "block" });
    const page = await context.newPage();
    const { held, release } = await holdTheApp(page);
    const redeems = [];
    page.on("request", (request) => {
      if (new URL(request.url()).pathname === "/api/v1/invites/redeem") redeems.push(request.method());
    });

    await page.goto(`${server().url}/join`);
    await page.getByRole("heading", { name: "Join with your code" }).waitFor();
    // The first load asks for the app once it answers the form itself.
    await waitFor("the app asked for", async () => held.length > 0);
    const codeBox = page.getByRole("textbox", { name: /Your code/ });
    const join = page.getByRole("button", { name: "Join" });

    // A slip is refused at once, beside the box, and the keyboard goes there.
    await codeBox.fill("ACDE");
    await join.click();
    const refusal = page.locator("#join-code-error");
    await refusal.waitFor();
    assert.equal(await refusal.textContent(), "That code is not right. Check it with your worker.");
    assert.equal(await refusal.getAttribute("role"), "alert");
    assert.equal(await codeBox.getAttribute("aria-invalid"), "true");
    assert.match(await codeBox.getAttribute("aria-describedby"), /join-code-error/);
    assert.equal(await page.evaluate(() => document.activeElement && document.activeElement.id), "join-code");
    assert.deepEqual(redeems, [], "a slip never reaches the server");

    // A code the server does not know is refused by the server, beside the box.
    await codeBox.fill("ACDE-FGHJ-KMNP");
    await join.click();
    await waitFor("the server asked", async () => redeems.length === 1);
    await page.getByText("That code is not right. Check it with your worker.").waitFor();

    // The screen's language, chosen before the app is here, is the refusal's.
    await page.locator("#language-select").selectOption("cy");
    await page.getByRole("heading", { name: "Ymuno â'ch cod" }).waitFor();
    const welshBox = page.getByRole("textbox", { name: /Eich cod/ });
    await welshBox.fill("ACDE");
    await page.getByRole("button", { name: "Ymuno" }).click();
    await page.getByText("Dydy'r cod yna ddim yn iawn. Gwiriwch e gyda'ch gweithiwr.").waitFor();
    await page.locator("#language-select").selectOption("en");
    await page.getByRole("heading", { name: "Join with your code" }).waitFor();

    // The right code joins; the app, let through, opens at choosing the PIN.
    await codeBox.fill(server().demoLogins().carer.code);
    await join.click();
    await waitFor("the code redeemed", async () => redeems.length === 2);
    // Joined, with the app still on its way: the screen says so.
    await page.getByRole("status").filter({ hasText: "Loading…" }).waitFor();
    assert.ok(held.every((path) => APP_FILES.has(path)));
    await release();
    await page.getByRole("heading", { name: "Choose a PIN" }).waitFor({ timeout: 20_000 });
    assert.equal(redeems.length, 2, "the code is sent once");
    // wasm-split-cli's loader leaves the held fetches' rejections unobserved ("Failed to
    // fetch"); the start asks for the app again, as seen above. Nothing else may go wrong.
    assert.deepEqual(context.problems.filter((problem) => problem !== "page error: Failed to fetch"), []);
    await context.close();
  });

  test("a refusal shown before the app is here is still shown once the app takes over", async () => {
    const context = await phoneContext(browser(), { serviceWorkers: "block" });
    const page = await context.newPage();
    const { held, release } = await holdTheApp(page);
    await page.goto(`${server().url}/join`);
    await waitFor("the app asked for", async () => held.length > 0);
    await page.getByRole("textbox", { name: /Your code/ }).fill("ACDE");
    await page.getByRole("button", { name: "Join" }).click();
    await page.locator("#join-code-error").waitFor();
    await release();
    await page.locator("#first-paint").waitFor({ state: "detached", timeout: 20_000 });
    const refusal = page.getByRole("alert").filter({ hasText: "That code is not right. Check it with your worker." });
    await refusal.waitFor();
    assert.equal(await page.getByRole("textbox", { name: /Your code/ }).inputValue(), "ACDE");
    assert.equal(await page.getByRole("textbox", { name: /Your code/ }).getAttribute("aria-invalid"), "true");
    await context.close();
  });

  test("a page whose piece cannot be fetched says so, and opens once the signal returns", async () => {
    const context = await phoneContext(browser(), { serviceWorkers: "block" });
    const page = await context.newPage();
    await page.goto(`${server().url}/`);
    await page.getByRole("heading", { name: "Welcome to Tandem" }).waitFor();
    // The app itself is here (it has taken the first screen's place); then the signal goes.
    await page.locator("#first-paint").waitFor({ state: "detached" });
    await context.setOffline(true);
    await openInApp(page, "/feedback");
    await page.getByRole("heading", { name: "This page needs a connection the first time" }).waitFor();
    await context.setOffline(false);
    await page.getByRole("button", { name: "Try again" }).click();
    await page.getByRole("heading", { name: "What do you think of this app?" }).waitFor();
    await context.close();
  });
});
