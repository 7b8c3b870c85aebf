import Foundation
import Testing
@testable import BriefingAnalysis

/// A file read in chunks (`TextChunks`, `FigureExtractor.extract(from:)`) gives what the whole
/// file gives, byte for byte: the normalized text and its offsets, and the figures with their
/// quotes, lines, years and subjects, whatever the chunk size.
@Suite struct ChunkedIngestTests {
    /// The sample, every fixture (the series too), and the dev corpus's texts when present.
    static var texts: [String] {
        let fixtures = URL(fileURLWithPath: Extract.fixture("x")).deletingLastPathComponent().path
        var paths = [Extract.samplePath]
        for folder in [fixtures, fixtures + "/Series", "/work/shared/dev-corpus/texts"] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            paths += names.filter { $0.hasSuffix(".txt") }.sorted().map { folder + "/" + $0 }
        }
        return paths
    }

    /// Chunk sizes tried on every text: tiny, small, and five drawn at random (seeded).
    static let chunkSizes: [Int] = {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var sizes = [256, 4096]
        for _ in 0..<5 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            sizes.append(64 + Int(state >> 33) % 6000)
        }
        return sizes
    }()

    /// The chunks of `path`, in order (nil when the file is read as a whole after all).
    static func chunks(_ path: String, size: Int) throws -> [Document]? {
        let reader = try TextChunks(path: path, chunkBytes: size)
        var documents: [Document] = []
        while let part = try reader.next() {
            switch part {
            case let .chunk(document): documents.append(document)
            case .whole: return nil
            }
        }
        return documents
    }

    static func json(_ result: ExtractionResult) -> String {
        Figure.jsonText(result.figures) + result.warnings.map(\.description).joined(separator: "\n")
            + "\(result.heading)"
    }

    /// Writes `bytes` to a fresh temporary file.
    static func file(_ bytes: [UInt8], name: String = "t.txt") -> String {
        let path = IngestTestSupport.tempDir() + "/" + name
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    @Test(arguments: texts)
    func chunksJoinToTheWholeText(path: String) throws {
        let whole = try Ingest.load(path: path)
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        guard String(validating: bytes, as: UTF8.self) != nil else {
            // GB18030 is transcoded as a whole: one part, the whole file's document.
            #expect(try Self.chunks(path, size: 256) == nil)
            return
        }
        for size in Self.chunkSizes {
            let parts = try #require(try Self.chunks(path, size: size), "\(path) is read in chunks")
            if size == 256 && whole.original.count > 2048 { #expect(parts.count > 3, "\(path) is cut") }
            var text: [Unicode.Scalar] = []
            var offsets: [Int32] = []
            var byte = 0, line = 1
            for (k, part) in parts.enumerated() {
                if k > 0 {  // the "\n" between chunks is the whole text's; its offset is not compared
                    text.append("\n")
                    offsets.append(offsets.count < whole.originalOffset.count ? whole.originalOffset[offsets.count] : -1)
                }
                text += part.text
                offsets += part.originalOffset.dropLast().map { $0 + Int32(byte) }
                #expect(part.firstLine == line, "\(path) chunk \(k) of size \(size)")
                #expect(part.originalOffset.last == Int32(part.original.count))
                #expect(Array(whole.original[byte..<(byte + part.original.count)]) == part.original)
                byte += part.original.count
                line += part.lineStarts.count
            }
            #expect(byte == whole.original.count)
            #expect(line - 1 == whole.lineStarts.count)
            #expect(text == whole.text, "\(path) in chunks of \(size)")
            #expect(offsets == Array(whole.originalOffset.dropLast()), "\(path) offsets in chunks of \(size)")
        }
    }

    @Test(arguments: texts)
    func chunksGiveTheWholeFilesFigures(path: String) throws {
        let whole = Self.json(FigureExtractor().extract(from: try Ingest.load(path: path)))
        for size in Self.chunkSizes {
            let (result, _) = try FigureExtractor().extract(from: Ingest.source(path: path, chunkBytes: size))
            #expect(Self.json(result) == whole, "\(path) in chunks of \(size)")
        }
    }

    /// Every text one after the other in one file: chunks cut inside and between reports, and the
    /// context of the first report (its title's year and place) carried to the end.
    @Test func manyReportsInOneFile() throws {
        var bytes: [UInt8] = []
        for path in Self.texts {
            let text = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
            if String(validating: text, as: UTF8.self) != nil { bytes += text + [0x0A, 0x0A] }
        }
        let path = Self.file(bytes)
        let whole = FigureExtractor().extract(from: try Ingest.load(path: path))
        #expect(whole.figures.count > 500)
        for size in [1000, 8192, 40_000] {
            let (result, _) = try FigureExtractor().extract(from: Ingest.source(path: path, chunkBytes: size))
            #expect(Self.json(result) == Self.json(whole), "chunks of \(size)")
        }
        // Handed on chunk by chunk, the figures are the same.
        var handed: [Figure] = []
        var json = FigureListWriter(format: .json), csv = FigureListWriter(format: .csv)
        var jsonBytes = json.start(), csvBytes = csv.start()
        let reader = try TextChunks(path: path, chunkBytes: 8192)
        let rest = try FigureExtractor().extract(from: reader) { figures, restarted in
            #expect(!restarted)
            handed += figures
            jsonBytes += json.part(figures)
            csvBytes += csv.part(figures)
        }
        jsonBytes += json.end()
        csvBytes += csv.end()
        #expect(rest.figures.isEmpty)
        #expect(Figure.jsonText(handed) == Figure.jsonText(whole.figures))
        // Written part by part, the lists are those written at once.
        #expect(String(decoding: jsonBytes, as: UTF8.self) == Figure.jsonText(whole.figures))
        #expect(String(decoding: csvBytes, as: UTF8.self) == Figure.csvText(whole.figures))
        var empty = FigureListWriter(format: .json)
        #expect(String(decoding: empty.start() + empty.part([]) + empty.end(), as: UTF8.self) == Figure.jsonText([]))
    }

    /// A paragraph far longer than the chunk is one chunk; CRLF, CR and form feeds break lines as
    /// in the whole file; a text in traditional characters is read as one in every chunk.
    @Test func longParagraphsLineEndingsAndTraditionalText() throws {
        let sample = try String(contentsOfFile: Extract.samplePath, encoding: .utf8)
        let longLine = String(repeating: "公司全年二氧化硫排放量同比下降4.5%，氮氧化物排放量减少3.2万吨，", count: 400) + "。\n"
        let traditional = String(repeating: "本報訊 2023年，集團綜合能耗同比下降3.1%，萬元產值能耗降低5.2%。廢水排放量減少1.2萬噸。\n\n", count: 60)
        let cases: [(String, String)] = [
            ("long", sample.prefix(3000) + longLine + sample),
            ("crlf", sample.replacingOccurrences(of: "\n", with: "\r\n")),
            ("cr", sample.replacingOccurrences(of: "\n", with: "\r")),
            ("formfeed", sample.replacingOccurrences(of: "\n\n", with: "\n\u{0C}\n")),
            ("traditional", traditional),
        ]
        for (name, text) in cases {
            let path = Self.file(Array(text.utf8), name: name + ".txt")
            let whole = FigureExtractor().extract(from: try Ingest.load(path: path))
            #expect(!whole.figures.isEmpty, "\(name)")
            for size in [256, 3000] {
                let (result, _) = try FigureExtractor().extract(from: Ingest.source(path: path, chunkBytes: size))
                #expect(Self.json(result) == Self.json(whole), "\(name) in chunks of \(size)")
            }
        }
    }

    /// What is found far into a file that it cannot be read in parts gives what reading it whole
    /// gives: the error for NUL bytes or bytes that are not UTF-8, the text of a GB18030 file.
    @Test func filesReadWholeAfterAll() throws {
        let sample = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Extract.samplePath)))
        let gb = IngestTestSupport.encode(String(decoding: sample, as: UTF8.self), to: "GB18030")
        for (name, bytes) in [("nul", sample + [0x00] + sample), ("latin1", sample + [0xE9, 0x0A] + sample), ("gb18030", gb)] {
            let path = Self.file(bytes, name: name + ".txt")
            let expected: String
            do { expected = Self.json(FigureExtractor().extract(from: try Ingest.load(path: path))) } catch { expected = "\(error)" }
            let got: String
            do { got = Self.json(try FigureExtractor().extract(from: Ingest.source(path: path, chunkBytes: 512)).result) } catch { got = "\(error)" }
            #expect(got == expected, "\(name)")
        }
        for (bytes, message) in [([UInt8](), "file is empty"), (Array(" \n\t\n".utf8), "only whitespace")] {
            let path = Self.file(bytes)
            #expect(throws: IngestError.self) { try FigureExtractor().extract(from: Ingest.source(path: path, chunkBytes: 512)) }
            do { _ = try FigureExtractor().extract(from: Ingest.source(path: path)) } catch { #expect("\(error)".contains(message)) }
        }
    }
}
