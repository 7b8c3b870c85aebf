/// Source crops: caption, the source page drawn by its ``ExternalPageDrawing`` inside a clip,
/// a frame, the marks (translucent marker, outline, numbered badge) and the legend; tagged Figure.
extension PagePainter {
    /// The marker over a highlighted number (Okabe-Ito yellow, translucent: the number stays legible).
    static let markFill = RGBA(hex: 0xF0E442, alpha: 0.45)
    /// Its outline and badge (Okabe-Ito orange, darkened for white text on it).
    static let markLine = RGBA(hex: 0xC77800)

    mutating func drawSourceCrop(_ c: SourceCropLayout, at origin: Point) throws {
        begin("Figure")
        context.showLayout(c.caption.layout, at: origin, c.caption.style.color)
        let region = c.spec.region
        let image = Rect(x: origin.x, y: origin.y + c.caption.height + SourceCropLayout.captionGap,
                         width: c.imageWidth, height: c.imageHeight)
        context.save()
        context.clip(image)
        context.paint(Palette.white)
        context.translate(image.x, image.y)
        context.scale(c.scale, c.scale)
        context.translate(-region.x, -region.y)
        c.spec.page.drawing.draw(cairo: context.pointer)
        context.restore()
        try context.checkStatus("drawing the source crop \"\(c.spec.caption)\"")
        context.strokeRect(image, Palette.neutral, width: 0.6)

        context.save()
        context.clip(image.insetBy(dx: -6, dy: -6))
        for (mark, badge) in zip(c.spec.marks, c.badges) {
            let box = Rect(x: image.x + (mark.box.x - region.x) * c.scale, y: image.y + (mark.box.y - region.y) * c.scale,
                           width: mark.box.width * c.scale, height: mark.box.height * c.scale).insetBy(dx: -1.2, dy: -0.6)
            context.fillRect(box, Self.markFill)
            context.strokeRect(box, Self.markLine, width: 0.9)
            let w = max(badge.width + 3, 8.5), h = 8.5
            let tag = Rect(x: box.x - w * 0.5, y: box.y - h * 0.75, width: w, height: h)
            context.fillRoundedRect(tag, radius: h / 2, Self.markLine)
            context.showLayout(badge.layout, at: Point(x: tag.midX - badge.width / 2, y: tag.midY - badge.height / 2), Palette.white)
        }
        context.restore()

        context.showLayout(c.legend.layout, at: Point(x: origin.x, y: image.maxY + SourceCropLayout.legendGap), c.legend.style.color)
        try end("Figure")
    }
}
