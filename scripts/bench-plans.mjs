// Benchmark: a plan that keeps growing. Every accepted change stores a whole new version (the
// rules need the version a person read, and the timeline shows each), and reading a plan loads
// its versions, so this measures what that costs: the worker makes EDITS changes to the demo
// plan one after another through the real HTTP API of the release binary (SQLite on disk), and
// the worker's plan view and the timeline are timed as the plan passes 10, 100 and 1,000 versions.
import { api, startServer } from "../tests/e2e/lib/harness.mjs";

const EDITS = Number(process.env.EDITS || 1000);
const READS = 20;
const fmt = (ms) => `${ms.toFixed(1)} ms`;
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

const server = await startServer({ TANDEM_LOG: "error" });
try {
  const cookie = await server.apiSession("worker");
  const call = async (path, body) => (await api(server.url, cookie, body ? "POST" : "GET", path, body)).body;
  const [jay] = await call("/api/v1/young-people");
  const first = await call(`/api/v1/young-people/${jay.id}/plan`);
  const row = first.plan.rows[0].id;
  console.log(`${jay.display_name}'s plan: ${first.plan.rows.length} targets, version ${first.plan.version}; ${EDITS} edits by the worker`);

  const timeReads = async (label, path) => {
    const times = [];
    let bytes = 0;
    for (let i = 0; i < READS; i++) {
      const started = performance.now();
      const response = await fetch(`${server.url}${path}`, { headers: { cookie } });
      bytes = (await response.text()).length;
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    console.log(`  ${label.padEnd(10)} p50 ${fmt(percentile(times, 50))}  p95 ${fmt(percentile(times, 95))}  ${(bytes / 1024).toFixed(1)} KB`);
  };

  const latencies = [];
  const started = performance.now();
  for (let i = 1; i <= EDITS; i++) {
    const t0 = performance.now();
    await call(`/api/v1/plans/${jay.id}/changes`, {
      edit: { row_id: row, field: "worker_will", text: `Identify triggers; calming techniques (${i})`, base_version: first.plan.version + i - 1 },
    });
    latencies.push(performance.now() - t0);
    const version = first.plan.version + i;
    if (version === 10 || version === 100 || version === 1000) {
      console.log(`at version ${version}:`);
      await timeReads("plan view", `/api/v1/young-people/${jay.id}/plan`);
      await timeReads("timeline", `/api/v1/young-people/${jay.id}/plan/history`);
    }
  }
  const wall = performance.now() - started;
  latencies.sort((a, b) => a - b);
  console.log(
    `${EDITS} edits in ${fmt(wall)}: p50 ${fmt(percentile(latencies, 50))}  p95 ${fmt(percentile(latencies, 95))}  ` +
      `max ${fmt(latencies[latencies.length - 1])}  ${((EDITS / wall) * 1000).toFixed(0)} edits/s`,
  );
  const last = await call(`/api/v1/young-people/${jay.id}/plan`);
  const right = last.plan.version === first.plan.version + EDITS && last.plan.rows[0].cells.worker_will.text.endsWith(`(${EDITS})`);
  console.log(`final version ${last.plan.version}: ${right ? "every edit counted once" : "WRONG"}`);
  if (!right) process.exitCode = 1;
} finally {
  await server.close();
}
