/// Validates structure-tag nesting in Swift (cairo 1.16 ignores nesting errors silently).
struct TagStack {
    private(set) var open: [String] = []

    mutating func begin(_ name: String) { open.append(name) }

    mutating func end(_ name: String) throws {
        guard let top = open.last else { throw RenderError.tagNesting("end of \(name) without a begin") }
        guard top == name else { throw RenderError.tagNesting("end of \(name) while \(top) is open (open: \(open.joined(separator: " > ")))") }
        open.removeLast()
    }

    func finish() throws {
        if !open.isEmpty { throw RenderError.tagNesting("tags left open: \(open.joined(separator: " > "))") }
    }
}
