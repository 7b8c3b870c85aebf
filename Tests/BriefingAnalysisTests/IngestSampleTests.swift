import Foundation
import Testing
@testable import BriefingAnalysis

/// End-to-end checks on the sample newspaper issue in seeds/.
@Suite struct IngestSampleTests {
    static let samplePath: String = {
        let here = URL(fileURLWithPath: #filePath)
        return here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("seeds/000_110601d51d0bdeef.txt").path
    }()

    static func text(_ d: Document) -> String {
        var v = String.UnicodeScalarView(); v.append(contentsOf: d.text); return String(v)
    }

    @Test func dump() throws {
        let d = try Ingest.load(path: Self.samplePath)
        if let out = ProcessInfo.processInfo.environment["INGEST_DUMP"] {
            try Self.text(d).write(toFile: out, atomically: true, encoding: .utf8)
        }
    }
}
