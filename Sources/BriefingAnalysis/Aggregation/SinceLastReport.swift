import Foundation

/// The latest report of a subject against the one before it: what improved, what worsened,
/// what moved without a better direction, what is new and what is no longer reported.
public struct SinceLastReport: Hashable, Sendable {
    public let who: String?
    public let latest: Report
    public let previous: Report
    /// Series with a point in both reports' periods (the latest point from the latest report).
    public let improved: [Series]
    public let worsened: [Series]
    /// Moved, but the taxonomy does not say which way is better, or did not move.
    public let unclear: [Series]
    /// Metrics the latest report states that no earlier report of this subject does.
    public let new: [MetricMention]
    /// Metrics the previous report states that the latest does not.
    public let dropped: [MetricMention]

    /// A metric a report states, with its category and where.
    public struct MetricMention: Hashable, Sendable {
        public let metric: String
        public let category: Figure.Category
        public let source: SourceRef
    }
}

extension Aggregator {
    /// One comparison per subject that two or more reports are about.
    static func sinceLastReport(_ placed: [PlacedFigure], series: [Series], reports: [Report]) -> [SinceLastReport] {
        var entities: [String] = []
        for r in reports { if let e = r.entity, !entities.contains(e) { entities.append(e) } }
        return entities.compactMap { entity in
            let own = reports.filter { $0.entity == entity && $0.period != nil }
            guard own.count >= 2 else { return nil }
            let latest = own[own.count - 1], previous = own[own.count - 2]
            guard latest.period != previous.period else { return nil }
            // Series of this subject whose latest point is the latest report's own period.
            var byMetric: [String: Series] = [:]
            var order: [String] = []
            for s in series where s.who == entity && s.periodName == nil
                && s.latest.figure.figure.file == latest.file && s.latest.period == latest.period
                && s.points.contains(where: { $0.period == previous.period }) {
                // A level series tells the move since the last report; a change series only
                // when no level series of the metric does.
                if let existing = byMetric[s.metric], existing.kind == .level { continue }
                if byMetric[s.metric] == nil { order.append(s.metric) }
                byMetric[s.metric] = s
            }
            let compared = order.map { byMetric[$0]! }
            func mentions(_ report: Report) -> [String: SinceLastReport.MetricMention] {
                var found: [String: SinceLastReport.MetricMention] = [:]
                for p in placed where p.report.file == report.file && p.who == entity && found[p.metric] == nil {
                    found[p.metric] = .init(metric: p.metric, category: p.f.category, source: p.figure.sources[0])
                }
                return found
            }
            let now = mentions(latest), before = mentions(previous)
            var earlier: Set<String> = []
            for r in own.dropLast() { earlier.formUnion(mentions(r).keys) }
            let sortBySource: ([SinceLastReport.MetricMention]) -> [SinceLastReport.MetricMention] = { $0.sorted { $0.source < $1.source } }
            return SinceLastReport(
                who: entity, latest: latest, previous: previous,
                improved: compared.filter { $0.latestImproved == true },
                worsened: compared.filter { $0.latestImproved == false },
                unclear: compared.filter { $0.latestImproved == nil },
                new: sortBySource(now.filter { !earlier.contains($0.key) }.map(\.value)),
                dropped: sortBySource(before.filter { now[$0.key] == nil }.map(\.value)))
        }
    }
}
