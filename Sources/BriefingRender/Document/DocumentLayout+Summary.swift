/// A readable summary of what landed on each page, for tests and diagnostics.
public enum PageItem: Equatable, Sendable {
    case title(String)
    case heading(level: Int, text: String)
    /// `lines` of a paragraph with `totalLines` lines.
    case paragraph(lines: Range<Int>, totalLines: Int)
    case chart(title: String, height: Double)
    /// Rows `rows` of a table; `header` when its header row is drawn on this page.
    case table(caption: String?, rows: Range<Int>, header: Bool)
    case tableOfContentsTitle
    case tableOfContentsEntry(index: Int)
    /// A source crop: its caption and how many marks it shows.
    case sourceCrop(caption: String, marks: Int)
}

/// The document after pagination: page by page, plus where each heading landed.
public struct Pagination: Sendable, Equatable {
    public let pages: [[PageItem]]
    /// Headings with their 1-based page numbers.
    public let headings: [PDFResult.OutlineEntry]
}

extension DocumentLayout {
    var summary: Pagination {
        let pageItems = pages.map { page in
            page.map { block -> PageItem in
                switch block {
                case let .title(box, _, _): return .title(box.layout.lineTexts().joined())
                case let .heading(level, box, _, anchor):
                    let text = headings.first { $0.anchor == anchor }?.text ?? ""
                    _ = box
                    return .heading(level: level, text: text)
                case let .lines(box, lines, _, _, _): return .paragraph(lines: lines, totalLines: box.lineCount)
                case let .chart(c, _): return .chart(title: c.texts.first { $0.role == .title }?.text ?? "", height: c.height)
                case let .table(t, rows, _, header, _, _): return .table(caption: t.spec.caption, rows: rows, header: header)
                case .tocTitle: return .tableOfContentsTitle
                case let .tocEntry(index, _): return .tableOfContentsEntry(index: index)
                case let .sourceCrop(c, _): return .sourceCrop(caption: c.spec.caption, marks: c.spec.marks.count)
                }
            }
        }
        return Pagination(pages: pageItems,
                          headings: headings.map { PDFResult.OutlineEntry(level: $0.level, title: $0.text, page: $0.page + 1) })
    }
}
