import Foundation
import Testing

/// Faults while writing: a run interrupted by SIGINT or SIGTERM, and two runs writing the same
/// folder at once. After either, every output is absent or complete (identical to a finished
/// run's) and no temporary file is left.
@Suite(.serialized) struct InterruptionTests {
    /// A workspace whose input is the sample repeated, so a run lasts long enough to be hit.
    private func largerWorkspace(copies: Int = 20) throws -> URL {
        let dir = try CLI.workspace()
        let sample = try Data(contentsOf: CLI.sample)
        var big = Data()
        for _ in 0..<copies { big.append(sample) }
        try big.write(to: dir.appendingPathComponent("big.txt"))
        return dir
    }

    /// A running `briefing`, started with posix_spawn so that SIGINT and SIGTERM are unblocked
    /// and at their default: Foundation's `Process`, called from a test's worker thread, passes
    /// on that thread's blocked signals, and a blocked SIGTERM would only arrive after the run.
    private struct Child {
        let pid: pid_t
        /// Waits; returns the signal that ended it, or nil and the exit status.
        func wait() -> (signal: Int32?, status: Int32) {
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
            let termSig = status & 0x7F
            return termSig != 0 ? (termSig, 0) : (nil, (status >> 8) & 0xFF)
        }
    }

    private func start(_ args: [String], in dir: URL) throws -> Child {
        // No chdir in posix_spawn: input and output folder become paths under `dir`.
        let argv = [CLI.binary.path, args[0]] + args.dropFirst().map { $0.hasPrefix("-") ? $0 : dir.appendingPathComponent($0).path }
        var env = ProcessInfo.processInfo.environment
        env["SOURCE_DATE_EPOCH"] = "1750000000"
        let envp = env.map { "\($0.key)=\($0.value)" }
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        var empty = sigset_t(), defaults = sigset_t()
        sigemptyset(&empty)
        sigemptyset(&defaults)
        for sig in [SIGINT, SIGTERM, SIGHUP, SIGPIPE] { sigaddset(&defaults, sig) }
        posix_spawnattr_setsigmask(&attr, &empty)
        posix_spawnattr_setsigdefault(&attr, &defaults)
        posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd in [Int32(0), 1, 2] { posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, 0) }
        let cArgs = argv.map { strdup($0) } + [nil]
        let cEnv = envp.map { strdup($0) } + [nil]
        defer { (cArgs + cEnv).forEach { free($0) } }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, argv[0], &actions, &attr, cArgs, cEnv)
        guard rc == 0 else { throw POSIXError(POSIXErrorCode(rawValue: rc) ?? .EIO) }
        return Child(pid: pid)
    }

    /// Relative path → bytes of every file under `folder`.
    private func contents(of folder: URL) -> [String: Data] {
        var out: [String: Data] = [:]
        let e = FileManager.default.enumerator(atPath: folder.path)
        while let name = e?.nextObject() as? String {
            var isDir: ObjCBool = false
            let path = folder.appendingPathComponent(name).path
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue {
                out[name] = FileManager.default.contents(atPath: path)
            }
        }
        return out
    }

    @Test func interruptedRunLeavesNoPartialFiles() throws {
        let dir = try largerWorkspace()
        let began = Date()
        let reference = try start(["all", "big.txt", "--out", "ref"], in: dir).wait()
        let duration = Date().timeIntervalSince(began)
        #expect(reference.signal == nil && reference.status == 0)
        let expected = contents(of: dir.appendingPathComponent("ref"))
        #expect(expected["briefing.pdf"] != nil && expected["figures.json"] != nil)

        var interrupted = 0
        for (i, fraction) in [0.6, 0.8, 0.9, 0.97].enumerated() {
            for signal in [SIGINT, SIGTERM] {
                let out = "run-\(i)-\(signal)"
                let p = try start(["all", "big.txt", "--out", out], in: dir)
                usleep(useconds_t(duration * fraction * 1_000_000))
                kill(p.pid, signal)
                let end = p.wait()
                if let got = end.signal {
                    #expect(got == signal, "died of the signal it got")
                    interrupted += 1
                } else {
                    #expect(end.status == 0, "finished before the signal")
                }
                let folder = dir.appendingPathComponent(out)
                #expect(temporaryFiles(in: folder).isEmpty, "temporary files left after signal \(signal) at \(fraction): \(temporaryFiles(in: folder))")
                for (name, data) in contents(of: folder) {
                    #expect(expected[name] == data, "\(name) is partial or differs after signal \(signal) at \(fraction)")
                }
            }
        }
        #expect(interrupted > 0, "at least one run was interrupted while running")
    }

    /// Deterministic: wait until a temporary file exists, freeze the run (SIGSTOP), check the
    /// file is still there, then send the signal and let it run (SIGCONT): the file must go.
    @Test(arguments: [SIGINT, SIGTERM]) func signalWhileATemporaryFileExistsRemovesIt(signal: Int32) throws {
        let dir = try largerWorkspace(copies: 5)
        let out = dir.appendingPathComponent("out")
        let p = try start(["all", "big.txt", "--out", "out"], in: dir)
        var caught: [String] = []
        let deadline = Date().addingTimeInterval(120)
        while caught.isEmpty && Date() < deadline {
            if !temporaryFiles(in: out).isEmpty {
                kill(p.pid, SIGSTOP)
                caught = temporaryFiles(in: out)
                if caught.isEmpty { kill(p.pid, SIGCONT) }
            } else {
                usleep(200)
            }
        }
        try #require(!caught.isEmpty, "saw no temporary file while the run wrote")
        kill(p.pid, signal)
        kill(p.pid, SIGCONT)
        let end = p.wait()
        #expect(end.signal == signal)
        #expect(temporaryFiles(in: out).isEmpty, "left behind: \(temporaryFiles(in: out)) (had \(caught))")
    }

    @Test func twoRunsWritingTheSameFolderAtOnce() throws {
        let dir = try largerWorkspace(copies: 5)
        _ = try start(["all", "big.txt", "--out", "ref"], in: dir).wait()
        let expected = contents(of: dir.appendingPathComponent("ref"))
        for round in 0..<3 {
            let out = "shared-\(round)"
            let a = try start(["all", "big.txt", "--out", out], in: dir)
            let b = try start(["all", "big.txt", "--out", out], in: dir)
            let (ra, rb) = (a.wait(), b.wait())
            #expect(ra.signal == nil && ra.status == 0 && rb.signal == nil && rb.status == 0)
            let folder = dir.appendingPathComponent(out)
            #expect(temporaryFiles(in: folder).isEmpty)
            let written = contents(of: folder)
            #expect(Set(written.keys) == Set(expected.keys))
            for (name, data) in written { #expect(expected[name] == data, "\(name) differs from a single run's") }
            expectValidPDF(folder.appendingPathComponent("briefing.pdf"))
            #expect((try? JSONSerialization.jsonObject(with: written["figures.json"] ?? Data())) != nil, "figures.json parses")
        }
    }
}
