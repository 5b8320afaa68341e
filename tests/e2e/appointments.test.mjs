// Appointments end to end: the worker makes one at their desk; the young person's phone lists
// it (and never asks for notification permission by itself), answers "I need to change this"
// with no signal, reopens the page offline, and the answer reaches the worker once back online;
// a push message dispatched to the service worker shows the discreet reminder; a manager moves
// the service's evening reminder.
import assert from "node:assert/strict";
import { describe, test } from "node:test";

import {
  api,
  axeViolations,
  cookieOf,
  dateIn,
  deskContext,
  fillDate,
  joinWithInvite,
  phoneContext,
  screenshotPath,
  signIn,
  smallTargets,
  typePin,
  useBrowser,
  useServer,
  waitFor,
  waitForServiceWorker,
  workerAtDesk,
} from "./lib/harness.mjs";

const browser = useBrowser();

/** A London date `days` from today, as the date input wants it. */

describe("appointments and reminders", () => {
  const server = useServer();

  test("worker makes one, young person answers offline, reminder shows discreetly", async () => {
    const url = server().url;
    const logins = server().demoLogins();
    const desk = await workerAtDesk(browser(), server());
    const asWorker = async (method, path, body) => api(url, await cookieOf(desk.context()), method, path, body);
    const jay = (await asWorker("GET", "/api/v1/young-people")).body.find((p) => p.display_name === "Jay").id;

    // The worker makes an appointment in five days at 3:30pm.
    await desk.goto(`${url}/staff/young-people/${jay}/appointments`);
    await desk.getByRole("heading", { name: "New appointment" }).waitFor();
    await fillDate(desk, "Date", dateIn(5));
    await desk.getByLabel("Start time (UK time)").fill("15:30");
    await desk.getByLabel("Where").fill("Youth centre, Mill Street");
    await desk.getByLabel("What it is for, in plain words").fill("Talk about college");
    await desk.getByLabel("Discreet title").fill("Catch up");
    await desk.getByRole("button", { name: "Make appointment" }).click();
    await desk.getByRole("cell", { name: "Talk about college" }).waitFor();

    // Jay's phone: the appointments page, with no permission prompt of its own.
    const phone = await phoneContext(browser());
    const page = await phone.newPage();
    await joinWithInvite(page, url, logins.young_person.code, "1357");
    await waitForServiceWorker(page);
    await page.getByRole("link", { name: /Appointments/ }).click();
    await page.getByRole("heading", { name: "Appointments", level: 1 }).waitFor();
    const card = page.locator("article.appointment", { hasText: "Talk about college" });
    await card.waitFor();
    await assert.doesNotReject(card.getByText("3:30pm to 4:30pm").waitFor());
    assert.equal(await page.evaluate(() => Notification.permission), "default", "never asked on load");
    await page.getByRole("button", { name: "Remind me before appointments" }).waitFor();
    await page.getByRole("table").first().waitFor();
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(await smallTargets(page), []);
    await page.screenshot({ path: screenshotPath("appointments-young-person-360"), fullPage: true });
    const calendarFile = await card.getByRole("link", { name: "Add to my calendar" }).getAttribute("href");
    assert.match(decodeURIComponent(calendarFile), /SUMMARY:Catch up\r\n/);

    // No signal: the answer stays on the phone, and the page still opens from its copy.
    await phone.setOffline(true);
    await card.getByRole("button", { name: "I need to change this" }).click();
    await page.getByLabel(/What needs to change/).fill("I have college until 4. Could we make it 5pm?");
    await page.getByRole("button", { name: "Send to my worker" }).click();
    await card.getByText("Your answer is saved on this phone").waitFor();
    await page.reload();
    // Opened again with no signal, the phone asks for its PIN (checked on the phone) first.
    await page.getByRole("heading", { name: "Enter your PIN" }).waitFor();
    await typePin(page, "1357");
    await page.getByText("You are offline. These are your appointments").waitFor();
    await page.locator("article.appointment", { hasText: "Talk about college" }).getByText("Your answer is saved on this phone").waitFor();

    // Back online: the worker has it, once.
    await phone.setOffline(false);
    const seen = await waitFor("the reply to reach the worker", async () => {
      const list = (await asWorker("GET", `/api/v1/young-people/${jay}/appointments`)).body;
      const made = list.find((a) => a.purpose === "Talk about college");
      return made.replies.length > 0 && made;
    }, 30);
    assert.equal(seen.replies.length, 1);
    assert.equal(seen.replies[0].reason, "I have college until 4. Could we make it 5pm?");
    await desk.reload();
    await desk.getByText("Jay: needs a change: I have college until 4. Could we make it 5pm?").waitFor();

    // The worker sets a time they are free (a missing day is named beside its field); Jay's
    // phone offers it when he changes the appointment, and he chooses it instead of words.
    await desk.getByRole("button", { name: "Add this free time" }).click();
    await desk.locator("#free-date-error", { hasText: "Please enter a real date." }).waitFor();
    await fillDate(desk, "Day you are free", dateIn(6));
    await desk.getByLabel("Free from (UK time)").fill("10:00");
    await desk.getByRole("button", { name: "Add this free time" }).click();
    await desk.getByRole("button", { name: /^Remove / }).waitFor();
    assert.deepEqual(await axeViolations(desk), []);
    await page.reload();
    const pin = page.getByRole("heading", { name: "Enter your PIN" });
    const again = page.locator("article.appointment", { hasText: "Talk about college" });
    await Promise.race([pin.waitFor(), again.waitFor()]);
    if (await pin.isVisible()) await typePin(page, "1357");
    await again.getByRole("button", { name: "I need to change this" }).click();
    const offered = again.getByRole("group", { name: "Times your worker is free" });
    await offered.getByRole("radio", { name: /10am to 11am$/ }).check();
    assert.deepEqual(await axeViolations(page), []);
    await page.screenshot({ path: screenshotPath("appointment-change-free-times-360"), fullPage: true });
    await page.getByRole("button", { name: "Send to my worker" }).click();
    await again.getByText(/^You asked to move it to [A-Z][a-z]+day \d{1,2} [A-Z][a-z]+, 10am to 11am\.$/).waitFor({ timeout: 20_000 });
    await desk.reload();
    await desk.getByText(/^Jay: asks to move it to your free time [A-Z][a-z]+day \d{1,2} [A-Z][a-z]+, 10am to 11am\./).waitFor();

    // A push message reaches the service worker, which shows the words it carries.
    await phone.grantPermissions(["notifications"], { origin: url });
    const cdp = await phone.newCDPSession(page);
    const registration = new Promise((resolve) =>
      cdp.on("ServiceWorker.workerRegistrationUpdated", ({ registrations }) => {
        const ours = registrations.find((r) => r.scopeURL.startsWith(url) && !r.isDeleted);
        if (ours) resolve(ours.registrationId);
      }),
    );
    await cdp.send("ServiceWorker.enable");
    const registrationId = await registration;
    const reminder = { title: "Reminder", body: "Something tomorrow at 3:30pm", url: `/appointments#${seen.id}`, tag: `reminder-${seen.id}` };
    await cdp.send("ServiceWorker.deliverPushMessage", { origin: url, registrationId, data: JSON.stringify(reminder) });
    const shown = await waitFor("the notification", async () => {
      const notifications = await page.evaluate(async () =>
        (await (await navigator.serviceWorker.ready).getNotifications()).map((n) => ({ title: n.title, body: n.body, tag: n.tag, url: n.data && n.data.url })),
      );
      return notifications.length > 0 && notifications;
    }, 20);
    assert.deepEqual(shown, [{ title: "Reminder", body: "Something tomorrow at 3:30pm", tag: reminder.tag, url: reminder.url }]);
    assert.doesNotMatch(shown[0].body, /college|Youth|court|offend/i, "discreet: nothing about what or where");
    assert.deepEqual(phone.problems, []);
    await phone.close();
    await desk.context().close();

    // A manager moves the evening reminder for the whole service.
    const office = await (await deskContext(browser())).newPage();
    await signIn(office, url, logins.manager.email, logins.manager.password);
    await office.waitForURL(/\/staff/);
    await office.goto(`${url}/staff/young-people/${jay}/appointments`);
    await office.getByLabel("The evening before, at").fill("17:30");
    await office.getByRole("button", { name: "Save reminder times" }).click();
    await office.getByText("Saved. New appointments will follow these times.").waitFor({ timeout: 10_000 }).catch(async (error) => {
      throw new Error(`${error.message}\npage: ${await office.locator("main").innerText()}`);
    });
    assert.deepEqual(await axeViolations(office), []);
    const rules = (await api(url, await cookieOf(office.context()), "GET", "/api/v1/reminders/settings")).body;
    assert.equal(rules.day_before_at, "17:30");
    await office.context().close();
  });

  test("a worker makes a 24-week programme's schedule of three phases in one go", async () => {
    const url = server().url;
    const desk = await workerAtDesk(browser(), server());
    const asWorker = async (method, path, body) => api(url, await cookieOf(desk.context()), method, path, body);
    const jay = (await asWorker("GET", "/api/v1/young-people")).body.find((p) => p.display_name === "Jay").id;
    const before = (await asWorker("GET", `/api/v1/young-people/${jay}/appointments`)).body.length;

    await desk.goto(`${url}/staff/young-people/${jay}/appointments`);
    await desk.getByRole("heading", { name: "New appointment" }).waitFor();
    await desk.getByLabel("Repeat").selectOption("phases");
    // It starts as the mentoring programme: twice a week for 8 weeks, weekly for 10, then
    // fortnightly for 6; it says what it will make once it has a first date.
    await desk.getByText("Choose the first date to see what this schedule makes.").waitFor();
    await fillDate(desk, "Date", dateIn(7));
    await desk.getByText(/^This makes 29 appointments, the last on /).waitFor();
    // A third day in the first phase's weeks: eight more.
    await desk.getByRole("group", { name: "Phase 1" }).getByLabel("Friday").check();
    await desk.getByText(/^This makes 37 appointments/).waitFor();
    await desk.getByLabel("Start time (UK time)").fill("16:00");
    await desk.getByLabel("Where").fill("Youth centre, Mill Street");
    await desk.getByLabel("What it is for, in plain words").fill("Mentoring");
    assert.deepEqual(await axeViolations(desk), []);
    await desk.screenshot({ path: screenshotPath("appointments-programme-schedule"), fullPage: true });
    await desk.getByRole("button", { name: "Make appointment" }).click();
    await waitFor("the schedule's appointments", async () =>
      (await asWorker("GET", `/api/v1/young-people/${jay}/appointments`)).body.length === before + 37,
    );
    const made = (await asWorker("GET", `/api/v1/young-people/${jay}/appointments`)).body.filter((a) => a.purpose === "Mentoring");
    assert.equal(made.length, 37);
    assert.ok(made.every((a) => a.start === "4pm"), "each at 4pm in London");
    await desk.context().close();
  });
});
