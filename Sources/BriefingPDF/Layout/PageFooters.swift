/// Page footers and headers that are only a page number: `— 2 —`, `- 2 -`, `2`, `第2页`,
/// `第 2 页 共 9 页`, `2/9`, in the top 8% or the bottom 12% of the page. They are dropped.
enum PageFooters {
    static func isFooter(_ f: Fragment, pageHeight: Double) -> Bool {
        guard f.y0 > pageHeight * 0.88 || f.y1 < pageHeight * 0.08 else { return false }
        var digits = 0
        for g in f.glyphs where !g.isSpace {
            switch g.scalar {
            case "0"..."9": digits += 1
            case "—", "–", "-", "－", "─", "第", "页", "共", "/", "·", "Ⅰ", "・": continue
            default: return false
            }
        }
        return digits > 0 && digits <= 4
    }
}
