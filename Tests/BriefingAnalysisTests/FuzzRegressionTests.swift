import Foundation
import Testing
@testable import BriefingAnalysis

/// Every input the fuzzers (`Fuzz/run.sh`) ever crashed on, and the seed corpora, run again
/// through the same code as their harness. Crashes live in `Fuzz/regressions/HARNESS/` (raw
/// bytes, as libFuzzer wrote them; a new crash is added by copying its file there), seeds in
/// `Fuzz/corpus/HARNESS/`.
struct FuzzRegressionTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fuzz")

    static func inputs(_ harness: String) -> [String] {
        ["regressions", "corpus"].flatMap { kind -> [String] in
            let folder = root.appendingPathComponent("\(kind)/\(harness)")
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            return names.filter { !$0.hasPrefix(".") }.sorted().map { folder.appendingPathComponent($0).path }
        }
    }

    static func bytes(_ path: String) -> [UInt8] { [UInt8](FileManager.default.contents(atPath: path) ?? Data()) }
    static func text(_ path: String) -> String { String(decoding: bytes(path), as: UTF8.self) }

    @Test(arguments: inputs("decode")) func decode(_ path: String) {
        if let text = try? TextDecoding.decode(Self.bytes(path), path: "fuzz") {
            #expect(!text.unicodeScalars.allSatisfy(TextDecoding.isBlank))
        }
    }

    @Test(arguments: inputs("normalize")) func normalize(_ path: String) {
        let doc = Normalizer.normalize(Self.text(path), file: "fuzz")
        #expect(doc.originalOffset.count == doc.text.count + 1)
        #expect(doc.originalOffset.allSatisfy { $0 >= 0 && Int($0) <= doc.original.count })
        _ = doc.originalQuote(0..<doc.text.count)
    }

    @Test(arguments: inputs("numbers")) func numbers(_ path: String) {
        let doc = Normalizer.normalize(Self.text(path), file: "fuzz")
        var last = 0
        for q in QuantityScanner.scan(doc.text) {
            #expect(q.start >= last && q.start <= q.end && q.end <= doc.text.count)
            last = q.end
        }
    }

    @Test(arguments: inputs("extract")) func extract(_ path: String) {
        let doc = Normalizer.normalize(Self.text(path), file: "fuzz")
        let result = FigureExtractor().extract(from: doc)
        #expect(result.figures.allSatisfy { $0.line >= 1 && $0.line <= doc.lineStarts.count })
        _ = Aggregator.digest(result.figures, sources: [doc.file])
    }
}
