// Session self-scaling end to end: a worker opens a group session; three young people join from
// their own phones (one signed in, two with the code alone) and give start scores; the worker
// asks for end scores; one phone is offline for its end score and syncs later; the live
// averages, the report and its CSV agree with the scores given.
import assert from "node:assert/strict";
import { describe, test } from "node:test";

import {
  api,
  axeViolations,
  cookieOf,
  dateValue,
  deskContext,
  fillDate,
  joinWithInvite,
  phoneContext,
  screenshotPath,
  signIn,
  smallTargets,
  useBrowser,
  useServer,
  waitFor,
} from "./lib/harness.mjs";

const browser = useBrowser();

/** A phone at the session page: signed in first with the demo invite when `invite` is given. */
async function phoneAtSession(server, code, invite) {
  const context = await phoneContext(browser());
  const page = await context.newPage();
  if (invite) await joinWithInvite(page, server.url, invite, "1357");
  await page.goto(`${server.url}/session?code=${code}`);
  await page.getByRole("heading", { name: "Session scores" }).waitFor();
  assert.equal(await page.getByLabel("Session code").inputValue(), code, "the QR link fills the code in");
  await page.getByRole("button", { name: "Join the session" }).click();
  await page
    .getByRole("heading", { name: "Induction / county lines" })
    .waitFor({ timeout: 10_000 })
    .catch(async (error) => {
      throw new Error(`${error.message}\npage: ${await page.locator("main").innerText()}`);
    });
  return { context, page };
}

/** How many operations wait in the phone's outbox (IndexedDB). */
function outboxSize(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const open = indexedDB.open("tandem");
        open.onsuccess = () => {
          const all = open.result.transaction("outbox").objectStore("outbox").getAll();
          all.onsuccess = () => resolve(all.result.length);
        };
      }),
  );
}

async function giveScore(page, moment, score) {
  await page.locator(`label[for="score-topic-${moment}-${score}"]`).click();
  await page.getByRole("button", { name: "Send my score" }).click();
}

/** Waits until the live screen shows `text` in the figure cell `figure`. */
async function waitForFigure(page, figure, text) {
  await page.waitForFunction(
    ([figure, text]) => document.querySelector(`[data-figure="${figure}"]`)?.textContent === text,
    [figure, text],
    { timeout: 15_000 },
  );
}

describe("a group session with live averages, offline end score and report", () => {
  const server = useServer();

  test("worker opens, three phones score, one offline, report and CSV match", async () => {
    const logins = server().demoLogins();
    const desk = await deskContext(browser());
    const staff = await desk.newPage();
    await signIn(staff, server().url, logins.worker.email, logins.worker.password);
    await staff.getByRole("heading", { name: "My young people" }).waitFor();
    await staff.getByRole("link", { name: "Sessions", exact: true }).click();
    await staff.getByRole("heading", { name: "Sessions and programmes" }).waitFor();
    assert.deepEqual(await axeViolations(staff), []);

    await staff.getByLabel("Group name (for example, Autumn 2026)").fill("Autumn 2026");
    await staff.getByLabel("Young people may join with the code alone, without signing in (group sessions only)").check();
    // The first topic and "Group" are what the form starts with.
    assert.equal(await staff.getByLabel("Session topic").inputValue(), await staff.getByLabel("Session topic").locator("option").first().getAttribute("value"));
    assert.equal(await staff.getByLabel("Kind of session").inputValue(), "group");
    await staff.getByRole("button", { name: "Open a session" }).click();
    const codeLine = staff.locator("[data-code]");
    await codeLine.waitFor();
    const code = await codeLine.getAttribute("data-code");
    await staff.getByRole("heading", { name: "Which Way (six-week group programme): Induction / county lines" }).waitFor();
    assert.match(code, /^[ACDEFGHJKMNPQRTUVWXY34679]{6}$/);
    await staff.getByRole("img", { name: "QR code to join this session" }).waitFor();
    assert.deepEqual(await axeViolations(staff), []);

    const jay = await phoneAtSession(server(), code, logins.young_person.code);
    const second = await phoneAtSession(server(), code);
    const third = await phoneAtSession(server(), code);
    assert.deepEqual(await axeViolations(third.page), []);
    assert.deepEqual(await smallTargets(third.page), []);
    await third.page.screenshot({ path: screenshotPath("scaling-phone-360"), fullPage: true });

    for (const [phone, score] of [[jay, 4], [second, 6], [third, 8]]) {
      await giveScore(phone.page, "start", score);
      // No end scale until the worker asks for end scores.
      await phone.page.getByText("At the end of the session your worker will ask for your end score").waitFor();
      assert.equal(await phone.page.locator('label[for="score-topic-end-5"]').count(), 0);
    }
    await waitForFigure(staff, "joined", "3 joined");
    await waitForFigure(staff, "start-n", "3");
    await waitForFigure(staff, "start-mean", "6.0");
    await staff.screenshot({ path: screenshotPath("scaling-live-session"), fullPage: true });

    await staff.getByRole("button", { name: "Ask for end scores" }).click();
    await staff.getByRole("status").getByText("End scores").waitFor();

    // The young person can see their own start score, but only when they ask.
    assert.equal(await jay.page.getByText("At the start you said 4.").isVisible(), false);
    await jay.page.getByText("Show my start score").click();
    await jay.page.getByText("At the start you said 4.").waitFor();

    // Each phone hears within a few seconds, and shows the end scale.
    for (const phone of [jay, second, third]) await phone.page.locator('label[for="score-topic-end-5"]').waitFor();
    await third.context.setOffline(true);
    await giveScore(third.page, "end", 9);
    await third.page.getByText("Thank you. Your scores are saved.").waitFor();
    await giveScore(jay.page, "end", 5);
    await giveScore(second.page, "end", 7);
    await waitForFigure(staff, "end-n", "2");
    await waitForFigure(staff, "end-mean", "6.0");

    await third.context.setOffline(false);
    await third.page.evaluate(() => window.dispatchEvent(new Event("online")));
    await waitForFigure(staff, "end-n", "3");
    await waitForFigure(staff, "end-mean", "7.0");

    await staff.getByRole("button", { name: "Close the session" }).click();
    await staff.getByRole("link", { name: "Session report" }).click();
    await staff.getByRole("heading", { name: "Session report" }).waitFor();
    await waitForFigure(staff, "attendance", "3");
    const changes = staff.locator("#report-changes tbody tr");
    assert.deepEqual(await changes.locator("td").allTextContents(), ["3", "6.0", "7.0", "+1.0"]);
    const people = await staff.locator("#report-participants tbody tr th").allTextContents();
    assert.deepEqual(people, ["Jay", "Anonymous 1", "Anonymous 2"]);
    assert.deepEqual(await axeViolations(staff), []);
    await staff.screenshot({ path: screenshotPath("scaling-session-report"), fullPage: true });

    const csvHref = await staff.getByRole("link", { name: "Download CSV" }).getAttribute("href");
    const csv = await (await desk.request.get(`${server().url}${csvHref}`)).text();
    const rows = csv.trim().split("\r\n").map((line) => line.split(","));
    assert.deepEqual(rows[0], ["session_code", "date", "programme", "topic", "cohort", "participant", "question", "start", "end", "change"]);
    const byPerson = Object.fromEntries(rows.slice(1).map((row) => [row[5], row.slice(7)]));
    assert.deepEqual(byPerson, { Jay: ["4", "5", "1"], "Anonymous 1": ["6", "7", "1"], "Anonymous 2": ["8", "9", "1"] });
    const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length;
    assert.equal(mean(rows.slice(1).map((row) => Number(row[7]))).toFixed(1), "6.0");
    assert.equal(mean(rows.slice(1).map((row) => Number(row[8]))).toFixed(1), "7.0");

    // The programme report: this session beside the demo's finished cohort (DOMAIN.md's figures).
    await staff.getByRole("link", { name: "Sessions and programmes" }).click();
    await staff.getByRole("link", { name: "Programme report" }).click();
    await staff.getByRole("heading", { name: "Which Way (six-week group programme)" }).waitFor();
    const programmeRows = staff.locator("#programme-rows tbody tr");
    const row = async (title) => programmeRows.filter({ has: staff.getByRole("rowheader", { name: title, exact: true }) }).locator("td").allTextContents();
    assert.deepEqual(await row("Spring 2026 (demo): Induction / county lines"), ["1", "8", "8", "7.0", "8.0", "+1.0"]);
    assert.deepEqual(await row("Spring 2026 (demo): Learning (end of programme)"), ["1", "9", "9", "3.3", "7.4", "+4.1"]);
    assert.deepEqual(await row("Autumn 2026: Induction / county lines"), ["1", "3", "3", "6.0", "7.0", "+1.0"]);
    // No one's age, sex or ethnicity is recorded yet: one group, big enough to show.
    const byAge = staff.locator("table", { has: staff.getByText("By age band") });
    assert.deepEqual(await byAge.locator("tbody th").allTextContents(), ["Not recorded"]);
    assert.deepEqual(await axeViolations(staff), []);
    const programmeReport = staff.url();

    // Jay's worker sees the scores on Jay's page, and records what breakdowns need.
    await staff.goto(`${server().url}/staff`);
    await staff.getByRole("link", { name: "Jay", exact: true }).click();
    await staff.getByRole("heading", { name: "Session scores over time" }).waitFor();
    const history = staff.locator('section[aria-labelledby="scaling-history"] tbody tr');
    assert.deepEqual((await history.first().locator("td").allTextContents()).slice(1), ["4", "5"]);
    await fillDate(staff, "Date of birth", "2011-03-04");
    await staff.getByLabel("Ethnicity").fill("Mixed: White and Black Caribbean");
    await staff.getByRole("button", { name: "Save", exact: true }).click();
    await staff.getByText("Saved.").waitFor();
    await staff.reload();
    assert.equal(await dateValue(staff, "Date of birth"), "2011-03-04");
    assert.deepEqual(await axeViolations(staff), []);

    // Now Jay alone is 15 to 17: that cell is hidden, and so is the other, or Jay's could be
    // worked out from the total.
    await staff.goto(programmeReport);
    await staff.getByRole("heading", { name: "Which Way (six-week group programme)" }).waitFor();
    await byAge.getByText("15 to 17").waitFor();
    assert.deepEqual(await byAge.locator("tbody td").allTextContents(), ["Hidden: fewer than 5 young people", "Hidden: fewer than 5 young people"]);
    await staff.screenshot({ path: screenshotPath("scaling-programme-report"), fullPage: true });

    for (const phone of [jay, second, third]) {
      assert.deepEqual(phone.context.problems, []);
      await phone.context.close();
    }
    await desk.close();
  });
});

describe("a programme saved with a double click", () => {
  const server = useServer();

  test("is made once: the form's submissions share one Idempotency-Key", async () => {
    const logins = server().demoLogins();
    const desk = await deskContext(browser());
    const officer = await desk.newPage();
    await signIn(officer, server().url, logins.participation_officer.email, logins.participation_officer.password);
    await officer.getByRole("heading", { name: "Surveys", level: 1 }).waitFor();
    await officer.goto(server().url + "/staff/sessions");
    await officer.getByRole("heading", { name: "New programme" }).waitFor();
    await officer.getByLabel("Programme name").fill("Next Steps");
    await officer.getByLabel("Topic", { exact: true }).fill("Week 1");
    await officer.getByLabel("Question for scaling").fill("How sure are you of what you want?");
    await officer.getByLabel("The same question in easy-read words").fill("Do you know what you want?");
    const created = [];
    officer.on("response", (response) => {
      if (response.url().endsWith("/api/v1/programmes") && response.request().method() === "POST") created.push(response);
    });
    await officer.getByRole("button", { name: "Save the programme" }).dblclick();
    await waitFor("both submissions to be answered", async () => created.length === 2, 10);
    const keys = new Set(created.map((response) => response.request().headers()["idempotency-key"]));
    assert.equal(keys.size, 1, "one key for the two submissions");
    assert.deepEqual(created.map((response) => response.status()), [201, 201]);
    const cookie = await cookieOf(desk);
    const programmes = (await api(server().url, cookie, "GET", "/api/v1/programmes")).body;
    assert.equal(programmes.filter((programme) => programme.name === "Next Steps").length, 1);
    await desk.close();
  });
});

describe("joining a session with no signal", () => {
  const server = useServer();

  test("the join and the score wait on the phone and count once when it has signal", async () => {
    const url = server().url;
    const worker = await server().apiSession("worker");
    const programme = (await api(url, worker, "GET", "/api/v1/programmes")).body[0];
    const opened = { programme_id: programme.id, topic_id: programme.topics[0].id, kind: "group", cohort: "Winter", anonymous_allowed: true };
    const session = (await api(url, worker, "POST", "/api/v1/sessions", opened)).body;
    const live = async () => (await api(url, worker, "GET", `/api/v1/sessions/${session.id}`)).body;

    // The phone has the app open at the session page; then the signal goes before "Join".
    const context = await phoneContext(browser());
    const page = await context.newPage();
    await page.goto(`${url}/session?code=${session.code}`);
    await page.getByRole("button", { name: "Join the session" }).waitFor();
    await context.setOffline(true);
    await page.getByRole("button", { name: "Join the session" }).click();
    await page.getByText("You joined with no signal.").waitFor();
    await page.getByText("How much do you know about today's topic?").waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await page.screenshot({ path: screenshotPath("scaling-joined-offline"), fullPage: true });
    await giveScore(page, "start", 6);
    await page.getByText("At the end of the session your worker will ask for your end score").waitFor();
    const before = await live();
    assert.deepEqual([before.joined, before.measures[0].start.n], [0, 0], "nothing reached the server");

    // Signal back: the join goes first, then the score behind it; the phone learns the topic.
    await context.setOffline(false);
    await page.evaluate(() => window.dispatchEvent(new Event("online")));
    await waitFor("the join and the score to arrive", async () => (await live()).measures[0].start.n === 1, 20);
    assert.equal((await live()).joined, 1, "joined once");
    await page.getByRole("heading", { name: "Induction / county lines" }).waitFor({ timeout: 15_000 });
    const queued = await outboxSize(page);
    assert.equal(queued, 0, "the outbox is empty");
    assert.equal((await live()).measures[0].start.mean, 6);
    await context.close();

    // A code typed wrong with no signal: once sent, the phone says so and asks for the code again,
    // and nothing of it stays queued.
    const wrongContext = await phoneContext(browser());
    const wrong = await wrongContext.newPage();
    await wrong.goto(`${url}/session?code=AAAAAA`);
    await wrong.getByRole("button", { name: "Join the session" }).waitFor();
    await wrongContext.setOffline(true);
    await wrong.getByRole("button", { name: "Join the session" }).click();
    await wrong.getByText("You joined with no signal.").waitFor();
    await giveScore(wrong, "start", 3);
    await wrongContext.setOffline(false);
    await wrong.evaluate(() => window.dispatchEvent(new Event("online")));
    await wrong.getByText("There is no open session with that code.").waitFor({ timeout: 20_000 });
    await wrong.getByLabel("Session code").waitFor();
    const left = await outboxSize(wrong);
    assert.equal(left, 0, "the refused join and its score are gone from the outbox");
    assert.equal((await live()).joined, 1, "still only the first phone");
    await wrongContext.close();
  });
});
