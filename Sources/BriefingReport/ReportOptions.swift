import Foundation

/// How the briefing is titled, dated and drawn.
public struct ReportOptions: Sendable {
    public var title: String
    /// The briefing's date (cover, metadata); nil: SOURCE_DATE_EPOCH, else today.
    public var date: Date?
    /// PNG scale (device pixels per point).
    public var scale: Double
    public var chartFormat: ChartFormat
    public var author: String
    /// List every figure in the briefing however many there are (see ``ReportLimits``).
    public var fullAppendix: Bool
    /// Show crops of the source pages in the appendix for PDF input (when the caller supplies the pages).
    public var sourceCrops: Bool

    public enum ChartFormat: String, Sendable, CaseIterable { case png, svg }

    public init(title: String = "环境与生产数据简报", date: Date? = nil, scale: Double = 2,
                chartFormat: ChartFormat = .png, author: String = "Briefing", fullAppendix: Bool = false,
                sourceCrops: Bool = true) {
        self.title = title; self.date = date; self.scale = scale; self.chartFormat = chartFormat; self.author = author
        self.fullAppendix = fullAppendix; self.sourceCrops = sourceCrops
    }

    /// The date to print: the explicit one, else SOURCE_DATE_EPOCH, else today at 00:00 UTC
    /// (so two runs on one day write byte-identical files).
    public var resolvedDate: Date {
        if let date { return date }
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = TimeInterval(epoch) {
            return Date(timeIntervalSince1970: seconds)
        }
        let now = Date().timeIntervalSince1970
        return Date(timeIntervalSince1970: now - now.truncatingRemainder(dividingBy: 86_400))
    }

    /// "2026年11月25日".
    public var dateText: String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day], from: resolvedDate)
        return "\(c.year!)年\(c.month!)月\(c.day!)日"
    }
}
