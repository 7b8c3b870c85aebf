import Foundation
import Testing
import BriefingRender

/// Writes sample output to $BRIEFING_LOOK_DIR (when set) for a person to look at.
@Test func writeSamplesForLooking() throws {
    guard let dir = ProcessInfo.processInfo.environment["BRIEFING_LOOK_DIR"] else { return }
    let out = URL(fileURLWithPath: dir)
    let r = ChartRenderer()
    for (i, c) in Fixtures.allCharts.enumerated() {
        let h = try r.naturalHeight(c, width: 480)
        try r.writePNG(c, size: (480, h), scale: 2, background: .white, to: out.appendingPathComponent("chart\(i).png"))
        try r.writeSVG(c, size: (480, h), to: out.appendingPathComponent("chart\(i).svg"))
        try r.writePNG(c, size: (320, 0), scale: 1, background: .transparent, to: out.appendingPathComponent("narrow\(i).png"))
    }
}

@Test func writeSampleDocumentForLooking() throws {
    guard let dir = ProcessInfo.processInfo.environment["BRIEFING_LOOK_DIR"] else { return }
    let r = try PDFWriter().write(Fixtures.document(), to: URL(fileURLWithPath: dir).appendingPathComponent("doc.pdf"))
    print("pages", r.pageCount, r.outline)
}
