import ArgumentParser
import BriefingReport
import Foundation

/// Options shared by the commands that draw: title, date, chart scale and format.
struct ReportCommandOptions: ParsableArguments {
    @Option(help: "Title of the briefing (cover, running header, metadata).") var title: String = "环境与生产数据简报"
    @Option(help: "Date printed on the briefing, YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else today).") var date: String?
    @Option(help: "PNG scale: 1, 2 or 3 device pixels per point.") var scale: Double = 2
    @Flag(help: ArgumentHelp("List every figure in the briefing's tables and appendix (and the summary), however many.",
                             discussion: "Above \(ReportLimits.fullListThreshold) figures the briefing shows the top rows of each table and its appendix lists only the figures the briefing shows; figures.csv and figures.json are always complete."))
    var fullAppendix = false
    @Flag(help: "Leave out the appendix of source crops (for PDF input: each figure marked on a crop of its page).")
    var noSourceCrops = false

    func validate() throws {
        if let date, Self.parse(date) == nil { throw ValidationError("--date: expected YYYY-MM-DD, got '\(date)'") }
        if !(0.5...4).contains(scale) { throw ValidationError("--scale: expected a number from 0.5 to 4, got \(scale)") }
    }

    func options(format: ReportOptions.ChartFormat = .png) -> ReportOptions {
        ReportOptions(title: title, date: date.flatMap(Self.parse), scale: scale, chartFormat: format,
                      fullAppendix: fullAppendix, sourceCrops: !noSourceCrops)
    }

    /// "2025-06-05" → that day at 00:00 UTC.
    static func parse(_ text: String) -> Date? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]), (1...31).contains(parts[2]) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2]))
    }
}

extension ReportOptions.ChartFormat: ExpressibleByArgument {}
extension SummaryFormat: ExpressibleByArgument {}

/// Runs `body`, turning a thrown error into "error: …" and exit status 1.
func reportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let exit as ExitCode {
        throw exit
    } catch {
        Terminal.error("\(error)")
        throw ExitCode(1)
    }
}
