import BriefingAnalysis
import BriefingPDF
import BriefingRender
import BriefingReport
import Foundation

/// The pages of PDF inputs for the appendix's source crops, opened again through Poppler when
/// the briefing is drawn (each file once; a file that cannot be opened is reported once).
final class PopplerSourcePages: SourcePageProvider, @unchecked Sendable {
    private let lock = NSLock()
    private var files: [String: Result<SourcePDF, IngestError>] = [:]

    func page(file: String, number: Int) throws -> SourcePage {
        let pdf = try open(file).get()
        guard let page = pdf.page(number) else {
            throw IngestError(path: file, reason: "it has \(pdf.pageCount) pages now, no page \(number); has the file changed since it was read?")
        }
        let characters = page.characters.map {
            SourcePage.Character(scalar: $0.scalar, box: Rect(x: $0.x0, y: $0.y0, width: $0.x1 - $0.x0, height: $0.y1 - $0.y0))
        }
        return SourcePage(width: page.width, height: page.height, characters: characters, drawing: PopplerPageDrawing(page))
    }

    private func open(_ file: String) -> Result<SourcePDF, IngestError> {
        lock.lock(); defer { lock.unlock() }
        if let known = files[file] { return known }
        let result: Result<SourcePDF, IngestError>
        do { result = .success(try SourcePDF(path: file)) }
        catch let error as IngestError { result = .failure(error) }
        catch { result = .failure(IngestError(path: file, reason: "\(error)")) }
        files[file] = result
        return result
    }
}

/// A source page drawn by Poppler on the briefing's cairo context.
final class PopplerPageDrawing: ExternalPageDrawing, @unchecked Sendable {
    private let page: SourcePDFPage
    init(_ page: SourcePDFPage) { self.page = page }
    func draw(cairo: OpaquePointer) { page.render(cairo: cairo) }
}
