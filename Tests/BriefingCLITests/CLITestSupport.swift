import Foundation

/// Runs the built `briefing` binary (built by `swift build` before the tests) in a folder.
enum CLI {
    static var root: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["BRIEFING_BIN"] { return URL(fileURLWithPath: path) }
        for config in ["debug", "release"] {
            let url = root.appendingPathComponent(".build/\(config)/briefing")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return root.appendingPathComponent(".build/debug/briefing")
    }

    static var sample: URL { root.appendingPathComponent("seeds/000_110601d51d0bdeef.txt") }
    static func fixture(_ name: String) -> URL { root.appendingPathComponent("Tests/Fixtures/\(name)") }

    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    @discardableResult
    static func run(_ args: [String], in directory: URL? = nil, stdin: Data? = nil,
                    environment: [String: String] = [:]) throws -> Result {
        let p = Process()
        p.executableURL = binary
        p.arguments = args
        if let directory { p.currentDirectoryURL = directory }
        var env = ProcessInfo.processInfo.environment
        env["SOURCE_DATE_EPOCH"] = "1750000000"
        for (k, v) in environment { env[k] = v }
        p.environment = env
        let out = Pipe(), err = Pipe(), input = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = input
        try p.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        // Read both pipes concurrently so a full pipe never blocks the child.
        nonisolated(unsafe) var errData = Data()
        let reader = Thread { errData = err.fileHandleForReading.readDataToEndOfFile() }
        reader.start()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        while !reader.isFinished { usleep(1000) }
        return Result(status: p.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A fresh folder with `seeds/` holding the sample, as a new user's checkout has.
    static func workspace() throws -> URL {
        let dir = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("briefing-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("seeds"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: sample, to: dir.appendingPathComponent("seeds/000_110601d51d0bdeef.txt"))
        return dir
    }

    static func tool(_ name: String, _ args: [String]) -> (status: Int32, output: String)? {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = [name] + args
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = Pipe()
        guard (try? p.run()) != nil else { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return p.terminationStatus == 127 ? nil : (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
