#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
@testable import BriefingAnalysis

/// Throughput of decode + normalize on ~50 MB built from the sample. Opt-in, meant for release:
/// `INGEST_BENCH=1 swift test -c release --filter IngestBenchmark`
@Suite(.enabled(if: ProcessInfo.processInfo.environment["INGEST_BENCH"] != nil))
struct IngestBenchmarkTests {
    /// CPU time of this thread, in seconds (the machine is shared: wall time includes waiting).
    static func cpuNow() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// Best of 3 runs, in thread CPU time.
    static func measure(_ label: String, _ bytes: [UInt8]) throws -> Document {
        var best = (decode: Double.infinity, normalize: Double.infinity)
        var doc: Document?
        for _ in 0..<3 {
            let t0 = cpuNow()
            let text = try TextDecoding.decode(bytes, path: "bench")
            let t1 = cpuNow()
            doc = Normalizer.normalize(text, file: "bench")
            let t2 = cpuNow()
            best.decode = min(best.decode, t1 - t0)
            best.normalize = min(best.normalize, t2 - t1)
        }
        let mb = Double(bytes.count) / 1_000_000
        print(String(format: "%@: %.1f MB  CPU: decode %.3f s  normalize %.3f s  → %.1f MB/s overall (decode %.0f MB/s, normalize %.1f MB/s)",
                     label, mb, best.decode, best.normalize, mb / (best.decode + best.normalize),
                     mb / best.decode, mb / best.normalize))
        return doc!
    }

    static func corpus(oneLine: Bool) throws -> [UInt8] {
        var sample = try [UInt8](Data(contentsOf: URL(fileURLWithPath: IngestTestSupport.samplePath)))
        if oneLine { sample.removeAll { $0 == 0x0A } }
        var all = [UInt8]()
        all.reserveCapacity(sample.count * 1000)
        for _ in 0..<1000 { all += sample }
        return all
    }

    @Test func fiftyMegabytes() throws {
        let doc = try Self.measure("50 MB, 1.1M lines", Self.corpus(oneLine: false))
        #expect(doc.text.count > 15_000_000)
    }

    @Test func fiftyMegabytesOnOneLine() throws {
        let doc = try Self.measure("50 MB, one line", Self.corpus(oneLine: true))
        #expect(doc.lineStarts.count == 1)
    }

    @Test func fiftyMegabytesGB18030() throws {
        let text = String(decoding: try Self.corpus(oneLine: false).prefix(10_000_000), as: UTF8.self)
        _ = try Self.measure("GB18030 (from 10 MB UTF-8)", IngestTestSupport.encode(text, to: "GB18030"))
    }
}

extension IngestBenchmarkTests {
    @Test func passes() throws {
        let bytes = try Self.corpus(oneLine: false)
        var t = Self.cpuNow()
        func lap(_ s: String) { print(String(format: "  %@ %.3f s", s, Self.cpuNow() - t)); t = Self.cpuNow() }
        bytes.withUnsafeBufferPointer { original in
            var starts: [Int] = []
            var buf = Normalizer.fold(original, lineStarts: &starts)!; lap("fold")
            Normalizer.undouble(&buf, original: original); lap("undouble")
            Normalizer.joinLines(&buf); lap("joinLines")
        }
        _ = Normalizer.lineStarts(bytes); lap("lineStarts")
    }
}
