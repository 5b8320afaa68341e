// Co-produced plans end to end, with three people in three browser contexts: the worker drafts
// two targets at their desk; the young person writes their column on their phone with no
// signal (and the plan still opens), then syncs; the carer writes theirs; both agree; the
// worker changes a row and agreement reopens naming it; the young person's phone and tablet
// write the same box, and the conflict is shown with both texts and merged by hand.
import assert from "node:assert/strict";
import { describe, test } from "node:test";

import {
  api,
  axeViolations,
  cookieOf,
  joinWithInvite,
  phoneContext,
  screenshotPath,
  smallTargets,
  typePin,
  useBrowser,
  useServer,
  waitFor,
  waitForServiceWorker,
  workerAtDesk,
} from "./lib/harness.mjs";

const browser = useBrowser();

/** A phone signed in with an invite, at the plan page. */
async function phoneAtPlan(url, code, pin) {
  const context = await phoneContext(browser());
  const page = await context.newPage();
  await joinWithInvite(page, url, code, pin);
  await page.getByRole("link", { name: /^(My plan|The plan)/ }).click();
  // One plan is the page, headed with whose it is.
  await page.getByRole("heading", { name: /^(My plan|.+'s plan)$/, level: 1 }).waitFor();
  return { context, page };
}

/** Opens the box `label` of the card for `target` and saves `text` there. */
async function writeBox(page, target, label, text) {
  const card = page.locator("article.plan-card", { has: page.getByRole("heading", { name: target }) });
  await card.locator(".plan-box", { has: page.getByRole("heading", { name: label }) }).getByRole("button").click();
  await page.getByRole("textbox", { name: label }).fill(text);
  await page.getByRole("button", { name: "Save" }).click();
}

const cell = (plan, row, field) => plan.plan.rows[row].cells[field].text;

describe("a plan written together, agreed, reopened and a conflict resolved", () => {
  const server = useServer();

  test("worker drafts, young person offline, carer, agreement, reopening, conflict", async () => {
    const url = server().url;
    const logins = server().demoLogins();
    const desk = await workerAtDesk(browser(), server());
    // The worker's own session, for checking what reached the server (signing in again would end it).
    const asWorker = async (method, path, body) => api(url, await cookieOf(desk.context()), method, path, body);
    const planOf = async (youngPerson) => (await asWorker("GET", `/api/v1/young-people/${youngPerson}/plan`)).body;
    /** Waits until the worker's view of the plan satisfies `check`, and answers it. */
    const waitForPlan = (youngPerson, check, what) =>
      waitFor(what, async () => {
        const plan = await planOf(youngPerson);
        return check(plan) && plan;
      }, 20);

    // A young person new to the service, their carer, and invites for the phone, the tablet and the carer.
    const rio = (await asWorker("POST", "/api/v1/young-people", { display_name: "Rio" })).body.id;
    const ash = (await asWorker("POST", "/api/v1/carers", { display_name: "Ash" })).body.id;
    assert.equal((await asWorker("POST", `/api/v1/young-people/${rio}/carers`, { carer_id: ash })).status, 204);
    const invite = async (person) => (await asWorker("POST", "/api/v1/invites", { person_id: person })).body.code;
    const [phoneCode, tabletCode, carerCode] = [await invite(rio), await invite(rio), await invite(ash)];

    // The worker drafts two targets in the table.
    await desk.goto(`${url}/staff/young-people/${rio}`);
    await desk.getByRole("link", { name: "Plan", exact: true }).click();
    await desk.getByRole("heading", { name: "Rio's plan" }).waitFor();
    for (const [target, workerWill] of [
      ["Learn how to control my anger better", "Identify triggers; calming techniques"],
      ["Make better decisions", "Reflect on past decisions; who can help"],
    ]) {
      await desk.getByLabel("Target", { exact: true }).fill(target);
      await desk.getByLabel("Worker will...", { exact: true }).fill(workerWill);
      await desk.getByRole("button", { name: "Add a target" }).click();
      await desk.locator(`.plan-table td[data-label="Target"]`, { hasText: target }).first().waitFor();
    }
    assert.deepEqual(await axeViolations(desk), []);

    // The young person reads the plan, loses signal, opens it again and writes their column.
    const { context: phoneContextHandle, page: phone } = await phoneAtPlan(url, phoneCode, "1357");
    await phone.getByRole("heading", { name: "Learn how to control my anger better" }).waitFor();
    await waitForServiceWorker(phone);
    await phoneContextHandle.setOffline(true);
    await phone.reload();
    // Opened again with no signal, the phone asks for its PIN (checked on the phone) first.
    await phone.getByRole("heading", { name: "Enter your PIN" }).waitFor();
    await typePin(phone, "1357");
    await phone
      .getByText("You have no signal, so this is the plan as it was last time.")
      .waitFor({ timeout: 10_000 })
      .catch(async (error) => {
        throw new Error(`${error.message}\npage: ${await phone.locator("body").innerText()}`);
      });
    await writeBox(phone, "Learn how to control my anger better", "To do this I will...", "Work out what makes me angry");
    await phone.getByText("Saved on this phone. It will be sent when there is signal.").waitFor();
    await phone.getByText("Work out what makes me angry").waitFor();
    assert.equal(cell(await planOf(rio), 0, "i_will"), "", "nothing reached the server while offline");
    await phoneContextHandle.setOffline(false);
    await waitForPlan(rio, (plan) => cell(plan, 0, "i_will") === "Work out what makes me angry", "the young person's words");

    // The carer writes their part on their own phone.
    const { page: carer } = await phoneAtPlan(url, carerCode, "2468");
    await carer.getByRole("heading", { name: "Rio's plan" }).waitFor();
    // The carer's home spoke to the carer and did not offer the young person's session scores.
    await carer.getByRole("link", { name: "Tandem", exact: true }).click();
    await carer.getByRole("link", { name: /^The plan/ }).waitFor();
    assert.equal(await carer.getByRole("link", { name: /Session scores/ }).count(), 0);
    assert.equal(await carer.getByText("Your targets, in your own words").count(), 0);
    await carer.getByRole("link", { name: /^The plan/ }).click();
    await carer.getByRole("heading", { name: "Rio's plan" }).waitFor();
    await writeBox(carer, "Learn how to control my anger better", "Parent or carer will...", "Give Rio space; talk when we are both calm");
    await waitForPlan(rio, (plan) => cell(plan, 0, "carer_will").startsWith("Give Rio space"), "the carer's words");
    assert.equal(await carer.getByRole("button", { name: "Write this" }).count(), 1, "the carer may write only their own box (the second row's is still empty)");

    // Both agree, each on their own phone.
    for (const page of [phone, carer]) {
      await page.reload();
      await page.getByRole("button", { name: "I agree" }).click();
      await page.getByText(/You agreed with this plan/).waitFor();
    }
    const agreed = await waitForPlan(rio, (plan) => plan.agreements.every((a) => a.state.agreed), "both agreements");
    assert.equal(agreed.agreements.length, 2);
    await desk.reload();
    await desk.getByRole("cell", { name: /Agreed with version/ }).first().waitFor();
    assert.equal(await desk.getByRole("cell", { name: /Agreed with version/ }).count(), 2);

    // The worker changes their part of the second row: agreement reopens, naming that row.
    await desk.getByRole("button", { name: "Change: Worker will..." }).nth(1).click();
    await desk.locator(".plan-table").getByRole("textbox", { name: "Worker will..." }).fill("Suggest group work");
    await desk.getByRole("button", { name: "Save", exact: true }).click();
    await desk.locator(".plan-table").getByRole("cell", { name: /Suggest group work/ }).waitFor();
    await phone.reload();
    await phone.getByText("The plan has changed since you agreed. Please read what changed and say again.").waitFor();
    const changes = phone.locator(".plan-changes");
    assert.match(await changes.innerText(), /Make better decisions/);
    assert.match(await changes.innerText(), /Suggest group work/);
    await desk.reload();
    await desk.getByRole("cell", { name: /asked again because of/ }).first().waitFor();
    // The caseload says whose plan is waiting on whom.
    await desk.goto(`${url}/staff`);
    const waiting = desk.getByRole("region", { name: "Plans waiting for agreement" });
    await waiting.getByRole("link", { name: "Rio's plan" }).waitFor();
    assert.match(await waiting.innerText(), /Ash \(parent or carer\): Agreed with version \d+; asked again because of/);
    assert.deepEqual(await axeViolations(desk), []);
    await waiting.getByRole("link", { name: "Rio's plan" }).click();
    await desk.getByRole("heading", { name: "Rio's plan" }).waitFor();

    // The phone (offline) and the tablet write the same box; the phone's edit comes back as a conflict.
    await phoneContextHandle.setOffline(true);
    await writeBox(phone, "Learn how to control my anger better", "How will I know I am successful?", "My outbursts go down");
    const { page: tablet } = await phoneAtPlan(url, tabletCode, "9753");
    await writeBox(tablet, "Learn how to control my anger better", "How will I know I am successful?", "I use the techniques");
    await waitForPlan(rio, (plan) => cell(plan, 0, "how_i_know") === "I use the techniques", "the tablet's words");
    await phoneContextHandle.setOffline(false);
    await phone.getByRole("heading", { name: "Someone else changed this while you were writing" }).waitFor({ timeout: 20_000 });
    // Their words come with the plan as it now stands, which may be drawn a moment after the heading.
    await phone.locator(".conflict-theirs", { hasText: "I use the techniques" }).waitFor();
    assert.equal(await phone.locator(".conflict-yours").innerText(), "My outbursts go down");
    assert.equal(await phone.locator(".conflict-theirs").innerText(), "I use the techniques");
    assert.equal(cell(await planOf(rio), 0, "how_i_know"), "I use the techniques", "nothing overwritten");
    await phone.getByRole("button", { name: "Write them together" }).click();
    const merged = phone.getByRole("textbox", { name: "How will I know I am successful?" });
    assert.equal(await merged.inputValue(), "I use the techniques\nMy outbursts go down");
    await merged.fill("My outbursts go down; I use the techniques");
    await phone.getByRole("button", { name: "Save" }).click();
    await waitForPlan(rio, (plan) => cell(plan, 0, "how_i_know") === "My outbursts go down; I use the techniques", "the merged words");
    await phone.getByRole("heading", { name: "Someone else changed this while you were writing" }).waitFor({ state: "detached" });

    // The young person's plan on a 360 px phone, and the worker's printed A4 layout.
    await phone.reload();
    await phone.getByRole("heading", { name: "Learn how to control my anger better" }).waitFor();
    assert.deepEqual(await axeViolations(phone), []);
    assert.deepEqual(await smallTargets(phone), []);
    await phone.screenshot({ path: screenshotPath("plan-young-person-360"), fullPage: true });
    await desk.reload();
    await desk.locator(".plan-table").getByRole("cell", { name: /My outbursts go down; I use the techniques/ }).waitFor();
    await desk.setViewportSize({ width: 1123, height: 794 });
    await desk.emulateMedia({ media: "print" });
    assert.equal(await desk.getByRole("button", { name: "Print the plan (A4)" }).isVisible(), false, "controls are not printed");
    await desk.screenshot({ path: screenshotPath("plan-print-a4"), fullPage: true });
    const headings = await desk.locator(".plan-table thead th").allInnerTexts();
    assert.deepEqual(headings.slice(0, 5), ["Target", "To do this I will...", "Parent or carer will...", "Worker will...", "How will I know I am successful?"]);
    for (const context of [phoneContextHandle]) assert.deepEqual(context.problems, []);
  });

  test("one heading names the plan, each box keeps its own words, and a no can go back", async () => {
    const url = server().url;
    const desk = await workerAtDesk(browser(), server());
    const asWorker = async (method, path, body) => api(url, await cookieOf(desk.context()), method, path, body);
    const noor = (await asWorker("POST", "/api/v1/young-people", { display_name: "Noor" })).body.id;
    const target = { add_row: { row_id: crypto.randomUUID(), target: "Go to college", worker_will: "Find the open day" } };
    assert.equal((await asWorker("POST", `/api/v1/plans/${noor}/changes`, target)).status, 201);
    const code = (await asWorker("POST", "/api/v1/invites", { person_id: noor })).body.code;
    const { context, page } = await phoneAtPlan(url, code, "1357");
    const planOf = async () => (await asWorker("GET", `/api/v1/young-people/${noor}/plan`)).body;

    // The only first heading is "My plan": no "Plan" above it.
    assert.deepEqual(await page.getByRole("heading", { level: 1 }).allInnerTexts(), ["My plan"]);
    const card = page.locator("article.plan-card", { has: page.getByRole("heading", { name: "Go to college" }) });
    const box = (label) => card.locator(".plan-box", { has: page.getByRole("heading", { name: label }) });
    const words = (label) => page.getByRole("textbox", { name: label });
    const [iWill, howIKnow] = ["To do this I will...", "How will I know I am successful?"];

    // Words typed in one box and not saved stay when another box is opened, and after a reload.
    await box(iWill).getByRole("button", { name: "Write this" }).click();
    await words(iWill).fill("Ask about the open day");
    await box(howIKnow).getByRole("button", { name: "Write this" }).click();
    await words(howIKnow).fill("I will have a place");
    assert.equal(await words(iWill).inputValue(), "Ask about the open day");
    // An open box's heading names its words: its label is not shown a second time.
    assert.equal(await box(iWill).getByText(iWill, { exact: true }).count(), 1);
    await page.reload();
    await page.getByRole("heading", { name: "My plan", level: 1 }).waitFor();
    assert.equal(await words(iWill).inputValue(), "Ask about the open day");
    assert.equal(await words(howIKnow).inputValue(), "I will have a place");

    // Saving one box leaves the other's words as they are; cancelling forgets them.
    await box(howIKnow).getByRole("button", { name: "Save" }).click();
    await waitFor("the saved box", async () => (await planOf()).plan.rows[0].cells.how_i_know.text === "I will have a place", 20);
    await box(howIKnow).getByText("I will have a place").waitFor();
    assert.equal(await words(iWill).inputValue(), "Ask about the open day");
    assert.equal((await planOf()).plan.rows[0].cells.i_will.text, "", "words not saved stay on the phone");
    await box(iWill).getByRole("button", { name: "Cancel" }).click();
    // The box closes once its words are gone from the phone too.
    await words(iWill).waitFor({ state: "detached" });
    await page.reload();
    await page.getByRole("heading", { name: "My plan", level: 1 }).waitFor();
    await box(iWill).getByRole("button", { name: "Write this" }).waitFor();
    assert.equal(await words(iWill).count(), 0, "a cancelled box does not come back");

    // "I want to change something", then back to "I agree".
    await page.getByRole("button", { name: "I want to change something" }).click();
    await words("What would you change?").fill("Not sure yet");
    await page.getByRole("button", { name: "Go back" }).click();
    await page.getByRole("button", { name: "I agree" }).click();
    await page.getByText(/You agreed with this plan/).waitFor();
    await waitFor("the agreement", async () => (await planOf()).agreements.some((a) => a.state.agreed), 20);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(await smallTargets(page), []);
    await context.close();
  });
});
