import Foundation
import Testing
@testable import BriefingRender

@Suite struct ExportTests {
    let renderer = ChartRenderer()

    @Test(arguments: [1.0, 2.0, 3.0])
    func pngSizeFollowsTheScale(scale: Double) throws {
        let dir = Fixtures.tempDir()
        let url = dir.appendingPathComponent("bars.png")
        try renderer.writePNG(Fixtures.diverging, size: (400, 300), scale: scale, background: .white, to: url)
        let data = try Data(contentsOf: url)
        #expect(data.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        // IHDR: width and height, big endian, at bytes 16…23.
        let w = data[16..<20].reduce(0) { $0 << 8 | Int($1) }, h = data[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect(w == Int(400 * scale) && h == Int(300 * scale))
    }

    @Test func pixelsAtComputedPositionsHaveTheExpectedColours() throws {
        let image = try renderer.rasterize(Fixtures.diverging, size: (480, 0), scale: 2)
        #expect(image.pixelWidth == 960)
        for mark in image.layout.marks where mark.rect.width > 4 {
            let c = try #require(image.color(at: mark.rect.center))
            let e = mark.color.bytes
            #expect(abs(Int(c.r) - Int(e.r)) <= 2 && abs(Int(c.g) - Int(e.g)) <= 2 && abs(Int(c.b) - Int(e.b)) <= 2, "\(mark)")
        }
        let corner = try #require(image.color(at: Point(x: 1, y: 1)))
        #expect(corner.r == 255 && corner.g == 255 && corner.b == 255 && corner.a == 255)
    }

    @Test func transparentBackgroundLeavesEmptyPixelsClear() throws {
        let image = try renderer.rasterize(Fixtures.progress, size: (480, 0), scale: 1, background: .transparent)
        #expect(try #require(image.color(at: Point(x: 1, y: 1))).a == 0)
        let fill = image.layout.marks[0].rect
        #expect(try #require(image.color(at: fill.center)).a == 255)
    }

    @Test func pngAndSvgAreDeterministic() throws {
        let dir = Fixtures.tempDir()
        for (i, chart) in Fixtures.allCharts.enumerated() {
            let a = dir.appendingPathComponent("a\(i).png"), b = dir.appendingPathComponent("b\(i).png")
            try renderer.writePNG(chart, size: (480, 0), scale: 2, to: a)
            try renderer.writePNG(chart, size: (480, 0), scale: 2, to: b)
            #expect(try Data(contentsOf: a) == Data(contentsOf: b))
            let s1 = dir.appendingPathComponent("a\(i).svg"), s2 = dir.appendingPathComponent("b\(i).svg")
            try renderer.writeSVG(chart, size: (480, 0), to: s1)
            try renderer.writeSVG(chart, size: (480, 0), to: s2)
            let svg = try String(contentsOf: s1, encoding: .utf8)
            #expect(svg.contains("<svg") && svg.contains("</svg>"))
            #expect(try Data(contentsOf: s1) == Data(contentsOf: s2))
        }
        #expect(leftoverTempFiles(in: dir).isEmpty)
    }

    @Test func missingOutputFolderIsCreated() throws {
        let url = Fixtures.tempDir().appendingPathComponent("a/b/c/chart.png")
        try renderer.writePNG(Fixtures.tiles, size: (480, 0), scale: 1, to: url)
        #expect(FileManager.default.fileExists(atPath: url.path))
    }

    @Test func anOutputPathThatIsAFolderIsAClearError() throws {
        let dir = Fixtures.tempDir()
        #expect(throws: RenderError.outputIsDirectory(path: dir.path)) {
            try renderer.writePNG(Fixtures.tiles, size: (480, 0), scale: 1, to: dir)
        }
        #expect(RenderError.outputIsDirectory(path: dir.path).description.contains(dir.path))
    }

    @Test func anUnwritableFolderIsAClearErrorAndLeavesNoFile() throws {
        let dir = Fixtures.tempDir()
        let blocker = dir.appendingPathComponent("not-a-folder")
        try Data("x".utf8).write(to: blocker)
        let url = blocker.appendingPathComponent("chart.svg")
        #expect {
            try renderer.writeSVG(Fixtures.tiles, size: (480, 0), to: url)
        } throws: { error in
            guard case let RenderError.cannotCreateDirectory(path, _) = error else { return false }
            return path == blocker.path
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["not-a-folder"])
    }

    @Test func aFailedRenderLeavesNoPartialFile() throws {
        let dir = Fixtures.tempDir()
        let url = dir.appendingPathComponent("bad.png")
        #expect(throws: RenderError.self) {
            try renderer.writePNG(.divergingBars(title: "x", unit: "%", source: "y", rows: []), size: (480, 0), scale: 1, to: url)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }
}

@Suite struct BatchExportTests {
    @Test func batchPNGExportWritesEveryChartAndReportsTheFirstError() throws {
        let dir = Fixtures.tempDir()
        let renderer = ChartRenderer()
        let jobs = Fixtures.allCharts.enumerated().map { ($1, dir.appendingPathComponent("c\($0).png")) }
        try renderer.writePNGs(jobs, size: (480, 0), scale: 2)
        for (i, chart) in Fixtures.allCharts.enumerated() {
            let single = dir.appendingPathComponent("s\(i).png")
            try renderer.writePNG(chart, size: (480, 0), scale: 2, to: single)
            #expect(try Data(contentsOf: single) == Data(contentsOf: jobs[i].1))
        }
        let bad = ChartSpec.progressBars(title: "坏", source: "无", rows: [])
        #expect(throws: RenderError.self) {
            try renderer.writePNGs([(Fixtures.tiles, dir.appendingPathComponent("ok.png")), (bad, dir.appendingPathComponent("bad.png"))], size: (480, 0))
        }
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("bad.png").path))
        #expect(leftoverTempFiles(in: dir).isEmpty)
    }
}
