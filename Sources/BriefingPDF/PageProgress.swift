import Foundation

/// Progress of reading long PDFs as one line updated in place (`reading FILE: page 120/500`),
/// for a terminal: the caller makes one only when standard error is a terminal, so pipes and
/// tests never see it.
///
/// A PDF gets the line once it is long: more than ``minimumPages`` pages, or reading has taken
/// more than ``minimumSeconds``. Redrawn at most every ``interval`` seconds; cleared (`\r`,
/// erase to the end of the line) when the PDF is read. Inputs read in parallel share the line:
/// the first long one holds it until it is done.
///
/// ```
/// let progress = PageProgress { FileHandle.standardError.write(Data($0.utf8)) }
/// try DocumentLoader.load(path: "big.pdf") { page, total in progress.update(path: "big.pdf", page: page, of: total) }
/// progress.finish(path: "big.pdf")
/// ```
public final class PageProgress: @unchecked Sendable {
    public static let minimumPages = 50
    public static let minimumSeconds = 2.0
    public static let interval = 0.1

    private let write: (String) -> Void
    private let clock: () -> Double
    private let lock = NSLock()
    private var started: [String: Double] = [:]
    private var holder: String?
    private var lastDrawn = -Double.infinity

    public init(clock: @escaping () -> Double = PageProgress.monotonicSeconds, write: @escaping (String) -> Void) {
        self.clock = clock; self.write = write
    }

    /// Page `page` of `total` of `path` has been read (0: reading starts).
    public func update(path: String, page: Int, of total: Int) {
        lock.lock(); defer { lock.unlock() }
        let now = clock()
        let start = started[path] ?? now
        if started[path] == nil { started[path] = now }
        guard holder == nil || holder == path else { return }
        guard Self.isLong(pages: total, elapsed: now - start), page >= 1, page < total else { return }
        guard holder == nil || now - lastDrawn >= Self.interval else { return }
        holder = path
        lastDrawn = now
        write("\r" + Self.line(path: path, page: page, total: total) + Self.eraseToEnd)
    }

    /// `path` is read (or failed): the line is cleared when it showed it.
    public func finish(path: String) {
        lock.lock(); defer { lock.unlock() }
        started[path] = nil
        guard holder == path else { return }
        holder = nil
        lastDrawn = -Double.infinity
        write(Self.cleared)
    }

    /// Clears the line before other output (an error, the files' progress bar); the next
    /// update draws it again.
    public func clear() {
        lock.lock(); defer { lock.unlock() }
        guard holder != nil else { return }
        holder = nil
        lastDrawn = -Double.infinity
        write(Self.cleared)
    }

    /// "reading report.pdf: page 120/500".
    public static func line(path: String, page: Int, total: Int) -> String { "reading \(path): page \(page)/\(total)" }

    /// Whether a PDF of `pages` pages, `elapsed` seconds into reading it, shows the line.
    public static func isLong(pages: Int, elapsed: Double) -> Bool { pages > minimumPages || elapsed > minimumSeconds }

    static let eraseToEnd = "\u{1B}[K"
    /// Back to the line's start and erased.
    public static let cleared = "\r\u{1B}[K"

    public static func monotonicSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
