//! Threads that work in the background while the window draws, on work
//! nobody waits for: the search index of a large dataset (a reload, which
//! the user does wait for, keeps the normal priority). They run at the lowest
//! priority (on Linux, `SCHED_IDLE`), so that they only use what the
//! window's thread leaves: on two cores, a search index built at the normal
//! priority made a pan step wait 10 ms for its core now and then.

use thread_priority::ThreadPriority;

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
