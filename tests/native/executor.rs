// executor.rs — the tracing executor that runs rustc-compiled programs under the
// schedules `coroslim check` uses and prints each run's trace in exactly the
// format of `coroslim run` (ir/interp.c, trace_print), so the two compare as text.
//
// It is included as a module (`mod coroslim_executor { include!(...) }`) into a
// bin crate that also holds the program, the prelude and a generated
// `dispatch` fn (tests/native/rustc_run.py writes it). The prelude's observe()
// calls `coroslim_trace_observe`, defined here with an unmangled name: the same
// hook `coroslim emit` crates call under `--cfg coroslim_trace`
// (measure/rust_prelude.c).
//
// Command line: BIN JOB... where JOB is ENTRY:ARGS:SCHEDULE, ARGS a comma
// separated list of u64 (empty for none; negative values already two's
// complement) and SCHEDULE `complete`, `repoll` or `cancel=K`. Each job's
// trace is preceded by `=== JOB`. Every event is written and flushed as it
// happens: under panic=abort the process dies at the first panic, after the
// hook has printed it.
// The crate around it may be `#![no_std]` with `extern crate std;` (a `coroslim emit` crate): name
// what the std prelude would give.
use std::boxed::Box;
use std::future::Future;
use std::io::Write;
use std::string::{String, ToString};
use std::vec::Vec;
use std::{eprintln, format, writeln};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::task::{Context, Poll, Waker};

/// A value as `coroslim run` prints it (fmt_value in ir/interp.c).
pub trait Show {
    fn show(&self) -> String;
}
macro_rules! show_int {
    ($($t:ty)*) => { $(impl Show for $t { fn show(&self) -> String { self.to_string() } })* };
}
show_int!(u8 u16 u32 u64 u128 usize i8 i16 i32 i64 i128 isize);
impl Show for bool {
    fn show(&self) -> String {
        self.to_string()
    }
}
// char (diag27): as `coroslim run` prints it (fmt_value: rustc's Debug spelling)
impl Show for char {
    fn show(&self) -> String {
        format!("{:?}", self)
    }
}
impl Show for () {
    fn show(&self) -> String {
        "()".to_string()
    }
}
impl<A: Show, B: Show> Show for (A, B) {
    fn show(&self) -> String {
        format!("({}, {})", self.0.show(), self.1.show())
    }
}
// core's Option / Result (issue 22 item 4), as `coroslim run` prints an enum value
impl<T: Show> Show for Option<T> {
    fn show(&self) -> String {
        match self { Some(v) => format!("Some({})", v.show()), None => "None".to_string() }
    }
}
impl<T: Show, E: Show> Show for Result<T, E> {
    fn show(&self) -> String {
        match self { Ok(v) => format!("Ok({})", v.show()), Err(e) => format!("Err({})", e.show()) }
    }
}

pub fn event(line: &str) {
    let out = std::io::stdout();
    let mut out = out.lock();
    let _ = writeln!(out, "{}", line);
    let _ = out.flush();
}

#[no_mangle]
pub fn coroslim_trace_observe(x: u32) {
    event(&format!("observe {}", x));
}

pub struct Schedule {
    pub cancel_after: Option<u32>, // None: poll to completion
    pub repoll: bool,               // poll once more after Ready or a panicking poll
}

fn catch<R>(f: impl FnOnce() -> R) -> Result<R, ()> {
    catch_unwind(AssertUnwindSafe(f)).map_err(|_| ())
}

/// Build the entry's future, poll it as `s` says, drop it: the events of
/// `execute` in ir/interp.c, in the same order.
pub fn run<F: Future>(s: &Schedule, make: impl FnOnce() -> F)
where
    F::Output: Show,
{
    let fut = match catch(make) {
        Ok(f) => f,
        Err(()) => {
            event("result panicked");
            return;
        }
    };
    let mut fut = Box::pin(fut);
    let mut cx = Context::from_waker(Waker::noop());
    let mut polls: u32 = 0;
    let mut done = false;
    let mut result = "cancelled".to_string();
    while !done && s.cancel_after.map_or(true, |k| polls < k) {
        polls += 1;
        match catch(|| fut.as_mut().poll(&mut cx)) {
            Err(()) => {
                event(&format!("poll {} -> panicked", polls));
                result = "panicked".to_string();
                done = true;
            }
            Ok(Poll::Pending) => event(&format!("poll {} -> Pending", polls)),
            Ok(Poll::Ready(v)) => {
                let text = format!("Ready({})", v.show());
                event(&format!("poll {} -> {}", polls, text));
                result = text;
                done = true;
            }
        }
    }
    if done && s.repoll {
        match catch(|| fut.as_mut().poll(&mut cx)) {
            Err(()) => event("repoll -> panicked"),
            Ok(Poll::Pending) => event("repoll -> Pending"),
            Ok(Poll::Ready(v)) => event(&format!("repoll -> Ready({})", v.show())),
        }
    }
    event("drop");
    match catch(move || drop(fut)) {
        Err(()) => event("result panicked in drop"),
        Ok(()) => event(&format!("result {}", result)),
    }
}

fn parse_job(job: &str) -> Option<(&str, Vec<u64>, Schedule)> {
    let mut it = job.splitn(3, ':');
    let entry = it.next()?;
    let args = it.next()?;
    let sched = it.next()?;
    let mut a = Vec::new();
    for v in args.split(',').filter(|v| !v.is_empty()) {
        a.push(v.parse::<u64>().ok()?);
    }
    let s = match sched {
        "complete" => Schedule { cancel_after: None, repoll: false },
        "repoll" => Schedule { cancel_after: None, repoll: true },
        _ => Schedule { cancel_after: Some(sched.strip_prefix("cancel=")?.parse().ok()?), repoll: false },
    };
    Some((entry, a, s))
}

/// dispatch(entry, args, schedule) runs one job; false when no async fn of
/// the program has that name and arity.
pub fn main(dispatch: fn(&str, &[u64], &Schedule) -> bool) {
    std::panic::set_hook(Box::new(|info| {
        let msg = info.payload_as_str().unwrap_or("<non-string panic payload>");
        event(&format!("panic \"{}\"", msg));
    }));
    let jobs: Vec<String> = std::env::args().skip(1).collect();
    if jobs.is_empty() {
        eprintln!("usage: BIN ENTRY:ARGS:complete|repoll|cancel=K ...");
        std::process::exit(2);
    }
    for job in &jobs {
        let Some((entry, args, s)) = parse_job(job) else {
            eprintln!("bad job '{}' (expected ENTRY:ARGS:complete|repoll|cancel=K)", job);
            std::process::exit(2);
        };
        event(&format!("=== {}", job));
        if !dispatch(entry, &args, &s) {
            eprintln!("no async fn {} taking {} arguments", entry, args.len());
            std::process::exit(2);
        }
    }
}
