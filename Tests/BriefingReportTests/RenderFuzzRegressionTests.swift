import Foundation
import Testing

/// Every input the render fuzzer (`Fuzz/run.sh render`) kept — its seeds in `Fuzz/corpus/render/`
/// and any crash in `Fuzz/regressions/render/` — run again through the harness's own case
/// (`RenderFuzzCase.swift` is a link to `Fuzz/RenderFuzzCase.swift`): the briefing's PDF and
/// charts are written for each (to /dev/null), or the case traps.
struct RenderFuzzRegressionTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fuzz")

    static let inputs: [String] = ["regressions", "corpus"].flatMap { kind -> [String] in
        let folder = root.appendingPathComponent("\(kind)/render")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { folder.appendingPathComponent($0).path }
    }

    @Test func thereAreInputsToReplay() { #expect(Self.inputs.count >= 8) }

    @Test(arguments: inputs) func replay(_ path: String) {
        RenderFuzzCase.run([UInt8](FileManager.default.contents(atPath: path) ?? Data()))
    }

    /// The case really writes a briefing: into a file, it is a PDF.
    @Test func theCaseWritesAPDF() throws {
        let url = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("render-fuzz-\(UUID().uuidString).pdf")
        defer { try? FileManager.default.removeItem(at: url) }
        RenderFuzzCase.run([UInt8](FileManager.default.contents(atPath: Self.inputs.last!) ?? Data()), pdf: url)
        #expect(try Data(contentsOf: url).starts(with: Data("%PDF-".utf8)))
    }
}
