// Relay across a crash: the real server relays session scores to a stand-in case record on
// loopback that checks every Standard Webhooks signature and timestamp and counts each
// webhook-id once. The record holds the first delivery unanswered; the server is killed
// (SIGKILL) mid-delivery and started again; every event then arrives exactly once, in order.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import { caseRecord, SECRET } from "./lib/case_record.mjs";
import { api, axeViolations, deskContext, launchBrowser, signIn, startServer, waitFor } from "./lib/harness.mjs";

describe("relay to the case record across a crash", () => {
  let record;
  let server;
  before(async () => {
    record = await caseRecord({ holdFirst: true });
    server = await startServer({ TANDEM_RELAY_URL: record.url, TANDEM_RELAY_SECRET: SECRET, TANDEM_RELAY_TIMEOUT_SECONDS: "120" });
  });
  after(async () => {
    record?.held?.destroy();
    record?.server.closeAllConnections();
    await record?.close();
    await server?.close();
  });

  test("killed mid-delivery, started again: every event once, in order, signed", async () => {
    const logins = server.demoLogins();
    const worker = await server.apiSession("worker");
    const redeemed = await api(server.url, "", "POST", "/api/v1/invites/redeem", { code: logins.young_person.code, device_label: "test" });
    const jay = redeemed.cookie;
    await api(server.url, jay, "POST", "/api/v1/device/pin", { pin: "1357" });
    const held = new Promise((resolve) => (record.onHeld = resolve));

    // Three sessions Jay takes part in; closing each writes his scores to the outbox.
    const [programme] = (await api(server.url, worker, "GET", "/api/v1/programmes")).body;
    for (const [index, topic] of programme.topics.slice(0, 3).entries()) {
      const session = (await api(server.url, worker, "POST", "/api/v1/sessions", { programme_id: programme.id, topic_id: topic.id, kind: "group" })).body;
      const joined = (await api(server.url, jay, "POST", "/api/v1/scaling/join", { code: session.code })).body;
      await api(server.url, "", "POST", "/api/v1/scaling/scores", {
        participant_token: joined.participant_token, measure: "topic", moment: "start", score: index + 4, given_at_ms: Date.now(),
      });
      await api(server.url, worker, "POST", `/api/v1/sessions/${session.id}/phase`, { phase: "closed" });
    }
    await held;
    assert.equal(record.deliveries.length, 1, "the first event is on its way, the others wait behind it");

    await server.stop("SIGKILL");
    await server.start();
    // The dead server's lease runs out (30 s), then the new one delivers everything.
    await waitFor("three acknowledged events", () => record.acknowledged.length === 3, 90);

    const manager = await server.apiSession("manager");
    const log = (await api(server.url, manager, "GET", "/api/v1/relay/events")).body;
    const ids = log.map((event) => event.id).sort();
    assert.deepEqual(record.acknowledged, ids, "each event once, in the order they happened");
    assert.equal(record.deliveries.length, 4, "the unanswered delivery was sent again after the crash");
    assert.equal(record.deliveries[0], record.deliveries[1]);
    assert.equal(record.badSignatures, 0);
    assert.ok(log.every((event) => event.status === "delivered"), JSON.stringify(log));
    const summary = (await api(server.url, manager, "GET", "/api/v1/relay/summary")).body;
    assert.equal(summary.delivered, 3);
    assert.equal(summary.endpoint_configured, true);

    const jayId = log[0].young_person_id;
    await api(server.url, worker, "PUT", `/api/v1/young-people/${jayId}/case-record-id`, { case_record_id: "YJ-20931" });

    // The manager's dashboard says the same, and Jay's worker sees his events on his page.
    const browser = await launchBrowser();
    try {
      const desk = await deskContext(browser);
      const page = await desk.newPage();
      await signIn(page, server.url, logins.manager.email, logins.manager.password);
      await page.getByRole("heading", { name: "My young people" }).waitFor();
      await page.getByRole("link", { name: "Case record relay" }).click();
      await page.getByRole("heading", { name: "Case record relay" }).waitFor();
      await page.locator('[data-figure="delivered"]', { hasText: "3" }).waitFor();
      assert.equal(await page.locator('[data-figure="overdue"]').textContent(), "0");
      assert.equal(await page.locator('tr[data-status="delivered"]').count(), 3);
      assert.deepEqual(await axeViolations(page), []);
      // How long what reached the record is kept: checked beside its field, then saved.
      const days = page.getByLabel("Days to keep what reached the case record");
      assert.equal(await days.inputValue(), "30");
      await days.fill("5");
      await page.getByRole("button", { name: "Save", exact: true }).click();
      await page.locator("#retention-delivered-days-error", { hasText: "That number is outside what is allowed here." }).waitFor();
      assert.equal(await days.getAttribute("aria-invalid"), "true");
      await days.fill("14");
      await page.getByRole("button", { name: "Save", exact: true }).click();
      await page.getByRole("status").filter({ hasText: "Saved." }).waitFor();
      const months = page.getByLabel("Months to keep a closed case");
      assert.equal(await months.inputValue(), "12");
      await months.fill("2");
      await page.getByRole("button", { name: "Save", exact: true }).click();
      await page.locator("#retention-closed-months-error", { hasText: "That number is outside what is allowed here." }).waitFor();
      await months.fill("24");
      await page.getByRole("button", { name: "Save", exact: true }).click();
      await page.getByRole("status").filter({ hasText: "Saved." }).waitFor();
      assert.deepEqual((await api(server.url, manager, "GET", "/api/v1/data-rights/retention")).body, { delivered_event_days: 14, closed_case_months: 24, audit_log_years: 6 });
      assert.deepEqual(await axeViolations(page), []);
      await page.goto(`${server.url}/staff`);
      await page.getByRole("link", { name: logins.young_person.name, exact: true }).click();
      await page.getByRole("heading", { name: "Case record" }).waitFor();
      await page.getByText("Everything is in the case record.").waitFor();
      await page.waitForFunction(() => document.getElementById("case-record-id")?.value === "YJ-20931");
      assert.deepEqual(await axeViolations(page), []);

      // A carer is erased from the young person's page, on their own request.
      const carerName = logins.carer.name;
      await page.getByText(`What Tandem holds about ${carerName}`).click();
      const eraseCarer = page.getByRole("button", { name: `Erase ${carerName}`, exact: true });
      await page.getByLabel(`I understand that everything of ${carerName} will be removed`).check();
      await page.locator(".carer-data textarea").fill("Asked by phone on 2 December");
      assert.deepEqual(await axeViolations(page), []);
      await eraseCarer.click();
      await eraseCarer.waitFor({ state: "detached" });
      const jay = (await api(server.url, manager, "GET", `/api/v1/young-people/${jayId}`)).body;
      assert.deepEqual(jay.carers, [], "the carer is gone from Jay's page");

      // Everything of Jay's is in the case record, so the manager can erase him on his request:
      // the reason and the check are asked for beside their fields, then he is gone.
      const name = logins.young_person.name;
      // First what Tandem holds about him, as a page to read or print.
      const held = await page.getByRole("link", { name: "Open as a page" }).getAttribute("href");
      const heldPage = await (await fetch(server.url + held, { headers: { cookie: manager } })).text();
      assert.match(heldPage, /<h2>Session scores<\/h2>/);
      assert.ok(heldPage.includes(name));
      await page.getByRole("heading", { name: `Erase ${name}` }).waitFor();
      const erase = page.getByRole("button", { name: `Erase ${name}`, exact: true });
      await erase.click();
      await page.locator(`#erase-reason-${jayId}-error`, { hasText: "Please write something in this box." }).waitFor();
      await page.getByLabel("Why (kept in the audit log)").fill("Asked in writing on 1 December");
      await erase.click();
      await page.locator(`#erase-sure-${jayId}-error`, { hasText: "Please choose one of these first." }).waitFor();
      await page.getByLabel(`I understand that everything of ${name} will be removed`).check();
      await erase.click();
      await page.getByRole("heading", { name: "My young people" }).waitFor();
      const caseload = (await api(server.url, manager, "GET", "/api/v1/young-people")).body;
      assert.ok(caseload.every((person) => person.id !== jayId), "Jay is gone from the caseload");
      const audit = (await api(server.url, manager, "GET", "/api/v1/audit")).body;
      const erased = audit.filter((entry) => entry.action === "person.erase").map((entry) => entry.detail);
      assert.deepEqual(erased.sort(), ["Asked by phone on 2 December", "Asked in writing on 1 December"]);
    } finally {
      await browser.close();
    }
  });
});
