// The stand-in case record for end-to-end tests: a real HTTP server on loopback that checks
// what a Standard Webhooks receiver checks.
import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer } from "node:http";

export const SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

/** The stand-in case record: verifies every Standard Webhooks signature and timestamp, records
 * each delivery's webhook-id (and each acknowledged resource once), and holds the first request
 * unanswered if asked. */
export function caseRecord({ holdFirst = false } = {}) {
  const record = { deliveries: [], acknowledged: [], resources: [], badSignatures: 0, holdFirst, held: null };
  const key = Buffer.from(SECRET.slice("whsec_".length), "base64");
  const server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      const id = request.headers["webhook-id"];
      const timestamp = Number(request.headers["webhook-timestamp"]);
      const expected = createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest("base64");
      const offered = String(request.headers["webhook-signature"] || "")
        .split(" ")
        .filter((s) => s.startsWith("v1,"))
        .map((s) => Buffer.from(s.slice(3)));
      const fresh = Math.abs(Date.now() / 1000 - timestamp) < 300;
      const valid = fresh && offered.some((s) => s.length === expected.length && timingSafeEqual(s, Buffer.from(expected)));
      if (!valid) {
        record.badSignatures += 1;
        response.writeHead(401).end();
        return;
      }
      record.deliveries.push(id);
      if (record.holdFirst) {
        // Never answered: the server is killed while it waits.
        record.holdFirst = false;
        record.held = response;
        record.onHeld?.();
        return;
      }
      if (!record.acknowledged.includes(id)) {
        record.acknowledged.push(id);
        record.resources.push(JSON.parse(body));
      }
      response.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      record.url = `http://127.0.0.1:${server.address().port}/fhir`;
      record.close = () => new Promise((done) => server.close(done));
      record.server = server;
      resolve(record);
    }),
  );
}
