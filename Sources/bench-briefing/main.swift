import Foundation

/// The whole job at scale: writes texts stating 1,000, 10,000 and 100,000 different figures and
/// runs the built `briefing all` on each in a child process, reporting wall and CPU time, peak
/// memory (the child's maximum resident set, as `/usr/bin/time -v` reports it) and the pages of
/// the PDF.
///
///     swift build -c release --product briefing --product bench-briefing
///     .build/release/bench-briefing [--figures 1000,10000,100000] [--briefing PATH] [--full-appendix]
///
/// `--briefing` is the binary to run (default: `briefing` beside this one). Figures are changes
/// of ten metrics for 400 subjects (第N分公司), one sentence a paragraph, as a bulletin that
/// lists its plants states them.
var counts = [1_000, 10_000, 100_000]
var binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("briefing").path
var extra: [String] = []
var args = Array(CommandLine.arguments.dropFirst())
while !args.isEmpty {
    let flag = args.removeFirst()
    switch flag {
    case "--figures": counts = (args.isEmpty ? "" : args.removeFirst()).split(separator: ",").compactMap { Int($0) }
    case "--briefing": binary = args.isEmpty ? binary : args.removeFirst()
    case "--full-appendix": extra.append(flag)
    default: FileHandle.standardError.write("unknown option \(flag)\n".data(using: .utf8)!); exit(2)
    }
}

/// A bulletin of `n` sentences, each stating one change (deterministic).
func bulletin(figures n: Int) -> String {
    let metrics = ["二氧化硫排放量", "氮氧化物排放量", "化学需氧量排放量", "综合能耗", "用电量", "原煤产量", "粗钢产量",
                   "水资源消耗量", "固体废物综合利用率", "万元产值能耗"]
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next(_ bound: Int) -> Int {
        state ^= state << 13; state ^= state >> 7; state ^= state << 17
        return Int(state % UInt64(bound))
    }
    var text = "某某集团2024年环境与生产数据汇编\n\n"
    text.reserveCapacity(n * 64)
    for _ in 0..<n {
        let value = "\(next(300) / 10 + 1).\(next(10))"
        text += "2024年，第\(next(399) + 1)分公司\(metrics[next(metrics.count)])同比\(next(2) == 0 ? "增长" : "下降")\(value)%。\n\n"
    }
    return text
}

let folder = NSTemporaryDirectory() + "bench-briefing-\(getpid())"
try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(atPath: folder) }
print("briefing: \(binary)")
for n in counts {
    let input = folder + "/bulletin-\(n).txt"
    try bulletin(figures: n).write(toFile: input, atomically: false, encoding: .utf8)
    let out = folder + "/out-\(n)"
    // posix_spawn and wait4, not Process (which reaps the child itself): wait4 gives the
    // child's own CPU time and maximum resident set.
    let errPath = folder + "/stderr-\(n).txt"
    let argv = [binary, "all", input, "--out", out, "--date", "2025-01-01"] + extra
    var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    var cArgs = argv.map { strdup($0) } + [nil]
    var pid: pid_t = 0
    let start = Date()
    guard posix_spawn(&pid, binary, &actions, nil, &cArgs, environ) == 0 else { fatalError("cannot run \(binary)") }
    var status: Int32 = 0
    var usage = rusage()
    _ = wait4(pid, &status, 0, &usage)
    for p in cArgs { free(p) }
    posix_spawn_file_actions_destroy(&actions)
    let stderr = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
    let wall = Date().timeIntervalSince(start)
    let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    let pages = stderr.range(of: #"\(\d+ pages\)"#, options: .regularExpression).map { String(stderr[$0].dropFirst().prefix { $0.isNumber }) } ?? "?"
    let csv = (try? String(contentsOfFile: out + "/figures.csv", encoding: .utf8))?.components(separatedBy: "\r\n").count ?? 2
    let bytes = (try? FileManager.default.attributesOfItem(atPath: input)[.size] as? Int) ?? 0
    print(String(format: "%7d sentences (%.1f MB): %d figures, %@ pages, wall %.2f s, CPU %.2f s, peak memory %.0f MB, exit %d",
                 n, Double(bytes) / 1e6, csv - 2, pages, wall, cpu, Double(usage.ru_maxrss) / 1024, status >> 8))
}
