import BriefingAnalysis
import BriefingReport
import Foundation

enum ReportFixtures {
    static var root: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    static var sample: String { root.appendingPathComponent("seeds/000_110601d51d0bdeef.txt").path }
    static func fixture(_ name: String) -> String { root.appendingPathComponent("Tests/Fixtures/\(name)").path }

    static func digest(_ paths: [String]) -> (Digest, CorpusAnalysis) {
        let analysis = CorpusAnalysis.run(paths)
        return (Aggregator.digest(analysis.figures, sources: analysis.sources), analysis)
    }

    static func digest(text: String, file: String = "t.txt") -> Digest {
        let figures = FigureExtractor().extract(from: Normalizer.normalize(text, file: file)).figures
        return Aggregator.digest(figures, sources: [file])
    }

    static func temporaryFolder() -> URL {
        let url = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("report-tests-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs a tool and returns its standard output (empty when it is missing).
    static func run(_ tool: String, _ args: [String]) -> (status: Int32, output: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = [tool] + args
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = Pipe()
        do { try p.run() } catch { return (-1, "") }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
