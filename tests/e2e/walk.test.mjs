// The five-role walk (Jay, Dee, Sam, Priya, Morgan), as a new user would take it: from each
// person's home, every page their role may use is reached by tapping (never by typing an
// address), and each one opens with its heading, no error, axe-core clean, with a screenshot in
// tests/artifacts/. No page shows a machine date (2026-11-23) or a time in UTC; phone pages
// also have 44 px targets. A carer's home offers only what carers can do.
import assert from "node:assert/strict";
import { describe, test } from "node:test";

import {
  axeViolations,
  deskContext,
  joinWithInvite,
  phoneContext,
  screenshotPath,
  signIn,
  smallTargets,
  useBrowser,
  useServer,
} from "./lib/harness.mjs";

const browser = useBrowser();

/** Waits for the page to settle: a first-level heading, nothing still loading. */
async function settled(page) {
  await page.locator("main h1").first().waitFor();
  await page.waitForFunction(() => !document.querySelector("main [aria-busy=true]"), null, { timeout: 15_000 });
}

/** Taps the links named `names` in turn, each page settling: the way back to where a walk starts. */
function tapping(page, ...names) {
  return async () => {
    for (const name of names) {
      await page.getByRole("link", { name, exact: true }).first().click();
      await settled(page);
    }
  };
}

/**
 * Opens each of `links` from where `back` leads (a home), and checks each page as the walk
 * does; `phone` adds the phone's own checks. Answers each page's heading.
 */
async function walk(page, who, back, links, { phone }) {
  const headings = [];
  for (const [index, name] of links.entries()) {
    await back();
    await page.getByRole("link", { name }).first().click();
    await settled(page);
    const heading = (await page.locator("main h1").first().innerText()).trim();
    headings.push(heading);
    const where = `${who}: "${name}" (${page.url()})`;
    assert.ok(heading.length > 0, `${where} has a heading`);
    const failed = await page.locator("main .error[role=alert]").allInnerTexts();
    assert.deepEqual(failed, [], `${where} shows no error`);
    assert.deepEqual(await axeViolations(page), [], `${where} is axe-core clean`);
    const text = await page.locator("main").innerText();
    assert.doesNotMatch(text, /\bUTC\b/, `${where} shows no UTC times`);
    assert.doesNotMatch(text, /\b\d{4}-\d{2}-\d{2}\b/, `${where} shows dates in words`);
    if (phone) {
      assert.deepEqual(await smallTargets(page), [], `${where} has 44 px targets`);
    }
    const slug = String(name).replace(/[^A-Za-z]+/g, "-").replace(/^-|-$/g, "").toLowerCase();
    await page.screenshot({ path: screenshotPath(`walk-${who}-${String(index + 1).padStart(2, "0")}-${slug}`), fullPage: true });
  }
  return headings;
}

describe("the five-role walk", () => {
  const server = useServer();

  test("Jay and Dee on their phones reach every page of theirs", async () => {
    const { url } = server();
    const logins = server().demoLogins();
    const jay = await (await phoneContext(browser())).newPage();
    await joinWithInvite(jay, url, logins.young_person.code, "1357");
    await jay.screenshot({ path: screenshotPath("walk-jay-00-home"), fullPage: true });
    assert.deepEqual(await axeViolations(jay), []);
    const jayPages = [
      /^Session scores/,
      /^My plan/,
      /^Appointments/,
      /^Surveys/,
      /^Have your say/,
      /^What Tandem keeps about me/,
      /^Get help now/,
      /^Complaint or compliment/,
      /^My phones/,
      /^What do you think of this app\?/,
    ];
    const seen = await walk(jay, "jay", tapping(jay, "Tandem"), jayPages, { phone: true });
    assert.equal(seen.length, jayPages.length);

    const dee = await (await phoneContext(browser())).newPage();
    await joinWithInvite(dee, url, logins.carer.code, "2468");
    await dee.screenshot({ path: screenshotPath("walk-dee-00-home"), fullPage: true });
    // A carer is offered what carers can do, spoken to as a carer.
    assert.equal(await dee.getByRole("link", { name: /^Session scores/ }).count(), 0, "no session scores for a carer");
    assert.equal(await dee.getByRole("link", { name: /^My plan/ }).count(), 0, "the young person's plan is not called \"My plan\"");
    const deePages = [/^The plan/, /^Appointments/, /^Surveys/, /^Have your say/, /^What Tandem keeps about me/, /^Complaint or compliment/, /^My phones/];
    await walk(dee, "dee", tapping(dee, "Tandem"), deePages, { phone: true });
  });

  test("Sam, Priya and Morgan at their desks reach every page of their role", async () => {
    const { url } = server();
    const logins = server().demoLogins();
    const desk = async (role) => {
      const page = await (await deskContext(browser())).newPage();
      await signIn(page, url, logins[role].email, logins[role].password);
      await settled(page);
      return page;
    };

    const sam = await desk("worker");
    await sam.screenshot({ path: screenshotPath("walk-sam-00-home"), fullPage: true });
    await walk(sam, "sam", tapping(sam, "My work"), ["Jay", "Jay's plan", "Sessions", "My account"], { phone: false });
    // From the young person's page: the plan and the appointments.
    await walk(sam, "sam-jay", tapping(sam, "My work", "Jay"), ["Plan", "Appointments"], { phone: false });

    const priya = await desk("participation_officer");
    await priya.screenshot({ path: screenshotPath("walk-priya-00-home"), fullPage: true });
    const priyaPages = ["New survey", "Sessions", "Consultations", "Youth cabinet", "Complaints and compliments", /^For staff: read what people think/, "My account"];
    await walk(priya, "priya", tapping(priya, "My work"), priyaPages, { phone: false });

    const morgan = await desk("manager");
    await morgan.screenshot({ path: screenshotPath("walk-morgan-00-home"), fullPage: true });
    const morganPages = [
      "Jay",
      "Jay's plan",
      "Sessions",
      "Surveys",
      "Consultations",
      "Youth cabinet",
      "Complaints and compliments",
      /^For staff: read what people think/,
      "Case record relay",
      "Audit log",
      "Staff accounts",
      "My account",
    ];
    await walk(morgan, "morgan", tapping(morgan, "My work"), morganPages, { phone: false });
  });
});
