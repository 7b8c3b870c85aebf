@testable import BriefingAnalysis
import Foundation
import Testing

/// "Output unchanged" as a test: the extract JSON (every kind) of the sample and of every
/// fixture is checked in under `Tests/Golden/NAME.json` and compared byte for byte.
///
/// A change that alters what is extracted must say so: look at the diff, then re-record with
/// `BRIEFING_RECORD_GOLDEN=1 swift test --filter GoldenOutputTests` and commit the new files
/// with the change.
@Suite struct GoldenOutputTests {
    static let record = ProcessInfo.processInfo.environment["BRIEFING_RECORD_GOLDEN"] == "1"
    static var golden: URL { Extract.projectRoot.appendingPathComponent("Tests/Golden") }

    static var inputs: [String] {
        let fixtures = (try? FileManager.default.contentsOfDirectory(atPath: Extract.projectRoot.appendingPathComponent("Tests/Fixtures").path)) ?? []
        return ["seeds/000_110601d51d0bdeef.txt"] + fixtures.filter { $0.hasSuffix(".txt") }.sorted().map { "Tests/Fixtures/\($0)" }
    }

    @Test(arguments: inputs)
    func extractJSONIsUnchanged(_ input: String) throws {
        // Relative paths, so the recorded `file` fields do not depend on the checkout's place.
        let previous = FileManager.default.currentDirectoryPath
        FileManager.default.changeCurrentDirectoryPath(Extract.projectRoot.path)
        defer { FileManager.default.changeCurrentDirectoryPath(previous) }
        let json = Figure.jsonText(CorpusAnalysis.run([input]).figures)
        let name = URL(fileURLWithPath: input).deletingPathExtension().lastPathComponent + ".json"
        let url = Self.golden.appendingPathComponent(name)
        if Self.record {
            try FileManager.default.createDirectory(at: Self.golden, withIntermediateDirectories: true)
            try json.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(json == expected, "\(input): extract output differs from Tests/Golden/\(name); if intended, re-record (see GoldenOutputTests)")
    }
}
