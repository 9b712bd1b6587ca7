//! Threads that work in the background while the window draws, on work
//! nobody waits for: the search index of a large dataset (a reload, which
//! the user does wait for, keeps the normal priority). They run at the lowest
//! priority (on Linux, `SCHED_IDLE`), so that they only use what the
//! window's thread leaves: on two cores, a search index built at the normal
//! priority made a pan step wait 10 ms for its core now and then.
//!
//! They also take the allocator's after-work off the window's thread:
//! data replaced by a reload is dropped here ([`dispose`]: a million
//! events took 230 ms to free, a frozen window), and the memory freed by
//! a load or a search index is given back to the system from here
//! ([`purge_when_due`]) rather than in a pan step a second later.

use std::time::{Duration, Instant};

use thread_priority::ThreadPriority;

/// How long freed memory waits before the allocator gives it back
/// (mimalloc's purge delay, one second), and a little more. mimalloc
/// purges from inside its own calls, in whichever thread first frees a
/// page after the delay: the window's, while it pans, for memory freed on
/// other threads (a million replaced events: one step of 40–140 ms, each
/// a thousand `madvise` calls).
const PURGE_DUE: Duration = Duration::from_millis(1_100);

/// How often [`purge_when_due`] frees a page, so that it comes first.
const PURGE_POLL: Duration = Duration::from_millis(1);

/// A block the allocator gives a page of its own (mimalloc: above
/// 512 KiB), never written: freeing it looks for memory due to be given
/// back.
const NUDGE_BYTES: usize = 1 << 20;

/// Drops `garbage` on a thread of its own at the lowest priority, and
/// gives its memory back to the system from another thread, at the
/// normal priority but asleep nearly all the time, which comes first when
/// it is due (see [`PURGE_DUE`]). Where no thread can be had, `garbage`
/// is dropped here.
pub fn dispose<T: Send + 'static>(garbage: T) {
    // If the thread cannot start, the closure, and with it `garbage`, is
    // dropped here.
    let dropping = spawn("dispose", move || {
        lower_this_thread();
        drop(garbage);
    });
    spawn("purge", move || {
        if let Some(dropping) = dropping {
            // A panic while dropping was that thread's own.
            let _ = dropping.join();
        }
        purge_when_due();
    });
}

/// Gives the memory freed on this thread until now back to the system
/// when it is due, from here: frees a page every [`PURGE_POLL`] for
/// [`PURGE_DUE`], so that this thread, not the window's, is the first to
/// find the purge due. For the end of work that freed much (a load, a
/// search index); the thread waits meanwhile.
pub fn purge_when_due() {
    let since = Instant::now();
    while since.elapsed() < PURGE_DUE {
        drop(std::hint::black_box(Vec::<u8>::with_capacity(NUDGE_BYTES)));
        std::thread::sleep(PURGE_POLL);
    }
}

/// [`purge_when_due`] on a thread of its own, for work that must end at
/// once (the search index, which the window takes when its thread ends).
pub fn purge_soon() {
    spawn("purge", purge_when_due);
}

/// Runs `work` on a thread named `name`; where the system has none to
/// give, says so on stderr.
fn spawn(name: &str, work: impl FnOnce() + Send + 'static) -> Option<std::thread::JoinHandle<()>> {
    std::thread::Builder::new()
        .name(name.to_owned())
        .spawn(work)
        .inspect_err(|e| eprintln!("rk-roadmap: warning: no {name} thread: {e}"))
        .ok()
}

/// Lowers the calling thread to the lowest priority. Where the system
/// refuses, the thread goes on at its priority (slower panning while it
/// works, nothing worse), and says so on stderr.
pub fn lower_this_thread() {
    if let Err(e) = lower() {
        eprintln!("rk-roadmap: warning: a background thread keeps its priority: {e:?}");
    }
}

#[cfg(any(target_os = "linux", target_os = "android"))]
fn lower() -> Result<(), thread_priority::Error> {
    use thread_priority::unix::{
        NormalThreadSchedulePolicy, ThreadSchedulePolicy, set_thread_priority_and_policy,
        thread_native_id,
    };
    set_thread_priority_and_policy(
        thread_native_id(),
        ThreadPriority::Min,
        ThreadSchedulePolicy::Normal(NormalThreadSchedulePolicy::Idle),
    )
}

#[cfg(not(any(target_os = "linux", target_os = "android")))]
fn lower() -> Result<(), thread_priority::Error> {
    thread_priority::set_current_thread_priority(ThreadPriority::Min)
}

#[cfg(all(test, any(target_os = "linux", target_os = "android")))]
mod tests {
    use super::*;
    use thread_priority::unix::{
        NormalThreadSchedulePolicy, ThreadSchedulePolicy, thread_schedule_policy,
    };

    #[test]
    fn a_lowered_thread_runs_when_nothing_else_would() {
        let policy = std::thread::spawn(|| {
            lower().map_err(|e| format!("{e:?}"))?;
            thread_schedule_policy().map_err(|e| format!("{e:?}"))
        })
        .join()
        .unwrap_or_else(|_| panic!("the thread ran"));
        assert_eq!(
            policy,
            Ok(ThreadSchedulePolicy::Normal(
                NormalThreadSchedulePolicy::Idle
            ))
        );
        // The thread that asked for nothing keeps its policy.
        assert_ne!(
            thread_schedule_policy().ok(),
            Some(ThreadSchedulePolicy::Normal(
                NormalThreadSchedulePolicy::Idle
            ))
        );
    }
}

#[cfg(test)]
mod dispose_tests {
    use super::*;
    use std::sync::mpsc;
    use std::thread::ThreadId;

    /// Says on which thread it is dropped.
    struct Noted(mpsc::Sender<(ThreadId, Option<String>)>);

    impl Drop for Noted {
        fn drop(&mut self) {
            let me = std::thread::current();
            // The test may have given up waiting.
            let _ = self.0.send((me.id(), me.name().map(str::to_owned)));
        }
    }

    #[test]
    fn garbage_is_dropped_on_a_thread_of_its_own() {
        let (tx, rx) = mpsc::channel();
        dispose(Noted(tx));
        let (id, name) = rx
            .recv_timeout(Duration::from_secs(30))
            .unwrap_or_else(|e| panic!("the garbage was dropped: {e}"));
        assert_ne!(id, std::thread::current().id());
        assert_eq!(name.as_deref(), Some("dispose"));
    }

    #[test]
    fn a_purge_waits_until_the_memory_is_due() {
        let since = Instant::now();
        purge_when_due();
        // mimalloc purges memory that has been free for a second.
        assert!(
            since.elapsed() > Duration::from_secs(1),
            "{:?}",
            since.elapsed()
        );
    }
}
