// A person's language: chosen on the phone (before or after joining), each screen then in it,
// the page's title and direction with it, and the server told, so its reminders come in it
// (backend/tests/api/appointments.rs decrypts those). Welsh, Polish, Urdu, Punjabi and Gujarati
// at 360 px.
import assert from "node:assert/strict";
import { describe, test } from "node:test";

import {
  api,
  axeViolations,
  cookieOf,
  dateField,
  deskContext,
  phoneContext,
  screenshotPath,
  signIn,
  useBrowser,
  useServer,
  waitFor,
} from "./lib/harness.mjs";

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
    // Headless Chromium has no voices: each call to speak is noted (what, in which language),
    // and the test says which voices the phone has.
    await context.addInitScript(() => {
      window.spoken = [];
      window.speechSynthesis.speak = (utterance) => window.spoken.push({ text: utterance.text, lang: utterance.lang });
      window.speechSynthesis.getVoices = () => window.voices ?? [];
    });
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

    // Every screen can be heard, in its language: the whole page's words.
    await page.getByRole("button", { name: "Darllen y dudalen yma yn uchel" }).click();
    const spoken = await page.evaluate(() => window.spoken.at(-1));
    assert.equal(spoken.lang, "cy");
    assert.match(spoken.text, /Croeso i Tandem/);
    // A phone with no Welsh voice says so, and offers English, which it can read.
    await page.evaluate(() => (window.voices = [{ lang: "en-GB", name: "English" }]));
    await page.evaluate(() => (window.spoken = []));
    await page.getByRole("button", { name: "Darllen y dudalen yma yn uchel" }).click();
    await page.getByRole("status").filter({ hasText: "Does gan y ffôn yma ddim llais ar gyfer Cymraeg" }).waitFor();
    assert.deepEqual(await page.evaluate(() => window.spoken), []);
    await page.getByRole("button", { name: "Dangos Tandem yn Saesneg i wrando" }).click();
    await page.getByRole("heading", { name: "Welcome to Tandem" }).waitFor();
    await page.evaluate(() => (window.voices = []));
    await page.getByRole("button", { name: "Read this page out loud" }).click();
    assert.equal((await page.evaluate(() => window.spoken.at(-1))).lang, "en");

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

    // Punjabi (Gurmukhi) and Gujarati, left to right again.
    for (const [code, heading] of [["pa", "ਮੇਰੀ ਯੋਜਨਾ"], ["gu", "મારી યોજના"]]) {
      await page.locator("#language-select").selectOption(code);
      await page.getByRole("heading", { level: 1, name: heading }).waitFor();
      await page.waitForFunction((code) => document.documentElement.dir === "ltr" && document.documentElement.lang === code, code);
      await waitFor(`the server to keep ${code}`, async () => (await serverLanguage(server(), context)) === code);
      assert.deepEqual(await axeViolations(page), []);
      assert.equal(await noSidewaysScroll(page), true);
      await page.screenshot({ path: screenshotPath(`language-${code}-plan`) });
    }
    assert.deepEqual(context.problems, []);
    await context.close();
  });

  test("Easier words: one switch changes the app's own wording on every screen, kept for the person, in Welsh too", async () => {
    const context = await phoneContext(browser());
    await context.addInitScript(() => {
      window.spoken = [];
      window.speechSynthesis.speak = (utterance) => window.spoken.push({ text: utterance.text, lang: utterance.lang });
    });
    const page = await context.newPage();
    const code = server().demoLogins().carer.code;
    await page.goto(`${server().url}/join?code=${code.replaceAll("-", "")}`);
    await page.getByText("Your worker gave you a code. Type it in below.").waitFor();
    const easier = page.getByRole("button", { name: "Easier words" });
    assert.equal(await easier.getAttribute("aria-pressed"), "false");
    await easier.click();
    await page.getByText("Type the code from your worker. Then pick a PIN.").waitFor();
    assert.equal(await easier.getAttribute("aria-pressed"), "true");
    assert.equal(await page.getByText("Your worker gave you a code. Type it in below.").count(), 0);
    assert.deepEqual(await axeViolations(page), []);
    await page.screenshot({ path: screenshotPath("easier-words-join") });

    await page.getByRole("button", { name: "Join", exact: true }).click();
    await page.getByText("Pick 4 to 6 numbers. Keep them secret.").waitFor();
    for (const _ of [1, 2]) {
      await page.keyboard.type("1357");
      await page.keyboard.press("Enter");
      await page.waitForTimeout(200);
    }
    await page.getByText("Plan things with your worker. Tell us what you think.").waitFor();
    // Chosen before joining: the server keeps it with Dee once the phone is hers, so each of her
    // phones opens with it (backend/tests/api/accounts.rs).
    const easierKept = async () => (await api(server().url, await cookieOf(context), "GET", "/api/v1/me")).body.easier_words;
    await waitFor("the server to keep easier words", async () => (await easierKept()) === true);
    // The carer's cards, each with its picture beside its words (hidden from screen readers).
    await page.getByRole("link", { name: /Your young person's goals\. Write how you will help\./ }).waitFor();
    await page.getByRole("link", { name: /When and where we meet\. Say if you can come\./ }).waitFor();
    const pictures = await page.locator(".cards .card").evaluateAll((cards) =>
      cards.map((card) => card.querySelector("svg.icon")?.getAttribute("aria-hidden")),
    );
    assert.ok(pictures.length >= 5 && pictures.every((hidden) => hidden === "true"), JSON.stringify(pictures));
    // What is read out is what is shown.
    await page.getByRole("button", { name: "Read this page out loud" }).click();
    assert.match((await page.evaluate(() => window.spoken.at(-1))).text, /Plan things with your worker\./);
    assert.deepEqual(await axeViolations(page), []);
    assert.equal(await noSidewaysScroll(page), true);
    await page.screenshot({ path: screenshotPath("easier-words-home") });

    // Kept on this phone: the next open is in easier words too.
    await page.reload();
    await page.getByText("Plan things with your worker. Tell us what you think.").waitFor();
    assert.equal(await page.getByRole("button", { name: "Easier words" }).getAttribute("aria-pressed"), "true");

    // In Welsh, Welsh easier words; off again, the plain Welsh.
    await page.locator("#language-select").selectOption("cy");
    await page.getByText("Cynllunio pethau gyda'ch gweithiwr.").waitFor();
    await page.getByRole("button", { name: "Geiriau haws" }).click();
    await page.getByText("Yn Tandem rydych chi a'ch gweithiwr yn cynllunio pethau gyda'ch gilydd").waitFor();
    assert.equal(await page.getByRole("button", { name: "Geiriau haws" }).getAttribute("aria-pressed"), "false");
    await waitFor("the server to hear easier words are off", async () => (await easierKept()) === false);
    assert.deepEqual(context.problems, []);
    await context.close();
  });

  test("A worker in a Welsh service works at the desk in Welsh, and the server is told", async () => {
    const logins = server().demoLogins();
    const context = await deskContext(browser());
    const desk = await context.newPage();
    await signIn(desk, server().url, logins.worker.email, logins.worker.password);
    await desk.getByRole("heading", { name: "My young people" }).waitFor();
    await desk.locator("#language-select").selectOption("cy");
    await desk.getByRole("heading", { name: "Fy mhobl ifanc" }).waitFor();
    assert.equal(await desk.title(), "Llwyth achosion – Tandem");
    await waitFor("the server to keep Welsh", async () => (await serverLanguage(server(), context)) === "cy");
    assert.deepEqual(await axeViolations(desk), []);
    // Jay's page and his forms, in Welsh: headings, labels, buttons and the page title.
    await desk.getByRole("link", { name: "Jay", exact: true }).click();
    await desk.getByRole("link", { name: "Ffurflenni a hunanasesiadau" }).click();
    await desk.getByRole("heading", { name: "Ffurflenni: Jay" }).waitFor();
    await desk.getByRole("heading", { name: "Gofyn am ffurflen" }).waitFor();
    // The day's boxes are named in Welsh too: Diwrnod, Mis, Blwyddyn.
    for (const box of ["Diwrnod", "Mis", "Blwyddyn"]) await dateField(desk, "Llenwi erbyn").getByLabel(box, { exact: true }).waitFor();
    assert.equal(await desk.getByLabel("Ffurflen", { exact: true }).locator("option:checked").textContent(), "Fy hunanasesiad");
    await desk.getByRole("button", { name: "Gofyn am y ffurflen hon" }).waitFor();
    assert.equal(await desk.title(), "Ffurflenni – Tandem");
    assert.equal(await desk.locator("html").getAttribute("lang"), "cy");
    assert.deepEqual(await axeViolations(desk), []);
    await desk.screenshot({ path: screenshotPath("desk-forms-cy"), fullPage: true });
    await context.close();
  });
});
