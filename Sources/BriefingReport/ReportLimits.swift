import BriefingAnalysis

/// How much of a large job the briefing and the summary list. Up to `fullListThreshold`
/// figures everything is listed, as it always was; above it the category tables, targets,
/// conflicts and derived values show their top rows, the appendix lists only the figures the
/// briefing shows, and the terminal summary the top of each category with a count of the rest.
/// `figures.csv` and `figures.json` are always complete; `--full-appendix` lists everything.
public enum ReportLimits {
    /// Figures up to which the briefing lists every one (a 40-page appendix holds about this).
    public static let fullListThreshold = 2_000
    /// Rows per verdict (improved, worsened, unknown, level) in a category table above the threshold.
    static let tableRowsPerStatus = 5
    /// Rows of the targets and derived tables above the threshold.
    static let tableRows = 20
    /// Conflicts listed above the threshold.
    static let conflictRows = 10
    /// Values listed per conflict above the threshold (one metric may disagree a thousand times).
    static let conflictValues = 4
    /// Figures per verdict in each category of the terminal summary above the threshold.
    static let summaryRowsPerStatus = 3
    /// Progress-bar charts (10 rows each) of rates and of targets above the threshold.
    static let progressCharts = 3
    /// Trend charts (one metric's values over the years) above the threshold.
    static let trendCharts = 12
    /// Source crops in the appendix at most (PDF input): each is a band of a page, vector
    /// drawn, so the briefing's size grows with them (see README, PDF input).
    public static let sourceCrops = 200
    /// Where the complete list stands, for notes and shortened cells.
    static let completeList = "全部见 figures.csv / figures.json"
    /// The same, short enough for a narrow table cell.
    static let completeListInCell = "全部见figures.csv"

    /// Whether a job of `figures` figures is listed in part (not with `full`).
    static func capped(_ figures: Int, full: Bool) -> Bool { !full && figures > fullListThreshold }
}
