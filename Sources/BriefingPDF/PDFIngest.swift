import BriefingAnalysis

/// Reads a PDF into a `Document`: the text of its pages in reading order, with the page and
/// box of every character.
///
/// A page without text that draws images is reported as a problem on the document (`page 3 has
/// no text layer (a scan?)`) and the other pages are read; a blank page is skipped. A file
/// with no readable page at all is an error. Scanned pages are not OCR'd.
///
/// ```
/// let document = try PDFIngest.document(bytes: try Ingest.bytes(path: path), path: path)
/// document.pages?.place(ofOriginal: 0..<3)   // (page: 1, box: [72, 60, 18, 18])
/// ```
public enum PDFIngest {
    /// Whether `bytes` are a PDF: `%PDF-` within the first 1024 bytes (where readers look).
    public static func isPDF(_ bytes: [UInt8]) -> Bool {
        let magic: [UInt8] = Array("%PDF-".utf8)
        let limit = min(bytes.count, 1024)
        guard limit >= magic.count else { return false }
        return (0...(limit - magic.count)).contains { k in bytes[k..<(k + magic.count)].elementsEqual(magic) }
    }

    /// `progress` is told (0, pages in all) before the first page and (pages read, pages in all)
    /// after each.
    public static func document(bytes: [UInt8], path: String, progress: ((Int, Int) -> Void)? = nil) throws -> Document {
        let file = try PopplerFile(bytes: bytes, path: path)
        var assembly = TextAssembly()
        var sizes: [(width: Double, height: Double)] = []
        var scans: [Int] = []
        var unbuilt: [Int] = []
        progress?(0, file.pageCount)
        for index in 0..<file.pageCount {
            guard let page = file.page(index) else { unbuilt.append(index + 1); sizes.append((0, 0)); continue }
            sizes.append(page.size)
            let read = PageReader.read(page, number: index + 1, into: &assembly)
            if !read && page.hasImages { scans.append(index + 1) }
            progress?(index + 1, file.pageCount)
        }
        var problems: [IngestError] = []
        for n in scans {
            problems.append(IngestError(path: path, reason: "page \(n) has no text layer (a scan?); its text is not read (run OCR first, e.g. ocrmypdf, to read it)"))
        }
        for n in unbuilt {
            problems.append(IngestError(path: path, reason: "page \(n) is damaged and cannot be read; the other pages were read (repair the file, e.g. qpdf IN.pdf OUT.pdf, to read it)"))
        }
        guard assembly.hasText else {
            if file.pageCount == 0 { throw IngestError(path: path, reason: "PDF has no pages; nothing to read") }
            if let first = problems.first, problems.count == file.pageCount {
                throw IngestError(path: path, reason: scans.count == file.pageCount
                    ? "PDF has no text layer on any page (a scan?); run OCR first (e.g. ocrmypdf) and give the result"
                    : first.reason)
            }
            throw IngestError(path: path, reason: "PDF holds no text; nothing to read")
        }
        var document = try Ingest.document(bytes: assembly.bytes, path: path, paragraphStarts: assembly.ownParagraphs)
        document.pages = PageProvenance(glyphs: assembly.glyphs, pageSizes: sizes)
        document.problems = problems
        return document
    }
}
