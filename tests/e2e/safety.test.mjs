// A phone that may be shared, checked or taken: once its session has ended (five wrong PINs
// offline, or signing out) no page shows anything of the person and the phone keeps nothing of
// them; a closed case's phone sends what it holds, then the same; quick exit locks the phone,
// and Back shows only the PIN screen.
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
const IDLE_SECONDS = 3;

/** The young person's pages, and the home page. */
const ROUTES = ["/", "/plan", "/appointments", "/surveys", "/say", "/voice", "/devices"];

/** Every sentence-like text in `value` (plan boxes, targets, places): what must not be left. */
function wordsIn(value, found = new Set()) {
  if (typeof value === "string") {
    if (value.length >= 10 && value.includes(" ")) found.add(value);
  } else if (Array.isArray(value)) {
    value.forEach((item) => wordsIn(item, found));
  } else if (value && typeof value === "object") {
    Object.values(value).forEach((item) => wordsIn(item, found));
  }
  return found;
}

/** What the person's own reads give, read on their phone. */
async function personalWords(page) {
  const reads = await page.evaluate(async () => {
    const read = async (path) => (await fetch(path)).json();
    return [await read("/api/v1/plans"), await read("/api/v1/appointments")];
  });
  const words = wordsIn(reads);
  assert.ok(words.size >= 3, `the demo person has words to look for (${[...words].join(" | ")})`);
  return words;
}

/** Opens each page while online, so the phone has had every chance to keep a copy. */
async function visitEveryPage(page, url) {
  for (const path of ROUTES) {
    await page.goto(url + path);
    await page.getByRole("heading", { level: 1 }).waitFor();
    await page.waitForTimeout(300);
  }
}

/** Everything the phone's storage holds, as text: IndexedDB, localStorage, the caches. */
async function storedText(page) {
  return page.evaluate(async () => {
    const parts = [JSON.stringify({ ...localStorage })];
    const names = (await indexedDB.databases()).map((db) => db.name);
    for (const name of names) {
      const db = await new Promise((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const store of db.objectStoreNames) {
        const all = await new Promise((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        parts.push(JSON.stringify(all));
      }
      db.close();
    }
    for (const cacheName of await caches.keys()) {
      const cache = await caches.open(cacheName);
      for (const request of await cache.keys()) {
        parts.push(`CACHED-URL ${request.url}`);
        const response = await cache.match(request);
        const type = response.headers.get("content-type") || "";
        if (/json|html|text/.test(type)) parts.push(await response.text());
      }
    }
    return parts.join("\n");
  });
}

/** No page shows the person's name or words, and the phone's storage holds none of them. */
async function assertNothingOf(page, url, name, words, when) {
  for (const path of ROUTES) {
    await page.goto(url + path);
    await page.getByRole("heading", { level: 1 }).waitFor();
    await page.waitForTimeout(200);
    const shown = await page.locator("body").innerText();
    assert.ok(!shown.includes(name), `${when}: ${path} shows "${name}": ${shown}`);
    for (const text of words) assert.ok(!shown.includes(text), `${when}: ${path} shows "${text}"`);
  }
  const stored = await storedText(page);
  assert.ok(!stored.includes(name), `${when}: the phone still holds "${name}"`);
  for (const text of words) assert.ok(!stored.includes(text), `${when}: the phone still holds "${text}"`);
  assert.ok(!/CACHED-URL [^\n]*\/api\//.test(stored), `${when}: a cache holds an API answer`);
}

/** A phone joined with `code`, its service worker running, that has opened every page. */
async function phoneThatSawEverything(url, code, pin) {
  const context = await phoneContext(browser());
  const page = await context.newPage();
  await joinWithInvite(page, url, code, pin);
  await waitForServiceWorker(page);
  const words = await personalWords(page);
  await visitEveryPage(page, url);
  return { context, page, words };
}

describe("a phone keeps nothing of a person whose session has ended", () => {
  const server = useServer({ TANDEM_PIN_IDLE_SECONDS: String(IDLE_SECONDS) });

  test("offline, five wrong PINs: no page shows the child and the phone holds nothing of them", async () => {
    const url = server().url;
    const jay = server().demoLogins().young_person;
    const { context, page, words } = await phoneThatSawEverything(url, jay.code, "1357");
    // A draft, half written, and an answer queued with no signal: the phone holds Jay's own words.
    await context.setOffline(true);
    await page.goto(url + "/say");
    await page.getByRole("heading", { level: 1 }).waitFor();

    // Put down, no signal: locked after the idle time, then five wrong PINs.
    await page.getByRole("heading", { name: "Enter your PIN" }).waitFor({ timeout: (IDLE_SECONDS + 5) * 1000 });
    assert.ok(!(await page.locator("body").innerText()).includes(jay.name), "a locked phone shows no name");
    // Help needs no PIN.
    assert.equal(await page.getByRole("link", { name: /Call 999/ }).getAttribute("href"), "tel:999");
    for (let triesLeft = 4; triesLeft >= 1; triesLeft -= 1) {
      await typePin(page, "0000");
      await page.getByText(triesLeft === 1 ? "You can try 1 more time." : `You can try ${triesLeft} more times.`).waitFor();
    }
    await typePin(page, "0000");
    await page.getByRole("heading", { name: "Welcome to Tandem" }).waitFor();
    await assertNothingOf(page, url, jay.name, words, "after five wrong PINs offline");
    await page.screenshot({ path: screenshotPath("safety-after-wrong-pins") });
    await context.close();
  });

  test("signing out online: no page shows the person and the phone holds nothing of them", async () => {
    const url = server().url;
    const dee = server().demoLogins().carer;
    const { context, page, words } = await phoneThatSawEverything(url, dee.code, "2468");
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("heading", { name: "Welcome to Tandem" }).waitFor();
    await page.getByRole("link", { name: /I have a code from my worker/ }).waitFor();
    // Online, then with no signal (the service worker answers every page).
    await assertNothingOf(page, url, dee.name, words, "after signing out, online");
    await context.setOffline(true);
    await assertNothingOf(page, url, dee.name, words, "after signing out, offline");
    await context.close();
  });
});

describe("a closed case", () => {
  const server = useServer();

  test("the phone sends what it wrote with no signal, then signs out and keeps nothing", async () => {
    const url = server().url;
    const jay = server().demoLogins().young_person;
    const desk = await workerAtDesk(browser(), server());
    const asWorker = async (method, path, body) => api(url, await cookieOf(desk.context()), method, path, body);
    const jayId = (await asWorker("GET", "/api/v1/young-people")).body.find((p) => p.display_name === jay.name).id;
    const { context, page, words } = await phoneThatSawEverything(url, jay.code, "1357");

    // What Tandem keeps about Jay, from his home page, in plain words with the service's figures.
    await page.goto(url + "/");
    await page.getByRole("link", { name: /What Tandem keeps about me/ }).click();
    await page.getByRole("heading", { name: "What Tandem keeps about me", level: 1 }).waitFor();
    await page.getByText("Tandem removes its own copy of the message after 30 days.").waitFor();
    for (const heading of ["What Tandem keeps", "Who can see it", "How long it is kept", "Asking to see it, or to have it removed"]) {
      await page.getByRole("heading", { name: heading, level: 2 }).waitFor();
    }
    assert.equal(await page.getByRole("button", { name: /Read this out loud/ }).count(), 4);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(await smallTargets(page), []);
    await page.screenshot({ path: screenshotPath("my-data-360"), fullPage: true });

    // No signal: a complaint waits on the phone.
    const written = "Written on the bus with no signal, before my case closed.";
    await page.goto(url + "/say");
    await page.getByRole("heading", { level: 1 }).waitFor();
    await context.setOffline(true);
    await page.getByLabel("Something went wrong (a complaint)").check();
    await page.getByLabel("What went wrong?").fill(written);
    await page.getByRole("button", { name: "Send" }).click();
    await page.getByText("Thank you for telling us. It is saved on this phone and will be sent when you are online.").waitFor();

    // The worker closes the case on Jay's page.
    await desk.goto(`${url}/staff/young-people/${jayId}`);
    await desk.getByRole("heading", { name: "Closing the case" }).waitFor();
    await desk.getByLabel("Why it closed").selectOption("moved_away");
    assert.deepEqual(await axeViolations(desk), []);
    await desk.getByRole("button", { name: `Close ${jay.name}'s case` }).click();
    await desk.getByText(/^The case closed on [A-Z][a-z]+day \d{1,2} [A-Z][a-z]+ \d{4}: They moved out of the area\. Closed by .+\.$/).waitFor();
    await desk.screenshot({ path: screenshotPath("case-closed-desk"), fullPage: true });
    // The caseload marks it, so a worker with 25 cases sees which are closed.
    await desk.goto(`${url}/staff`);
    const listed = desk.getByRole("listitem").filter({ has: desk.getByRole("link", { name: jay.name, exact: true }) });
    await listed.getByText(/^Case closed on [A-Z][a-z]+day \d{1,2} [A-Z][a-z]+ \d{4}$/).waitFor();
    await desk.goto(`${url}/staff/young-people/${jayId}`);

    // Back online, the phone sends the complaint, then signs out and forgets Jay.
    await context.setOffline(false);
    await page.goto(url + "/");
    await page.getByRole("heading", { name: "Welcome to Tandem" }).waitFor({ timeout: 30_000 });
    const manager = await server().apiSession("manager");
    const register = await waitFor("the complaint to arrive", async () => {
      const complaints = (await api(url, manager, "GET", "/api/v1/complaints")).body;
      return JSON.stringify(complaints).includes(written) && complaints;
    }, 30);
    assert.equal(JSON.stringify(register).split(written).length - 1, 1, "sent exactly once");
    await assertNothingOf(page, url, jay.name, [...words, written], "after the case closed");
    await context.close();

    // Reopened, Jay can be given a new code.
    await desk.getByRole("button", { name: "Reopen the case" }).click();
    await desk.getByRole("button", { name: `Close ${jay.name}'s case` }).waitFor();
    await desk.context().close();
  });
});

describe("quick exit", () => {
  const server = useServer();

  /** A new phone for a demo person, joined with a code the worker makes for them. */
  async function phoneFor(url, name) {
    const desk = await workerAtDesk(browser(), server());
    const cookie = await cookieOf(desk.context());
    const people = (await api(url, cookie, "GET", "/api/v1/young-people")).body;
    const person = people.find((p) => p.display_name === name);
    const invite = (await api(url, cookie, "POST", "/api/v1/invites", { person_id: person.id })).body;
    await desk.context().close();
    const context = await phoneContext(browser());
    const page = await context.newPage();
    await joinWithInvite(page, url, invite.code, "1357");
    return { context, page };
  }

  test("locks the phone, and Back shows no name, no words, only the PIN screen", async () => {
    const url = server().url;
    const jay = server().demoLogins().young_person;
    const { context, page } = await phoneFor(url, jay.name);
    const words = await personalWords(page);
    await page.getByRole("link", { name: /My plan/ }).click();
    await page.getByRole("heading", { name: "My plan", level: 1 }).waitFor();
    await page.goto(url + "/appointments");
    await page.getByRole("heading", { level: 1 }).waitFor();
    await page.getByRole("button", { name: /Quick exit/ }).click();
    await page.waitForURL("https://www.bbc.co.uk/weather");

    // The server holds the lock too: the session answers nothing of the person. The lock goes
    // with `keepalive` as the page leaves, so it may land a moment after the new page opens.
    const cookie = await cookieOf(context);
    await waitFor("the server to lock the session", async () => {
      const me = await api(url, cookie, "GET", "/api/v1/me");
      return me.body.session.locked === true;
    }, 10);

    for (let back = 1; back <= 5; back += 1) {
      const moved = await page.goBack().catch(() => null);
      if (!moved && !page.url().startsWith(url)) break;
      if (!page.url().startsWith(url)) continue;
      await page.getByRole("heading", { level: 1 }).waitFor();
      await page.waitForTimeout(300);
      const shown = await page.locator("body").innerText();
      assert.ok(!shown.includes(jay.name), `Back ${back} (${page.url()}) shows the name: ${shown}`);
      for (const text of words) assert.ok(!shown.includes(text), `Back ${back} (${page.url()}) shows "${text}"`);
      if (new URL(page.url()).pathname !== "/join") {
        await page.getByRole("heading", { name: "Enter your PIN" }).waitFor();
        if (back === 1) assert.deepEqual(await axeViolations(page), []);
      }
    }

    // The right PIN opens it again, on the phone and on the server.
    await page.goto(url + "/plan");
    await page.getByRole("heading", { name: "Enter your PIN" }).waitFor();
    await typePin(page, "1357");
    await page.getByRole("heading", { name: "My plan", level: 1 }).waitFor();
    assert.equal((await api(url, await cookieOf(context), "GET", "/api/v1/me")).body.session.locked, false);
    await context.close();
  });

  test("Shift pressed three times leaves at once, even before the app has loaded", async () => {
    const url = server().url;
    const context = await phoneContext(browser());
    // The app's code never arrives: the page's own quick exit must still work.
    await context.route(/\.wasm$/, () => {});
    const page = await context.newPage();
    await page.goto(url + "/");
    // The page's first screen (made at build time) has it, before the app's code.
    await page.locator("#first-paint").getByRole("button", { name: /Quick exit/ }).waitFor();
    for (let press = 0; press < 3; press += 1) await page.keyboard.press("Shift");
    await page.waitForURL("https://www.bbc.co.uk/weather");
    await context.close();
  });
});

describe("I don't feel safe", () => {
  const server = useServer();

  test("sent with no signal, it arrives once; the worker sees the banner and says what they did; the phone shows it was seen", async () => {
    const url = server().url;
    const logins = server().demoLogins();
    const desk = await workerAtDesk(browser(), server());

    const context = await phoneContext(browser());
    const page = await context.newPage();
    await joinWithInvite(page, url, logins.young_person.code, "1357");
    await waitForServiceWorker(page);
    // The help screen opens from every screen, and first says who to call now, with no signal too.
    await page.goto(url + "/plan");
    await page.getByRole("heading", { name: "My plan", level: 1 }).waitFor();
    await context.setOffline(true);
    await page.getByRole("link", { name: "Get help now" }).click();
    await page.getByRole("heading", { name: "Get help now", level: 1 }).waitFor();
    await page.getByRole("link", { name: /Call 999/ }).waitFor();
    assert.equal(await page.getByRole("link", { name: /Childline/ }).getAttribute("href"), "tel:08001111");
    assert.deepEqual(await axeViolations(page), []);
    const words = "They are waiting for me outside school";
    await page.getByLabel(/What is happening/).fill(words);
    await page.getByRole("button", { name: "Tell my worker now" }).click();
    await page.getByText(/It goes to your worker the moment there is signal/).waitFor();
    await page.screenshot({ path: screenshotPath("help-saved-offline") });

    // Back online: it goes, once, and the worker's page shows it at the top.
    await context.setOffline(false);
    await page.getByText("Everything you sent has arrived.").waitFor({ timeout: 20_000 });
    const banner = desk.locator(".safety-banner");
    await banner.waitFor({ timeout: 20_000 });
    await banner.getByText(logins.young_person.name).waitFor();
    await banner.getByText(words).waitFor();
    const alerts = (await api(url, await cookieOf(desk.context()), "GET", "/api/v1/safety/alerts")).body;
    assert.equal(alerts.length, 1, "one alert, however often the phone sent it");
    assert.deepEqual(await axeViolations(desk), []);
    await desk.screenshot({ path: screenshotPath("safety-banner") });
    await banner.getByLabel("What did you do?").fill("Rang Jay and went to the school");
    await banner.getByRole("button", { name: "I have seen this" }).click();
    await banner.waitFor({ state: "detached" });

    await page.reload();
    await page.getByText(`${logins.worker.name} has seen this.`).waitFor();
    assert.ok(!(await page.locator("body").innerText()).includes("went to the school"), "the phone is not shown what staff wrote");
    await context.close();
    await desk.context().close();
  });
});
