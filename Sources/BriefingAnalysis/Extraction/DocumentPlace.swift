/// The place a report is about, read from its title, and what 全市 / 本省 / 我区 refer to.
///
/// A statistical bulletin names its city or province once, in the title
/// ("2021年某某市国民经济和社会发展统计公报"); its figures then say 全市 or nothing at all.
/// Every such figure is about that place: the subject is the place's name, so the same
/// city's figures meet across reports and a reader sees who is meant.
enum DocumentPlace {
    /// Administrative suffixes that end a place's name, longest first.
    private static let suffixes: [Scalars] = ["特别行政区", "自治区", "自治州", "地区", "流域", "省", "市", "州", "盟", "县", "区"]
        .map { Array($0.unicodeScalars) }

    /// The place named at the start of a title, after an optional year ("2021年", "2021年度"):
    /// 2–10 Han characters up to an administrative suffix, followed by a topic word of a
    /// report (国民经济, 生态环境, 统计公报…). "四川省成都市…" gives the last of them (成都市).
    static func place(inTitle text: Scalars, range: Range<Int>) -> String? {
        var i = range.lowerBound
        let hi = range.upperBound
        while i < hi, text[i] == " " || text[i] == "*" || text[i] == "#" { i += 1 }
        if i + 5 <= hi, (i..<(i + 4)).allSatisfy({ text[$0].isDigit }) {
            i += 4
            while i < hi, text[i] == " " { i += 1 }
            if i < hi, text[i] == "年" { i += 1 }
            if i < hi, text[i] == "度" { i += 1 }
        }
        let start = i
        var best: Int?
        var k = start
        while k < hi, k - start < 12, text[k].isHan {
            k += 1
            for suffix in suffixes where k - start >= suffix.count + 1 && text.matches(suffix, endingAt: k) {
                if k - start >= 3 || suffix.count == 1, Lexicon.shared.titleTopics.match(in: text, at: k) != nil || k == hi { best = k }
                break
            }
        }
        // "前三季度我市环境质量……": 我市 refers to a place, it names none.
        guard let end = best, !Lexicon.shared.regionWords.contains(text, (end - 2)..<end) else { return nil }
        // "四川省成都市": the narrowest place is meant.
        var nameStart = start
        for j in (start + 2)..<end {
            if suffixes.contains(where: { $0.count == 1 && $0[0] == text[j - 1] }) && end - j >= 2 && text[j - 1] == "省" { nameStart = j }
        }
        return text.string(nameStart..<end)
    }

    /// 全市, 本市, 我市 … → the title's place when it is of that level (a city for 市, a
    /// province for 省, a region for 区, a county for 县); otherwise the word as written.
    static func resolve(_ subject: String, place: String?, opening: [String] = []) -> String {
        // 我国 and 全国 are the same nation: one name, so its figures meet.
        if subject == "我国" { return "全国" }
        // Without a title's place of that level, a place named in the text's first lines
        // ("湖南日报讯……我省", "来源：某某市政府网……我市") is meant.
        if let level = subject.unicodeScalars.last, place?.unicodeScalars.last != level,
           let named = opening.first(where: { $0.unicodeScalars.last == level }) {
            return resolve(subject, place: named)
        }
        guard let place, let level = subject.unicodeScalars.last,
              subject.unicodeScalars.count == 2, let first = subject.unicodeScalars.first,
              first == "全" || first == "本" || first == "我" else { return subject }
        if first == "我" || first == "本" || first == "全", level != "国", place.unicodeScalars.last == level { return place }
        // 自治区 ends with 区: 全区 means it too.
        return subject
    }

    /// "长株潭地区", "某某市", "湘西自治州": 2–8 Han characters ending with an administrative
    /// suffix — a place, whose figures the paragraph's later sentences go on stating.
    static func isPlaceName(_ name: String) -> Bool { isPlaceName(Array(name.unicodeScalars)) }

    static func isPlaceName(_ u: Scalars) -> Bool {
        if Lexicon.shared.wholeAreas.contains(u) { return true }
        guard (3...10).contains(u.count), u.allSatisfy(\.isHan), !Lexicon.shared.regionWords.contains(u) else { return false }
        return suffixes.contains { u.count > $0.count + 1 && Array(u.suffix($0.count)) == $0 }
    }

    /// Places named in a text's opening lines, by level: a province by its short name (湖南 →
    /// 湖南省), a city as 2–3 Han characters and 市 opening a run of Han text (来源：三明市政府网).
    static func places(inOpening text: Scalars, range: Range<Int>) -> [String] {
        var found: [String] = []
        var i = range.lowerBound
        while i < range.upperBound {
            // "从西安市统计局了解到", "1-4月西安市…": a name also starts after a word that
            // cannot end one.
            let startsRun = i == range.lowerBound || !text[i - 1].isHan || Self.nameOpeners.contains(text[i - 1])
            if let province = Lexicon.shared.province(at: i, in: text) {
                // "中广网北京4月22日消息": a dateline's city is where the news was filed, not its
                // subject; "29日在北京透露": nor is where someone spoke.
                let end = i + province.short.count
                let dateline = end < range.upperBound && text[end].isDigit
                // "其中广东增长19.1%", "广东、广西": a member of what the text is about.
                let member = (i >= 2 && text.matches(Lexicon.shared.componentsOpener, at: i - 2)) || (i > 0 && text[i - 1] == "、")
                    || (end < range.upperBound && (text[end] == "、" || text[end] == "和")) || statesAFigure(text, end, range)
                if !dateline, !member, !isVenue(text, i, end, range), !found.contains(province.full) { found.append(province.full) }
                i += province.short.count
                continue
            }
            if startsRun, let length = (3...4).first(where: { n in
                i + n <= range.upperBound && text[i + n - 1] == "市" && (i..<(i + n - 1)).allSatisfy { text[$0].isHan && text[$0] != "市" }
            }), !Lexicon.shared.regionBlockers.contains(text[i]), !"年月日".unicodeScalars.contains(text[i]),
               !Lexicon.shared.regionWords.contains(text, (i + length - 2)..<(i + length)) {
                let name = text.string(i..<(i + length))
                if !found.contains(name) { found.append(name) }
            }
            i += 1
        }
        return found
    }

    /// Scalars after which a place's name may start inside Han text (从, 在, 月: "从西安市…").
    static let nameOpeners: ScalarSet = ["从", "在", "于", "据", "月", "日", "年", "和", "与", "及", "对", "向", "由", "自"]

    /// "，云南增长8.2%": a name followed at once by a change or a basis is who a figure is
    /// about, no place of the whole text.
    static func statesAFigure(_ text: Scalars, _ end: Int, _ range: Range<Int>) -> Bool {
        let w = Lexicon.shared
        let k = afterSuffix(text, end, range)
        return w.upVerbs.match(in: text, at: k, limit: range.upperBound) != nil || w.downVerbs.match(in: text, at: k, limit: range.upperBound) != nil
            || w.yoyWords.match(in: text, at: k, limit: range.upperBound) != nil
    }

    /// "在北京透露", "于上海举行": a place where something was said or held, its name at
    /// `start..<end` after 在/于.
    static func isVenue(_ text: Scalars, _ start: Int, _ end: Int, _ range: Range<Int>) -> Bool {
        guard start > range.lowerBound, text[start - 1] == "在" || text[start - 1] == "于" else { return false }
        return Lexicon.shared.venueVerbs.match(in: text, at: afterSuffix(text, end, range), limit: range.upperBound) != nil
    }

    /// Past the 市 or 省 after a province's short name ending at `end` (北京市, 广东省).
    private static func afterSuffix(_ text: Scalars, _ end: Int, _ range: Range<Int>) -> Int {
        end < range.upperBound && "市省".unicodeScalars.contains(text[end]) ? end + 1 : end
    }
}
