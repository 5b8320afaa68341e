// Voice and influence end to end: an officer builds a consultation with a ranked ballot,
// statements and an open question, and publishes it; three young people take part on their
// phones (one with no signal); a statement a young person proposed is approved and voted on; the
// results are exact; the officer publishes a "you said, we did" response, and the server pushes
// the news to each participant's phone through a push service on loopback (which decrypts the
// message as a browser would, RFC 8291); the message is handed to a phone's service worker,
// which shows it; the phone's feed shows the response.
import assert from "node:assert/strict";
import { createECDH, createDecipheriv, createHmac, randomBytes } from "node:crypto";
import { createServer } from "node:http";
import { after, before, describe, test } from "node:test";

import {
  api,
  axeViolations,
  cookieOf,
  dateField,
  dateIn,
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
  waitForServiceWorker,
} from "./lib/harness.mjs";

const browser = useBrowser();

/** The field labelled `label` is marked invalid, described by `message`, and has the keyboard. A
 * date field's refusal is on its Day box (where the keyboard goes) and describes its group. */
async function refusedBeside(page, label, message, { date = false } = {}) {
  const field = date ? dateField(page, label).getByLabel("Day", { exact: true }) : page.getByLabel(label, { exact: true });
  await page.getByRole("alert").filter({ hasText: message }).waitFor();
  assert.equal(await field.getAttribute("aria-invalid"), "true", label);
  const describedBy = (await (date ? dateField(page, label) : field).getAttribute("aria-describedby")).split(" ");
  const said = await Promise.all(describedBy.map((id) => page.locator(`[id="${id}"]`).innerText()));
  assert.ok(said.includes(message), `${label}: ${said}`);
  assert.equal(await field.evaluate((element) => element === document.activeElement), true, `${label} has the keyboard`);
}

const b64url = (buffer) => Buffer.from(buffer).toString("base64url");
const hmac = (key, data) => createHmac("sha256", key).update(data).digest();

/** A push service on loopback: each phone's keys, and every message decrypted (RFC 8291/8188). */
function startPushService() {
  const phones = new Map();
  const received = [];
  const server = createServer((request, response) => {
    const chunks = [];
    request.on("data", (chunk) => chunks.push(chunk));
    request.on("end", () => {
      const phone = phones.get(request.url.split("/").pop());
      try {
        assert.ok(phone, "a known phone");
        assert.equal(request.headers["content-encoding"], "aes128gcm");
        assert.match(request.headers.authorization ?? "", /^vapid t=/);
        const body = Buffer.concat(chunks);
        const salt = body.subarray(0, 16);
        const idLength = body[20];
        const serverKey = body.subarray(21, 21 + idLength);
        const ciphertext = body.subarray(21 + idLength);
        const shared = phone.ecdh.computeSecret(serverKey);
        const keyInfo = Buffer.concat([Buffer.from("WebPush: info\0"), phone.ecdh.getPublicKey(), serverKey, Buffer.from([1])]);
        const ikm = hmac(hmac(phone.auth, shared), keyInfo);
        const prk = hmac(salt, ikm);
        const cek = hmac(prk, Buffer.from("Content-Encoding: aes128gcm\0\x01", "binary")).subarray(0, 16);
        const nonce = hmac(prk, Buffer.from("Content-Encoding: nonce\0\x01", "binary")).subarray(0, 12);
        const decipher = createDecipheriv("aes-128-gcm", cek, nonce);
        decipher.setAuthTag(ciphertext.subarray(ciphertext.length - 16));
        const padded = Buffer.concat([decipher.update(ciphertext.subarray(0, ciphertext.length - 16)), decipher.final()]);
        const end = padded.lastIndexOf(2);
        received.push({ phone: phone.name, payload: JSON.parse(padded.subarray(0, end).toString("utf8")) });
        response.writeHead(201).end();
      } catch (error) {
        received.push({ phone: phone?.name, problem: String(error) });
        response.writeHead(400).end();
      }
    });
  });
  return {
    received,
    listen: () => new Promise((resolve) => server.listen(0, "127.0.0.1", resolve)),
    close: () => new Promise((resolve) => server.close(resolve)),
    /** A subscription as `PushSubscription.toJSON()` would give it, for the phone called `name`. */
    phone(name) {
      const ecdh = createECDH("prime256v1");
      ecdh.generateKeys();
      const auth = randomBytes(16);
      const id = b64url(randomBytes(9));
      phones.set(id, { name, ecdh, auth });
      return { endpoint: `http://127.0.0.1:${server.address().port}/push/${id}`, keys: { p256dh: b64url(ecdh.getPublicKey()), auth: b64url(auth) } };
    },
  };
}

describe("voice and influence", () => {
  const server = useServer({ TANDEM_PUSH_ALLOW_LOOPBACK: "true" });
  const push = startPushService();
  before(() => push.listen());
  after(() => push.close());

  test("a consultation from building to 'you said, we did', with one phone offline and the news pushed", async () => {
    const url = server().url;
    const logins = server().demoLogins();

    // The officer builds and publishes it.
    const desk = await (await deskContext(browser())).newPage();
    await signIn(desk, url, logins.participation_officer.email, logins.participation_officer.password);
    await desk.getByRole("heading", { name: "Surveys", level: 1 }).waitFor();
    await desk.getByRole("link", { name: "Consultations" }).click();
    await desk.getByRole("heading", { name: "Consultations", level: 1 }).waitFor();
    await desk.getByLabel("Title", { exact: true }).fill("The youth centre next year");
    await desk.getByLabel("What it is about, in plain words").fill("The council is deciding what the centre does next year.");
    await desk.getByLabel("Who will hear the results").fill("Head of service and the management board, June meeting");
    // Leaving the box is what commits it (a change event); a scripted focus elsewhere may not
    // blur it when the window is not focused, so the test leaves it as a person would.
    await desk.getByLabel("Who will hear the results").press("Tab");
    // The dates start as today on the service's clocks and two weeks on.
    const londonDay = (days) =>
      new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(new Date(Date.now() + days * 86_400_000));
    assert.equal(await dateValue(desk, "Opens on"), londonDay(0));
    assert.equal(await dateValue(desk, "Closes on"), londonDay(14));
    // A refused date is said beside its field, which takes the keyboard.
    await fillDate(desk, "Opens on", "");
    await desk.getByRole("button", { name: "Save and publish" }).click();
    await refusedBeside(desk, "Opens on", "Please enter a real date.", { date: true });
    await fillDate(desk, "Opens on", dateIn(0));
    await fillDate(desk, "Closes on", dateIn(-1));
    await desk.getByRole("button", { name: "Save and publish" }).click();
    await refusedBeside(desk, "Closes on", "The closing day is before the opening day.", { date: true });
    await fillDate(desk, "Closes on", dateIn(7));
    await desk.getByLabel("Ballot question (leave empty for no ballot)").fill("What matters most to you?");
    await desk.getByLabel("Issues to choose from").fill("Cheaper buses\nJobs and training\nFeeling safe\nPlaces to go");
    await desk.getByLabel("What to ask about the statements (leave empty for none)").fill("Do you agree?");
    await desk.getByLabel("Statements", { exact: true }).fill("The centre should stay open later on Fridays.");
    await desk.getByLabel("Question (leave empty for none)").fill("Anything else we should know?");
    assert.deepEqual(await axeViolations(desk), []);
    await desk.getByRole("button", { name: "Save and publish" }).click();
    await desk.getByRole("heading", { name: "The youth centre next year", level: 1 }).waitFor();
    const id = desk.url().split("/").pop();
    const asOfficer = async (method, path, body) => api(url, await cookieOf(desk.context()), method, path, body);

    // Published, it can still be edited in the builder: its wording and dates, not what people answer.
    await desk.getByRole("link", { name: "Edit this consultation" }).click();
    await desk.getByRole("heading", { name: "Edit “The youth centre next year”", level: 1 }).waitFor();
    assert.equal(await desk.getByLabel("Title", { exact: true }).inputValue(), "The youth centre next year");
    const issues = desk.getByLabel("Issues to choose from");
    assert.equal(await issues.inputValue(), "Cheaper buses\nJobs and training\nFeeling safe\nPlaces to go");
    assert.equal(await issues.isDisabled(), true, "what people vote on stays once published");
    assert.deepEqual(await axeViolations(desk), []);
    const about = desk.getByLabel("What it is about, in plain words");
    await about.fill("The council is deciding what the centre does next year, at its June meeting.");
    await about.press("Tab");
    await desk.getByRole("button", { name: "Save changes" }).click();
    await desk.getByRole("heading", { name: "The youth centre next year", level: 1 }).waitFor();
    const edited = (await asOfficer("GET", `/api/v1/voice/consultations/${id}`)).body;
    assert.equal(edited.request.background, "The council is deciding what the centre does next year, at its June meeting.");
    assert.equal(edited.request.activities.length, 3);

    // Three young people: Jay (the demo's), Kai and Lea.
    const asWorker = async (method, path, body) => api(url, await server().apiSession("worker"), method, path, body);
    const phones = {};
    for (const [name, code] of [["Jay", logins.young_person.code], ["Kai"], ["Lea"]]) {
      const context = await phoneContext(browser());
      const page = await context.newPage();
      let invite = code;
      if (!invite) {
        const person = (await asWorker("POST", "/api/v1/young-people", { display_name: name })).body;
        invite = (await asWorker("POST", "/api/v1/invites", { person_id: person.id })).body.code;
      }
      await joinWithInvite(page, url, invite, "1357");
      phones[name] = { context, page };
    }

    // Jay ranks two issues, agrees with a statement, proposes one, and answers in words.
    const jay = phones.Jay.page;
    await jay.getByRole("link", { name: /Have your say/ }).click();
    await jay.getByRole("link", { name: /The youth centre next year/ }).click();
    await jay.getByText("Head of service and the management board, June meeting").first().waitFor();
    await jay.getByRole("button", { name: "Send my vote" }).click();
    await jay.getByText("Please answer this question.").waitFor();
    await jay.getByLabel("First choice").selectOption({ label: "Jobs and training" });
    await jay.getByLabel("Second choice").selectOption({ label: "Jobs and training" });
    await jay.getByRole("button", { name: "Send my vote" }).click();
    await jay.getByText("You picked the same issue twice.", { exact: false }).waitFor();
    await jay.getByLabel("Second choice").selectOption({ label: "Cheaper buses" });
    assert.deepEqual(await axeViolations(jay), []);
    assert.deepEqual(await smallTargets(jay), []);
    await jay.screenshot({ path: screenshotPath("voice-ballot-360"), fullPage: true });
    await jay.getByRole("button", { name: "Send my vote" }).click();
    await jay.getByText("Thank you, we have got it. Head of service and the management board, June meeting will hear what young people said.").waitFor();
    // A face beside each answer to a statement, left out of what a screen reader says.
    const onFridays = jay.getByRole("group", { name: "The centre should stay open later on Fridays." });
    assert.deepEqual(await onFridays.locator('.face[aria-hidden="true"]').allTextContents(), ["😀", "😞", "😐"]);
    await onFridays.getByRole("button", { name: "Agree", exact: true }).click();
    await jay.getByLabel("Add your own statement").fill("<b>Free</b> wifi at the centre");
    await jay.getByRole("button", { name: "Send my statement" }).click();
    await jay.getByLabel("Anything else we should know?").fill("More trips in the holidays");
    await jay.getByRole("button", { name: "Send my answer" }).click();
    await waitFor("Jay's part to arrive", async () => (await asOfficer("GET", `/api/v1/voice/consultations/${id}/results`)).body.answers.length === 1, 30);

    // Kai opens it with signal, then loses it, and votes: kept on the phone until back online.
    const kai = phones.Kai.page;
    await waitForServiceWorker(kai);
    await kai.goto(`${url}/voice/${id}`);
    await kai.getByRole("button", { name: "Send my vote" }).waitFor();
    await phones.Kai.context.setOffline(true);
    await kai.getByLabel("First choice").selectOption({ label: "Feeling safe" });
    await kai.getByRole("button", { name: "Send my vote" }).click();
    await kai.getByText("Saved on this phone. It will be sent when you are online.").waitFor();
    await kai.getByText("Thank you. It is saved on this phone and will be sent when you are online.", { exact: false }).waitFor();
    await kai.getByRole("group", { name: "The centre should stay open later on Fridays." }).getByRole("button", { name: "Disagree", exact: true }).click();
    assert.equal((await asOfficer("GET", `/api/v1/voice/consultations/${id}/results`)).body.results.ballots[0].ballots, 1, "nothing sent while offline");
    await phones.Kai.context.setOffline(false);
    await kai.evaluate(() => window.dispatchEvent(new Event("online")));
    await waitFor("Kai's ballot to arrive, once", async () => (await asOfficer("GET", `/api/v1/voice/consultations/${id}/results`)).body.results.ballots[0].ballots === 2, 30);

    // The officer approves Jay's statement; Lea votes and agrees with it, and so does Kai.
    await desk.reload();
    await desk.getByText("<b>Free</b> wifi at the centre").waitFor();
    await desk.getByRole("button", { name: "Approve" }).click();
    await waitFor("the approval", async () => (await asOfficer("GET", `/api/v1/voice/consultations/${id}/results`)).body.results.statements[0].statements.length === 2, 10);
    const lea = phones.Lea.page;
    await lea.goto(`${url}/voice/${id}`);
    await lea.getByLabel("First choice").selectOption({ label: "Jobs and training" });
    await lea.getByLabel("Second choice").selectOption({ label: "Feeling safe" });
    await lea.getByLabel("Third choice").selectOption({ label: "Places to go" });
    await lea.getByRole("button", { name: "Send my vote" }).click();
    await lea.getByRole("group", { name: "<b>Free</b> wifi at the centre" }).getByRole("button", { name: "Agree", exact: true }).click();
    await kai.goto(`${url}/voice/${id}`);
    await kai.getByRole("group", { name: "<b>Free</b> wifi at the centre" }).getByRole("button", { name: "Agree", exact: true }).click();
    // Kai would rather speak: a voice note, recorded in the browser (a fake microphone here).
    await kai.getByRole("button", { name: "Record a voice note instead" }).click();
    await kai.getByRole("button", { name: "Stop recording" }).waitFor();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await kai.getByRole("button", { name: "Stop recording" }).click();
    await kai.getByText("Your voice note is ready", { exact: false }).waitFor();
    await kai.getByRole("button", { name: "Send my answer" }).click();
    await waitFor("every vote", async () => {
      const { results, answers } = (await asOfficer("GET", `/api/v1/voice/consultations/${id}/results`)).body;
      return results.ballots[0].ballots === 3 && results.statements[0].statements[1].agree === 2 && answers.length === 2;
    }, 30);

    // The results are exact: jobs 3 (Jay) + 3 (Lea) = 6 points; safety 3 (Kai) + 2 (Lea) = 5;
    // buses 2 (Jay); places 1 (Lea).
    const results = (await asOfficer("GET", `/api/v1/voice/consultations/${id}/results`)).body;
    assert.equal(results.participants, 3);
    assert.deepEqual(results.results.ballots[0].counts.map((c) => [c.text, c.rank, c.points, c.first_choices]), [
      ["Jobs and training", 1, 6, 2],
      ["Feeling safe", 2, 5, 1],
      ["Cheaper buses", 3, 2, 0],
      ["Places to go", 4, 1, 0],
    ]);
    const [fridays, wifi] = results.results.statements[0].statements;
    assert.deepEqual([fridays.agree, fridays.disagree, fridays.agree_percent], [1, 1, 50]);
    assert.deepEqual([wifi.text, wifi.proposed, wifi.agree, wifi.agree_percent], ["<b>Free</b> wifi at the centre", true, 2, 100]);
    const written = results.answers.find((a) => !a.voice_note);
    assert.deepEqual([written.text, written.name], ["More trips in the holidays", null]);
    const spoken = results.answers.find((a) => a.voice_note);
    const recording = await fetch(`${url}/api/v1/voice/consultations/${id}/answers/${spoken.id}/voice-note`, { headers: { cookie: await cookieOf(desk.context()) } });
    assert.equal(recording.status, 200);
    assert.match(recording.headers.get("content-type"), /^audio\//);
    assert.ok((await recording.arrayBuffer()).byteLength > 1000, "a real recording");
    await desk.reload();
    assert.equal(await desk.locator('[data-issue="issue2"] td').nth(2).textContent(), "6");
    assert.equal(await desk.evaluate(() => document.querySelector("b")), null, "a proposed statement's markup is shown as text");
    await desk.getByLabel("Voice note").waitFor();
    assert.deepEqual(await axeViolations(desk), []);
    await desk.screenshot({ path: screenshotPath("voice-results-desk"), fullPage: true });

    // Each phone lets itself be reached (as subscribing would: the push service here is on loopback).
    for (const name of ["Jay", "Kai", "Lea"]) {
      const cookie = await cookieOf(phones[name].context);
      await api(url, cookie, "POST", "/api/v1/push/subscriptions", push.phone(name));
    }

    // The officer publishes "you said, we did"; the server tells every participant's phone. All
    // three voted in the ballot the issue is on, so each is told it replies to their own.
    await desk.getByLabel("About").selectOption({ label: "Jobs and training" });
    await desk.getByLabel("What will change, or why it cannot").fill("We will run a jobs fair at the centre in March.");
    await fillDate(desk, "By when (if planned)", dateIn(100));
    await desk.getByLabel("Who decided").fill("Head of service");
    await desk.getByRole("button", { name: "Publish response" }).click();
    await desk.getByText("We will run a jobs fair at the centre in March.").waitFor();
    const pushed = await waitFor("the news on three phones", async () => (push.received.length >= 3 ? push.received : null), 30);
    assert.deepEqual(pushed.map((m) => m.problem).filter(Boolean), []);
    assert.deepEqual(pushed.map((m) => m.phone).sort(), ["Jay", "Kai", "Lea"]);
    for (const message of pushed) {
      assert.equal(message.payload.body, "There is a reply to something you said.");
      assert.equal(message.payload.url, `/voice#${id}`);
      assert.doesNotMatch(message.payload.body, /youth centre|jobs/i, "discreet: not what it is about");
    }

    // The message, as the push service holds it, reaches Jay's service worker, which shows it.
    await waitForServiceWorker(jay);
    await phones.Jay.context.grantPermissions(["notifications"], { origin: url });
    const cdp = await phones.Jay.context.newCDPSession(jay);
    const registration = new Promise((resolve) =>
      cdp.on("ServiceWorker.workerRegistrationUpdated", ({ registrations }) => {
        const ours = registrations.find((r) => r.scopeURL.startsWith(url) && !r.isDeleted);
        if (ours) resolve(ours.registrationId);
      }),
    );
    await cdp.send("ServiceWorker.enable");
    const jayMessage = pushed.find((m) => m.phone === "Jay").payload;
    await cdp.send("ServiceWorker.deliverPushMessage", { origin: url, registrationId: await registration, data: JSON.stringify(jayMessage) });
    const shown = await waitFor("the notification", async () => {
      const notifications = await jay.evaluate(async () => (await (await navigator.serviceWorker.ready).getNotifications()).map((n) => n.body));
      return notifications.length > 0 && notifications;
    }, 20);
    assert.deepEqual(shown, ["There is a reply to something you said."]);

    // Jay's feed: what was done, in plain words.
    await jay.goto(`${url}/voice`);
    const item = jay.locator("article.feed-item", { hasText: "The youth centre next year" });
    await item.getByText("We will run a jobs fair at the centre in March.").waitFor();
    await item.getByText("Planned", { exact: true }).waitFor();
    await item.getByText("You took part").waitFor();
    assert.deepEqual(await axeViolations(jay), []);
    for (const name of ["Jay", "Kai", "Lea"]) {
      assert.deepEqual(phones[name].context.problems, [], name);
      await phones[name].context.close();
    }
    await desk.context().close();
  });
});
