// The first screen before the app's code has arrived (frontend/src/shell/first_paint.rs,
// frontend/guard.js): the entry screens are in the page, rendered at build time, and the app
// takes over once it knows who is here, keeping what was typed and sent meanwhile.
import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { axeViolations, joinWithInvite, phoneContext, typePin, useBrowser, useServer } from "./lib/harness.mjs";

const browser = useBrowser();

/**
 * A phone whose wasm files are held back from `hold()` until `release()`: the page as a phone on
 * a slow network has it before the app's code. (Service workers are blocked: nothing bypasses it.)
 */
async function heldBackContext() {
  const context = await phoneContext(browser(), { serviceWorkers: "block" });
  let arrived = null;
  let release = () => {};
  await context.route(/\.wasm$/, async (route) => {
    await arrived;
    await route.continue();
  });
  const hold = () => {
    arrived = new Promise((resolve) => {
      release = resolve;
    });
  };
  hold();
  return { context, hold, release: () => release() };
}

describe("the first screen, before the app's code", () => {
  const server = useServer();

  test("/join is there at once; the code typed and sent before the app arrives goes through", async () => {
    const { context, release } = await heldBackContext();
    const page = await context.newPage();
    await page.goto(`${server().url}/join`);
    await page.getByRole("heading", { name: "Join with your code", level: 1 }).waitFor();
    assert.equal(await page.locator("#first-paint").count(), 1, "the screen made at build time is showing");
    assert.deepEqual(await axeViolations(page), []);
    // Quick exit is a working button already.
    assert.equal(await page.getByRole("button", { name: /Quick exit/ }).isEnabled(), true);

    await page.getByLabel("Your code").fill(server().demoLogins().young_person.code);
    await page.getByRole("button", { name: "Join" }).click();
    // The browser did not send the form itself: the code is not in the address.
    assert.equal(new URL(page.url()).search, "");

    release();
    await page.getByRole("heading", { name: "Choose a PIN" }).waitFor();
    assert.equal(await page.locator("#first-paint").count(), 0, "the app has taken the screen's place");
    assert.deepEqual(context.problems, []);
    await context.close();
  });

  test("a fresh phone shows its kept language, right to left for Urdu, and / the home page", async () => {
    const { context, release } = await heldBackContext();
    await context.addInitScript(() => {
      if (location.protocol === "http:" && !localStorage.getItem("tandem.language")) localStorage.setItem("tandem.language", "ur");
    });
    const page = await context.newPage();
    await page.goto(`${server().url}/join`);
    await page.getByRole("heading", { name: "اپنے کوڈ سے شامل ہوں", level: 1 }).waitFor();
    assert.deepEqual(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), ["ur", "rtl"]);

    // Another language chosen before the app is there changes the screen at once.
    await page.getByRole("combobox").selectOption("en");
    await page.getByRole("heading", { name: "Join with your code", level: 1 }).waitFor();
    assert.deepEqual(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), ["en", "ltr"]);

    await page.goto(`${server().url}/`);
    await page.getByRole("heading", { name: "Welcome to Tandem", level: 1 }).waitFor();
    assert.equal(await page.getByRole("link", { name: /I have a code from my worker/ }).count(), 1);
    release();
    await page.locator("#first-paint").waitFor({ state: "detached" });
    await page.getByRole("heading", { name: "Welcome to Tandem", level: 1 }).waitFor();
    assert.deepEqual(context.problems, []);
    await context.close();
  });


  test("a language chosen on the first screen while the app waits to know who is here is the app's", async () => {
    const context = await phoneContext(browser(), { serviceWorkers: "block" });
    let answer;
    const answered = new Promise((resolve) => {
      answer = resolve;
    });
    await context.route("**/api/v1/me", async (route) => {
      await answered;
      await route.continue();
    });
    const page = await context.newPage();
    const asked = page.waitForRequest("**/api/v1/me");
    await page.goto(`${server().url}/join`);
    // The app has rendered (off the page) and asked who is here.
    await asked;
    await page.getByRole("combobox").selectOption("ur");
    await page.getByRole("heading", { name: "اپنے کوڈ سے شامل ہوں", level: 1 }).waitFor();
    answer();
    await page.locator("#first-paint").waitFor({ state: "detached" });
    await page.getByRole("button", { name: /فوراً باہر نکلیں/ }).waitFor();
    assert.deepEqual(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), ["ur", "rtl"]);
    await context.close();
  });
});

describe("the first screen of a locked phone", () => {
  const server = useServer();

  test("a phone locked by quick exit opens on the PIN screen, with no name, and the keys wait for the app", async () => {
    const { context, hold, release } = await heldBackContext();
    const page = await context.newPage();
    release();
    const jay = server().demoLogins().young_person;
    await joinWithInvite(page, server().url, jay.code, "2468");
    await page.getByRole("button", { name: /Quick exit/ }).click();
    await page.waitForURL("https://www.bbc.co.uk/weather");

    hold();
    await page.goto(`${server().url}/`);
    await page.getByRole("heading", { name: "Enter your PIN", level: 1 }).waitFor();
    assert.equal(await page.locator("#first-paint").count(), 1);
    assert.ok(!(await page.locator("body").innerText()).includes(jay.name), "a locked phone shows no name");
    assert.equal(await page.getByRole("button", { name: "1", exact: true }).isDisabled(), true);
    assert.deepEqual(await axeViolations(page), []);
    release();
    await page.locator("#first-paint").waitFor({ state: "detached" });
    await typePin(page, "2468");
    await page.getByRole("heading", { name: "Welcome to Tandem", level: 1 }).waitFor();
    assert.deepEqual(context.problems, []);
    await context.close();
  });
});
