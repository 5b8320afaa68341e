// Accounts end to end: a worker invites a young person and a carer; each joins on their own
// phone with the code, chooses a PIN, is locked after idle time and unlocks; five wrong PINs
// sign the phone out.
import assert from "node:assert/strict";
import { describe, test } from "node:test";

import {
  api,
  axeViolations,
  cookieOf,
  deskContext,
  joinWithInvite,
  phoneContext,
  screenshotPath,
  signIn,
  smallTargets,
  typePin,
  useBrowser,
  useServer,
} from "./lib/harness.mjs";

const browser = useBrowser();

const IDLE_SECONDS = 4;

async function joinWith(server, code, pin) {
  const context = await phoneContext(browser());
  const page = await context.newPage();
  // On each screen of joining: no accessibility violations, every target at least 44 px.
  await joinWithInvite(page, server.url, code, pin, async (screen) => {
    assert.deepEqual(await axeViolations(page), [], screen);
    if (screen === "pin") assert.deepEqual(await smallTargets(page), []);
  });
  return { context, page };
}

describe("joining with an invite and the PIN lock", () => {
  const server = useServer({ TANDEM_PIN_IDLE_SECONDS: String(IDLE_SECONDS) });

  test("worker invites, young person and carer join, idle lock, unlock, five wrong PINs sign out", async () => {
    const worker = server().demoLogins().worker;
    const desk = await deskContext(browser());
    const staff = await desk.newPage();
    await signIn(staff, server().url, worker.email, worker.password);
    await staff.getByRole("heading", { name: "My young people" }).waitFor();
    await staff.getByText(`Signed in as ${worker.name}`).waitFor();
    assert.deepEqual(await axeViolations(staff), []);

    await staff.getByLabel("Name they like to be called").fill("Alex");
    await staff.getByRole("button", { name: "Add", exact: true }).click();
    await staff.getByRole("link", { name: "Alex" }).click();
    await staff.getByRole("heading", { name: "Alex" }).waitFor();
    await staff.getByLabel(/Add a parent or carer/).fill("Alex's dad");
    await staff.getByRole("button", { name: "Add and link" }).click();
    await staff.locator(".list-title", { hasText: "Alex's dad" }).waitFor();

    await staff.getByRole("button", { name: "Make a joining code for Alex", exact: true }).click();
    const youngCode = await staff.locator(".invite-code").getAttribute("data-code");
    assert.match(youngCode, /^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    await staff.getByRole("img", { name: /QR code/ }).waitFor();
    assert.deepEqual(await axeViolations(staff), []);
    await staff.screenshot({ path: screenshotPath("worker-invite-qr") });
    await staff.getByRole("button", { name: "Make a joining code for Alex's dad" }).click();
    await staff.getByRole("heading", { name: "Joining code for Alex's dad" }).waitFor();
    const carerCode = await staff.locator(".invite-code").getAttribute("data-code");
    assert.notEqual(carerCode, youngCode);

    // The young person joins on their own phone.
    const { context: phone, page } = await joinWith(server(), youngCode, "1357");
    await page.getByText("Signed in as Alex").waitFor();
    await page.screenshot({ path: screenshotPath("young-person-home") });
    // Opened by its address (who is signed in arrives after the first render), the page still
    // lists the carers linked to them.
    await page.goto(`${server().url}/devices`);
    await page.getByRole("heading", { name: "Your parents and carers on Tandem" }).waitFor();
    await page.locator(".list-item", { hasText: "Alex's dad" }).waitFor();
    await page.goto(`${server().url}/`);

    // Idle past the PIN time: locked, on the phone and on the server.
    await page.getByRole("heading", { name: "Enter your PIN" }).waitFor({ timeout: (IDLE_SECONDS + 5) * 1000 });
    const me = await page.evaluate(async () => (await fetch("/api/v1/me")).json());
    assert.equal(me.session.locked, true);
    await page.screenshot({ path: screenshotPath("lock-screen") });
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(await smallTargets(page), []);
    await typePin(page, "1357");
    await page.getByRole("heading", { name: "Welcome to Tandem" }).waitFor();

    // Off data: the phone still locks, and still opens with the PIN (checked on the phone).
    await phone.setOffline(true);
    await page.getByRole("heading", { name: "Enter your PIN" }).waitFor({ timeout: (IDLE_SECONDS + 5) * 1000 });
    await typePin(page, "2468");
    await page.getByRole("alert").filter({ hasText: "That PIN is not right" }).waitFor();
    await page.getByRole("alert").filter({ hasText: "You can try 4 more times." }).waitFor();
    await page.locator('.pin-dots[data-entered="0"]').waitFor();
    await typePin(page, "1357");
    await page.getByRole("heading", { name: "Welcome to Tandem" }).waitFor();
    await page.getByRole("link", { name: /What do you think of this app/ }).click();
    await page.getByRole("heading", { name: "What do you think of this app?" }).waitFor();
    await phone.setOffline(false);
    await page.getByRole("link", { name: "Tandem", exact: true }).click();

    // The carer joins on theirs and sees their phone listed.
    const { context: carerPhone, page: carerPage } = await joinWith(server(), carerCode, "8642");
    await carerPage.getByRole("link", { name: "My phones" }).click();
    await carerPage.locator(".tag", { hasText: "This phone" }).waitFor();
    assert.deepEqual(await axeViolations(carerPage), []);
    assert.deepEqual(await smallTargets(carerPage), []);
    await carerPhone.close();

    // A used code does not work twice.
    const again = await phoneContext(browser());
    const retry = await again.newPage();
    await retry.goto(`${server().url}/join?code=${youngCode}`);
    await retry.getByRole("button", { name: "Join" }).click();
    await retry.getByRole("alert").filter({ hasText: "That code has been used or is too old" }).waitFor();
    await again.close();

    // Five wrong PINs end the phone's session.
    await page.getByRole("heading", { name: "Enter your PIN" }).waitFor({ timeout: (IDLE_SECONDS + 5) * 1000 });
    const unlockAnswered = () => page.waitForResponse((response) => response.url().endsWith("/api/v1/device/unlock"));
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      const answered = unlockAnswered();
      await typePin(page, "0000");
      assert.equal((await answered).status(), 401);
      await page.getByRole("alert").filter({ hasText: "That PIN is not right" }).waitFor();
      const left = 5 - attempt;
      await page.getByRole("alert").filter({ hasText: left === 1 ? "You can try 1 more time." : `You can try ${left} more times.` }).waitFor();
      await page.locator('.pin-dots[data-entered="0"]').waitFor();
    }
    await typePin(page, "0000");
    await page.getByRole("heading", { name: "Welcome to Tandem" }).waitFor();
    await page.getByRole("link", { name: /I have a code from my worker/ }).waitFor();
    const after = await page.evaluate(async () => (await fetch("/api/v1/me")).json());
    assert.equal(after.error.code, "device_session_ended");
    assert.deepEqual(phone.problems, []);
    await phone.close();
    await desk.close();
  });

  test("an admin adds a worker who sets a password; a manager allocates a young person to them", async () => {
    const logins = server().demoLogins();
    const desk = await deskContext(browser());
    const admin = await desk.newPage();
    await signIn(admin, server().url, logins.admin.email, logins.admin.password);
    await admin.getByRole("heading", { name: "Staff accounts" }).waitFor();
    await admin.getByLabel("Name", { exact: true }).fill("Rowan New");
    await admin.getByLabel("Email").fill("rowan@demo.tandem.invalid");
    await admin.getByLabel("Role").selectOption("worker");
    await admin.getByRole("button", { name: "Add", exact: true }).click();
    const link = await admin.locator(".staff-link-url").textContent();
    assert.match(link, /\/set-password\?token=[0-9a-f]{64}$/);
    assert.deepEqual(await axeViolations(admin), []);
    // The admin also switches the service's relay to the case record off and on again.
    await admin.getByRole("button", { name: "Turn relay off" }).click();
    await admin.getByText("Relay is off").waitFor();
    await admin.getByRole("button", { name: "Turn relay on" }).click();
    await admin.getByText("This service's events go to the case record.").waitFor();

    const rowanDesk = await deskContext(browser());
    const rowan = await rowanDesk.newPage();
    await rowan.goto(link);
    await rowan.getByLabel("New password").fill("short");
    await rowan.getByRole("button", { name: "Save password" }).click();
    await rowan.getByRole("alert").filter({ hasText: "at least 12 characters" }).waitFor();
    await rowan.getByLabel("New password").fill("rowan's long passphrase");
    await rowan.getByRole("button", { name: "Save password" }).click();
    await rowan.getByText("Your password is saved").waitFor();
    await signIn(rowan, server().url, "rowan@demo.tandem.invalid", "rowan's long passphrase");
    await rowan.getByRole("heading", { name: "My young people" }).waitFor();
    await rowan.getByText("No young people yet.").waitFor();

    const manager = await desk.newPage();
    await signIn(manager, server().url, logins.manager.email, logins.manager.password);
    await manager.getByRole("link", { name: logins.young_person.name, exact: true }).click();
    await manager.getByLabel("Allocate a worker").selectOption({ label: "Rowan New" });
    await manager.getByRole("button", { name: "Allocate", exact: true }).click();
    await manager.locator(".list-item", { hasText: "Rowan New" }).waitFor();

    await rowan.reload();
    await rowan.getByRole("link", { name: logins.young_person.name, exact: true }).waitFor();
    await rowanDesk.close();
    await desk.close();
  });
  test("an admin disables a worker who has left, enables them, and sends a new link that works once", async () => {
    const logins = server().demoLogins();
    const samDesk = await deskContext(browser());
    const sam = await samDesk.newPage();
    await signIn(sam, server().url, logins.worker.email, logins.worker.password);
    await sam.getByRole("heading", { name: "My young people" }).waitFor();

    const desk = await deskContext(browser());
    const admin = await desk.newPage();
    await signIn(admin, server().url, logins.admin.email, logins.admin.password);
    await admin.getByRole("heading", { name: "Staff accounts" }).waitFor();
    // The demo says it is one on every page.
    await admin.getByText("Demo: the people here are made up").waitFor();
    await admin.getByRole("button", { name: `Disable ${logins.worker.name}` }).click();
    await admin.getByText(`${logins.worker.name} is disabled.`).waitFor();
    // The young people allocated to them, each a link to give them to someone else.
    await admin.getByRole("status").getByRole("link", { name: logins.young_person.name, exact: true }).waitFor();
    assert.deepEqual(await axeViolations(admin), []);
    await admin.screenshot({ path: screenshotPath("admin-disabled-a-worker") });

    // Sam's open browser is refused on its next request, and he cannot sign in.
    await assert.rejects(api(server().url, await cookieOf(samDesk), "GET", "/api/v1/me"), /401/);
    await sam.reload();
    await sam.getByText(/You have been signed out|Staff sign in/).first().waitFor();
    assert.equal(await sam.getByRole("link", { name: logins.young_person.name, exact: true }).count(), 0, "nothing of his caseload");
    await signIn(sam, server().url, logins.worker.email, logins.worker.password);
    await sam.getByRole("alert").filter({ hasText: "The email or password is not right." }).waitFor();

    await admin.getByRole("button", { name: `Enable again: ${logins.worker.name}` }).click();
    await admin.getByText(`${logins.worker.name} can sign in again.`).waitFor();
    await admin.getByRole("button", { name: `New password link for ${logins.worker.name}` }).click();
    const link = await admin.locator(".staff-link-url").textContent();
    assert.match(link, /\/set-password\?token=[0-9a-f]{64}$/);

    await sam.goto(link);
    await sam.getByLabel("New password").fill("sam's brand new passphrase");
    await sam.getByRole("button", { name: "Save password" }).click();
    await sam.getByText("Your password is saved").waitFor();
    await sam.goto(link);
    await sam.getByLabel("New password").fill("someone else's passphrase");
    await sam.getByRole("button", { name: "Save password" }).click();
    await sam.getByRole("alert").filter({ hasText: "That link has been used or is too old." }).waitFor();

    // Sam changes his own password from "My account", giving the one he has now.
    await signIn(sam, server().url, logins.worker.email, "sam's brand new passphrase");
    await sam.getByRole("heading", { name: "My young people" }).waitFor();
    await sam.getByRole("link", { name: "My account" }).click();
    await sam.getByRole("heading", { name: "Change my password" }).waitFor();
    await sam.getByLabel("My password now").fill("not my password at all");
    await sam.getByLabel("My new password").fill("sam's third passphrase");
    await sam.getByRole("button", { name: "Change my password" }).click();
    await sam.getByRole("alert").filter({ hasText: "Your current password is not right." }).waitFor();
    assert.equal(await sam.getByLabel("My password now").getAttribute("aria-invalid"), "true");
    await sam.getByLabel("My password now").fill("sam's brand new passphrase");
    await sam.getByLabel("My new password").fill("sam's third passphrase");
    await sam.getByRole("button", { name: "Change my password" }).click();
    await sam.getByText("Your password is changed.").waitFor();
    assert.deepEqual(await axeViolations(sam), []);
    await samDesk.close();
    await desk.close();
  });
});
