import ForceModel

#if canImport(Glibc)
  import Glibc
#endif

/// A piece of work run on a POSIX thread of its own, and waited for with `join` — or let go,
/// when nobody waits for it (a reload of the watched file): the thread then ends on its own.
///
/// The edge's background work (the as-of cursor's look-ahead, a file's digest, a large file
/// read in two halves) needs no more than this. Dispatch's pool did the same, but one `async`
/// at start brought its two threads and libdispatch's code and data into every start (the
/// model's own two-halves splits of large files still use `concurrentPerform`: they run only
/// on files of thousands of lines, never at a plain start).
package final class JoinableThread {
  /// The work and the thread's end of it: retained by the thread until it has run.
  private final class Work {
    let body: () -> Void
    init(_ body: @escaping () -> Void) { self.body = body }
  }

  private var thread: pthread_t?

  /// Starts `work` on a new thread (the main thread's 8 MiB of stack, taken only as used); when
  /// no thread can be had, runs it here before returning, late rather than never.
  package init(_ work: @escaping @Sendable () -> Void) {
    let context = Unmanaged.passRetained(Work(work)).toOpaque()
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    defer { pthread_attr_destroy(&attributes) }
    pthread_attr_setstacksize(&attributes, 8 << 20)
    var thread = pthread_t()
    let started = pthread_create(
      &thread, &attributes,
      { context in
        guard let context else { return nil }
        Unmanaged<Work>.fromOpaque(context).takeRetainedValue().body()
        return nil
      }, context)
    if started == 0 {
      self.thread = thread
    } else {
      Unmanaged<Work>.fromOpaque(context).takeRetainedValue().body()
    }
  }

  /// Waits until the work has run; at once when it has, or when it ran in `init`.
  package func join() {
    guard let thread else { return }
    self.thread = nil
    pthread_join(thread, nil)
  }

  /// Runs `work(0)` … `work(count - 1)` at once, each but the first on a thread of its own, the
  /// first here, and returns when all have run: the halves a large file is read in. `work` must
  /// only write what no other part reads or writes.
  package static func inParallel(_ count: Int, _ work: (Int) -> Void) {
    guard count > 0 else { return }
    withoutActuallyEscaping(work) { work in
      let shared = UnsafeSendable(work)
      let others = (1..<count).map { index in JoinableThread { shared.value(index) } }
      work(0)
      for other in others { other.join() }
    }
  }

  deinit {
    // Never joined: the thread ends on its own and frees what it holds.
    if let thread { pthread_detach(thread) }
  }
}
