// A young person's main journeys with the keyboard alone (WCAG 2.1.1, 2.4.3, 4.1.3, 3.3.1,
// 2.2.1, 2.4.2): where focus lands after each step, that each status is in a live region, each
// refusal tied to its field, the idle lock's warning on a test clock, and each page's title.
// Then the staff plan table reflowing at 320 px (1.4.10).
import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { api, cookieOf, deskContext, joinWithInvite, phoneContext, signIn, useBrowser, useServer } from "./lib/harness.mjs";

const browser = useBrowser();

/** What has the keyboard: its id, or failing that its class and accessible label. */
function focused(page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    return { id: element?.id ?? "", className: element?.className ?? "", label: element?.getAttribute("aria-label") ?? "" };
  });
}

/** Presses Tab until `selector` has the keyboard: proves it is reachable, in at most `most`. */
async function tabTo(page, selector, most = 40) {
  for (let presses = 0; presses < most; presses += 1) {
    if (await page.evaluate((selector) => document.activeElement?.matches(selector) ?? false, selector)) return;
    await page.keyboard.press("Tab");
  }
  assert.fail(`${selector} not reached with ${most} presses of Tab`);
}

async function title(page, expected) {
  await page.waitForFunction((expected) => document.title === expected, expected, { timeout: 10_000 });
}

describe("keyboard only", () => {
  const server = useServer();

  test("join, PIN, plan, idle lock and complaint: focus after each step, statuses announced", async () => {
    const context = await phoneContext(browser());
    const page = await context.newPage();
    // A test clock, running from now, that the test can move on: the idle lock is 15 minutes.
    await page.clock.install();
    await page.goto(server().url + "/join");
    await page.getByRole("heading", { name: "Join with your code" }).waitFor();
    await title(page, "Join – Tandem");
    // Nothing was sent yet, so the footer's live region says nothing (it is there, empty).
    const status = page.locator(".sync-status");
    assert.equal(await status.getAttribute("role"), "status");
    assert.equal((await status.textContent()).trim(), "");

    // A slip in the code: the refusal is beside the box, tied to it, and the keyboard is there.
    await tabTo(page, "#join-code");
    assert.notEqual(await page.locator("#join-code").getAttribute("required"), null);
    await page.keyboard.type("ABC");
    await page.keyboard.press("Enter");
    const error = page.locator("#join-code-error");
    await error.waitFor();
    assert.equal(await error.getAttribute("role"), "alert");
    assert.equal(await page.locator("#join-code").getAttribute("aria-invalid"), "true");
    assert.match(await page.locator("#join-code").getAttribute("aria-describedby"), /\bjoin-code-error\b/);
    assert.equal((await focused(page)).id, "join-code");

    await page.keyboard.press("Control+A");
    await page.keyboard.type(server().demoLogins().young_person.code);
    await page.keyboard.press("Enter");

    // The PIN: the keypad has the keyboard and names each step; digits and Backspace are typed.
    await page.getByRole("heading", { name: "Choose a PIN" }).waitFor();
    await title(page, "Choose a PIN – Tandem");
    await page.waitForFunction(() => document.activeElement?.classList.contains("keypad"));
    await page.keyboard.type("24689");
    await page.keyboard.press("Backspace");
    await page.locator('.pin-dots[data-entered="4"]').waitFor();
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Type your PIN again" }).waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute("aria-label") === "Type your PIN again");
    await page.keyboard.type("1357");
    await page.keyboard.press("Enter");
    await page.getByRole("alert").filter({ hasText: /two PINs were different/ }).waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute("aria-label") === "Choose a PIN");
    for (const _ of [1, 2]) {
      await page.keyboard.type("2468");
      await page.keyboard.press("Enter");
      await page.waitForTimeout(200);
    }
    await page.getByRole("heading", { name: "Welcome to Tandem" }).waitFor();
    await title(page, "Tandem");

    // The plan: "Change" names its box and its target; the box's words take the keyboard, and
    // saving says so in a live region and gives the keyboard back to the box's button.
    await tabTo(page, 'a[href="/plan"]');
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "My plan" }).waitFor();
    await title(page, "Plan – Tandem");
    const change = page.locator(".plan-box button[id^=change-]").first();
    await change.waitFor();
    assert.match(await change.getAttribute("aria-label"), /^(Change|Write this): .+, for .+/);
    const buttonId = await change.getAttribute("id");
    await tabTo(page, `#${buttonId}`, 80);
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.activeElement?.id.startsWith("writing-"));
    await page.keyboard.press("Control+A");
    await page.keyboard.type("Go to every session at the youth centre");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    const saved = page.locator(".save-note");
    await saved.filter({ hasText: /^Saved: / }).waitFor();
    assert.equal(await saved.getAttribute("role"), "status");
    await page.waitForFunction((id) => document.activeElement?.id === id, buttonId);

    // A minute before the idle lock: a warning, with the keyboard on "I'm still here".
    await page.clock.fastForward("14:05");
    const warning = page.getByRole("alertdialog");
    await warning.waitFor();
    assert.match(await warning.textContent(), /lock in a minute/);
    await page.waitForFunction(() => document.activeElement?.id === "still-here");
    await page.keyboard.press("Enter");
    await warning.waitFor({ state: "detached" });
    assert.equal(await page.getByRole("heading", { name: "Enter your PIN" }).count(), 0, "staying kept it open");

    // Left alone past the lock: the lock screen, the keypad with the keyboard, a bare title.
    await page.clock.fastForward("15:05");
    await page.getByRole("heading", { name: "Enter your PIN" }).waitFor();
    await page.waitForFunction(() => document.activeElement?.classList.contains("keypad"));
    await title(page, "Tandem");
    await page.keyboard.type("2468");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "My plan" }).waitFor();

    // A complaint sent empty: each refusal beside its own field, which takes the keyboard.
    await tabTo(page, 'a[href="/say"]', 120);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Tell us what you think" }).waitFor();
    await title(page, "Complaint or compliment – Tandem");
    await page.locator("#say-complaint").waitFor();
    await tabTo(page, "button[type=submit]");
    await page.keyboard.press("Enter");
    await page.locator("#say-kind-error[role=alert]").waitFor();
    await page.waitForFunction(() => document.activeElement?.id === "say-complaint");
    await page.keyboard.press("Space");
    await tabTo(page, "button[type=submit]");
    await page.keyboard.press("Enter");
    await page.locator("#say-text-error[role=alert]").waitFor();
    await page.waitForFunction(() => document.activeElement?.id === "say-text");
    assert.equal(await page.locator("#say-text").getAttribute("aria-invalid"), "true");
    assert.equal(await page.locator("#say-text").getAttribute("aria-describedby"), "say-text-error");
    assert.match(await page.locator("#say-text-error").textContent(), /write something in this box/);

    assert.deepEqual(context.problems, []);
    await context.close();
  });

  test("the staff plan table reflows at 320 px: no sideways scroll, each cell named", async () => {
    const context = await deskContext(browser());
    const desk = await context.newPage();
    const worker = server().demoLogins().worker;
    await signIn(desk, server().url, worker.email, worker.password);
    await desk.getByRole("heading", { name: "My young people" }).waitFor();
    const people = (await api(server().url, await cookieOf(context), "GET", "/api/v1/young-people")).body;
    const jay = people.find((person) => person.display_name === "Jay").id;
    await desk.setViewportSize({ width: 320, height: 800 });
    await desk.goto(`${server().url}/staff/young-people/${jay}/plan`);
    await desk.locator(".plan-table td").first().waitFor();
    await title(desk, "Plan – Tandem");
    const overflow = await desk.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, "no sideways scroll at 320 px");
    // Each cell says which column it is, as the header row is not beside it any more.
    const unnamed = await desk.locator(".plan-table td:not([data-label])").count();
    assert.equal(unnamed, 0);
    const narrowButtons = await desk.evaluate(() =>
      [...document.querySelectorAll(".plan-table button")].filter((b) => b.getBoundingClientRect().right > document.documentElement.clientWidth).length,
    );
    assert.equal(narrowButtons, 0, "no button cut off");
    await context.close();
  });
});

describe("keyboard only: a form and an appointment", () => {
  const server = useServer();

  test("each new question has the keyboard, a choice moves with the arrows, a reply is announced", async () => {
    const url = server().url;
    const worker = await server().apiSession("worker");
    const jayId = (await api(url, worker, "GET", "/api/v1/young-people")).body[0].id;
    const due = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(new Date(Date.now() + 7 * 86_400_000));
    await api(url, worker, "POST", `/api/v1/young-people/${jayId}/assessments`, {
      person_id: jayId, form: "self_assessment", purpose: "assessment", due_on: due,
    });
    const context = await phoneContext(browser());
    const page = await context.newPage();
    await joinWithInvite(page, url, server().demoLogins().young_person.code, "1357");

    // From home to the form, by Tab and Enter alone.
    await tabTo(page, 'a[href="/forms"]', 60);
    await page.keyboard.press("Enter");
    await title(page, "Forms – Tandem");
    await tabTo(page, 'a[href^="/forms/"]', 60);
    await page.keyboard.press("Enter");
    await tabTo(page, ".survey-intro button", 60);
    await page.keyboard.press("Enter");
    // Start is gone: the first question has the keyboard, and the arrows choose on the scale.
    await page.waitForFunction(() => document.activeElement?.matches(".survey-question input[type=radio]"));
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await page.waitForFunction(() => document.querySelector(".survey-question input[type=radio]:checked")?.value === "2");
    await tabTo(page, ".survey-question button[type=submit]");
    await page.keyboard.press("Enter");
    // Next: the keyboard is in the new question's box.
    await page.waitForFunction(() => document.activeElement?.matches(".survey-question textarea"));
    await page.keyboard.type("We get on most days.");
    await tabTo(page, ".survey-question button[type=submit]");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.activeElement?.matches(".survey-question input[type=radio]"));
    // "I'd rather not say" is a toggle the keyboard presses; the choice is said in a live region.
    await tabTo(page, ".rather-not-say");
    await page.keyboard.press("Space");
    await page.locator(".rather-not-say[aria-pressed=true]").waitFor();
    await page.locator('.survey-question [role=status]', { hasText: "You chose not to say." }).waitFor();
    // Back: the keyboard returns to the question before, on the words already written.
    await tabTo(page, ".survey-question .actions button.secondary");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.activeElement?.matches(".survey-question textarea"));
    assert.equal(await page.locator(".survey-question textarea").inputValue(), "We get on most days.");

    // An appointment: "I'll be there" with Enter, and what it did is said in a live region.
    await tabTo(page, "a.brand", 60);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Welcome to Tandem" }).waitFor();
    await tabTo(page, 'a[href="/appointments"]', 60);
    await page.keyboard.press("Enter");
    await title(page, "Appointments – Tandem");
    const card = page.locator("article.appointment", { hasText: "Look at your plan together" });
    await card.waitFor();
    const cardId = await card.getAttribute("id");
    await tabTo(page, `[id="${cardId}"] .actions button:not(.secondary)`, 120);
    assert.match(await page.evaluate(() => document.activeElement.textContent), /^I'll be there – /, "the button names its day");
    await page.keyboard.press("Enter");
    await page.locator(`[id="${cardId}"] .reply-status[role=status]`, { hasText: "You said you'll be there." }).waitFor();

    assert.deepEqual(context.problems, []);
    await context.close();
  });
});
