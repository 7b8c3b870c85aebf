import BriefingAnalysis
import BriefingRender
import Foundation

/// What a run wrote.
public struct ReportArtifacts: Sendable {
    public var pdf: URL?
    public var pageCount = 0
    public var charts: [URL] = []
    public var files: [URL] = []
}

/// Writes the briefing's files, each atomically (temporary file, then rename): a failed run
/// leaves the previous files as they were, never a half-written one.
public struct ReportWriter: Sendable {
    public var options: ReportOptions
    /// Chart width in points: the PDF's content width, so PNG and PDF charts match.
    public static let chartWidth = PageGeometry.a4.contentWidth

    public init(options: ReportOptions) { self.options = options }

    @discardableResult
    public func writePDF(_ digest: Digest, to url: URL) throws -> PDFResult {
        let spec = BriefingDocument.spec(digest, charts: ChartPlan.charts(for: digest), options: options)
        return try PDFWriter().write(spec, to: url)
    }

    /// Every chart as PNG (at `options.scale`) or SVG in `folder`. Charts a previous run left
    /// under our own names and this run does not make are removed, so the folder shows this run.
    public func writeCharts(_ digest: Digest, to folder: URL) throws -> [URL] {
        let charts = ChartPlan.charts(for: digest)
        let ext = options.chartFormat.rawValue
        let urls = charts.map { folder.appendingPathComponent("\($0.name).\(ext)") }
        let renderer = ChartRenderer()
        switch options.chartFormat {
        case .png:
            try renderer.writePNGs(zip(charts, urls).map { (chart: $0.spec, url: $1) },
                                   size: (Self.chartWidth, 0), scale: options.scale, background: .white)
        case .svg:
            for (chart, url) in zip(charts, urls) { try renderer.writeSVG(chart.spec, size: (Self.chartWidth, 0), to: url) }
        }
        removeStaleCharts(in: folder, keeping: Set(urls.map(\.lastPathComponent)), ext: ext)
        return urls
    }

    /// Everything `briefing` writes: briefing.pdf, charts/, summary.txt, figures.json, figures.csv.
    public func writeAll(_ digest: Digest, figures: [Figure], summary: String, to folder: URL) throws -> ReportArtifacts {
        var artifacts = ReportArtifacts()
        let pdf = folder.appendingPathComponent("briefing.pdf")
        artifacts.pageCount = try writePDF(digest, to: pdf).pageCount
        artifacts.pdf = pdf
        artifacts.charts = try writeCharts(digest, to: folder.appendingPathComponent("charts"))
        let texts: [(String, String)] = [
            ("summary.txt", summary), ("figures.json", Figure.jsonText(figures)), ("figures.csv", Figure.csvText(figures)),
        ]
        for (name, text) in texts {
            let url = folder.appendingPathComponent(name)
            try OutputFile.write(text, to: url)
            artifacts.files.append(url)
        }
        artifacts.files = [pdf] + artifacts.charts + artifacts.files
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
