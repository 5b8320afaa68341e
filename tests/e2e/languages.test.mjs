// A person's language: chosen on the phone (before or after joining), each screen then in it,
// the page's title and direction with it, and the server told, so its reminders come in it
// (backend/tests/api/appointments.rs decrypts those). Welsh, Polish and Urdu at 360 px.
import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { api, axeViolations, cookieOf, phoneContext, screenshotPath, useBrowser, useServer, waitFor } from "./lib/harness.mjs";

const browser = useBrowser();

async function serverLanguage(server, context) {
  return (await api(server.url, await cookieOf(context), "GET", "/api/v1/me")).body.language;
}

async function noSidewaysScroll(page) {
  return page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
}

describe("languages", () => {
  const server = useServer();

  test("Welsh chosen on the join screen, then Polish and Urdu: each screen, title and the server follow", async () => {
    const context = await phoneContext(browser());
    const page = await context.newPage();
    await page.goto(server().url + "/join");
    await page.getByRole("heading", { name: "Join with your code" }).waitFor();
    await page.locator("#language-select").selectOption("cy");
    await page.getByRole("heading", { name: "Ymuno â'ch cod" }).waitFor();
    await page.waitForFunction(() => document.title === "Ymuno – Tandem" && document.documentElement.lang === "cy");
    assert.deepEqual(await axeViolations(page), []);
    await page.screenshot({ path: screenshotPath("language-cy-join") });

    await page.getByLabel("Eich cod").fill(server().demoLogins().young_person.code);
    await page.getByRole("button", { name: "Ymuno", exact: true }).click();
    await page.getByRole("heading", { name: "Dewiswch PIN" }).waitFor();
    for (const _ of [1, 2]) {
      await page.keyboard.type("2468");
      await page.keyboard.press("Enter");
      await page.waitForTimeout(200);
    }
    await page.getByRole("heading", { name: "Croeso i Tandem" }).waitFor();
    // Chosen before joining: the server hears it once the phone is someone's.
    await waitFor("the server to keep Welsh", async () => (await serverLanguage(server(), context)) === "cy");
    assert.deepEqual(await axeViolations(page), []);
    assert.equal(await noSidewaysScroll(page), true);
    await page.screenshot({ path: screenshotPath("language-cy-home") });

    await page.locator("#language-select").selectOption("pl");
    await page.getByRole("heading", { name: "Witaj w Tandemie" }).waitFor();
    await waitFor("the server to keep Polish", async () => (await serverLanguage(server(), context)) === "pl");
    await page.getByRole("link", { name: /Mój plan/ }).click();
    await page.getByRole("heading", { level: 1, name: "Mój plan" }).waitFor();
    await page.waitForFunction(() => document.title === "Plan – Tandem");
    assert.deepEqual(await axeViolations(page), []);
    assert.equal(await noSidewaysScroll(page), true);
    await page.screenshot({ path: screenshotPath("language-pl-plan") });

    await page.locator("#language-select").selectOption("ur");
    await page.getByRole("heading", { level: 1, name: "میرا منصوبہ" }).waitFor();
    await page.waitForFunction(() => document.documentElement.dir === "rtl" && document.documentElement.lang === "ur");
    await waitFor("the server to keep Urdu", async () => (await serverLanguage(server(), context)) === "ur");
    // Right to left: the page's first column is on the right.
    const heading = await page.getByRole("heading", { level: 1 }).boundingBox();
    assert.ok(heading.x + heading.width > 300, `the heading starts at the right (${JSON.stringify(heading)})`);
    assert.deepEqual(await axeViolations(page), []);
    assert.equal(await noSidewaysScroll(page), true);
    await page.screenshot({ path: screenshotPath("language-ur-plan") });
    assert.deepEqual(context.problems, []);
    await context.close();
  });
});
