import Foundation

/// A table told as sentences the extractor reads, one paragraph per data row:
///
/// ```
/// 表3：2021年主要工业产品产量及其增长速度            (caption, as printed)
/// 产品名称   单位   产量     比上年增长（%）
/// 汽车       万辆   62.6     15.1
///   ─► 2021年汽车产量为62.6万辆，比上年增长15.1%。
/// ```
/// Columns have roles from their headers: the unit column (单位), change columns (增长, 比上年,
/// 增速, 增减, 同比; a negative value reads 下降), level columns (the other numeric ones; a noun
/// in the header such as 产量 or 指数 joins the metric). The level's unit is the row's unit
/// cell, else the header's `（亿元）`, else the caption's `单位：万吨`; the year is the one the
/// header or caption names; a row whose label is a year (`2017 年`) is that year's, each value
/// named by its column's header (`2017年Ⅰ～Ⅲ类水质比例为73.8%；…`). A child row (`#住宅`, `其中：…`, or indented) with a short label takes
/// its parent's metric (铁路 under 全年货物周转量 → 铁路货物周转量; see `childMetric`). The label, value and unit
/// characters keep their place on the page; the joining words are the ingest's own.
enum TableSentences {
    enum Role: Equatable {
        case label, unit, level(noun: String), change(basis: String)
        /// The row's year (`年份`), the row's basis for its changes (`基准`: 同比, 较2019年).
        case year, basis
        case other
    }

    static func append(_ table: PDFTable, page: Int, into assembly: inout TextAssembly) {
        if !table.caption.isEmpty {
            assembly.startOwnParagraph()
            for (k, row) in table.caption.enumerated() {
                if k > 0 { assembly.append(literal: " ") }
                for (i, f) in row.enumerated() {
                    if i > 0 { assembly.append(literal: " ") }
                    assembly.append(f.glyphs, page: page)
                }
            }
            assembly.append(literal: "。")
            assembly.endParagraph()
        }
        let headers = table.headers
        let rowsCells = table.rows.map { row in
            var cells = [[PDFGlyph]](repeating: [], count: table.columns.count)
            for f in row { cells[table.column(of: f)] += f.glyphs.filter { !$0.isSpace } }
            return cells
        }
        let roles = roles(headers: headers, cells: rowsCells)
        let captionText = table.captionText.filter { $0 != " " }
        let captionUnit = unit(afterLabelIn: captionText)
        let tableYear = self.year(in: captionText) ?? headers.lazy.compactMap { self.year(in: $0) }.first
        let labelX = table.rows.map { $0[0].x0 }.min() ?? 0
        var parent: String?
        for (row, cells) in zip(table.rows, rowsCells) {
            // The label: the text of the label columns, left to right, empty cells (—) left out.
            let labelGlyphs = roles.indices.filter { roles[$0] == .label && !isEmptyCell(cells[$0]) }.flatMap { cells[$0] }
            guard !labelGlyphs.isEmpty, QuantityCell(labelGlyphs) == nil else { continue }
            let (kept, cleaned, marked) = cleanLabel(labelGlyphs)
            guard !kept.isEmpty else { continue }
            // A label that is a year (`2017 年`): the row is that year's, its metrics the headers'.
            let yearRow = self.year(in: cleaned) != nil && cleaned.count <= 6
            let indented = row[0].x0 > labelX + 0.8 * row[0].size
            let child = marked || indented
            let around: (before: String, after: String)? = child ? parent.flatMap { childMetric(cleaned, parent: stripScope($0)) } : nil
            if !child { parent = cleaned }
            let unitCell = roles.firstIndex(of: .unit).map { cells[$0] } ?? []
            let rowYear = roles.firstIndex(of: .year).flatMap { yearValue(cells[$0]) }
            let rowBasis = roles.firstIndex(of: .basis).map { cells[$0] }.flatMap { isEmptyCell($0) ? nil : text($0) }
            var clauses: [(inout TextAssembly) -> Void] = []
            for (c, r) in roles.enumerated() {
                guard let q = QuantityCell(cells[c]) else { continue }
                switch r {
                case let .level(noun) where q.sign == nil:
                    let headerUnit = unit(inParenthesesOf: headers[c])
                    clauses.append({ a in
                        let named = !yearRow && (noun.isEmpty || cleaned.hasSuffix(noun) || "量额值数率".contains(cleaned.last!))
                        a.append(literal: (named ? "" : noun) + "为" + (q.approx ? "约" : ""))
                        a.append(q.number, page: page)
                        if !q.unit.isEmpty { a.append(q.unit, page: page) }
                        else if !unitCell.isEmpty { a.append(unitCell, page: page) }
                        else if q.number.last?.scalar != "%" { a.append(literal: headerUnit ?? captionUnit ?? "") }
                        a.append(q.qualifier, page: page)
                    })
                case .level:  // a signed value (▲+5%, −8.2万吨) in a column of values is a change
                    clauses.append({ a in
                        let words = q.isPercent ? (q.sign == .down ? "下降" : "增长") : (q.sign == .down ? "减少" : "增加")
                        a.append(literal: (rowBasis ?? "") + words + (q.approx ? "约" : ""))
                        a.append(q.number, page: page)
                        if !q.unit.isEmpty { a.append(q.unit, page: page) } else if !unitCell.isEmpty { a.append(unitCell, page: page) }
                        a.append(q.qualifier, page: page)
                    })
                case let .change(basis):
                    clauses.append({ a in
                        a.append(literal: (rowBasis ?? basis) + (q.sign == .down ? "下降" : "增长") + (q.approx ? "约" : ""))
                        a.append(q.number, page: page)
                        if !q.unit.isEmpty { a.append(q.unit, page: page) } else if q.number.last?.scalar != "%" { a.append(literal: "%") }
                        a.append(q.qualifier, page: page)
                    })
                default: continue
                }
            }
            guard !clauses.isEmpty else { continue }
            assembly.startOwnParagraph()
            if let year = rowYear ?? tableYear, !yearRow { assembly.append(literal: "\(year)年") }
            assembly.append(literal: around?.before ?? "")
            assembly.append(kept, page: page)
            assembly.append(literal: around?.after ?? "")
            for (k, clause) in clauses.enumerated() {
                if k > 0 { assembly.append(literal: yearRow ? "；" : "，") }
                clause(&assembly)
            }
            assembly.append(literal: "。")
            assembly.endParagraph()
        }
    }

    /// Each column's role, from its header and its cells: the unit column (单位), the year
    /// (年份/年度) and basis (基准) columns, columns of figures (half their cells quantities or
    /// more: changes when the header says 增长/比上年/同比…, else levels), the label (column 0, and
    /// the other text columns before the first column of figures), the rest (来源, 备注, 序号, 类型,
    /// text after the figures) ignored.
    static func roles(headers: [String], cells: [[[PDFGlyph]]]) -> [Role] {
        let n = headers.count
        var roles = (0..<n).map { c -> Role in
            let filled = cells.map { $0[c] }.filter { !isEmptyCell($0) }
            let quantities = filled.filter { QuantityCell($0) != nil }.count
            return role(of: headers[c], column: c, figures: !filled.isEmpty && 2 * quantities >= filled.count)
        }
        if roles.first == .other, roles.dropFirst().contains(.label) == false, roles.count > 1 {
            roles[0] = .label  // a first column headed 类型 with nothing else to name the row
        }
        let firstFigures = roles.firstIndex { if case .level = $0 { true } else if case .change = $0 { true } else { false } } ?? n
        for c in 0..<n where roles[c] == .label && c > firstFigures { roles[c] = .other }
        return roles
    }

    static func role(of header: String, column: Int, figures: Bool = true) -> Role {
        if header.contains("单位") { return column == 0 ? .label : .unit }
        if ["来源", "备注", "序号", "类型", "说明", "资料"].contains(where: header.contains) { return .other }
        if column > 0, header == "年份" || header == "年度" { return .year }
        if column > 0, header.contains("基准") { return .basis }
        guard column > 0, figures else { return .label }
        for cue in ["增长", "增速", "增减", "比上年", "同比", "增幅"] where header.contains(cue) {
            return .change(basis: header.contains("比上年末") ? "比上年末" : header.contains("同比") ? "同比" : "比上年")
        }
        var noun = header
        if let open = noun.firstIndex(where: { $0 == "（" || $0 == "(" }) { noun = String(noun[..<open]) }
        noun = noun.replacingOccurrences(of: #"\d{4}年末?"#, with: "", options: .regularExpression)
        if ["绝对数", "数值", "数量", "指标", "本年", "全年", "总量", "合计"].contains(noun) { noun = "" }
        return .level(noun: noun)
    }

    /// A cell with nothing in it, or only a dash (—, -, …: no value).
    static func isEmptyCell(_ g: [PDFGlyph]) -> Bool { g.allSatisfy { "—–-－…/".unicodeScalars.contains($0.scalar) } }

    static func text(_ g: [PDFGlyph]) -> String { String(String.UnicodeScalarView(g.map(\.scalar))) }

    /// The year a 年份 cell holds (`2024`, `2024年`).
    static func yearValue(_ g: [PDFGlyph]) -> Int? {
        let t = text(g).replacingOccurrences(of: "年", with: "")
        guard t.count == 4, let y = Int(t), (1900...2099).contains(y) else { return nil }
        return y
    }

    /// The label without its markers (`#`, `其中：`), as glyphs and text, and whether it had one.
    static func cleanLabel(_ glyphs: [PDFGlyph]) -> ([PDFGlyph], String, Bool) {
        var g = glyphs[...]
        var marked = false
        let text = String(String.UnicodeScalarView(g.map(\.scalar)))
        if text.hasPrefix("其中") {
            marked = true
            g = g.dropFirst(2)
            if let c = g.first?.scalar, ":：".unicodeScalars.contains(c) { g = g.dropFirst() }
        }
        while let c = g.first?.scalar, "#＃".unicodeScalars.contains(c) { g = g.dropFirst(); marked = true }
        let kept = Array(g)
        return (kept, String(String.UnicodeScalarView(kept.map(\.scalar))), marked)
    }

    /// A child row's metric as the words around its label: its longest ending the parent holds
    /// is replaced by the label (住户存款 under 金融机构人民币存款余额 → 金融机构人民币 + 住户存款
    /// + 余额); else a label of up to three characters goes before the parent (铁路 + 货物周转量);
    /// else the label stands alone (nil).
    static func childMetric(_ child: String, parent: String) -> (before: String, after: String)? {
        let scalars = Array(child)
        for n in stride(from: scalars.count - 1, through: 2, by: -1) {
            let ending = String(scalars[(scalars.count - n)...])
            if let r = parent.range(of: ending) {
                return (String(parent[..<r.lowerBound]), String(parent[r.upperBound...]))
            }
        }
        return scalars.count <= 3 ? ("", parent) : nil
    }

    /// A parent label without 全年/年末, as a child's metric.
    static func stripScope(_ label: String) -> String {
        var s = label
        for w in ["全年", "年末"] where s.hasPrefix(w) { s.removeFirst(w.count) }
        return s
    }

    /// `万吨` in `单位：万吨` (or `单位:万吨`).
    static func unit(afterLabelIn text: String) -> String? {
        guard let r = text.range(of: "单位") else { return nil }
        var rest = text[r.upperBound...].drop { $0 == "：" || $0 == ":" }
        rest = rest.prefix { !"，,；;）)、 ".contains($0) }
        return rest.isEmpty ? nil : String(rest)
    }

    /// `亿元` in `2021年（亿元）`, `%` in `比例（%）`; nil when there are no parentheses.
    static func unit(inParenthesesOf header: String) -> String? {
        guard let open = header.firstIndex(where: { $0 == "（" || $0 == "(" }) else { return nil }
        let inner = header[header.index(after: open)...].prefix { $0 != "）" && $0 != ")" }
        return inner.isEmpty ? nil : String(inner)
    }

    /// The first year (19xx, 20xx) followed by 年 in `text`.
    static func year(in text: String) -> Int? {
        guard let r = text.range(of: #"(19|20)\d{2}(?=年)"#, options: .regularExpression) else { return nil }
        return Int(text[r])
    }
}
