//! What the benchmarks report of their memory.

/// The process's peak resident memory (VmHWM), in MiB.
pub fn peak_memory_mib() -> String {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| status.lines().find(|l| l.starts_with("VmHWM:")).map(|l| l.split_whitespace().nth(1).unwrap_or("0").to_owned()))
        .and_then(|kib| kib.parse::<f64>().ok())
        .map(|kib| format!("{:.0} MiB", kib / 1024.0))
        .unwrap_or_else(|| "unknown".into())
}
