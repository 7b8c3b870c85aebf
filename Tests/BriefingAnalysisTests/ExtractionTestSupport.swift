import BriefingAnalysis
import Foundation

/// Helpers for extraction tests: run the whole analysis (normalize → scan → extract) on text.
enum Extract {
    static func result(_ text: String, file: String = "test.txt") -> ExtractionResult {
        FigureExtractor().extract(from: Normalizer.normalize(text, file: file))
    }

    static func figures(_ text: String) -> [Figure] { result(text).figures }

    static func changes(_ text: String) -> [Figure] { figures(text).filter { $0.kind == .change } }

    static var projectRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    static func fixture(_ name: String) -> String { projectRoot.appendingPathComponent("Tests/Fixtures/\(name)").path }

    static var samplePath: String { projectRoot.appendingPathComponent("seeds/000_110601d51d0bdeef.txt").path }
}

extension Decimal {
    init(_ text: String) { self = Decimal(string: text)! }
}
