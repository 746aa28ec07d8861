/*
 * rust_prelude.c — the prelude's leaves as a `#![no_std]` crate sees them.
 *
 * tests/rust/prelude.rs is the std prelude the rustc oracles compile the
 * corpus with. Byte measurements and native runs need the same leaves without
 * std: every crate coroslim writes for rustc (the emitted custom-MIR crate and
 * rustc's own compile of the source) starts with this text, so that the only
 * difference between them is what the transform and the passes produced.
 * observe() stays #[inline(never)] behind black_box, as in the std prelude;
 * with `--cfg coroslim_trace` it reports to the executor that links the crate.
 */
#include "measure.h"

const char rust_prelude_nostd[] =
	"use core::future::Future;\n"
	"use core::pin::Pin;\n"
	"use core::task::{Context, Poll};\n"
	"pub struct YieldNow { yielded: bool }\n"
	"impl Future for YieldNow {\n"
	"    type Output = ();\n"
	"    fn poll(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<()> {\n"
	"        if self.yielded { Poll::Ready(()) } else { self.yielded = true; Poll::Pending }\n"
	"    }\n"
	"}\n"
	"pub fn yield_now() -> YieldNow { YieldNow { yielded: false } }\n"
	"#[cfg(not(coroslim_trace))]\n"
	"#[inline(never)] pub fn observe(x: u32) { core::hint::black_box(x); }\n"
	"#[cfg(coroslim_trace)]\n"
	"#[inline(never)] pub fn observe(x: u32) {\n"
	"    extern \"Rust\" { fn coroslim_trace_observe(x: u32); }\n"
	"    unsafe { coroslim_trace_observe(x) }\n"
	"}\n"
	"pub struct Guard(u32);\n"
	"impl Drop for Guard { fn drop(&mut self) { observe(self.0) } }\n"
	"pub fn guard(x: u32) -> Guard { Guard(x) }\n";
