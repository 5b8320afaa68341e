// Benchmark: 200 simulated phones join one group session and give a start and an end score
// through the real HTTP API of the release binary (SQLite on disk, as deployed). Prints the
// wall time of each wave, request latencies (p50, p95, max) and checks every score counted once.
import { startServer, uuidV7 } from "../tests/e2e/lib/harness.mjs";

const PHONES = Number(process.env.PHONES || 200);

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function timed(latencies, request) {
  const started = performance.now();
  const response = await request();
  latencies.push(performance.now() - started);
  return response;
}

async function wave(name, work) {
  const latencies = [];
  const started = performance.now();
  const results = await Promise.all(Array.from({ length: PHONES }, (_, i) => work(i, latencies)));
  const wall = performance.now() - started;
  const sorted = latencies.sort((a, b) => a - b);
  const fmt = (ms) => `${ms.toFixed(1)} ms`;
  console.log(
    `${name.padEnd(12)} ${PHONES} requests in ${fmt(wall)}  ` +
      `p50 ${fmt(percentile(sorted, 50))}  p95 ${fmt(percentile(sorted, 95))}  max ${fmt(sorted[sorted.length - 1])}  ` +
      `${((PHONES / wall) * 1000).toFixed(0)} req/s`,
  );
  return results;
}

const server = await startServer({ TANDEM_LOG: "error" });
try {
  const cookie = await server.apiSession("worker");
  const staff = (path, body) =>
    fetch(`${server.url}${path}`, {
      method: body ? "POST" : "GET",
      // Each staff submission carries its own key, as the staff pages send.
      headers: { cookie, "content-type": "application/json", ...(body ? { "idempotency-key": uuidV7() } : {}) },
      body: body && JSON.stringify(body),
    }).then((r) => r.json());
  const [programme] = await staff("/api/v1/programmes");
  const session = await staff("/api/v1/sessions", {
    programme_id: programme.id,
    topic_id: programme.topics[0].id,
    kind: "group",
    cohort: "Benchmark",
    anonymous_allowed: true,
  });
  const post = (path, body) =>
    fetch(`${server.url}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", "idempotency-key": uuidV7() },
      body: JSON.stringify(body),
    });
  const expect201 = async (response) => {
    if (response.status !== 201) throw new Error(`${response.status}: ${await response.text()}`);
    return response.json();
  };
  console.log(`session ${session.code}: ${PHONES} phones, release binary, SQLite`);
  const overall = performance.now();
  const phones = await wave("join", (_, latencies) =>
    timed(latencies, () => post("/api/v1/scaling/join", { code: session.code })).then(expect201),
  );
  const score = (moment, value) => (i, latencies) =>
    timed(latencies, () =>
      post("/api/v1/scaling/scores", {
        participant_token: phones[i].participant_token,
        measure: "topic",
        moment,
        score: value(i),
        given_at_ms: Date.now(),
      }),
    ).then(expect201);
  await wave("start score", score("start", (i) => i % 11));
  await staff(`/api/v1/sessions/${session.id}/phase`, { phase: "end" });
  await wave("end score", score("end", (i) => (i + 3) % 11));
  console.log(`all ${PHONES * 3} phone requests: ${(performance.now() - overall).toFixed(0)} ms`);

  const live = await staff(`/api/v1/sessions/${session.id}`);
  const expected = (f) => Array.from({ length: PHONES }, (_, i) => f(i)).reduce((a, b) => a + b, 0) / PHONES;
  const [measure] = live.measures;
  const exact =
    live.joined === PHONES &&
    measure.start.n === PHONES &&
    measure.end.n === PHONES &&
    Math.abs(measure.start.mean - expected((i) => i % 11)) < 1e-9 &&
    Math.abs(measure.end.mean - expected((i) => (i + 3) % 11)) < 1e-9;
  console.log(
    `live view: ${live.joined} joined, start n ${measure.start.n} mean ${measure.start.mean.toFixed(3)}, ` +
      `end n ${measure.end.n} mean ${measure.end.mean.toFixed(3)}: ${exact ? "exact" : "WRONG"}`,
  );
  if (!exact) process.exitCode = 1;
} finally {
  await server.close();
}
