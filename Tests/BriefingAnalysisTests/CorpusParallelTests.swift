import Foundation
import Testing
@testable import BriefingAnalysis

/// Files analysed side by side give what one file at a time gives, byte for byte: figures,
/// warnings, failures and sources in input order.
@Suite struct CorpusParallelTests {
    static var fixtures: [String] {
        let dir = URL(fileURLWithPath: Extract.fixture("bulletin_2023.txt")).deletingLastPathComponent().path
        return [Extract.samplePath, dir, "/nonexistent/report.txt", Extract.fixture("company_news.txt")]
    }

    @Test func twoThreadsGiveTheSameAsOne() {
        let one = CorpusAnalysis.run(Self.fixtures, workers: 1)
        #expect(one.sources.count > 20)
        #expect(one.figures.count > 400)
        for workers in [2, 3, 8] {
            let many = CorpusAnalysis.run(Self.fixtures, workers: workers)
            #expect(Figure.jsonText(many.figures) == Figure.jsonText(one.figures), "\(workers) threads")
            #expect(many.sources == one.sources)
            #expect(many.warnings.map(\.description) == one.warnings.map(\.description))
            #expect(many.failures.map(\.description) == one.failures.map(\.description))
        }
        #expect(one.failures.map(\.path) == ["/nonexistent/report.txt"])
    }

    @Test func progressCountsEveryInputOnce() {
        nonisolated(unsafe) var calls: [Int] = []
        let lock = NSLock()
        let analysis = CorpusAnalysis.run(Self.fixtures, workers: 2) { done, total in
            lock.lock(); calls.append(done); lock.unlock()
            #expect(total == Ingest.expand(Self.fixtures).count)
        }
        #expect(calls == Array(1...Ingest.expand(Self.fixtures).count))
        #expect(!analysis.figures.isEmpty)
    }
}
