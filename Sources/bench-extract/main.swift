import BriefingAnalysis
import Foundation

/// Extraction benchmark: generates a varied corpus of report-like text (≥ 100 MB by default,
/// many different files), then reads it one file at a time through the whole analysis
/// (read → decode → normalize → scan numbers → extract figures) on one core.
///
///     swift build -c release --product bench-extract
///     .build/release/bench-extract [--megabytes 120] [--file-megabytes 4] [--figure-share 15] [--dir DIR] [--keep | --reuse]
///     .build/release/bench-extract --one-file [--megabytes 100]      # one big file
///     .build/release/bench-extract --many-files [--jobs 2]           # 100 files of 1 MB, one core and `--jobs`
///     … [--chunk-bytes N] [--keep-figures] [--check]
///
/// `--one-file` analyses one file of `--megabytes`; `--many-files` analyses 100 files of 1 MB
/// through `CorpusAnalysis.run` on one thread and on `--jobs` threads, and checks that both give
/// the same figures byte for byte. A generated corpus is analysed by a child process (this
/// program with `--reuse`), so the peak memory reported is the analysis's, not the generator's.
///
/// `--figure-share` is the percentage of sentences that state figures (15 ≈ the sample's
/// density; 100 = every sentence, a stress case). Filler prose is the sample's sentences
/// recombined (`--prose-from FILE`), or random characters from a small pool (`--random-prose`).
///
/// Prints MB/s (input bytes over analysis time; generation is not timed), figures found and the
/// peak resident memory (VmHWM), which should follow the chunk (4 MiB, `--chunk-bytes`), not the
/// file nor the corpus. Each chunk's figures are counted and dropped; `--keep-figures` keeps them
/// all, as `briefing all` does to aggregate them, to show what they weigh.
struct Options {
    var megabytes = 120
    var fileMegabytes = 4
    var directory = NSTemporaryDirectory() + "briefing-bench-corpus"
    var figureShare = 15
    /// Real prose to recombine as filler; nil: the built-in character pool.
    var proseFile: String? = FileManager.default.fileExists(atPath: "seeds/000_110601d51d0bdeef.txt")
        ? "seeds/000_110601d51d0bdeef.txt" : nil
    /// Keep the generated corpus (for comparing outputs before and after a change).
    var keep = false
    /// Analyse the .txt files already in `directory` (a corpus kept with `--keep`) instead of
    /// generating one; useful for profiling the analysis alone.
    var reuse = false
    /// Runs per stage for the stage timings (best is reported); raise it to profile one stage.
    var stageRuns = 3
    /// 100 files of 1 MB through `CorpusAnalysis.run`, on one thread and on `jobs`.
    var manyFiles = false
    var jobs = 2
    var oneFile = false
    /// Bytes per chunk of a file (`TextChunks`).
    var chunkBytes = TextChunks.defaultChunkBytes
    /// Keep every figure to the end (as `briefing all` does) instead of dropping each chunk's.
    var keepFigures = false
    /// Also read each file whole and compare its figures with the chunks' (`--check`).
    var check = false

    init(_ args: [String]) {
        var i = 1
        while i < args.count {
            let value = i + 1 < args.count ? args[i + 1] : ""
            switch args[i] {
            case "--megabytes": megabytes = Int(value) ?? megabytes; i += 1
            case "--file-megabytes": fileMegabytes = Int(value) ?? fileMegabytes; i += 1
            case "--dir": directory = value; i += 1
            case "--figure-share": figureShare = Int(value) ?? figureShare; i += 1
            case "--prose-from": proseFile = value; i += 1
            case "--random-prose": proseFile = nil
            case "--keep": keep = true
            case "--reuse": reuse = true; keep = true
            case "--stage-runs": stageRuns = max(1, Int(value) ?? stageRuns); i += 1
            case "--one-file": oneFile = true
            case "--many-files": manyFiles = true; megabytes = 100; fileMegabytes = 1
            case "--jobs": jobs = max(1, Int(value) ?? jobs); i += 1
            case "--chunk-bytes": chunkBytes = max(1, Int(value) ?? chunkBytes); i += 1
            case "--keep-figures": keepFigures = true
            case "--check": check = true
            default: break
            }
            i += 1
        }
        if oneFile { fileMegabytes = megabytes }
    }
}

func peakMemoryMB() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return 0 }
    let kb = Double(line.split(separator: " ").dropFirst().first.map(String.init) ?? "0") ?? 0
    return kb / 1024
}

/// CPU time of this process in seconds (steadier than wall time when other jobs share the cores).
func cpuSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

let options = Options(CommandLine.arguments)
let fm = FileManager.default
if !options.reuse { try? fm.removeItem(atPath: options.directory) }
try fm.createDirectory(atPath: options.directory, withIntermediateDirectories: true)
defer { if !options.keep { try? fm.removeItem(atPath: options.directory) } }

let proseSentences = options.proseFile.flatMap { try? String(contentsOfFile: $0, encoding: .utf8) }
    .map(CorpusGenerator.sentences(of:)) ?? []
if !options.reuse { print("filler prose: " + (proseSentences.isEmpty ? "random characters from a built-in pool" : "\(proseSentences.count) sentences of \(options.proseFile!), recombined")) }
var files: [String] = []
var totalBytes = 0
if options.reuse {
    files = try fm.contentsOfDirectory(atPath: options.directory).filter { $0.hasSuffix(".txt") }.sorted()
        .map { options.directory + "/" + $0 }
    totalBytes = try files.reduce(0) { $0 + ((try fm.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0) }
    guard !files.isEmpty else { fatalError("--reuse: no .txt files in \(options.directory); run once with --keep") }
}
var seed: UInt64 = 1
while !options.reuse && totalBytes < options.megabytes * 1_000_000 {
    do {
        var generator = CorpusGenerator(seed: seed, figureShare: options.figureShare, proseSentences: proseSentences)
        let text = generator.document(bytes: options.fileMegabytes * 1_000_000)
        let path = options.directory + "/doc\(String(format: "%04d", seed)).txt"
        try! text.write(toFile: path, atomically: false, encoding: .utf8)
        files.append(path)
        totalBytes += text.utf8.count
        seed += 1
    }
}
let memoryBefore = peakMemoryMB()
print("corpus: \(files.count) files, \(String(format: "%.1f", Double(totalBytes) / 1e6)) MB"
      + (options.reuse ? "" : " (peak memory while generating \(String(format: "%.0f", memoryBefore)) MB)"))

if !options.reuse {
    // The analysis in a fresh process: its peak memory is the analysis's own.
    fflush(stdout)
    let child = Process()
    child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
    child.arguments = ["--reuse", "--dir", options.directory, "--stage-runs", "\(options.stageRuns)", "--jobs", "\(options.jobs)",
                       "--chunk-bytes", "\(options.chunkBytes)"]
        + (options.manyFiles ? ["--many-files"] : []) + (options.keepFigures ? ["--keep-figures"] : [])
        + (options.check ? ["--check"] : [])
    try child.run()
    child.waitUntilExit()
    if !options.keep { try? fm.removeItem(atPath: options.directory) }
    exit(child.terminationStatus)
}

if options.manyFiles {
    // One thread, then `jobs`: throughput and peak memory of each (the peak is reset between
    // them), and the same output byte for byte (compared by a digest of the JSON).
    func timed(_ workers: Int) -> (digest: UInt64, seconds: Double, cpu: Double, memory: Double) {
        try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)  // resets VmHWM
        let start = Date(), cpu = cpuSeconds()
        let analysis = CorpusAnalysis.run(files, workers: workers)
        let seconds = Date().timeIntervalSince(start), used = cpuSeconds() - cpu
        let memory = peakMemoryMB()
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325  // FNV-1a
        for byte in Figure.jsonText(analysis.figures).utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return (hash, seconds, used, memory)
    }
    let mb = Double(totalBytes) / 1e6
    let one = timed(1)
    print(String(format: "one thread: %.2f s, %.1f MB/s (CPU %.2f s), peak memory %.0f MB", one.seconds, mb / one.seconds, one.cpu, one.memory))
    let many = timed(options.jobs)
    print(String(format: "%d threads: %.2f s, %.1f MB/s (CPU %.2f s), peak memory %.0f MB: %.2f× one thread; output %@",
                 options.jobs, many.seconds, mb / many.seconds, many.cpu, many.memory, one.seconds / many.seconds,
                 one.digest == many.digest ? "identical" : "DIFFERENT"))
    exit(one.digest == many.digest ? 0 : 1)
}

Ingest.keepFreedMemoryForNextFile()  // as CorpusAnalysis.run does for many inputs
let extractor = FigureExtractor()
var figures = 0
var changes = 0
/// With `--keep-figures` every figure is kept to the end, as `briefing` keeps them to aggregate.
var kept: [Figure] = []
let start = Date()
let cpuStart = cpuSeconds()
for path in files {
    // Read in chunks (TextChunks); each chunk's figures are counted and dropped.
    _ = try! extractor.extract(from: TextChunks(path: path, chunkBytes: options.chunkBytes)) { found, restarted in
        precondition(!restarted, "generated text is read in chunks")
        figures += found.count
        changes += found.reduce(0) { $0 + ($1.kind == .change ? 1 : 0) }  // counted in place, no copies
        if options.keepFigures { kept += found }
    }
}
let seconds = Date().timeIntervalSince(start)
let cpu = cpuSeconds() - cpuStart
let mbps = Double(totalBytes) / 1e6 / seconds
print(String(format: "analysis: %.2f s, %.1f MB/s (CPU %.2f s, %.1f MB/s), %d figures (%d changes), peak memory %.0f MB%@",
             seconds, mbps, cpu, Double(totalBytes) / 1e6 / cpu, figures, changes, peakMemoryMB(),
             options.keepFigures ? " (all \(kept.count) figures kept)" : ""))
kept = []

// `--check`: each file read whole (one Document) gives the same figures as read in chunks.
if options.check {
    func digest(_ figures: [Figure]) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325  // FNV-1a
        for byte in Figure.jsonText(figures).utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return hash
    }
    var same = true
    for path in files {
        let whole = extractor.extract(from: try! Ingest.load(path: path)).figures
        let chunked = try! extractor.extract(from: TextChunks(path: path, chunkBytes: options.chunkBytes)).figures
        same = same && digest(whole) == digest(chunked)
    }
    print("figures read whole and in chunks: " + (same ? "identical" : "DIFFERENT"))
    if !same { exit(1) }
}

// Stage timings on the first file (read+decode+normalize, scan, extract).
if let first = files.first {
    // CPU time, best of `--stage-runs` runs per stage. Ingest.load: read, then decode and normalize (valid
    // UTF-8 skips the String).
    func best<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        var result: T?
        var fastest = Double.infinity
        for _ in 0..<options.stageRuns {
            let t = cpuSeconds()
            result = try body()
            fastest = min(fastest, cpuSeconds() - t)
        }
        return (result!, fastest)
    }
    // The first chunk (the whole file when it is at most one chunk).
    let (document, tNormalize) = try best { () throws -> Document in
        let reader = try TextChunks(path: first, chunkBytes: options.chunkBytes)
        guard case let .chunk(document)? = try reader.next() else { fatalError("generated text is read in chunks") }
        return document
    }
    let (quantities, tScan) = best { QuantityScanner.scan(document.text) }
    let (_, tExtract) = best { extractor.extract(from: document, quantities: quantities) }
    let mb = Double(document.original.count) / 1e6
    print(String(format: "stages on %.1f MB (CPU, best of %d): read+decode+normalize %.1f MB/s, scan %.1f MB/s, extract %.1f MB/s (%d quantities)",
                 mb, options.stageRuns, mb / tNormalize, mb / tScan, mb / tExtract, quantities.count))
}
