/// Internal: a ``SourceCropSpec`` measured at a width: caption, the crop's size on the page
/// (the region scaled to the width, at most `maxScale`), the badges and the legend. The whole
/// block is kept on one page.
struct SourceCropLayout {
    let spec: SourceCropSpec
    let caption: TextBox
    let legend: TextBox
    let badges: [TextBox]
    /// Source points to page points.
    let scale: Double
    let imageWidth: Double
    let imageHeight: Double

    static let captionGap = 3.0
    static let legendGap = 4.0
    /// Space below the block.
    static let spaceAfter = 12.0
    /// The tallest a crop may be drawn, so that a block always fits on a page with its legend.
    static let maxImageHeight = 300.0

    init(_ spec: SourceCropSpec, width: Double, text: TextEngine) throws {
        guard spec.region.width > 0, spec.region.height > 0 else {
            throw RenderError.invalidSpec("source crop \"\(spec.caption)\": empty region \(spec.region)")
        }
        self.spec = spec
        caption = try text.box(spec.caption, style: TextStyle.note.with(bold: true), width: width, maxLines: 2)
        legend = try text.box(spec.legend, style: TextStyle.note.with(color: Palette.text), width: width, maxLines: 8)
        badges = try spec.marks.map { try text.box($0.label, style: TextStyle(size: 6.5, bold: true, color: Palette.white, lineHeight: 1)) }
        scale = min(spec.maxScale, width / spec.region.width, Self.maxImageHeight / spec.region.height)
        imageWidth = spec.region.width * scale
        imageHeight = spec.region.height * scale
    }

    var height: Double { caption.height + Self.captionGap + imageHeight + Self.legendGap + legend.height }
}
