// Every young person's and carer's screen, in each of the six languages, at 360 px, with the
// demo data: axe-core (WCAG 2.2 AA) finds nothing, nothing scrolls sideways or is cut off, Urdu
// runs right to left with the page mirrored, "Read this page out loud" speaks the screen's
// words in its language, and a screenshot of each is kept in tests/artifacts/ (Debian's Noto
// fonts, installed by the test command, draw the scripts).
import assert from "node:assert/strict";
import { describe, test } from "node:test";

import {
  api,
  axeViolations,
  cookieOf,
  deskContext,
  phoneContext,
  screenshotPath,
  signIn,
  typePin,
  useBrowser,
  useServer,
} from "./lib/harness.mjs";

const browser = useBrowser();

const LANGUAGES = ["en", "cy", "pl", "ur", "pa", "gu"];

/** Notes each call to speak (what, in which language); headless Chromium has no voices. */
async function listenForSpeech(context) {
  await context.addInitScript(() => {
    window.spoken = [];
    window.speechSynthesis.speak = (utterance) => window.spoken.push({ text: utterance.text, lang: utterance.lang });
    window.speechSynthesis.getVoices = () => [];
  });
}

/** Moves within the app as a tapped link does (no reload: the phone stays unlocked). */
async function openInApp(page, path) {
  await page.evaluate((path) => {
    history.pushState(null, "", path);
    dispatchEvent(new PopStateEvent("popstate"));
  }, path);
  await settled(page);
}

/** Waits for the page's heading and for nothing on it to be loading. */
async function settled(page) {
  await page.waitForFunction(() => document.querySelector("main h1") && !document.querySelector("main [aria-busy=true]"));
  await page.waitForTimeout(250);
}

/** Elements that cut their own text off: overflow hidden or clipped, with more inside than shows. */
async function clipped(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll("body *")]
      .filter((el) => !el.closest(".visually-hidden") && el.getClientRects().length > 0)
      .filter((el) => {
        const style = getComputedStyle(el);
        const hides = (overflow) => overflow === "hidden" || overflow === "clip";
        return (
          (hides(style.overflowX) && el.scrollWidth > el.clientWidth + 1) ||
          (hides(style.overflowY) && el.scrollHeight > el.clientHeight + 1)
        );
      })
      .map((el) => el.outerHTML.slice(0, 100)),
  );
}

/** Checks the screen now showing, in `code`, and keeps its picture as `name`. */
async function checkScreen(page, code, name) {
  const where = `${code} ${name}`;
  await page.waitForFunction((code) => document.documentElement.lang === code, code);
  assert.equal(await page.evaluate(() => document.documentElement.dir), code === "ur" ? "rtl" : "ltr", where);
  if (code === "ur") {
    // Mirrored: the heading starts at the right.
    const heading = await page.locator("main h1").first().boundingBox();
    assert.ok(heading.x + heading.width > 300, `${where}: the heading starts at the right`);
  }
  assert.deepEqual(await axeViolations(page), [], where);
  const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(sideways <= 0, `${where}: scrolls ${sideways} px sideways`);
  assert.deepEqual(await clipped(page), [], `${where}: text cut off`);
  await page.evaluate(() => (window.spoken = []));
  await page.locator(".reading-help button.read-aloud").click();
  const spoken = await page.evaluate(() => window.spoken);
  assert.equal(spoken.length, 1, `${where}: read aloud once`);
  assert.equal(spoken[0].lang, code, where);
  const heading = (await page.locator("main h1").first().innerText()).trim();
  assert.ok(spoken[0].text.includes(heading), `${where}: what is read starts from the screen's own words (${heading})`);
  await page.screenshot({ path: screenshotPath(`screen-${code}-${name}`), fullPage: true });
}

/** Joins on a new phone with the demo `code`, in English. */
async function joined(url, code, pin) {
  const context = await phoneContext(browser());
  await listenForSpeech(context);
  const page = await context.newPage();
  await page.goto(`${url}/join?code=${code.replaceAll("-", "")}`);
  await page.getByRole("heading", { name: "Join with your code" }).waitFor();
  await page.getByRole("button", { name: "Join", exact: true }).click();
  await page.getByRole("heading", { name: "Choose a PIN" }).waitFor();
  await typePin(page, pin);
  await page.getByRole("heading", { name: "Type your PIN again" }).waitFor();
  await typePin(page, pin);
  await page.getByRole("heading", { name: "Welcome to Tandem" }).waitFor();
  return { context, page };
}

/** The first link on `path`'s screen to one of its own pages (a survey, a consultation). */
async function firstLinkUnder(page, path) {
  await openInApp(page, path);
  const href = await page.locator(`main a[href^="${path}/"]`).first().getAttribute("href");
  assert.ok(href, `a link under ${path}`);
  return href;
}

/** A London date `days` from today, as the API wants it. */
function dayIn(days) {
  return new Date(Date.now() + days * 86_400_000).toLocaleDateString("en-CA", { timeZone: "Europe/London" });
}

/** The participation officer publishes a survey and a consultation for the service's young
 * people (the demo has none), so those screens have something on them. */
async function publishSurveyAndConsultation(server) {
  const officer = server.demoLogins().participation_officer;
  const desk = await (await deskContext(browser())).newPage();
  await signIn(desk, server.url, officer.email, officer.password);
  await desk.getByRole("heading", { name: "Surveys", level: 1 }).waitFor();
  const asOfficer = async (method, path, body) => api(server.url, await cookieOf(desk.context()), method, path, body);
  const survey = {
    title: "Youth club",
    purpose: "So we know if the club works for you.",
    audience: "The participation team",
    respondents: "young_people",
    anonymous: false,
    questions: [
      { id: "went", kind: "yes_no", wording: "Did you go to the youth club?", easy_read: "Did you go?", required: true },
      { id: "mood", kind: "faces", wording: "How do you feel today?", required: true },
    ],
  };
  const saved = await asOfficer("POST", "/api/v1/surveys", { survey, reach: { kind: "service" }, opens_on: dayIn(0), closes_on: dayIn(14) });
  await asOfficer("POST", `/api/v1/surveys/${saved.body.id}/publish`, {});
  const consultation = await asOfficer("POST", "/api/v1/voice/consultations", {
    title: "The youth centre next year",
    background: "The council is deciding what the centre should do next year.",
    audience: "Head of service and the board",
    invited: { kind: "young_people" },
    opens_on: dayIn(0),
    closes_on: dayIn(14),
    anonymous: true,
    activities: [
      { kind: "ballot", id: "priorities", question: "What matters most to you?", ranked: true, options: [
        { id: "transport", text: "Cheaper buses" }, { id: "jobs", text: "Jobs and training" }, { id: "spaces", text: "Places to go" },
      ] },
      { kind: "statements", id: "views", prompt: "Do you agree?", proposals: true, statements: [{ id: "late", text: "Open later on Fridays." }] },
      { kind: "question", id: "else", question: "Anything else we should know?", voice: true },
    ],
  });
  await asOfficer("POST", `/api/v1/voice/consultations/${consultation.body.id}/publish`, {});
  await desk.context().close();
}

describe("every screen in six languages", () => {
  const server = useServer();

  test("the join screen, before anyone is signed in", async () => {
    const context = await phoneContext(browser());
    await listenForSpeech(context);
    const page = await context.newPage();
    await page.goto(server().url + "/join");
    await settled(page);
    for (const code of LANGUAGES) {
      await page.locator("#language-select").selectOption(code);
      await settled(page);
      await checkScreen(page, code, "join");
    }
    assert.deepEqual(context.problems, []);
    await context.close();
  });

  test("a young person's screens and a carer's", async () => {
    const logins = server().demoLogins();
    await publishSurveyAndConsultation(server());
    const jay = await joined(server().url, logins.young_person.code, "2468");
    const survey = await firstLinkUnder(jay.page, "/surveys");
    const consultation = await firstLinkUnder(jay.page, "/voice");
    const screens = {
      home: "/",
      plan: "/plan",
      scores: "/session",
      appointments: "/appointments",
      surveys: "/surveys",
      survey,
      voice: "/voice",
      consultation,
      say: "/say",
      help: "/help",
      feedback: "/feedback",
      devices: "/devices",
      "my-data": "/my-data",
    };
    const dee = await joined(server().url, logins.carer.code, "1357");
    const carerScreens = { home: "/", plan: "/plan", appointments: "/appointments", "my-data": "/my-data" };

    for (const code of LANGUAGES) {
      for (const [phone, shown, who] of [[jay, screens, "young-person"], [dee, carerScreens, "carer"]]) {
        await phone.page.locator("#language-select").selectOption(code);
        for (const [name, path] of Object.entries(shown)) {
          await openInApp(phone.page, path);
          await checkScreen(phone.page, code, `${who}-${name.replace(/^\//, "").replaceAll("/", "-")}`);
        }
      }
    }
    for (const phone of [jay, dee]) {
      assert.deepEqual(phone.context.problems, []);
      await phone.context.close();
    }
  });
});
