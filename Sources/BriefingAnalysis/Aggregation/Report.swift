import Foundation

/// One input report as the series see it: its file, whom it is about and the period it reports,
/// both read from its own title (`ReportHeading`), never from the file's name.
public struct Report: Hashable, Sendable {
    public let file: String
    public let heading: ReportHeading
    public let period: ReportPeriod?

    public init(file: String, heading: ReportHeading) {
        self.file = file
        self.heading = heading
        period = ReportPeriod(title: heading.title, year: heading.year)
    }

    /// Whom the report is about (成都市, 华岳钢铁集团), when the title names it.
    public var entity: String? { heading.entity.flatMap { Aggregator.isUnnamedPlace($0) ? nil : $0 } }

    /// "chengdu-2022-tjgb" for ".../chengdu-2022-tjgb.txt".
    public var name: String { Aggregator.stem(file) }

    /// Reports in the order of the periods they report, those without a period after them;
    /// within one period by file path (as a folder lists them), so the order the inputs were
    /// named in never matters.
    public static func ordered(_ reports: [Report]) -> [Report] {
        reports.enumerated().sorted { a, b in
            switch (a.element.period, b.element.period) {
            case let (x?, y?) where x != y: return x < y
            case (_?, nil): return true
            case (nil, _?): return false
            default: return (a.element.file, a.offset) < (b.element.file, b.offset)
            }
        }.map(\.element)
    }
}

/// The period a report covers: a year, or a month of it ("2024年3月…快报").
public struct ReportPeriod: Hashable, Sendable, Comparable {
    public let year: Int
    /// 1–12 for a monthly report; nil for a year (or a period the title does not make a month).
    public let month: Int?

    public init(year: Int, month: Int? = nil) { self.year = year; self.month = month }

    /// From the title: its year (as extraction read it, else the first "YYYY年") and a month
    /// right after the year ("2024年3月", "2024年三月"), not a range ("1-3月", "1至3月").
    init?(title: String?, year: Int?) {
        let scalars = Array((title ?? "").unicodeScalars)
        var found = year
        var month: Int?
        var i = 0
        while i + 4 < scalars.count {
            let digits = scalars[i..<(i + 4)]
            if digits.allSatisfy({ ("0"..."9").contains($0) }), scalars[i + 4] == "年", i == 0 || !("0"..."9").contains(scalars[i - 1]) {
                let y = Int(String(String.UnicodeScalarView(digits)))!
                if found == nil || found == y {
                    found = y
                    month = Self.month(after: i + 5, in: scalars)
                    break
                }
            }
            i += 1
        }
        guard let found else { return nil }
        self.init(year: found, month: month)
    }

    private static let chineseMonths: [String: Int] = [
        "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11, "十二": 12,
    ]

    /// "3月" or "十二月" at `start` (spaces skipped), when it is a single month.
    private static func month(after start: Int, in s: [Unicode.Scalar]) -> Int? {
        var i = start
        while i < s.count, s[i] == " " { i += 1 }
        var j = i
        while j < s.count, j - i < 2, ("0"..."9").contains(s[j]) || chineseMonths[String(s[j])] != nil { j += 1 }
        guard j > i, j < s.count, s[j] == "月" else { return nil }
        if j + 1 < s.count, ["-", "－", "—", "至", "~", "～"].contains(s[j + 1]) { return nil }
        let text = String(String.UnicodeScalarView(s[i..<j]))
        guard let m = Int(text) ?? chineseMonths[text], (1...12).contains(m) else { return nil }
        return m
    }

    public static func < (a: ReportPeriod, b: ReportPeriod) -> Bool {
        (a.year, a.month ?? 13) < (b.year, b.month ?? 13)
    }

    /// "2021年", "2024年3月".
    public var label: String { month.map { "\(year)年\($0)月" } ?? "\(year)年" }
}
