// Passkeys for staff, in Chromium with its virtual authenticator (DevTools' WebAuthn domain):
// a worker adds one on My account, signs in with it alone and after their password; an admin
// turns on "managers and admins need a passkey", and a manager without one is asked to add one
// before anything else.
import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { axeViolations, deskContext, screenshotPath, signIn, useBrowser, useServer } from "./lib/harness.mjs";

const browser = useBrowser();

/** A desk browser with a platform authenticator that checks its user (as a laptop's does). */
async function deskWithAuthenticator() {
  const context = await deskContext(browser());
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  const credentials = async () => (await cdp.send("WebAuthn.getCredentials", { authenticatorId })).credentials;
  return { context, page, credentials };
}

async function signOut(page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.getByRole("button", { name: "Sign out" }).waitFor({ state: "detached" });
}

describe("passkeys for staff", () => {
  const server = useServer();
  // A passkey belongs to a domain name, so the browser reaches the server as localhost.
  const origin = () => server().url.replace("127.0.0.1", "localhost");

  test("a worker adds a passkey and signs in with it alone, then after their password", async () => {
    const worker = server().demoLogins().worker;
    const { context, page, credentials } = await deskWithAuthenticator();
    await signIn(page, origin(), worker.email, worker.password);
    await page.getByRole("heading", { name: "My young people" }).waitFor();
    await page.goto(`${origin()}/staff/account`);
    await page.getByRole("heading", { name: "Passkeys" }).waitFor();
    await page.getByText("You have no passkeys yet.").waitFor();
    // A name is needed first, said beside its box.
    await page.getByRole("button", { name: "Add a passkey" }).click();
    await page.locator("#passkey-name-error").filter({ hasText: "Please enter a name." }).waitFor();
    await page.getByLabel("Name for a new passkey").fill("This laptop");
    await page.getByRole("button", { name: "Add a passkey" }).click();
    await page.getByText('Passkey "This laptop" added.').waitFor();
    await page.getByRole("rowheader", { name: "This laptop" }).waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await page.screenshot({ path: screenshotPath("staff-passkeys") });
    await page.getByRole("button", { name: "Rename This laptop" }).click();
    const newName = page.getByLabel("New name for This laptop");
    assert.equal(await newName.evaluate((box) => box === document.activeElement), true, "the new name's box has the focus");
    await newName.fill("Work laptop");
    await page.getByRole("button", { name: "Save name" }).click();
    await page.getByRole("rowheader", { name: "Work laptop" }).waitFor();
    const made = await credentials();
    assert.equal(made.length, 1);
    assert.equal(made[0].isResidentCredential, true, "kept on the device, so it alone signs in");

    // Alone: no email, no password.
    await signOut(page);
    await page.goto(`${origin()}/sign-in`);
    await page.getByRole("button", { name: "Sign in with a passkey" }).click();
    await page.getByRole("heading", { name: "My young people" }).waitFor();
    await page.getByText(`Signed in as ${worker.name}`).waitFor();

    // The password alone no longer signs in: the passkey is asked for next.
    await signOut(page);
    await signIn(page, origin(), worker.email, worker.password);
    await page.getByRole("heading", { name: "Use your passkey" }).waitFor();
    assert.deepEqual(await axeViolations(page), []);
    // Nothing else answers meanwhile, whatever the page asks for.
    const refused = await page.evaluate(async () => (await fetch("/api/v1/young-people")).json());
    assert.equal(refused.error.code, "passkey_required");
    await page.getByRole("button", { name: "Use my passkey" }).click();
    await page.getByRole("heading", { name: "My young people" }).waitFor();
    assert.equal((await credentials())[0].signCount >= 2, true, "used twice");
    await context.close();
  });

  test("a manager in a service that needs passkeys adds one before anything else", async () => {
    const { admin, manager } = server().demoLogins();
    const desk = await deskWithAuthenticator();
    await signIn(desk.page, origin(), admin.email, admin.password);
    await desk.page.getByRole("heading", { name: "Staff accounts" }).waitFor();
    await desk.page.getByLabel("Managers and admins need a passkey").check();
    await desk.page.getByRole("button", { name: "Save", exact: true }).click();
    await desk.page.getByText("Saved.").waitFor();

    const { context, page } = await deskWithAuthenticator();
    await signIn(page, origin(), manager.email, manager.password);
    await page.getByRole("heading", { name: "Add a passkey" }).waitFor();
    // Whatever address they open, the same step.
    await page.goto(`${origin()}/staff/audit`);
    await page.getByRole("heading", { name: "Add a passkey" }).waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await page.screenshot({ path: screenshotPath("staff-passkey-needed") });
    await page.getByLabel("Name for a new passkey").fill("Office PC");
    await page.getByRole("button", { name: "Add a passkey" }).click();
    await page.getByRole("heading", { name: "Audit log" }).waitFor();
    await context.close();

    // The admin, without one either, is asked at their next page.
    await desk.page.reload();
    await desk.page.getByRole("heading", { name: "Add a passkey" }).waitFor();
    await desk.context.close();
  });
});
