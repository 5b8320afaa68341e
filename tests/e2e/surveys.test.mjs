// Surveys and complaints end to end: a participation officer builds a survey with show-if logic
// and publishes it; a young person answers half of it with no signal, closes the browser, opens
// it again and finishes; a second young person answers too (the survey is anonymous); the
// results page, the CSV and the FHIR export agree. Then a complaint goes from received to
// resolved and the young person reads the outcome on their phone.
import assert from "node:assert/strict";
import { describe, test } from "node:test";

import {
  api,
  axeViolations,
  cookieOf,
  dateIn,
  dateValue,
  deskContext,
  fillDate,
  joinWithInvite,
  phoneContext,
  phoneProfile,
  screenshotPath,
  signIn,
  smallTargets,
  typePin,
  useBrowser,
  useServer,
  waitFor,
  waitForServiceWorker,
} from "./lib/harness.mjs";

const browser = useBrowser();

const SCRIPT = "<script>window.ran = true</script> It was good";

describe("surveys, complaints and compliments", () => {
  const server = useServer();

  test("build, publish, answer offline across a restart, results agree with CSV and FHIR; a complaint is resolved", async () => {
    const url = server().url;
    const logins = server().demoLogins();

    // The officer builds the survey at the desk.
    const desk = await (await deskContext(browser())).newPage();
    await signIn(desk, url, logins.participation_officer.email, logins.participation_officer.password);
    await desk.getByRole("heading", { name: "Surveys", level: 1 }).waitFor();
    await desk.getByRole("link", { name: "New survey" }).click();
    await desk.getByLabel("Title").fill("Youth club");
    await desk.getByLabel("Who will read the answers").fill("The youth cabinet, January meeting");
    // It closes two weeks after it opens unless changed, not the day it opens.
    const londonDay = (days) =>
      new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(new Date(Date.now() + days * 86_400_000));
    assert.equal(await dateValue(desk, "Opens on"), londonDay(0));
    assert.equal(await dateValue(desk, "Closes on (last day)"), londonDay(14));
    await fillDate(desk, "Closes on (last day)", dateIn(7));
    await desk.getByLabel("Anonymous: keep no name with the answers").check();
    // Work not yet saved survives a reload, and says so.
    await desk.waitForTimeout(300);
    await desk.reload();
    await desk.getByText("Your changes from before are back. Save to keep them.").waitFor();
    assert.equal(await desk.getByLabel("Title").inputValue(), "Youth club");
    assert.equal(await desk.getByLabel("Anonymous: keep no name with the answers").isChecked(), true);
    assert.equal(await dateValue(desk, "Closes on (last day)"), dateIn(7));
    // A refusal is said beside its field, which takes the keyboard.
    await desk.getByLabel("Title").fill(" ");
    await desk.getByRole("button", { name: "Save" }).click();
    await desk.getByRole("alert").filter({ hasText: "Please write something in this box." }).waitFor();
    assert.equal(await desk.getByLabel("Title").getAttribute("aria-invalid"), "true");
    assert.equal(await desk.getByLabel("Title").evaluate((element) => element === document.activeElement), true);
    await desk.getByLabel("Title").fill("Youth club");
    // Leaving the field (as a person does before the next one) is when the form takes it.
    await desk.getByLabel("Title").press("Tab");
    const question = (n) => desk.getByRole("group", { name: `Question ${n}`, exact: true });
    await question(1).getByLabel("Kind of answer").selectOption("yes_no");
    await question(1).getByLabel("Question", { exact: true }).fill("Did you go to the youth club?");
    await question(1).getByLabel("The same question in easier words").fill("Did you go?");
    await desk.getByRole("button", { name: "Add a question" }).click();
    await question(2).getByLabel("Kind of answer").selectOption("long_text");
    await question(2).getByLabel("Question", { exact: true }).fill("What was it like?");
    await question(2).getByLabel("An answer is needed").uncheck();
    await question(2).getByLabel("Show this question").selectOption({ label: "Did you go to the youth club? = yes" });
    await desk.getByRole("button", { name: "Add a question" }).click();
    await question(3).getByLabel("Kind of answer").selectOption("faces");
    await question(3).getByLabel("Question", { exact: true }).fill("How do you feel today?");
    assert.deepEqual(await axeViolations(desk), []);
    await desk.getByRole("button", { name: "Save" }).click();
    await desk.getByText("Version 1, saved and not published yet.").waitFor();
    const surveyId = desk.url().split("/").pop();
    await desk.getByRole("button", { name: "Publish" }).click();
    await desk.getByText("Version 1 is published.", { exact: false }).waitFor();
    const asOfficer = async (method, path, body) => api(url, await cookieOf(desk.context()), method, path, body);
    const built = (await asOfficer("GET", `/api/v1/surveys/${surveyId}`)).body;
    assert.equal(built.request.survey.questions[1].show_if.question, built.request.survey.questions[0].id);
    assert.deepEqual(built.request.survey.questions[1].show_if.equals, { yes_no: true });

    // Jay answers the first question with signal, the second without, and closes the browser.
    const profile = phoneProfile();
    let phone = await profile.open();
    let page = phone.pages()[0] ?? (await phone.newPage());
    await joinWithInvite(page, url, logins.young_person.code, "1357");
    await waitForServiceWorker(page);
    await page.getByRole("link", { name: /Surveys/ }).click();
    await page.getByRole("link", { name: /Youth club/ }).click();
    await page.getByText("Who will read your answers: The youth cabinet, January meeting.").waitFor();
    await page.getByText("Your name is not kept with your answers.", { exact: false }).waitFor();
    await page.getByRole("button", { name: "Start" }).click();
    await page.getByText("Question 1 of 2").waitFor();
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByText("Please answer this question.").waitFor();
    await page.getByLabel("Yes").check();
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(await smallTargets(page), []);
    await page.screenshot({ path: screenshotPath("survey-question-360"), fullPage: true });
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByText("Question 2 of 3").waitFor();
    await phone.setOffline(true);
    await page.getByLabel("What was it like?").fill(SCRIPT);
    await waitFor("the words kept on the phone", async () =>
      page.evaluate(async (id) => {
        const db = await new Promise((resolve) => { const open = indexedDB.open("tandem"); open.onsuccess = () => resolve(open.result); });
        const kept = await new Promise((resolve) => { const get = db.transaction("drafts").objectStore("drafts").get(`survey:${id}`); get.onsuccess = () => resolve(get.result); });
        db.close();
        const answers = kept && kept.answers;
        const given = answers instanceof Map ? answers.get("q2") : answers && answers.q2;
        return Boolean(given && given.text && given.text.length > 0);
      }, surveyId), 10);
    await phone.close();

    // Opened again, still with no signal: the PIN, then the survey resumes where it was.
    phone = await profile.open();
    await phone.setOffline(true);
    page = phone.pages()[0] ?? (await phone.newPage());
    await page.goto(`${url}/surveys/${surveyId}`);
    await page.getByRole("heading", { name: "Enter your PIN" }).waitFor();
    await typePin(page, "1357");
    await page.getByText("Question 2 of 3").waitFor();
    assert.equal(await page.getByLabel("What was it like?").inputValue(), SCRIPT);
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByRole("radio", { name: "Happy", exact: true }).check();
    await page.getByRole("button", { name: "Send my answers" }).click();
    await page.getByText("Your answers will be read by: The youth cabinet, January meeting.").waitFor();
    await page.getByText("Your answers are saved on this phone.", { exact: false }).waitFor();
    assert.equal((await asOfficer("GET", "/api/v1/surveys")).body[0].responses, 0, "nothing sent while offline");
    await phone.setOffline(false);
    await page.evaluate(() => window.dispatchEvent(new Event("online")));
    await waitFor("Jay's answers to arrive", async () => (await asOfficer("GET", "/api/v1/surveys")).body[0].responses === 1, 30);
    assert.deepEqual(phone.problems, []);
    await phone.close();
    profile.remove();

    // A second young person answers "no": the question about what it was like is skipped.
    const asWorker = async (method, path, body) => api(url, await server().apiSession("worker"), method, path, body);
    const kai = (await asWorker("POST", "/api/v1/young-people", { display_name: "Kai" })).body;
    const invite = (await asWorker("POST", "/api/v1/invites", { person_id: kai.id })).body;
    const second = await phoneContext(browser());
    const kaiPage = await second.newPage();
    await joinWithInvite(kaiPage, url, invite.code, "2468");
    await kaiPage.goto(`${url}/surveys/${surveyId}`);
    // One question is asked only after "yes": the start says so, rather than a count that
    // "Question 3 of 3" would contradict.
    await kaiPage.getByText("There are 2 to 3 questions: some are asked only after certain answers.").waitFor();
    await kaiPage.getByRole("button", { name: "Start" }).click();
    await kaiPage.getByLabel("No").check();
    await kaiPage.getByRole("button", { name: "Next" }).click();
    await kaiPage.getByText("Question 2 of 2").waitFor();
    await kaiPage.getByRole("radio", { name: "Very unhappy" }).check();
    await kaiPage.getByRole("button", { name: "Send my answers" }).click();
    await kaiPage.getByRole("heading", { name: "Thank you!" }).waitFor();
    await waitFor("Kai's answers to arrive", async () => (await asOfficer("GET", "/api/v1/surveys")).body[0].responses === 2, 30);
    await second.close();

    // The results page, the CSV and the FHIR export agree.
    await desk.goto(`${url}/staff/surveys/${surveyId}/results`);
    await desk.getByText("2 answers").waitFor();
    const went = desk.locator('[data-question="q1"]');
    assert.equal(await went.getByRole("row", { name: /^Yes/ }).getByRole("cell").last().textContent(), "1");
    assert.equal(await went.getByRole("row", { name: /^No/ }).getByRole("cell").last().textContent(), "1");
    // Five-faces answers are shown as the faces and their words, not as 1 to 5.
    const faces = ["😞 Very unhappy", "🙁 Unhappy", "😐 OK", "🙂 Happy", "😄 Very happy"];
    const felt = await desk.locator('[data-question="q3"] tbody th').allInnerTexts();
    assert.ok(felt.length > 0 && felt.every((label) => faces.includes(label)), `faces: ${felt}`);
    assert.deepEqual(await desk.locator('[data-question="q3"] .bar-label').allTextContents(), felt);
    const texts = desk.locator('[data-question="q2"] .texts li');
    assert.equal(await texts.count(), 1);
    assert.equal(await texts.first().textContent(), SCRIPT, "shown as text");
    assert.equal(await desk.evaluate(() => window.ran), undefined, "never run");
    await desk.getByLabel("Search the written answers").fill("nothing like this");
    assert.equal(await texts.count(), 0);
    assert.equal(await desk.locator('[data-question="q3"] [data-figure="average"]').textContent(), "Average: 2.5");
    assert.deepEqual(await axeViolations(desk), []);
    await desk.screenshot({ path: screenshotPath("survey-results-desk"), fullPage: true });

    const csv = await (await fetch(`${url}/api/v1/surveys/${surveyId}/responses.csv`, { headers: { cookie: await cookieOf(desk.context()) } })).text();
    const [header, ...rows] = csv.trim().split("\r\n");
    assert.equal(header, "response,version,answered_on,answered_as,programme,q1,q2,q3", "anonymous: no name column");
    assert.equal(rows.length, 2);
    assert.equal(rows.filter((row) => row.includes(",yes,")).length, 1);
    assert.ok(rows.some((row) => row.endsWith(`,yes,${SCRIPT},4`)));
    assert.ok(rows.some((row) => row.endsWith(",no,,1")));

    const bundle = (await asOfficer("GET", `/api/v1/surveys/${surveyId}/fhir`)).body;
    assert.equal(bundle.resourceType, "Bundle");
    assert.equal(bundle.type, "collection");
    const questionnaire = bundle.entry[0].resource;
    assert.equal(questionnaire.resourceType, "Questionnaire");
    assert.equal(questionnaire.status, "active");
    assert.deepEqual(questionnaire.item.map((i) => i.type), ["boolean", "text", "integer"]);
    assert.deepEqual(questionnaire.item[1].enableWhen, [{ question: "q1", operator: "=", answerBoolean: true }]);
    const responses = bundle.entry.slice(1).map((e) => e.resource);
    assert.equal(responses.length, 2);
    for (const response of responses) {
      assert.equal(response.resourceType, "QuestionnaireResponse");
      assert.equal(response.status, "completed");
      assert.match(response.questionnaire, new RegExp(`^urn:tandem:survey:${surveyId}\\|1$`));
      assert.match(response.authored, /^\d{4}-\d{2}-\d{2}$/, "anonymous: the day only");
      assert.equal(response.subject, undefined);
      for (const item of response.item) {
        assert.ok(questionnaire.item.some((q) => q.linkId === item.linkId));
        for (const answer of item.answer) assert.equal(Object.keys(answer).filter((k) => k.startsWith("value")).length, 1);
      }
    }
    assert.deepEqual(responses.map((r) => r.item[0].answer[0].valueBoolean).sort(), [false, true]);

    // A complaint, from the link on every screen of Jay's (new) phone.
    const jayPhone = await phoneContext(browser());
    const jay = await jayPhone.newPage();
    const jayInvite = (await asWorker("POST", "/api/v1/invites", { person_id: (await asWorker("GET", "/api/v1/young-people")).body.find((p) => p.display_name === "Jay").id })).body;
    await joinWithInvite(jay, url, jayInvite.code, "1357");
    await jay.getByRole("link", { name: "Complaint or compliment" }).click();
    await jay.getByRole("heading", { name: "Tell us what you think" }).waitFor();
    // Nothing is guessed: the box asks the same of both until they choose, and sending first
    // asks them to choose, beside the choice.
    await jay.getByLabel("Tell us in your own words").fill("Nobody came to the youth centre at 4.");
    await jay.getByRole("button", { name: "Send" }).click();
    await jay.getByRole("group", { name: "What do you want to tell us?" }).getByRole("alert").filter({ hasText: "Please choose one of these first." }).waitFor();
    await jay.getByLabel("Something went wrong (a complaint)").check();
    assert.equal(await jay.getByLabel("What went wrong?").inputValue(), "Nobody came to the youth centre at 4.", "nothing typed is lost");
    await jay.getByRole("button", { name: "Send" }).click();
    // Online, it says the service has it, not that it waits.
    await jay.getByText("Thank you for telling us. We have got it, and you can follow it below.").waitFor();
    await jay.getByText("We got it").waitFor();
    await jay.getByText(/We will answer by (Mon|Tues|Wednes|Thurs|Fri)day \d{1,2} [A-Z][a-z]+ \d{4}\./).waitFor();
    assert.deepEqual(await axeViolations(jay), []);
    assert.deepEqual(await smallTargets(jay), []);

    await desk.goto(`${url}/staff/complaints`);
    const item = desk.locator("article.register-item", { hasText: "Nobody came to the youth centre at 4." });
    await item.getByText("From Jay (young person)").waitFor();
    // Taken on: Jay's phone says who is looking after it.
    await item.getByLabel("Status").selectOption("investigating");
    await item.getByLabel("Owner").selectOption({ label: logins.participation_officer.name });
    await item.getByRole("button", { name: "Save" }).click();
    await desk.locator("article.register-item", { hasText: "Nobody came" }).locator(".badge.investigating").waitFor();
    await jay.reload();
    await jay.getByText(`${logins.participation_officer.name} is looking after this.`).waitFor();
    await item.getByLabel("Status").selectOption("resolved");
    await item.getByRole("button", { name: "Save" }).click();
    await item.getByText("Say what was decided before marking this resolved.").waitFor();
    await item.getByLabel("Outcome").fill("We are sorry. Sam will text you if plans change.");
    await item.getByRole("button", { name: "Save" }).click();
    await desk.locator("article.register-item", { hasText: "Nobody came" }).locator(".badge.resolved").waitFor();
    assert.deepEqual(await axeViolations(desk), []);

    await jay.reload();
    await jay.getByText("Sorted").waitFor();
    await jay.getByText("We are sorry. Sam will text you if plans change.").waitFor();
    assert.deepEqual(jayPhone.problems, []);
    await jayPhone.close();
    await desk.context().close();
  });
});
