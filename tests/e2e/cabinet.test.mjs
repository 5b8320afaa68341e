// The youth cabinet end to end: a participation officer adds a young person to the cabinet
// from the service's young people, schedules a meeting with the appointment form, and the
// member's phone shows it among their appointments; the member says they will come and the
// officer sees it. The consultation builder offers a programme's young people.
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
  signIn,
  useBrowser,
  useServer,
} from "./lib/harness.mjs";

const browser = useBrowser();

describe("youth cabinet", () => {
  const server = useServer();

  test("an officer keeps the cabinet and its meetings reach the members' phones", async () => {
    const url = server().url;
    const logins = server().demoLogins();
    const asWorker = async (method, path, body) => api(url, await server().apiSession("worker"), method, path, body);
    const mo = (await asWorker("POST", "/api/v1/young-people", { display_name: "Mo" })).body;
    const invite = (await asWorker("POST", "/api/v1/invites", { person_id: mo.id })).body.code;

    const desk = await (await deskContext(browser())).newPage();
    await signIn(desk, url, logins.participation_officer.email, logins.participation_officer.password);
    await desk.getByRole("heading", { name: "Surveys", level: 1 }).waitFor();
    await desk.getByRole("link", { name: "Consultations" }).click();
    await desk.getByRole("link", { name: "Youth cabinet" }).click();
    await desk.getByRole("heading", { name: "Youth cabinet", level: 1 }).waitFor();
    await desk.getByText("The youth cabinet has no members yet.").waitFor();

    // Mo is added from the picker (names of the service's young people only).
    await desk.getByLabel("Add a young person").selectOption({ label: "Mo" });
    await desk.getByRole("button", { name: "Add to the cabinet" }).click();
    await desk.getByRole("button", { name: "Remove Mo from the youth cabinet" }).waitFor();
    const picker = await desk.getByLabel("Add a young person").locator("option").allTextContents();
    assert.ok(!picker.includes("Mo"), `Mo is no longer offered: ${picker}`);

    // A meeting in four days at 5:30pm.
    await fillDate(desk, "Date", dateIn(4));
    await desk.getByLabel("Start time (UK time)").fill("17:30");
    await desk.getByLabel("Where").fill("Town hall, committee room 2");
    await desk.getByLabel("What it is for, in plain words").fill("Youth cabinet: the budget consultation");
    await desk.getByLabel("Discreet title").fill("Youth cabinet");
    assert.deepEqual(await axeViolations(desk), []);
    await desk.getByRole("button", { name: "Schedule for the cabinet" }).click();
    const row = desk.getByRole("row", { name: /Youth cabinet: the budget consultation/ });
    await row.getByText("1 member invited").waitFor();
    await row.getByText("No reply yet").waitFor();

    // Mo's phone has it among the appointments, and Mo says "I'll be there".
    const phone = await (await phoneContext(browser())).newPage();
    await joinWithInvite(phone, url, invite, "2468");
    await phone.getByRole("link", { name: /Appointments/ }).click();
    await phone.getByRole("heading", { name: "Appointments", level: 1 }).waitFor();
    const card = phone.locator("article.appointment", { hasText: "Youth cabinet: the budget consultation" });
    await card.getByText("Town hall, committee room 2").waitFor();
    await card.getByText("5:30pm to 6:30pm").waitFor();
    await card.getByRole("button", { name: "I'll be there" }).click();
    await desk.reload();
    await desk.getByRole("row", { name: /Youth cabinet: the budget consultation/ }).getByText("Mo: will be there").waitFor();

    // The builder offers a programme's young people and saves that choice.
    await desk.getByRole("link", { name: "Back to consultations" }).click();
    await desk.getByRole("heading", { name: "Consultations", level: 1 }).waitFor();
    await desk.getByLabel("Title", { exact: true }).fill("The after-school programme");
    await desk.getByLabel("What it is about, in plain words").fill("What should the programme do next term?");
    await desk.getByLabel("Who will hear the results").fill("The programme team, January");
    await fillDate(desk, "Opens on", dateIn(0));
    await fillDate(desk, "Closes on", dateIn(7));
    await desk.getByLabel("Who is invited").selectOption("programme");
    const programmes = desk.getByLabel("Which programme");
    const choice = (await programmes.locator("option").allTextContents())[1];
    await programmes.selectOption({ label: choice });
    await desk.getByLabel("Question (leave empty for none)").fill("What should we do next term?");
    assert.deepEqual(await axeViolations(desk), []);
    await desk.getByRole("button", { name: "Save and publish" }).click();
    await desk.getByRole("heading", { name: "The after-school programme", level: 1 }).waitFor();
    const id = desk.url().split("/").pop();
    const asOfficer = async (method, path) => api(url, await cookieOf(desk.context()), method, path);
    const saved = (await asOfficer("GET", `/api/v1/voice/consultations/${id}`)).body;
    const programme = (await asOfficer("GET", "/api/v1/programmes")).body.find((p) => p.name === choice);
    assert.deepEqual(saved.request.invited, { kind: "programme", programme_id: programme.id });
  });
});
