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
    enum Role: Equatable { case label, unit, level(noun: String), change(basis: String), other }

    static func append(_ table: PDFTable, page: Int, into assembly: inout TextAssembly) {
        if !table.caption.isEmpty {
            assembly.endParagraph()
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
        let roles = headers.enumerated().map { role(of: $0.element, column: $0.offset) }
        let captionText = table.captionText.filter { $0 != " " }
        let captionUnit = unit(afterLabelIn: captionText)
        let year = self.year(in: captionText) ?? headers.lazy.compactMap { self.year(in: $0) }.first
        let labelX = table.rows.map { $0[0].x0 }.min() ?? 0
        var parent: String?
        for row in table.rows {
            var cells = [[Fragment]](repeating: [], count: table.columns.count)
            for f in row { cells[table.column(of: f)].append(f) }
            let labelGlyphs = cells.first?.flatMap(\.glyphs).filter { !$0.isSpace } ?? []
            guard !labelGlyphs.isEmpty, !(cells.first?.allSatisfy(\.isNumeric) ?? true) else { continue }
            let (kept, cleaned, marked) = cleanLabel(labelGlyphs)
            guard !kept.isEmpty else { continue }
            // A label that is a year (`2017 年`): the row is that year's, its metrics the headers'.
            let yearRow = self.year(in: cleaned) != nil && cleaned.count <= 6
            let indented = row[0].x0 > labelX + 0.8 * row[0].size
            let child = marked || indented
            let around: (before: String, after: String)? = child ? parent.flatMap { childMetric(cleaned, parent: stripScope($0)) } : nil
            if !child { parent = cleaned }
            let unitCell = roles.firstIndex(of: .unit).map { cells[$0].flatMap(\.glyphs).filter { !$0.isSpace } } ?? []
            var clauses: [(inout TextAssembly) -> Void] = []
            for (c, r) in roles.enumerated() {
                let value = cells[c].flatMap(\.glyphs).filter { !$0.isSpace }
                guard !value.isEmpty, cells[c].allSatisfy(\.isNumeric) else { continue }
                switch r {
                case let .level(noun):
                    let headerUnit = unit(inParenthesesOf: headers[c])
                    clauses.append({ a in
                        let named = !yearRow && (noun.isEmpty || cleaned.hasSuffix(noun) || "量额值数率".contains(cleaned.last!))
                        a.append(literal: named ? "为" : noun + "为")
                        a.append(value, page: page)
                        if !unitCell.isEmpty { a.append(unitCell, page: page) }
                        else { a.append(literal: headerUnit ?? captionUnit ?? "") }
                    })
                case let .change(basis):
                    let negative = value.first.map { "-−–".unicodeScalars.contains($0.scalar) } ?? false
                    let digits = negative ? Array(value.dropFirst()) : value
                    let percent = digits.last?.scalar == "%"
                    clauses.append({ a in
                        a.append(literal: basis + (negative ? "下降" : "增长"))
                        a.append(digits, page: page)
                        if !percent { a.append(literal: "%") }
                    })
                default: continue
                }
            }
            guard !clauses.isEmpty else { continue }
            assembly.endParagraph()
            if let year, !yearRow { assembly.append(literal: "\(year)年") }
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

    static func role(of header: String, column: Int) -> Role {
        if column == 0 { return .label }
        if header.contains("单位") { return .unit }
        for cue in ["增长", "增速", "增减", "比上年", "同比", "增幅"] where header.contains(cue) {
            return .change(basis: header.contains("比上年末") ? "比上年末" : header.contains("同比") ? "同比" : "比上年")
        }
        var noun = header
        if let open = noun.firstIndex(where: { $0 == "（" || $0 == "(" }) { noun = String(noun[..<open]) }
        noun = noun.replacingOccurrences(of: #"\d{4}年末?"#, with: "", options: .regularExpression)
        if ["绝对数", "数值", "数量", "指标", "本年", "全年", "总量", "合计"].contains(noun) { noun = "" }
        return .level(noun: noun)
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
