import ArgumentParser
import BriefingAnalysis
import Foundation

/// `briefing extract`: the figure records (DESIGN.md schema) as JSON, CSV or a table.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print every figure found, with subject, metric, value, unit, basis, year and source line.",
        discussion: """
        Examples:
          briefing extract seeds/ --format table
          briefing extract report.txt --kind change --format csv > changes.csv
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, csv, table }
    enum KindFilter: String, ExpressibleByArgument, CaseIterable { case change, level, target, all }

    @OptionGroup var input: InputOptions
    @Option(help: "Output format: json, csv or table.") var format: Format = .json
    @Option(help: "Which figures: change, level, target or all.") var kind: KindFilter = .all

    func run() throws {
        let wanted = { (figure: Figure) in kind == .all || figure.kind.rawValue == kind.rawValue }
        // One input as JSON or CSV: written chunk by chunk (a table needs every row for its widths).
        if format != .table, let path = input.single {
            let escape = format == .csv && isatty(1) == 1
            throw StreamedExtract(format: format == .json ? .json : .csv, keep: wanted,
                                  prepare: { escape ? $0.terminalSafe : $0 }).run(path: path)
        }
        let analysis = input.analyse()
        let figures = analysis.figures.filter { kind == .all || $0.kind.rawValue == kind.rawValue }
        switch format {
        case .json: Terminal.standardOutput(Figure.jsonText(figures))
        // CSV keeps every byte for files and pipes; on a terminal its controls are shown escaped.
        case .csv: Terminal.standardOutput(Figure.csvText(isatty(1) == 1 ? figures.map(\.terminalSafe) : figures))
        case .table: Terminal.standardOutput(Figure.tableText(figures.map(\.terminalSafe)))
        }
        throw exitStatus(analysis)
    }
}
