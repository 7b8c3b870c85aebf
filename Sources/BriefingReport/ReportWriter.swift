import BriefingAnalysis
import BriefingRender
import Foundation

/// What a run wrote, and what went wrong on the way.
public struct ReportArtifacts: Sendable {
    public var pdf: URL?
    public var pageCount = 0
    public var charts: [URL] = []
    public var files: [URL] = []
    /// Outputs that could not be written, and charts that could not be drawn: "PATH: what is
    /// wrong; what to do", one per output (printed as errors; the exit status is then 1).
    public var failures: [String] = []
    /// "warning: …" lines: characters drawn as placeholders.
    public var warnings: [String] = []

    public init() {}
}

/// A chart the briefing leaves out because it cannot be drawn, and why.
public struct OmittedChart: Sendable {
    public let chart: NamedChart
    public let reason: String
    /// A part of the output that failed: the other charts and files are written.
    var failure: String {
        "chart \(chart.name): cannot be drawn (\(reason)); it is left out of the charts and of the briefing, which says so where it stood"
    }
}

/// The briefing's charts that can be drawn, and those left out.
public typealias PlannedCharts = (charts: [NamedChart], omitted: [OmittedChart])

/// Writes the briefing's files, each atomically (rendered in memory, one checked write to a
/// temporary file, then a rename): a failed write leaves the previous file as it was, never a
/// half-written one. The outputs are independent: one that fails never stops the others.
public struct ReportWriter: Sendable {
    public var options: ReportOptions
    /// The pages of PDF inputs for the appendix's source crops (nil: no crops).
    public var sourcePages: (any SourcePageProvider)?
    /// Chart width in points: the PDF's content width, so PNG and PDF charts match.
    public static let chartWidth = PageGeometry.a4.contentWidth

    public init(options: ReportOptions, sourcePages: (any SourcePageProvider)? = nil) {
        self.options = options; self.sourcePages = sourcePages
    }

    /// The briefing's charts split into those that can be drawn and those that cannot (laid out
    /// once at the briefing's width; a chart whose layout throws is left out with its reason).
    public static func drawableCharts(for digest: Digest) -> PlannedCharts {
        var charts: [NamedChart] = [], omitted: [OmittedChart] = []
        let renderer = ChartRenderer()
        for chart in ChartPlan.charts(for: digest) {
            do { _ = try renderer.layout(chart.spec, width: chartWidth); charts.append(chart) }
            catch { omitted.append(OmittedChart(chart: chart, reason: "\(error)")) }
        }
        return (charts, omitted)
    }

    /// Writes the PDF briefing. `notes` gets a failure per chart left out (a note stands in its
    /// place) and a warning per character drawn as a placeholder.
    @discardableResult
    public func writePDF(_ digest: Digest, to url: URL, notes: inout ReportArtifacts) throws -> PDFResult {
        try writePDF(digest, planned: Self.drawableCharts(for: digest), to: url, notes: &notes)
    }

    func writePDF(_ digest: Digest, planned: PlannedCharts, to url: URL,
                  notes: inout ReportArtifacts) throws -> PDFResult {
        let (charts, omitted) = planned
        var crops = SourceCrops.Plan()
        if options.sourceCrops, let sourcePages {
            let listed = BriefingSelection(digest, full: options.fullAppendix).appendixFigures(digest, charts: charts)
            crops = SourceCrops.plan(listed, pages: sourcePages, singleSource: digest.sources.count == 1)
        }
        let spec = BriefingDocument.spec(digest, charts: charts, omitted: omitted, options: options, crops: crops)
        let result = try PDFWriter().write(spec, to: url)
        notes.warnings += crops.warnings.filter { !notes.warnings.contains($0) }
        notes.failures += omitted.map(\.failure).filter { !notes.failures.contains($0) }
        notes.warnings += GlyphWarnings.lines(result.missingCharacters, digest: digest).filter { !notes.warnings.contains($0) }
        return result
    }

    @discardableResult
    public func writePDF(_ digest: Digest, to url: URL) throws -> PDFResult {
        var notes = ReportArtifacts()
        return try writePDF(digest, to: url, notes: &notes)
    }

    /// Every chart as PNG (at `options.scale`) or SVG in `folder`, each on its own: a chart that
    /// cannot be drawn or written is reported in `failures` and the others are written. Charts a
    /// previous run left under our own names and this run does not make are removed.
    public func writeCharts(_ digest: Digest, to folder: URL) -> ReportArtifacts {
        writeCharts(digest, planned: Self.drawableCharts(for: digest), to: folder)
    }

    func writeCharts(_ digest: Digest, planned: PlannedCharts, to folder: URL) -> ReportArtifacts {
        var artifacts = ReportArtifacts()
        let (charts, omitted) = planned
        let ext = options.chartFormat.rawValue
        let urls = charts.map { folder.appendingPathComponent("\($0.name).\(ext)") }
        let renderer = ChartRenderer()
        let results: [Result<[MissingCharacter], Error>]
        switch options.chartFormat {
        case .png:
            results = renderer.writeEachPNG(zip(charts, urls).map { (chart: $0.spec, url: $1) },
                                            size: (Self.chartWidth, 0), scale: options.scale, background: .white)
        case .svg:
            results = zip(charts, urls).map { chart, url in Result { try renderer.writeSVG(chart.spec, size: (Self.chartWidth, 0), to: url) } }
        }
        var missing: [MissingCharacter] = []
        for (url, result) in zip(urls, results) {
            switch result {
            case let .success(m):
                artifacts.charts.append(url)
                missing += m.filter { c in !missing.contains { $0.scalar == c.scalar } }
            case let .failure(error):
                artifacts.failures.append("\(error)")
            }
        }
        artifacts.failures += omitted.map(\.failure)
        artifacts.warnings += GlyphWarnings.lines(missing, digest: digest)
        if results.allSatisfy({ if case .success = $0 { true } else { false } }) {
            removeStaleCharts(in: folder, keeping: Set(urls.map(\.lastPathComponent)), ext: ext)
        }
        artifacts.files = artifacts.charts
        return artifacts
    }

    /// Everything `briefing` writes: summary.txt, figures.json, figures.csv, briefing.pdf, charts/.
    /// Each is written whatever happens to the others (the data files first: they need no
    /// rendering); `failures` lists those that could not be written.
    public func writeAll(_ digest: Digest, figures: [Figure], summary: String, to folder: URL) -> ReportArtifacts {
        var artifacts = ReportArtifacts()
        let texts: [(String, () -> String)] = [
            ("summary.txt", { summary }), ("figures.json", { Figure.jsonText(figures) }), ("figures.csv", { Figure.csvText(figures) }),
        ]
        var dataFiles: [URL] = []
        for (name, text) in texts {
            let url = folder.appendingPathComponent(name)
            do { try OutputFile.write(text(), to: url); dataFiles.append(url) }
            catch { artifacts.failures.append("\(error)") }
        }
        let pdf = folder.appendingPathComponent("briefing.pdf")
        let planned = Self.drawableCharts(for: digest)  // planned and laid out once for the PDF and the chart files
        do {
            artifacts.pageCount = try writePDF(digest, planned: planned, to: pdf, notes: &artifacts).pageCount
            artifacts.pdf = pdf
        } catch {
            artifacts.failures.append("\(error)")
        }
        let charts = writeCharts(digest, planned: planned, to: folder.appendingPathComponent("charts"))
        artifacts.charts = charts.charts
        // The PDF's notes already name the characters and omissions its charts share.
        artifacts.failures += charts.failures.filter { !artifacts.failures.contains($0) }
        artifacts.warnings += charts.warnings.filter { !artifacts.warnings.contains($0) }
        artifacts.files = (artifacts.pdf.map { [$0] } ?? []) + artifacts.charts + dataFiles
        return artifacts
    }

    /// Removes `<ours>.<ext>` files not written by this run: only names this tool gives charts.
    private func removeStaleCharts(in folder: URL, keeping: Set<String>, ext: String) {
        let ours = ["changes-overview", "rates-progress", "targets-progress", "trend-", "series-"]
            + Figure.Category.allCases.map { $0.rawValue + "-" }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names where name.hasSuffix("." + ext) && !keeping.contains(name)
            && ours.contains(where: { name.hasPrefix($0) }) {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }
}
