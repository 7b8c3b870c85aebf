import Foundation

/// Document information written into the PDF.
public struct DocumentMetadata: Sendable, Hashable {
    public var title: String
    public var author: String
    public var subject: String
    public var keywords: [String]
    public var creator: String
    /// Creation and modification date. nil: `SOURCE_DATE_EPOCH` when set, else now.
    public var date: Date?
    public init(title: String, author: String = "", subject: String = "", keywords: [String] = [],
                creator: String = "Briefing", date: Date? = nil) {
        self.title = title; self.author = author; self.subject = subject
        self.keywords = keywords; self.creator = creator; self.date = date
    }

    /// The date used: `date`, else `SOURCE_DATE_EPOCH`, else now.
    public func resolvedDate(environment: [String: String] = ProcessInfo.processInfo.environment) -> Date {
        if let date { return date }
        if let epoch = environment["SOURCE_DATE_EPOCH"], let seconds = Double(epoch.trimmingCharacters(in: .whitespaces)) {
            return Date(timeIntervalSince1970: seconds)
        }
        return Date()
    }
}

/// Paragraph styles.
public enum ParagraphStyle: Sendable, Hashable {
    /// 10.5 pt at 1.5 line height, justified.
    case body
    /// 8.5 pt grey.
    case note
}

/// A table column.
public struct TableColumn: Sendable, Hashable {
    public var header: String
    /// Relative width (weights are normalised over the content width).
    public var width: Double
    public var alignment: TextAlignment
    /// The most lines a body cell of this column shows (nil: as many as half a page holds). A
    /// longer cell is shortened by the engine (see ``TableSpec``).
    public var maxLines: Int?
    public init(_ header: String, width: Double = 1, alignment: TextAlignment = .left, maxLines: Int? = nil) {
        self.header = header; self.width = width; self.alignment = alignment; self.maxLines = maxLines
    }
}

/// A table: split across pages between rows, header row repeated on every page. No content
/// makes it fail: a cell too tall for a page is shortened (``overflowNote``), and the caption and
/// source note are cut after a few lines with "…".
public struct TableSpec: Sendable, Hashable {
    public var columns: [TableColumn]
    /// Rows of cell strings (missing cells are empty; extra cells are an error).
    public var rows: [[String]]
    public var caption: String?
    /// The unit, shown as "单位：…" under the caption.
    public var unit: String?
    public var sourceNote: String?
    public var repeatHeader: Bool
    /// A body cell taller than half a page, or than its column's `maxLines`, is shortened by the
    /// engine (see ``TableLayout``): a list of items separated by "、" keeps its first items and
    /// ends "…等N处" (N: all of them), followed by `overflowNote`; other text ends with "…".
    /// Where the complete content of a shortened cell stands ("全部见 figures.csv").
    public var overflowNote: String?
    public init(columns: [TableColumn], rows: [[String]], caption: String? = nil, unit: String? = nil,
                sourceNote: String? = nil, repeatHeader: Bool = true, overflowNote: String? = nil) {
        self.columns = columns; self.rows = rows; self.caption = caption; self.unit = unit
        self.sourceNote = sourceNote; self.repeatHeader = repeatHeader
        self.overflowNote = overflowNote
    }
}

/// One block of document content, laid out top to bottom.
public enum Block: Sendable, Hashable {
    /// The document title (22 pt) with an optional subtitle line (notes style), e.g. at the top of page 1.
    case title(String, subtitle: String?)
    /// A heading, level 1…3; levels 1–2 go into the outline and the table of contents.
    case heading(level: Int, text: String)
    case paragraph(String, style: ParagraphStyle)
    /// A chart drawn as vectors across the content width; nil height: its natural height.
    case chart(ChartSpec, height: Double?)
    case table(TableSpec)
    /// KPI tiles without a chart title (a source note is still shown when given).
    case tiles([KPITile], sourceNote: String)
    /// A crop of a source page with highlighted boxes, caption and legend (kept on one page).
    case sourceCrop(SourceCropSpec)
    case spacer(Double)
    case pageBreak
    /// A table of contents of the level 1–2 headings, each entry linked to its page.
    case tableOfContents(title: String)

    public static func paragraph(_ text: String) -> Block { .paragraph(text, style: .body) }
    public static func chart(_ spec: ChartSpec) -> Block { .chart(spec, height: nil) }
}

/// How the running footer numbers pages.
public enum PageNumberStyle: Sendable, Hashable {
    /// "第 N 页 / 共 M 页"
    case chinese
    /// "N / M"
    case numeric
}

/// A document to paginate and write as PDF.
///
/// ```swift
/// let doc = DocumentSpec(metadata: DocumentMetadata(title: "环境绩效简报", author: "办公室"),
///                        blocks: [.heading(level: 1, text: "一、概况"), .paragraph("……"), .chart(chart)])
/// let result = try PDFWriter().write(doc, to: URL(fileURLWithPath: "Reports/briefing.pdf"))
/// ```
public struct DocumentSpec: Sendable, Hashable {
    public var metadata: DocumentMetadata
    public var blocks: [Block]
    /// Running header text; nil: the title.
    public var runningHeader: String?
    public var pageNumbers: PageNumberStyle
    public init(metadata: DocumentMetadata, blocks: [Block], runningHeader: String? = nil,
                pageNumbers: PageNumberStyle = .chinese) {
        self.metadata = metadata; self.blocks = blocks; self.runningHeader = runningHeader; self.pageNumbers = pageNumbers
    }
}

/// What a written PDF contains.
public struct PDFResult: Sendable, Equatable {
    public struct OutlineEntry: Sendable, Equatable {
        public let level: Int
        public let title: String
        /// 1-based page number.
        public let page: Int
    }
    public let pageCount: Int
    public let outline: [OutlineEntry]
    /// Characters drawn as `〔U+XXXX〕` (controls, characters without a glyph in any font).
    public let missingCharacters: [MissingCharacter]
}

/// A4 portrait with 20 mm side margins.
public struct PageGeometry: Sendable, Equatable {
    public var width = 595.276
    public var height = 841.89
    public var marginLeft = 56.693
    public var marginRight = 56.693
    /// Top of the content area (below the running header).
    public var contentTop = 72.0
    /// Bottom of the content area (above the footer).
    public var contentBottom = 841.89 - 62
    public var contentWidth: Double { width - marginLeft - marginRight }
    public var contentHeight: Double { contentBottom - contentTop }
    public init() {}
    public static let a4 = PageGeometry()
}
