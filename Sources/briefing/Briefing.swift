import ArgumentParser

/// `briefing`: Chinese report text → figures → a PDF briefing, PNG/SVG charts and a summary.
///
/// Commands are thin: each wires stages of BriefingAnalysis, BriefingReport and BriefingRender.
@main
struct Briefing: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "briefing",
        abstract: "Find the environmental and production figures in Chinese report text and brief them.",
        discussion: """
        With no command, reads seeds/ and writes Reports/briefing.pdf, Reports/charts/*.png,
        Reports/summary.txt, Reports/figures.json and Reports/figures.csv, then prints the summary.

        INPUT is a .txt file, a folder (its *.txt files) or - for standard input. Text may be
        UTF-8, UTF-16 with BOM, or GB18030/GBK. Errors name the file; one bad input never stops
        the others, and the exit status is non-zero when any input failed.

        Examples:
          briefing
          briefing extract seeds/ --format table
          briefing extract report.txt --kind change --format csv > changes.csv
          briefing all 2023.txt 2024.txt --out Reports --title "环境绩效简报"
          echo '氮氧化物排放量同比下降4.76%' | briefing extract - --format json
        """,
        version: "0.1.0",
        subcommands: [AllCommand.self, PDFCommand.self, ChartsCommand.self, SummaryCommand.self,
                      ExtractCommand.self, QuantitiesCommand.self],
        defaultSubcommand: AllCommand.self
    )
}
