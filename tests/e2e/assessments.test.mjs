// Forms a worker hands to one person, end to end at 360 px: Sam asks Jay for his
// self-assessment and Dee for the carer's view at the desk, and makes a review meeting that
// asks Jay to get ready for it (Jay does, from the meeting; Sam reads it from the meeting); Jay (who answered an earlier
// self-assessment) answers half, goes offline, closes the browser, opens it again offline (PIN,
// then his answers still there), says "I'd rather not say" to one question and finishes; the
// answers reach the server once back online; Dee answers hers; Sam's page shows both side by
// side with what changed since the earlier one; the stand-in case record gets one valid
// QuestionnaireResponse per finished form and none for an unfinished one; axe-core is clean on
// each page. Then a manager changes the carer's form: refused beside its field, then saved as
// version 2.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";

import { caseRecord, SECRET } from "./lib/case_record.mjs";
import {
  api,
  axeViolations,
  cookieOf,
  dateField,
  deskContext,
  fillDate,
  joinWithInvite,
  launchBrowser,
  phoneContext,
  phoneProfile,
  screenshotPath,
  signIn,
  smallTargets,
  startServer,
  typePin,
  waitFor,
  waitForServiceWorker,
} from "./lib/harness.mjs";

/** A day `days` from today on the service's clock, as a date field holds it. */
const londonDay = (days) => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(new Date(Date.now() + days * 86_400_000));

/** Presses "Next" until the form's last question, then sends it. */
/** Moves a form's due day to yesterday (London) in the server's SQLite file. */
function dueYesterday(server, id) {
  const script = "import sqlite3, sys\ndb = sqlite3.connect(sys.argv[1], timeout=10)\n"
    + "changed = db.execute('UPDATE assessment_requests SET due_on = ? WHERE id = ?', (sys.argv[3], sys.argv[2])).rowcount\n"
    + "db.commit()\nassert changed == 1, changed\n";
  execFileSync("python3", ["-c", script, join(server.dataDir, "tandem.sqlite3"), id, londonDay(-1)]);
}

async function nextUntilSent(page) {
  for (let step = 0; step < 30; step += 1) {
    const send = page.getByRole("button", { name: "Send my answers" });
    if (await send.isVisible()) {
      await send.click();
      return;
    }
    const at = await page.locator(".survey-progress label").textContent();
    await page.getByRole("button", { name: "Next" }).click();
    await waitFor("the next question", async () => (await page.locator(".survey-progress label").textContent()) !== at, 10);
  }
  throw new Error("no last question");
}

describe("self-assessments handed to one person", () => {
  let record;
  let server;
  let browser;
  before(async () => {
    record = await caseRecord();
    server = await startServer({ TANDEM_RELAY_URL: record.url, TANDEM_RELAY_SECRET: SECRET });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    record?.server.closeAllConnections();
    await record?.close();
  });

  test("asked at the desk, filled in over a restart offline, read side by side, one response each in the record", async () => {
    const url = server.url;
    const logins = server.demoLogins();
    const worker = await server.apiSession("worker");
    const jayId = (await api(url, worker, "GET", "/api/v1/young-people")).body[0].id;
    // An earlier self-assessment, asked through the API: Jay answers it first.
    const earlier = await api(url, worker, "POST", `/api/v1/young-people/${jayId}/assessments`, {
      person_id: jayId, form: "self_assessment", purpose: "induction", due_on: londonDay(3),
    });
    assert.equal(earlier.status, 201);

    const profile = phoneProfile();
    let phone = await profile.open();
    let page = phone.pages()[0] ?? (await phone.newPage());
    await joinWithInvite(page, url, logins.young_person.code, "1357");
    await waitForServiceWorker(page);
    await page.getByRole("link", { name: /Forms to fill in/ }).click();
    await page.getByRole("link", { name: /My self-assessment/ }).click();
    await page.getByText("It is for getting started with the service.").waitFor();
    await page.getByRole("button", { name: "Start" }).click();
    await page.locator('label[for="q-family-3"]').click();
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByLabel("Tell us about you and your family.").fill("We argue a lot");
    await nextUntilSent(page);
    await page.getByRole("heading", { name: "Thank you!" }).waitFor();
    await waitFor("the earlier form to arrive", async () =>
      (await api(url, worker, "GET", `/api/v1/young-people/${jayId}/assessments`)).body[0].status === "answered", 30);

    // Sam asks Jay and Dee at the desk.
    const desk = await (await deskContext(browser)).newPage();
    await signIn(desk, url, logins.worker.email, logins.worker.password);
    await desk.getByRole("heading", { name: "My young people" }).waitFor();
    await desk.goto(`${url}/staff/young-people/${jayId}`);
    await desk.getByRole("link", { name: "Forms and self-assessments" }).click();
    await desk.getByRole("heading", { name: /^Forms: / }).waitFor();
    // The day is typed in three boxes, each named by its label (Chromium's own date input named
    // them "Month Month"). A day that does not exist is refused as not a real day; then a day
    // already past, beside its field, before anything is sent.
    await fillDate(desk, "Fill in by", "2027-02-31");
    await desk.getByRole("button", { name: "Ask for this form" }).click();
    await desk.getByRole("alert").filter({ hasText: "Please enter a real date." }).waitFor();
    await fillDate(desk, "Fill in by", londonDay(-1));
    await desk.getByRole("button", { name: "Ask for this form" }).click();
    await desk.getByRole("alert").filter({ hasText: "Choose a day from today to a year from now." }).waitFor();
    const dueDay = dateField(desk, "Fill in by").getByLabel("Day", { exact: true });
    assert.equal(await dueDay.getAttribute("aria-invalid"), "true");
    assert.equal(await dueDay.evaluate((box) => box === document.activeElement), true, "the keyboard is on the day");
    await fillDate(desk, "Fill in by", londonDay(7));
    await desk.getByLabel("What it is for").selectOption("assessment");
    await desk.getByRole("button", { name: "Ask for this form" }).click();
    await desk.getByText("Asked.", { exact: false }).waitFor();
    const dee = logins.carer.name.split(" ")[0];
    const people = await desk.getByLabel("Who fills it in").locator("option").allTextContents();
    await desk.getByLabel("Who fills it in").selectOption({ label: people.find((name) => name.startsWith(dee)) });
    assert.equal(await desk.getByLabel("Form").locator("option:checked").textContent(), "How things are at home");
    await fillDate(desk, "Fill in by", londonDay(7));
    await desk.getByRole("button", { name: "Ask for this form" }).click();
    await waitFor("both forms asked", async () => (await api(url, worker, "GET", `/api/v1/young-people/${jayId}/assessments`)).body.length === 3, 20);
    assert.deepEqual(await axeViolations(desk), []);

    // A review meeting in five days, made with its preparation form.
    await desk.goto(`${url}/staff/young-people/${jayId}/appointments`);
    await desk.getByRole("heading", { name: "New appointment" }).waitFor();
    await fillDate(desk, "Date", londonDay(5));
    await desk.getByLabel("Start time (UK time)").fill("16:00");
    await desk.getByLabel("Where").fill("Youth centre, Mill Street");
    await desk.getByLabel("What it is for, in plain words").fill("Review of the order");
    await desk.getByLabel("A review meeting").check();
    await desk.getByRole("button", { name: "Make appointment" }).click();
    await desk.getByText("Review meeting: getting ready, not back yet").waitFor();
    assert.deepEqual(await axeViolations(desk), []);

    // Jay gets ready for it from the meeting on his phone.
    await page.goto(`${url}/appointments`);
    const meeting = page.locator("article.appointment", { hasText: "Review of the order" });
    await meeting.getByRole("link", { name: /Get ready for this meeting/ }).click();
    await page.getByText("It is to get ready for the review meeting.").waitFor();
    await page.getByRole("button", { name: "Start" }).click();
    await page.getByLabel("What is going well?").fill("College is going well");
    await nextUntilSent(page);
    await page.getByRole("heading", { name: "Thank you!" }).waitFor();

    // Jay: half now, then no signal, and the browser closed.
    await page.goto(`${url}/forms`);
    const card = page.getByRole("link", { name: /My self-assessment/ });
    await card.waitFor();
    const cardText = await card.textContent();
    assert.match(cardText, /It is for the assessment\./);
    assert.match(cardText, /Please finish it by /);
    assert.match(cardText, /will read this\./);
    assert.deepEqual(await axeViolations(page), []);
    await card.click();
    await page.getByText("You can say \"I'd rather not say\" to any question.").waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await page.screenshot({ path: screenshotPath("form-intro-360"), fullPage: true });
    const formId = page.url().split("/").pop();
    await page.getByRole("button", { name: "Start" }).click();
    // Each question under the name of its part.
    await page.getByRole("heading", { name: "Me and my family", level: 2 }).waitFor();
    await page.locator('label[for="q-family-7"]').click();
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByText("Question 2 of 14").waitFor();
    assert.equal(await page.locator("h2.form-part").textContent(), "Me and my family");
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(await smallTargets(page), []);
    await phone.setOffline(true);
    const words = "<b>Mum</b> and me are getting on better";
    await page.getByLabel("Tell us about you and your family.").fill(words);
    await waitFor("the words kept on the phone", async () =>
      page.evaluate(async (id) => {
        const db = await new Promise((resolve) => { const open = indexedDB.open("tandem"); open.onsuccess = () => resolve(open.result); });
        const kept = await new Promise((resolve) => { const get = db.transaction("drafts").objectStore("drafts").get(`form:${id}`); get.onsuccess = () => resolve(get.result); });
        db.close();
        const answers = kept && kept.answers;
        const given = answers instanceof Map ? answers.get("family_words") : answers && answers.family_words;
        return Boolean(given && given.text && given.text.length > 0);
      }, formId), 10);
    await phone.close();

    // Opened again with no signal: the PIN, then the form where it was.
    phone = await profile.open();
    await phone.setOffline(true);
    page = phone.pages()[0] ?? (await phone.newPage());
    await page.goto(`${url}/forms/${formId}`);
    await page.getByRole("heading", { name: "Enter your PIN" }).waitFor();
    await typePin(page, "1357");
    await page.getByText("Question 2 of 14").waitFor();
    assert.equal(await page.getByLabel("Tell us about you and your family.").inputValue(), words);
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByText("Question 3 of 14").waitFor();
    assert.equal(await page.locator("h2.form-part").textContent(), "Where I live");
    const rather = page.getByRole("button", { name: "I'd rather not say" });
    await rather.click();
    assert.equal(await rather.getAttribute("aria-pressed"), "true");
    await page.getByText("You chose not to say. That is fine.").waitFor();
    await nextUntilSent(page);
    await page.getByRole("heading", { name: "Thank you!" }).waitFor();
    await page.getByText("Your answers are saved on this phone.", { exact: false }).waitFor();
    const answeredNow = async () => (await api(url, worker, "GET", `/api/v1/young-people/${jayId}/assessments`)).body.filter((f) => f.status === "answered").length;
    await waitFor("the review preparation to arrive", async () => (await answeredNow()) === 2, 30);
    assert.equal(await answeredNow(), 2, "nothing sent while offline");
    await phone.setOffline(false);
    await page.evaluate(() => window.dispatchEvent(new Event("online")));
    await waitFor("Jay's answers to arrive", async () => (await answeredNow()) === 3, 30);
    assert.deepEqual(phone.problems, []);
    await phone.close();
    profile.remove();

    // Dee answers the carer's view on her phone.
    const deePhone = await phoneContext(browser);
    const deePage = await deePhone.newPage();
    await joinWithInvite(deePage, url, logins.carer.code, "2468");
    await deePage.getByRole("link", { name: /Forms to fill in/ }).click();
    await deePage.getByRole("link", { name: /How things are at home/ }).click();
    await deePage.getByRole("button", { name: "Start" }).click();
    await deePage.locator('label[for="q-home-6"]').click();
    await nextUntilSent(deePage);
    await deePage.getByRole("heading", { name: "Thank you!" }).waitFor();
    await waitFor("Dee's answers to arrive", async () => (await answeredNow()) === 4, 30);
    await deePhone.close();

    // Sam's meeting says Jay got ready, and leads to his answers.
    await desk.reload();
    await desk.getByText("Review meeting: they have got ready").waitFor();
    await desk.getByRole("link", { name: "Read their answers" }).click();
    const review = desk.locator(".form-group", { has: desk.getByRole("heading", { name: "Review meeting", level: 2 }) });
    await review.locator("dd", { hasText: "College is going well" }).waitFor();

    // Sam reads them side by side, with what changed since the earlier one.
    await desk.reload();
    const assessment = desk.locator(".form-group", { has: desk.getByRole("heading", { name: "Assessment", level: 2 }) });
    await assessment.waitFor();
    assert.equal(await assessment.locator(".form-card").count(), 2);
    await assessment.getByText("Up from 3 to 7: How are things with your family", { exact: false }).waitFor();
    assert.match(await assessment.locator(".form-card h3").first().textContent(), /^My self-assessment: Jay/, "the young person's first");
    assert.equal(await assessment.locator("dd", { hasText: words }).count(), 1, "Jay's words, as text");
    // His answers under the form's parts, and his own words from last time beside this time's.
    assert.deepEqual((await assessment.locator(".form-card").first().locator("h4.form-part").allTextContents()).slice(0, 2),
      ["Me and my family", "Where I live"]);
    await assessment.locator("dd.last-time", { hasText: "Last time: We argue a lot" }).waitFor();
    await assessment.getByText("Rather not say").first().waitFor();
    await assessment.getByText("6 out of 10").waitFor();
    assert.deepEqual(await axeViolations(desk), []);
    await desk.screenshot({ path: screenshotPath("forms-side-by-side-desk"), fullPage: true });

    // An unfinished form never reaches the record; each finished one does, once.
    const unfinished = await api(url, worker, "POST", `/api/v1/young-people/${jayId}/assessments`, {
      person_id: jayId, form: "review_prep", purpose: "review_meeting", due_on: londonDay(10),
    });
    assert.equal(unfinished.status, 201);
    await waitFor("four responses at the record", async () =>
      record.resources.filter((r) => r.identifier?.system === "urn:tandem:assessment").length === 4, 60);
    const responses = record.resources.filter((r) => r.identifier?.system === "urn:tandem:assessment");
    assert.equal(new Set(responses.map((r) => r.identifier.value)).size, 4);
    for (const response of responses) {
      assert.equal(response.resourceType, "QuestionnaireResponse");
      assert.equal(response.status, "completed");
      assert.match(response.questionnaire, /^urn:tandem:assessment:[0-9a-f-]+:(self_assessment|carer_view|review_prep)\|1$/);
      assert.ok(response.subject.identifier.value, "about Jay's case");
      for (const item of response.item) {
        assert.ok(item.linkId && item.text);
        for (const answer of item.answer ?? []) assert.equal(Object.keys(answer).filter((k) => k.startsWith("value")).length, 1);
      }
    }
    const jays = responses.find((r) => r.identifier.value === formId);
    assert.deepEqual(jays.item.map((i) => i.linkId), ["family", "family_words", "home"]);
    assert.equal(jays.item[1].answer[0].valueString, words);
    assert.equal(jays.item[2].extension[0].valueCode, "asked-declined");
    assert.equal(record.badSignatures, 0);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    assert.equal(record.resources.filter((r) => r.identifier?.system === "urn:tandem:assessment").length, 4, "and no more");

    // Its day passes unanswered (the stored day moved back, as no clock can be set here): Sam's
    // caseload says so beside Jay, and the form says when it was due.
    dueYesterday(server, unfinished.body.id);
    await desk.goto(`${url}/staff`);
    const jayLink = desk.getByRole("link", { name: "Jay", exact: true });
    const jay = desk.getByRole("listitem").filter({ has: jayLink });
    await jay.getByText("1 form overdue").waitFor();
    assert.deepEqual(await axeViolations(desk), []);
    await jayLink.click();
    await desk.getByRole("link", { name: "Forms and self-assessments" }).click();
    await desk.locator(".badge.form-overdue", { hasText: "Overdue: was due" }).waitFor();
  });

  test("a manager changes a form's words: refused beside the field, then saved as the next version", async () => {
    const url = server.url;
    const logins = server.demoLogins();
    const desk = await (await deskContext(browser)).newPage();
    await signIn(desk, url, logins.manager.email, logins.manager.password);
    await desk.getByRole("heading", { name: "My young people" }).waitFor();
    await desk.getByRole("link", { name: "The service's forms" }).click();
    await desk.getByRole("heading", { name: "The service's forms" }).waitFor();
    await desk.getByRole("link", { name: 'Change "How things are at home"' }).click();
    await desk.getByRole("heading", { name: "How things are at home" }).waitFor();
    await desk.getByText("Version 1", { exact: true }).waitFor();
    assert.deepEqual(await axeViolations(desk), []);

    // An empty title is refused beside it, and nothing is saved.
    await desk.getByLabel("Title").fill("");
    await desk.getByRole("button", { name: "Save as the next version" }).click();
    await desk.locator(".field-error").first().waitFor();
    assert.equal(await desk.getByLabel("Title").getAttribute("aria-invalid"), "true");
    assert.equal(await desk.evaluate(() => document.activeElement.id), "form-title");
    const manager = await cookieOf(desk.context());
    const before = (await api(url, manager, "GET", "/api/v1/assessments/forms")).body.find((f) => f.form === "carer_view");
    assert.equal(before.version, 1);

    const wording = "How are things at home this week?";
    await desk.getByLabel("Title").fill("How things are at home");
    await desk.locator("#q0-wording").fill(wording);
    await desk.locator("#q0-wording").press("Tab");
    await desk.getByRole("button", { name: "Save as the next version" }).click();
    await desk.getByText("Saved. Forms asked for from now on use these words.").waitFor();
    await desk.getByText("Version 2", { exact: true }).waitFor();
    const after = (await api(url, manager, "GET", "/api/v1/assessments/forms")).body.find((f) => f.form === "carer_view");
    assert.equal(after.version, 2);
    assert.equal(after.draft.questions[0].wording, wording);
    assert.equal(after.draft.questions.length, before.draft.questions.length, "the other questions kept");
    assert.deepEqual(await axeViolations(desk), []);
    await desk.screenshot({ path: screenshotPath("forms-editor-desk"), fullPage: true });
  });
});
