#![no_std]
#![feature(custom_mir, core_intrinsics, never_type, decl_macro, rustc_attrs, panic_internals, sanitize, offset_of_enum)]
#![allow(internal_features, warnings)]
#![feature(try_trait_v2)]
#![feature(linkage)]
// internal-linkage fns below: compile with -C codegen-units=1 (as `coroslim bytes` does)
use core::future::Future;
use core::pin::Pin;
use core::task::{Context, Poll};
pub struct YieldNow { yielded: bool }
impl Future for YieldNow {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<()> {
        if self.yielded { Poll::Ready(()) } else { self.yielded = true; Poll::Pending }
    }
}
pub fn yield_now() -> YieldNow { YieldNow { yielded: false } }
#[cfg(not(coroslim_trace))]
#[inline(never)] pub fn observe(x: u32) { core::hint::black_box(x); }
#[cfg(coroslim_trace)]
#[inline(never)] pub fn observe(x: u32) {
    extern "Rust" { fn coroslim_trace_observe(x: u32); }
    unsafe { coroslim_trace_observe(x) }
}
pub struct Guard(u32);
impl Drop for Guard { fn drop(&mut self) { observe(self.0) } }
pub fn guard(x: u32) -> Guard { Guard(x) }
// ---- the module, as custom MIR (coroslim emit) ----
use core::future::IntoFuture;
use core::intrinsics::mir::*;
use core::marker::PhantomPinned;
use core::mem::ManuallyDrop;

#[rustc_macro_transparency = "transparent"]
macro coro_mir {
    ({ $($blocks:tt)* } $ret:ident $never:ident $unreachable:ident; $($f:ident $unwind:expr),*) => {{
        $($blocks)*
        $( { Call($never = $f(), ReturnTo($unreachable), $unwind) }; )*
        $ret
    }}
}
#[rustc_macro_transparency = "transparent"]
macro same_loc {
    ($never:ident $unreachable:ident; $($f:path, $unwind:expr);*) => {
        $( { Call($never = $f(), ReturnTo($unreachable), $unwind) }; )*
    }
}

static COROSLIM_ANCHOR: () = ();
const COROSLIM_NULL: *const () = core::ptr::null();
#[inline(always)]
#[rustc_no_mir_inline]
#[track_caller]
fn assert_panic_const_add_overflow() -> ! {
    core::panicking::panic_const::panic_const_add_overflow()
}
#[inline(always)]
#[rustc_no_mir_inline]
#[track_caller]
fn assert_panic_const_sub_overflow() -> ! {
    core::panicking::panic_const::panic_const_sub_overflow()
}
#[inline(always)]
#[rustc_no_mir_inline]
#[track_caller]
fn assert_panic_const_mul_overflow() -> ! {
    core::panicking::panic_const::panic_const_mul_overflow()
}
#[inline(always)]
#[rustc_no_mir_inline]
#[track_caller]
fn assert_panic_const_div_overflow() -> ! {
    core::panicking::panic_const::panic_const_div_overflow()
}
#[inline(always)]
#[rustc_no_mir_inline]
#[track_caller]
fn assert_panic_const_rem_overflow() -> ! {
    core::panicking::panic_const::panic_const_rem_overflow()
}
#[inline(always)]
#[rustc_no_mir_inline]
#[track_caller]
fn assert_panic_const_neg_overflow() -> ! {
    core::panicking::panic_const::panic_const_neg_overflow()
}
#[inline(always)]
#[rustc_no_mir_inline]
#[track_caller]
fn assert_panic_const_shl_overflow() -> ! {
    core::panicking::panic_const::panic_const_shl_overflow()
}
#[inline(always)]
#[rustc_no_mir_inline]
#[track_caller]
fn assert_panic_const_shr_overflow() -> ! {
    core::panicking::panic_const::panic_const_shr_overflow()
}
#[inline(always)]
#[rustc_no_mir_inline]
#[track_caller]
fn assert_panic_const_div_by_zero() -> ! {
    core::panicking::panic_const::panic_const_div_by_zero()
}
#[inline(always)]
#[rustc_no_mir_inline]
#[track_caller]
fn assert_panic_const_rem_by_zero() -> ! {
    core::panicking::panic_const::panic_const_rem_by_zero()
}
#[inline(always)]
#[rustc_no_mir_inline]
#[track_caller]
fn assert_panic_const_async_fn_resumed() -> ! {
    core::panicking::panic_const::panic_const_async_fn_resumed()
}
#[inline(always)]
#[rustc_no_mir_inline]
#[track_caller]
fn assert_panic_const_async_fn_resumed_panic() -> ! {
    core::panicking::panic_const::panic_const_async_fn_resumed_panic()
}
#[inline(always)]
#[rustc_no_mir_inline]
#[track_caller]
#[cold]
fn bounds_check_panic<const N: usize>(index: usize) -> ! {
    let a = [(); N];
    let _in_bounds = a[index];
    unsafe { core::intrinsics::unreachable() }
}
#[rustc_macro_transparency = "transparent"]
macro same_loc_args {
    ($never:ident $unreachable:ident; $($f:path [$($a:expr),*], $unwind:expr);*) => {
        $( { Call($never = $f($($a),*), ReturnTo($unreachable), $unwind) }; )*
    }
}

const _: () = assert!(core::mem::size_of::<Option<u32>>() == 8 && core::mem::align_of::<Option<u32>>() == 4
    && core::mem::offset_of!(Option<u32>, Some.0) == 4);
const _: () = assert!(core::mem::size_of::<Result<u32, u8>>() == 8 && core::mem::align_of::<Result<u32, u8>>() == 4
    && core::mem::offset_of!(Result<u32, u8>, Ok.0) == 4
    && core::mem::offset_of!(Result<u32, u8>, Err.0) == 1);
const _: () = assert!(core::mem::size_of::<Result<Guard, u32>>() == 8 && core::mem::align_of::<Result<Guard, u32>>() == 4
    && core::mem::offset_of!(Result<Guard, u32>, Ok.0) == 4
    && core::mem::offset_of!(Result<Guard, u32>, Err.0) == 4);
// opts: async fn at 23:1; size 24, align 4, tag u8 at 22
#[derive(Clone, Copy)]
#[repr(u8)]
enum Tag_opts { V0 = 0, V1 = 1, V2 = 2, V3 = 3, }
#[derive(Clone, Copy)]
#[repr(C)]
struct V_opts_tag { _p: [u8; 22], f: Tag_opts }
#[derive(Clone, Copy)]
#[repr(C)]
struct V_opts_u0 { _p: [u8; 16], f: u32 }
const _: () = assert!(core::mem::offset_of!(V_opts_u0, f) == 16);
#[derive(Clone, Copy)]
#[repr(C)]
struct V_opts_s0 { _p: [u8; 0], f: Option<u32> }
const _: () = assert!(core::mem::offset_of!(V_opts_s0, f) == 0);
#[repr(C)]
struct V_opts_s1 { _p: [u8; 8], f: Result<Guard, u32> }
const _: () = assert!(core::mem::offset_of!(V_opts_s1, f) == 8);
#[repr(C)]
struct V_opts_s2 { _p: [u8; 20], f: YieldNow }
const _: () = assert!(core::mem::offset_of!(V_opts_s2, f) == 20);
#[derive(Clone, Copy)]
#[repr(C)]
struct V_opts_s3 { _p: [u8; 21], f: bool }
const _: () = assert!(core::mem::offset_of!(V_opts_s3, f) == 21);
#[repr(C)]
union U_opts {
    tag: V_opts_tag,
    u0: V_opts_u0,
    s0: V_opts_s0,
    s1: ManuallyDrop<V_opts_s1>,
    s2: ManuallyDrop<V_opts_s2>,
    s3: V_opts_s3,
    size: [u8; 24],
}
#[repr(C, align(4))]
struct Coro_opts { u: U_opts, _pinned: PhantomPinned }
const _: () = assert!(core::mem::size_of::<Coro_opts>() == 24 && core::mem::align_of::<Coro_opts>() == 4);
impl Future for Coro_opts {
    type Output = u32;
    #[inline(always)]
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        resume_opts(unsafe { self.get_unchecked_mut() }, cx)
    }
}
impl Drop for Coro_opts {
    #[inline(always)]
    fn drop(&mut self) {
        drop_opts(self)
    }
}

// tries: async fn at 33:1; size 12, align 4, tag u8 at 9
#[derive(Clone, Copy)]
#[repr(u8)]
enum Tag_tries { V0 = 0, V1 = 1, V2 = 2, V3 = 3, }
#[derive(Clone, Copy)]
#[repr(C)]
struct V_tries_tag { _p: [u8; 9], f: Tag_tries }
#[derive(Clone, Copy)]
#[repr(C)]
struct V_tries_u0 { _p: [u8; 0], f: u32 }
const _: () = assert!(core::mem::offset_of!(V_tries_u0, f) == 0);
#[derive(Clone, Copy)]
#[repr(C)]
struct V_tries_s0 { _p: [u8; 4], f: u32 }
const _: () = assert!(core::mem::offset_of!(V_tries_s0, f) == 4);
#[repr(C)]
struct V_tries_s1 { _p: [u8; 8], f: YieldNow }
const _: () = assert!(core::mem::offset_of!(V_tries_s1, f) == 8);
#[repr(C)]
union U_tries {
    tag: V_tries_tag,
    u0: V_tries_u0,
    s0: V_tries_s0,
    s1: ManuallyDrop<V_tries_s1>,
    size: [u8; 12],
}
#[repr(C, align(4))]
struct Coro_tries { u: U_tries, _pinned: PhantomPinned }
const _: () = assert!(core::mem::size_of::<Coro_tries>() == 12 && core::mem::align_of::<Coro_tries>() == 4);
impl Future for Coro_tries {
    type Output = Result<u32, u8>;
    #[inline(always)]
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Result<u32, u8>> {
        resume_tries(unsafe { self.get_unchecked_mut() }, cx)
    }
}
impl Drop for Coro_tries {
    #[inline(always)]
    fn drop(&mut self) {
        drop_tries(self)
    }
}

// loops: async fn at 39:1; size 16, align 4, tag u8 at 13
#[derive(Clone, Copy)]
#[repr(u8)]
enum Tag_loops { V0 = 0, V1 = 1, V2 = 2, V3 = 3, }
#[derive(Clone, Copy)]
#[repr(C)]
struct V_loops_tag { _p: [u8; 13], f: Tag_loops }
#[derive(Clone, Copy)]
#[repr(C)]
struct V_loops_u0 { _p: [u8; 0], f: u32 }
const _: () = assert!(core::mem::offset_of!(V_loops_u0, f) == 0);
#[derive(Clone, Copy)]
#[repr(C)]
struct V_loops_s0 { _p: [u8; 4], f: u32 }
const _: () = assert!(core::mem::offset_of!(V_loops_s0, f) == 4);
#[derive(Clone, Copy)]
#[repr(C)]
struct V_loops_s1 { _p: [u8; 8], f: u32 }
const _: () = assert!(core::mem::offset_of!(V_loops_s1, f) == 8);
#[repr(C)]
struct V_loops_s2 { _p: [u8; 12], f: YieldNow }
const _: () = assert!(core::mem::offset_of!(V_loops_s2, f) == 12);
#[repr(C)]
union U_loops {
    tag: V_loops_tag,
    u0: V_loops_u0,
    s0: V_loops_s0,
    s1: V_loops_s1,
    s2: ManuallyDrop<V_loops_s2>,
    size: [u8; 16],
}
#[repr(C, align(4))]
struct Coro_loops { u: U_loops, _pinned: PhantomPinned }
const _: () = assert!(core::mem::size_of::<Coro_loops>() == 16 && core::mem::align_of::<Coro_loops>() == 4);
impl Future for Coro_loops {
    type Output = u32;
    #[inline(always)]
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        resume_loops(unsafe { self.get_unchecked_mut() }, cx)
    }
}
impl Drop for Coro_loops {
    #[inline(always)]
    fn drop(&mut self) {
        drop_loops(self)
    }
}

// sum: async fn at 50:1; size 10, align 2, tag u8 at 9
#[derive(Clone, Copy)]
#[repr(u8)]
enum Tag_sum { V0 = 0, V1 = 1, V2 = 2, V3 = 3, }
#[derive(Clone, Copy)]
#[repr(C)]
struct V_sum_tag { _p: [u8; 9], f: Tag_sum }
#[derive(Clone, Copy)]
#[repr(C)]
struct V_sum_u0 { _p: [u8; 0], f: [u16; 2] }
const _: () = assert!(core::mem::offset_of!(V_sum_u0, f) == 0);
#[derive(Clone, Copy)]
#[repr(C)]
struct V_sum_s0 { _p: [u8; 4], f: [u16; 2] }
const _: () = assert!(core::mem::offset_of!(V_sum_s0, f) == 4);
#[repr(C)]
struct V_sum_s1 { _p: [u8; 8], f: YieldNow }
const _: () = assert!(core::mem::offset_of!(V_sum_s1, f) == 8);
#[repr(C)]
union U_sum {
    tag: V_sum_tag,
    u0: V_sum_u0,
    s0: V_sum_s0,
    s1: ManuallyDrop<V_sum_s1>,
    size: [u8; 10],
}
#[repr(C, align(2))]
struct Coro_sum { u: U_sum, _pinned: PhantomPinned }
const _: () = assert!(core::mem::size_of::<Coro_sum>() == 10 && core::mem::align_of::<Coro_sum>() == 2);
impl Future for Coro_sum {
    type Output = u32;
    #[inline(always)]
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        resume_sum(unsafe { self.get_unchecked_mut() }, cx)
    }
}
impl Drop for Coro_sum {
    #[inline(always)]
    fn drop(&mut self) {
        drop_sum(self)
    }
}

// arrays: async fn at 54:1; size 48, align 8, tag u8 at 41
#[derive(Clone, Copy)]
#[repr(u8)]
enum Tag_arrays { V0 = 0, V1 = 1, V2 = 2, V3 = 3, }
#[derive(Clone, Copy)]
#[repr(C)]
struct V_arrays_tag { _p: [u8; 41], f: Tag_arrays }
#[derive(Clone, Copy)]
#[repr(C)]
struct V_arrays_u0 { _p: [u8; 0], f: usize }
const _: () = assert!(core::mem::offset_of!(V_arrays_u0, f) == 0);
#[derive(Clone, Copy)]
#[repr(C)]
struct V_arrays_u1 { _p: [u8; 16], f: u32 }
const _: () = assert!(core::mem::offset_of!(V_arrays_u1, f) == 16);
#[derive(Clone, Copy)]
#[repr(C)]
struct V_arrays_s0 { _p: [u8; 8], f: usize }
const _: () = assert!(core::mem::offset_of!(V_arrays_s0, f) == 8);
#[derive(Clone, Copy)]
#[repr(C)]
struct V_arrays_s1 { _p: [u8; 20], f: u32 }
const _: () = assert!(core::mem::offset_of!(V_arrays_s1, f) == 20);
#[derive(Clone, Copy)]
#[repr(C)]
struct V_arrays_s2 { _p: [u8; 24], f: [u32; 3] }
const _: () = assert!(core::mem::offset_of!(V_arrays_s2, f) == 24);
#[derive(Clone, Copy)]
#[repr(C)]
struct V_arrays_s3 { _p: [u8; 36], f: [u8; 4] }
const _: () = assert!(core::mem::offset_of!(V_arrays_s3, f) == 36);
#[repr(C)]
struct V_arrays_s4 { _p: [u8; 40], f: YieldNow }
const _: () = assert!(core::mem::offset_of!(V_arrays_s4, f) == 40);
#[repr(C)]
union U_arrays {
    tag: V_arrays_tag,
    u0: V_arrays_u0,
    u1: V_arrays_u1,
    s0: V_arrays_s0,
    s1: V_arrays_s1,
    s2: V_arrays_s2,
    s3: V_arrays_s3,
    s4: ManuallyDrop<V_arrays_s4>,
    size: [u8; 48],
}
#[repr(C, align(8))]
struct Coro_arrays { u: U_arrays, _pinned: PhantomPinned }
const _: () = assert!(core::mem::size_of::<Coro_arrays>() == 48 && core::mem::align_of::<Coro_arrays>() == 8);
impl Future for Coro_arrays {
    type Output = u32;
    #[inline(always)]
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        resume_arrays(unsafe { self.get_unchecked_mut() }, cx)
    }
}
impl Drop for Coro_arrays {
    #[inline(always)]
    fn drop(&mut self) {
        drop_arrays(self)
    }
}

#[custom_mir(dialect = "runtime", phase = "initial")]
#[linkage = "internal"]
fn half(_1: u32) -> Option<u32> {
    {
        let bb0 = BasicBlock::Normal;
        let bb1 = BasicBlock::Normal;
        let bb2 = BasicBlock::Normal;
        let bb3 = BasicBlock::Normal;
        let bb4 = BasicBlock::Normal;
        let bb5 = BasicBlock::Normal;
        let bb0_panic = BasicBlock::Normal;
        let bb2_panic = BasicBlock::Normal;
        let bb_diverged = BasicBlock::Normal;
        {
            let RET: Option<u32>;
            let _2: bool;
            let _3: u32;
            let _4: u32;
            let _5: bool;
            let _6: u32;
            let _7: u32;
            let _8: bool;
            let _never: !;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        StorageLive(_2);
                        StorageLive(_3);
                        StorageLive(_4);
                        _4 = _1;
                        _5 = 2_u32 == 0_u32;
                        match Move(_5) { false => bb1, _ => bb0_panic }
                    };
                    { // bb1
                        _3 = Move(_4) % 2_u32;
                        StorageDead(_4);
                        _2 = Move(_3) == 0_u32;
                        match Move(_2) { false => bb4, _ => bb2 }
                    };
                    { // bb2
                        StorageDead(_3);
                        StorageLive(_6);
                        StorageLive(_7);
                        _7 = _1;
                        _8 = 2_u32 == 0_u32;
                        match Move(_8) { false => bb3, _ => bb2_panic }
                    };
                    { // bb3
                        _6 = Move(_7) / 2_u32;
                        StorageDead(_7);
                        RET = Option::<u32>::Some { 0: Move(_6) };
                        StorageDead(_6);
                        Goto(bb5)
                    };
                    { // bb4
                        StorageDead(_3);
                        RET = Option::<u32>::None {};
                        Goto(bb5)
                    };
                    { // bb5
                        StorageDead(_2);
                        Return()
                    };
                    { // bb0_panic
                        Call(_never = core::panicking::panic_const::panic_const_rem_by_zero(), ReturnTo(bb_diverged), UnwindContinue())
                    };
                    { // bb2_panic
                        Call(_never = core::panicking::panic_const::panic_const_div_by_zero(), ReturnTo(bb_diverged), UnwindContinue())
                    };
                    { // bb_diverged
                        Goto(bb_diverged)
                    };
                    RET
                }
            }
        }
    }
}

#[custom_mir(dialect = "runtime", phase = "initial")]
fn check(_1: u32) -> Result<u32, u8> {
    {
        let bb0 = BasicBlock::Normal;
        let bb1 = BasicBlock::Normal;
        let bb2 = BasicBlock::Normal;
        let bb3 = BasicBlock::Normal;
        {
            let RET: Result<u32, u8>;
            let _2: bool;
            let _3: u32;
            let _4: u32;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        StorageLive(_2);
                        StorageLive(_3);
                        _3 = _1;
                        _2 = Move(_3) < 10_u32;
                        match Move(_2) { false => bb2, _ => bb1 }
                    };
                    { // bb1
                        StorageDead(_3);
                        StorageLive(_4);
                        _4 = _1;
                        RET = Result::<u32, u8>::Ok { 0: Move(_4) };
                        StorageDead(_4);
                        Goto(bb3)
                    };
                    { // bb2
                        StorageDead(_3);
                        RET = Result::<u32, u8>::Err { 0: 3_u8 };
                        Goto(bb3)
                    };
                    { // bb3
                        StorageDead(_2);
                        Return()
                    };
                    RET
                }
            }
        }
    }
}

#[custom_mir(dialect = "runtime", phase = "initial")]
fn make(_1: u32) -> Result<Guard, u32> {
    {
        let bb0 = BasicBlock::Normal;
        let bb1 = BasicBlock::Normal;
        let bb2 = BasicBlock::Normal;
        let bb3 = BasicBlock::Normal;
        let bb4 = BasicBlock::Normal;
        let bb5 = BasicBlock::Normal;
        {
            let RET: Result<Guard, u32>;
            let _2: bool;
            let _3: u32;
            let _4: u32;
            let _5: Guard;
            let _6: u32;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        StorageLive(_2);
                        StorageLive(_3);
                        _3 = _1;
                        _2 = Move(_3) == 0_u32;
                        match Move(_2) { false => bb2, _ => bb1 }
                    };
                    { // bb1
                        StorageDead(_3);
                        StorageLive(_4);
                        _4 = _1;
                        RET = Result::<Guard, u32>::Err { 0: Move(_4) };
                        StorageDead(_4);
                        Goto(bb5)
                    };
                    { // bb2
                        StorageDead(_3);
                        StorageLive(_5);
                        StorageLive(_6);
                        _6 = _1;
                        Call(_5 = guard(Move(_6)), ReturnTo(bb3), UnwindContinue())
                    };
                    { // bb3
                        StorageDead(_6);
                        RET = Result::<Guard, u32>::Ok { 0: Move(_5) };
                        Goto(bb4)
                    };
                    { // bb4
                        StorageDead(_5);
                        Goto(bb5)
                    };
                    { // bb5
                        StorageDead(_2);
                        Return()
                    };
                    RET
                }
            }
        }
    }
}

#[custom_mir(dialect = "runtime", phase = "initial")]
#[linkage = "internal"]
fn first(_1: [u32; 3], _2: usize) -> u32 {
    {
        let bb0 = BasicBlock::Normal;
        let bb1 = BasicBlock::Normal;
        let bb0_panic = BasicBlock::Normal;
        let bb_diverged = BasicBlock::Normal;
        {
            let RET: u32;
            let _3: usize;
            let _4: bool;
            let _never: !;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        StorageLive(_3);
                        _3 = _2;
                        _4 = _3 < 3_usize;
                        match Move(_4) { true => bb1, _ => bb0_panic }
                    };
                    { // bb1
                        RET = _1[_3];
                        StorageDead(_3);
                        Return()
                    };
                    { // bb0_panic
                        Call(_never = bounds_check_panic::<3>(_3), ReturnTo(bb_diverged), UnwindContinue())
                    };
                    { // bb_diverged
                        Goto(bb_diverged)
                    };
                    RET
                }
            }
        }
    }
}

#[custom_mir(dialect = "runtime", phase = "initial")]
fn opts(_1: u32) -> Coro_opts {
    {
        let bb0 = BasicBlock::Normal;
        {
            let RET: Coro_opts;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        RET.u.tag.f = Tag_opts::V0;
                        RET.u.u0.f = _1;
                        Return()
                    };
                    RET
                }
            }
        }
    }
}

#[custom_mir(dialect = "runtime", phase = "initial")]
#[inline]
#[rustc_no_mir_inline]
#[sanitize(address = "off")]
fn resume_opts(_1: &mut Coro_opts, _2: &mut Context<'_>) -> Poll<u32> {
    {
        let bb0 = BasicBlock::Normal;
        let bb1 = BasicBlock::Normal;
        let bb2 = BasicBlock::Normal;
        let bb3 = BasicBlock::Normal;
        let bb4 = BasicBlock::Normal;
        let bb5 = BasicBlock::Normal;
        let bb6 = BasicBlock::Normal;
        let bb7 = BasicBlock::Normal;
        let bb8 = BasicBlock::Normal;
        let bb9 = BasicBlock::Normal;
        let bb10 = BasicBlock::Normal;
        let bb11 = BasicBlock::Normal;
        let bb12 = BasicBlock::Normal;
        let bb13 = BasicBlock::Normal;
        let bb14 = BasicBlock::Normal;
        let bb15 = BasicBlock::Normal;
        let bb16 = BasicBlock::Normal;
        let bb17 = BasicBlock::Normal;
        let bb18 = BasicBlock::Normal;
        let bb19 = BasicBlock::Normal;
        let bb20 = BasicBlock::Normal;
        let bb21 = BasicBlock::Normal;
        let bb22 = BasicBlock::Normal;
        let bb23 = BasicBlock::Normal;
        let bb24 = BasicBlock::Cleanup;
        let bb25 = BasicBlock::Cleanup;
        let bb26 = BasicBlock::Cleanup;
        let bb27 = BasicBlock::Cleanup;
        let bb28 = BasicBlock::Cleanup;
        let bb29 = BasicBlock::Cleanup;
        let bb30 = BasicBlock::Cleanup;
        let bb31 = BasicBlock::Cleanup;
        let bb32 = BasicBlock::Cleanup;
        let bb33 = BasicBlock::Cleanup;
        let bb34 = BasicBlock::Cleanup;
        let bb35 = BasicBlock::Cleanup;
        let bb36 = BasicBlock::Cleanup;
        let bb37 = BasicBlock::Cleanup;
        let bb38 = BasicBlock::Normal;
        let bb39 = BasicBlock::Normal;
        let bb40 = BasicBlock::Normal;
        let bb41 = BasicBlock::Normal;
        let bb42 = BasicBlock::Cleanup;
        let bb43 = BasicBlock::Cleanup;
        let bb44 = BasicBlock::Cleanup;
        let bb45 = BasicBlock::Cleanup;
        let bb46 = BasicBlock::Cleanup;
        let bb47 = BasicBlock::Normal;
        let bb48 = BasicBlock::Cleanup;
        let bb49 = BasicBlock::Normal;
        let bb50 = BasicBlock::Normal;
        let bb51 = BasicBlock::Normal;
        let bb18_panic = BasicBlock::Normal;
        let bb_diverged = BasicBlock::Normal;
        let bb50_panic = BasicBlock::Normal;
        let bb51_panic = BasicBlock::Normal;
        {
            let RET: Poll<u32>;
            let _3: u32;
            let _4: Option<u32>;
            let _5: u32;
            let _6: Result<Guard, u32>;
            let _7: u32;
            let _8: ();
            let _9: YieldNow;
            let _10: YieldNow;
            let _11: YieldNow;
            let _12: ();
            let _13: ();
            let _14: Poll<()>;
            let _15: Pin<&mut YieldNow>;
            let _16: &mut YieldNow;
            let _17: &mut YieldNow;
            let _18: &mut Context<'_>;
            let _19: &mut Context<'_>;
            let _20: &mut Context<'_>;
            let _21: isize;
            let _22: ();
            let _23: !;
            let _24: &mut Context<'_>;
            let _25: ();
            let _26: u32;
            let _27: isize;
            let _28: Guard;
            let _29: u32;
            let _30: isize;
            let _31: u32;
            let _32: u32;
            let _33: u32;
            let _34: (u32, bool);
            let _35: bool;
            let _36: bool;
            let _37: isize;
            let _38: isize;
            let _39: isize;
            let _40: isize;
            let _41: u32;
            let _42: u32;
            let _43: &mut Coro_opts;
            let _never: !;
            let _anchor_ref: &'static ();
            let _anchor_ptr: *const ();
            let _anchor_false: bool;
            let _e0: u8;
            let _e1: *mut ManuallyDrop<V_opts_s1>;
            let _e2: *mut V_opts_s1;
            let _e3: *mut ManuallyDrop<V_opts_s2>;
            let _e4: *mut V_opts_s2;
            let _e5: *mut ManuallyDrop<V_opts_s2>;
            let _e6: *mut V_opts_s2;
            let _e7: *mut ManuallyDrop<V_opts_s1>;
            let _e8: *mut V_opts_s1;
            let _e9: *mut ManuallyDrop<V_opts_s1>;
            let _e10: *mut V_opts_s1;
            let _e11: *mut ManuallyDrop<V_opts_s1>;
            let _e12: *mut V_opts_s1;
            let _e13: *mut ManuallyDrop<V_opts_s1>;
            let _e14: *mut V_opts_s1;
            let _e15: *mut ManuallyDrop<V_opts_s1>;
            let _e16: *mut V_opts_s1;
            let _e17: *mut ManuallyDrop<V_opts_s1>;
            let _e18: *mut V_opts_s1;
            {
                coro_mir!({
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _43 = _1;
                        _e0 = Discriminant((*_43).u.tag.f);
                        _42 = _e0 as u32;
                        match Move(_42) { 0 => bb1, 1 => bb51, 2 => bb50, 3 => bb49, _ => bb10 }
                    };
                    { // bb1
                        _35 = false;
                        (*_43).u.s3.f = false;
                        StorageLive(_3);
                        _3 = (*_43).u.u0.f;
                        StorageLive(_5);
                        _5 = _3;
                        Call((*_43).u.s0.f = half(Move(_5)), ReturnTo(bb2), UnwindCleanup(bb35))
                    };
                    { // bb2
                        StorageDead(_5);
                        StorageLive(_7);
                        _7 = _3;
                        _e1 = &raw mut (*_43).u.s1;
                        _e2 = CastPtrToPtr(_e1);
                        Call((*_e2).f = make(Move(_7)), ReturnTo(bb3), UnwindCleanup(bb33))
                    };
                    { // bb3
                        _35 = true;
                        (*_43).u.s3.f = true;
                        StorageDead(_7);
                        StorageLive(_8);
                        StorageLive(_9);
                        StorageLive(_10);
                        Call(_10 = yield_now(), ReturnTo(bb4), UnwindCleanup(bb30))
                    };
                    { // bb4
                        Call(_9 = <YieldNow as IntoFuture>::into_future(Move(_10)), ReturnTo(bb5), UnwindCleanup(bb30))
                    };
                    { // bb5
                        StorageDead(_10);
                        _e3 = &raw mut (*_43).u.s2;
                        _e4 = CastPtrToPtr(_e3);
                        (*_e4).f = Move(_9);
                        Goto(bb6)
                    };
                    { // bb6
                        StorageLive(_13);
                        StorageLive(_14);
                        StorageLive(_15);
                        StorageLive(_16);
                        StorageLive(_17);
                        _e5 = &raw mut (*_43).u.s2;
                        _e6 = CastPtrToPtr(_e5);
                        _17 = &mut (*_e6).f;
                        _16 = &mut (*_17);
                        Call(_15 = Pin::<&mut YieldNow>::new_unchecked(Move(_16)), ReturnTo(bb7), UnwindCleanup(bb28))
                    };
                    { // bb7
                        StorageDead(_16);
                        StorageLive(_18);
                        StorageLive(_19);
                        StorageLive(_20);
                        _20 = _2;
                        _19 = Move(_20);
                        Goto(bb8)
                    };
                    { // bb8
                        _18 = &mut (*_19);
                        StorageDead(_20);
                        Call(_14 = <YieldNow as Future>::poll(Move(_15), Move(_18)), ReturnTo(bb9), UnwindCleanup(bb27))
                    };
                    { // bb9
                        StorageDead(_18);
                        StorageDead(_15);
                        _21 = Discriminant(_14);
                        match Move(_21) { 0 => bb12, 1 => bb11, _ => bb10 }
                    };
                    { // bb10
                        Unreachable()
                    };
                    { // bb11
                        _13 = ();
                        StorageDead(_19);
                        StorageDead(_17);
                        StorageDead(_14);
                        StorageDead(_13);
                        StorageLive(_24);
                        StorageLive(_25);
                        _25 = ();
                        SetDiscriminant(RET, 1);
                        StorageDead(_3);
                        StorageDead(_8);
                        StorageDead(_9);
                        StorageDead(_24);
                        StorageDead(_25);
                        (*_43).u.tag.f = Tag_opts::V3;
                        Return()
                    };
                    { // bb12
                        StorageLive(_22);
                        _22 = place!(Field::<()>(Variant(_14, 0), 0));
                        _8 = _22;
                        StorageDead(_22);
                        StorageDead(_19);
                        StorageDead(_17);
                        StorageDead(_14);
                        StorageDead(_13);
                        StorageDead(_9);
                        StorageDead(_8);
                        StorageLive(_26);
                        _e7 = &raw mut (*_43).u.s1;
                        _e8 = CastPtrToPtr(_e7);
                        _27 = Discriminant((*_e8).f);
                        match Move(_27) { 0 => bb15, 1 => bb14, _ => bb10 }
                    };
                    { // bb13
                        StorageDead(_25);
                        _2 = Move(_24);
                        StorageDead(_24);
                        _12 = ();
                        Goto(bb6)
                    };
                    { // bb14
                        StorageLive(_29);
                        _e9 = &raw mut (*_43).u.s1;
                        _e10 = CastPtrToPtr(_e9);
                        _29 = place!(Field::<u32>(Variant((*_e10).f, 1), 0));
                        _26 = _29;
                        StorageDead(_29);
                        Goto(bb17)
                    };
                    { // bb15
                        StorageLive(_28);
                        (*_43).u.s3.f = false;
                        _e11 = &raw mut (*_43).u.s1;
                        _e12 = CastPtrToPtr(_e11);
                        _28 = Move(place!(Field::<Guard>(Variant((*_e12).f, 0), 0)));
                        _26 = 1_u32;
                        Drop(_28, ReturnTo(bb16), UnwindCleanup(bb25))
                    };
                    { // bb16
                        StorageDead(_28);
                        Goto(bb17)
                    };
                    { // bb17
                        _30 = Discriminant((*_43).u.s0.f);
                        match Move(_30) { 1 => bb18, _ => bb20 }
                    };
                    { // bb18
                        StorageLive(_31);
                        _31 = place!(Field::<u32>(Variant((*_43).u.s0.f, 1), 0));
                        StorageLive(_32);
                        _32 = _31;
                        StorageLive(_33);
                        _33 = _26;
                        _34 = Checked(_32 + _33);
                        match Move(_34.1) { false => bb19, _ => bb18_panic }
                    };
                    { // bb19
                        _41 = Move(_34.0);
                        StorageDead(_33);
                        StorageDead(_32);
                        StorageDead(_31);
                        Goto(bb21)
                    };
                    { // bb20
                        _41 = _26;
                        Goto(bb21)
                    };
                    { // bb21
                        StorageDead(_26);
                        Goto(bb41)
                    };
                    { // bb22
                        _35 = false;
                        (*_43).u.s3.f = false;
                        StorageDead(_3);
                        Goto(bb47)
                    };
                    { // bb23
                        RET = Poll::<u32>::Ready(Move(_41));
                        (*_43).u.tag.f = Tag_opts::V1;
                        Return()
                    };
                    { // bb24
                        StorageDead(_33);
                        StorageDead(_32);
                        StorageDead(_31);
                        Goto(bb26)
                    };
                    { // bb25
                        StorageDead(_28);
                        Goto(bb26)
                    };
                    { // bb26
                        StorageDead(_26);
                        Goto(bb32)
                    };
                    { // bb27
                        StorageDead(_18);
                        StorageDead(_15);
                        StorageDead(_19);
                        Goto(bb29)
                    };
                    { // bb28
                        StorageDead(_16);
                        StorageDead(_15);
                        Goto(bb29)
                    };
                    { // bb29
                        StorageDead(_17);
                        StorageDead(_14);
                        StorageDead(_13);
                        Goto(bb31)
                    };
                    { // bb30
                        StorageDead(_10);
                        Goto(bb31)
                    };
                    { // bb31
                        StorageDead(_9);
                        StorageDead(_8);
                        Goto(bb32)
                    };
                    { // bb32
                        Goto(bb46)
                    };
                    { // bb33
                        StorageDead(_7);
                        Goto(bb34)
                    };
                    { // bb34
                        _35 = false;
                        (*_43).u.s3.f = false;
                        Goto(bb36)
                    };
                    { // bb35
                        StorageDead(_5);
                        Goto(bb36)
                    };
                    { // bb36
                        StorageDead(_3);
                        Goto(bb37)
                    };
                    { // bb37
                        Goto(bb48)
                    };
                    { // bb38
                        Goto(bb22)
                    };
                    { // bb39
                        Goto(bb38)
                    };
                    { // bb40
                        Goto(bb38)
                    };
                    { // bb41
                        _e13 = &raw mut (*_43).u.s1;
                        _e14 = CastPtrToPtr(_e13);
                        _37 = Discriminant((*_e14).f);
                        match Move(_37) { 0 => bb39, _ => bb40 }
                    };
                    { // bb42
                        Goto(bb44)
                    };
                    { // bb43
                        _e15 = &raw mut (*_43).u.s1;
                        _e16 = CastPtrToPtr(_e15);
                        Drop(place!(Field::<Guard>(Variant((*_e16).f, 0), 0)), ReturnTo(bb34), UnwindTerminate(ReasonInCleanup))
                    };
                    { // bb44
                        match (*_43).u.s3.f { false => bb34, _ => bb43 }
                    };
                    { // bb45
                        Goto(bb34)
                    };
                    { // bb46
                        _e17 = &raw mut (*_43).u.s1;
                        _e18 = CastPtrToPtr(_e17);
                        _40 = Discriminant((*_e18).f);
                        match Move(_40) { 0 => bb42, _ => bb45 }
                    };
                    { // bb47
                        Goto(bb23)
                    };
                    { // bb48
                        (*_43).u.tag.f = Tag_opts::V2;
                        UnwindResume()
                    };
                    { // bb49
                        StorageLive(_3);
                        StorageLive(_8);
                        StorageLive(_9);
                        StorageLive(_24);
                        StorageLive(_25);
                        _24 = Move(_2);
                        Goto(bb13)
                    };
                    { // bb50
                        _anchor_ref = Static(COROSLIM_ANCHOR);
                        _anchor_ptr = &raw const (*_anchor_ref);
                        _anchor_false = _anchor_ptr == COROSLIM_NULL;
                        match _anchor_false { false => bb50_panic, _ => bb50 }
                    };
                    { // bb51
                        _anchor_ref = Static(COROSLIM_ANCHOR);
                        _anchor_ptr = &raw const (*_anchor_ref);
                        _anchor_false = _anchor_ptr == COROSLIM_NULL;
                        match _anchor_false { false => bb51_panic, _ => bb51 }
                    };
                    { // bb18_panic
                        Call(_never = core::panicking::panic_const::panic_const_add_overflow(), ReturnTo(bb_diverged), UnwindCleanup(bb24))
                    };
                    { // bb_diverged
                        Goto(bb_diverged)
                    };
                } RET _never bb_diverged; assert_panic_const_async_fn_resumed_panic UnwindContinue(), assert_panic_const_async_fn_resumed UnwindContinue())
            }
        }
    }
}

#[custom_mir(dialect = "runtime", phase = "initial")]
fn tries(_1: u32) -> Coro_tries {
    {
        let bb0 = BasicBlock::Normal;
        {
            let RET: Coro_tries;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        RET.u.tag.f = Tag_tries::V0;
                        RET.u.u0.f = _1;
                        Return()
                    };
                    RET
                }
            }
        }
    }
}

#[custom_mir(dialect = "runtime", phase = "initial")]
#[inline]
#[rustc_no_mir_inline]
#[sanitize(address = "off")]
fn resume_tries(_1: &mut Coro_tries, _2: &mut Context<'_>) -> Poll<Result<u32, u8>> {
    {
        let bb0 = BasicBlock::Normal;
        let bb1 = BasicBlock::Normal;
        let bb2 = BasicBlock::Normal;
        let bb3 = BasicBlock::Normal;
        let bb4 = BasicBlock::Normal;
        let bb5 = BasicBlock::Normal;
        let bb6 = BasicBlock::Normal;
        let bb7 = BasicBlock::Normal;
        let bb8 = BasicBlock::Normal;
        let bb9 = BasicBlock::Normal;
        let bb10 = BasicBlock::Normal;
        let bb11 = BasicBlock::Normal;
        let bb12 = BasicBlock::Normal;
        let bb13 = BasicBlock::Normal;
        let bb14 = BasicBlock::Normal;
        let bb15 = BasicBlock::Normal;
        let bb16 = BasicBlock::Normal;
        let bb17 = BasicBlock::Normal;
        let bb18 = BasicBlock::Normal;
        let bb19 = BasicBlock::Normal;
        let bb20 = BasicBlock::Normal;
        let bb21 = BasicBlock::Normal;
        let bb22 = BasicBlock::Normal;
        let bb23 = BasicBlock::Normal;
        let bb24 = BasicBlock::Normal;
        let bb25 = BasicBlock::Cleanup;
        let bb26 = BasicBlock::Cleanup;
        let bb27 = BasicBlock::Cleanup;
        let bb28 = BasicBlock::Cleanup;
        let bb29 = BasicBlock::Cleanup;
        let bb30 = BasicBlock::Cleanup;
        let bb31 = BasicBlock::Cleanup;
        let bb32 = BasicBlock::Cleanup;
        let bb33 = BasicBlock::Cleanup;
        let bb34 = BasicBlock::Cleanup;
        let bb35 = BasicBlock::Cleanup;
        let bb36 = BasicBlock::Cleanup;
        let bb37 = BasicBlock::Cleanup;
        let bb38 = BasicBlock::Cleanup;
        let bb39 = BasicBlock::Cleanup;
        let bb40 = BasicBlock::Cleanup;
        let bb41 = BasicBlock::Normal;
        let bb42 = BasicBlock::Normal;
        let bb43 = BasicBlock::Cleanup;
        let bb44 = BasicBlock::Normal;
        let bb45 = BasicBlock::Normal;
        let bb46 = BasicBlock::Normal;
        let bb15_panic = BasicBlock::Normal;
        let bb_diverged = BasicBlock::Normal;
        let bb45_panic = BasicBlock::Normal;
        let bb46_panic = BasicBlock::Normal;
        {
            let RET: Poll<Result<u32, u8>>;
            let _3: u32;
            let _4: u32;
            let _5: core::ops::ControlFlow<Result<core::convert::Infallible, u8>, u32>;
            let _6: Result<u32, u8>;
            let _7: u32;
            let _8: isize;
            let _9: Result<core::convert::Infallible, u8>;
            let _10: !;
            let _11: Result<core::convert::Infallible, u8>;
            let _12: u32;
            let _13: ();
            let _14: YieldNow;
            let _15: YieldNow;
            let _16: YieldNow;
            let _17: ();
            let _18: ();
            let _19: Poll<()>;
            let _20: Pin<&mut YieldNow>;
            let _21: &mut YieldNow;
            let _22: &mut YieldNow;
            let _23: &mut Context<'_>;
            let _24: &mut Context<'_>;
            let _25: &mut Context<'_>;
            let _26: isize;
            let _27: ();
            let _28: !;
            let _29: &mut Context<'_>;
            let _30: ();
            let _31: u32;
            let _32: core::ops::ControlFlow<Result<core::convert::Infallible, u8>, u32>;
            let _33: Result<u32, u8>;
            let _34: u32;
            let _35: u32;
            let _36: (u32, bool);
            let _37: isize;
            let _38: Result<core::convert::Infallible, u8>;
            let _39: !;
            let _40: Result<core::convert::Infallible, u8>;
            let _41: u32;
            let _42: u32;
            let _43: Result<u32, u8>;
            let _44: u32;
            let _45: &mut Coro_tries;
            let _never: !;
            let _anchor_ref: &'static ();
            let _anchor_ptr: *const ();
            let _anchor_false: bool;
            let _e0: u8;
            let _e1: *mut ManuallyDrop<V_tries_s1>;
            let _e2: *mut V_tries_s1;
            let _e3: *mut ManuallyDrop<V_tries_s1>;
            let _e4: *mut V_tries_s1;
            {
                coro_mir!({
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _45 = _1;
                        _e0 = Discriminant((*_45).u.tag.f);
                        _44 = _e0 as u32;
                        match Move(_44) { 0 => bb1, 1 => bb46, 2 => bb45, 3 => bb44, _ => bb4 }
                    };
                    { // bb1
                        StorageLive(_3);
                        _3 = (*_45).u.u0.f;
                        StorageLive(_5);
                        StorageLive(_6);
                        StorageLive(_7);
                        _7 = _3;
                        Call(_6 = check(Move(_7)), ReturnTo(bb2), UnwindCleanup(bb36))
                    };
                    { // bb2
                        StorageDead(_7);
                        Call(_5 = <Result<u32, u8> as core::ops::Try>::branch(Move(_6)), ReturnTo(bb3), UnwindCleanup(bb37))
                    };
                    { // bb3
                        StorageDead(_6);
                        _8 = Discriminant(_5);
                        match Move(_8) { 0 => bb5, 1 => bb6, _ => bb4 }
                    };
                    { // bb4
                        Unreachable()
                    };
                    { // bb5
                        StorageLive(_12);
                        _12 = place!(Field::<u32>(Variant(_5, 0), 0));
                        (*_45).u.s0.f = _12;
                        StorageDead(_12);
                        StorageDead(_5);
                        StorageLive(_13);
                        StorageLive(_14);
                        StorageLive(_15);
                        Call(_15 = yield_now(), ReturnTo(bb8), UnwindCleanup(bb33))
                    };
                    { // bb6
                        StorageLive(_9);
                        _9 = place!(Field::<Result<core::convert::Infallible, u8>>(Variant(_5, 1), 0));
                        StorageLive(_11);
                        _11 = _9;
                        Call(_43 = <Result<u32, u8> as core::ops::FromResidual<Result<core::convert::Infallible, u8>>>::from_residual(Move(_11)), ReturnTo(bb7), UnwindCleanup(bb35))
                    };
                    { // bb7
                        StorageDead(_11);
                        StorageDead(_9);
                        StorageDead(_5);
                        Goto(bb23)
                    };
                    { // bb8
                        Call(_14 = <YieldNow as IntoFuture>::into_future(Move(_15)), ReturnTo(bb9), UnwindCleanup(bb33))
                    };
                    { // bb9
                        StorageDead(_15);
                        _e1 = &raw mut (*_45).u.s1;
                        _e2 = CastPtrToPtr(_e1);
                        (*_e2).f = Move(_14);
                        Goto(bb10)
                    };
                    { // bb10
                        StorageLive(_18);
                        StorageLive(_19);
                        StorageLive(_20);
                        StorageLive(_21);
                        StorageLive(_22);
                        _e3 = &raw mut (*_45).u.s1;
                        _e4 = CastPtrToPtr(_e3);
                        _22 = &mut (*_e4).f;
                        _21 = &mut (*_22);
                        Call(_20 = Pin::<&mut YieldNow>::new_unchecked(Move(_21)), ReturnTo(bb11), UnwindCleanup(bb31))
                    };
                    { // bb11
                        StorageDead(_21);
                        StorageLive(_23);
                        StorageLive(_24);
                        StorageLive(_25);
                        _25 = _2;
                        _24 = Move(_25);
                        Goto(bb12)
                    };
                    { // bb12
                        _23 = &mut (*_24);
                        StorageDead(_25);
                        Call(_19 = <YieldNow as Future>::poll(Move(_20), Move(_23)), ReturnTo(bb13), UnwindCleanup(bb30))
                    };
                    { // bb13
                        StorageDead(_23);
                        StorageDead(_20);
                        _26 = Discriminant(_19);
                        match Move(_26) { 0 => bb15, 1 => bb14, _ => bb4 }
                    };
                    { // bb14
                        _18 = ();
                        StorageDead(_24);
                        StorageDead(_22);
                        StorageDead(_19);
                        StorageDead(_18);
                        StorageLive(_29);
                        StorageLive(_30);
                        _30 = ();
                        SetDiscriminant(RET, 1);
                        StorageDead(_3);
                        StorageDead(_13);
                        StorageDead(_14);
                        StorageDead(_29);
                        StorageDead(_30);
                        (*_45).u.tag.f = Tag_tries::V3;
                        Return()
                    };
                    { // bb15
                        StorageLive(_27);
                        _27 = place!(Field::<()>(Variant(_19, 0), 0));
                        _13 = _27;
                        StorageDead(_27);
                        StorageDead(_24);
                        StorageDead(_22);
                        StorageDead(_19);
                        StorageDead(_18);
                        StorageDead(_14);
                        StorageDead(_13);
                        StorageLive(_31);
                        StorageLive(_32);
                        StorageLive(_33);
                        StorageLive(_34);
                        StorageLive(_35);
                        _35 = (*_45).u.s0.f;
                        _36 = Checked(_35 + 1_u32);
                        match Move(_36.1) { false => bb17, _ => bb15_panic }
                    };
                    { // bb16
                        StorageDead(_30);
                        _2 = Move(_29);
                        StorageDead(_29);
                        _17 = ();
                        Goto(bb10)
                    };
                    { // bb17
                        _34 = Move(_36.0);
                        StorageDead(_35);
                        Call(_33 = check(Move(_34)), ReturnTo(bb18), UnwindCleanup(bb27))
                    };
                    { // bb18
                        StorageDead(_34);
                        Call(_32 = <Result<u32, u8> as core::ops::Try>::branch(Move(_33)), ReturnTo(bb19), UnwindCleanup(bb28))
                    };
                    { // bb19
                        StorageDead(_33);
                        _37 = Discriminant(_32);
                        match Move(_37) { 0 => bb20, 1 => bb21, _ => bb4 }
                    };
                    { // bb20
                        StorageLive(_41);
                        _41 = place!(Field::<u32>(Variant(_32, 0), 0));
                        _31 = _41;
                        StorageDead(_41);
                        StorageDead(_32);
                        StorageLive(_42);
                        _42 = _31;
                        _43 = Result::<u32, u8>::Ok { 0: Move(_42) };
                        StorageDead(_42);
                        StorageDead(_31);
                        StorageDead(_3);
                        Goto(bb41)
                    };
                    { // bb21
                        StorageLive(_38);
                        _38 = place!(Field::<Result<core::convert::Infallible, u8>>(Variant(_32, 1), 0));
                        StorageLive(_40);
                        _40 = _38;
                        Call(_43 = <Result<u32, u8> as core::ops::FromResidual<Result<core::convert::Infallible, u8>>>::from_residual(Move(_40)), ReturnTo(bb22), UnwindCleanup(bb25))
                    };
                    { // bb22
                        StorageDead(_40);
                        StorageDead(_38);
                        StorageDead(_32);
                        StorageDead(_31);
                        Goto(bb23)
                    };
                    { // bb23
                        StorageDead(_3);
                        Goto(bb42)
                    };
                    { // bb24
                        RET = Poll::<Result<u32, u8>>::Ready(Move(_43));
                        (*_45).u.tag.f = Tag_tries::V1;
                        Return()
                    };
                    { // bb25
                        StorageDead(_40);
                        StorageDead(_38);
                        Goto(bb29)
                    };
                    { // bb26
                        StorageDead(_35);
                        Goto(bb27)
                    };
                    { // bb27
                        StorageDead(_34);
                        Goto(bb28)
                    };
                    { // bb28
                        StorageDead(_33);
                        Goto(bb29)
                    };
                    { // bb29
                        StorageDead(_32);
                        StorageDead(_31);
                        Goto(bb39)
                    };
                    { // bb30
                        StorageDead(_23);
                        StorageDead(_20);
                        StorageDead(_24);
                        Goto(bb32)
                    };
                    { // bb31
                        StorageDead(_21);
                        StorageDead(_20);
                        Goto(bb32)
                    };
                    { // bb32
                        StorageDead(_22);
                        StorageDead(_19);
                        StorageDead(_18);
                        Goto(bb34)
                    };
                    { // bb33
                        StorageDead(_15);
                        Goto(bb34)
                    };
                    { // bb34
                        StorageDead(_14);
                        StorageDead(_13);
                        Goto(bb39)
                    };
                    { // bb35
                        StorageDead(_11);
                        StorageDead(_9);
                        Goto(bb38)
                    };
                    { // bb36
                        StorageDead(_7);
                        Goto(bb37)
                    };
                    { // bb37
                        StorageDead(_6);
                        Goto(bb38)
                    };
                    { // bb38
                        StorageDead(_5);
                        Goto(bb39)
                    };
                    { // bb39
                        StorageDead(_3);
                        Goto(bb40)
                    };
                    { // bb40
                        Goto(bb43)
                    };
                    { // bb41
                        Goto(bb24)
                    };
                    { // bb42
                        Goto(bb24)
                    };
                    { // bb43
                        (*_45).u.tag.f = Tag_tries::V2;
                        UnwindResume()
                    };
                    { // bb44
                        StorageLive(_3);
                        StorageLive(_13);
                        StorageLive(_14);
                        StorageLive(_29);
                        StorageLive(_30);
                        _29 = Move(_2);
                        Goto(bb16)
                    };
                    { // bb45
                        _anchor_ref = Static(COROSLIM_ANCHOR);
                        _anchor_ptr = &raw const (*_anchor_ref);
                        _anchor_false = _anchor_ptr == COROSLIM_NULL;
                        match _anchor_false { false => bb45_panic, _ => bb45 }
                    };
                    { // bb46
                        _anchor_ref = Static(COROSLIM_ANCHOR);
                        _anchor_ptr = &raw const (*_anchor_ref);
                        _anchor_false = _anchor_ptr == COROSLIM_NULL;
                        match _anchor_false { false => bb46_panic, _ => bb46 }
                    };
                    { // bb15_panic
                        Call(_never = core::panicking::panic_const::panic_const_add_overflow(), ReturnTo(bb_diverged), UnwindCleanup(bb26))
                    };
                    { // bb_diverged
                        Goto(bb_diverged)
                    };
                } RET _never bb_diverged; assert_panic_const_async_fn_resumed_panic UnwindContinue(), assert_panic_const_async_fn_resumed UnwindContinue())
            }
        }
    }
}

#[custom_mir(dialect = "runtime", phase = "initial")]
fn loops(_1: u32) -> Coro_loops {
    {
        let bb0 = BasicBlock::Normal;
        {
            let RET: Coro_loops;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        RET.u.tag.f = Tag_loops::V0;
                        RET.u.u0.f = _1;
                        Return()
                    };
                    RET
                }
            }
        }
    }
}

#[custom_mir(dialect = "runtime", phase = "initial")]
#[inline]
#[rustc_no_mir_inline]
#[sanitize(address = "off")]
fn resume_loops(_1: &mut Coro_loops, _2: &mut Context<'_>) -> Poll<u32> {
    {
        let bb0 = BasicBlock::Normal;
        let bb1 = BasicBlock::Normal;
        let bb2 = BasicBlock::Normal;
        let bb3 = BasicBlock::Normal;
        let bb4 = BasicBlock::Normal;
        let bb5 = BasicBlock::Normal;
        let bb6 = BasicBlock::Normal;
        let bb7 = BasicBlock::Normal;
        let bb8 = BasicBlock::Normal;
        let bb9 = BasicBlock::Normal;
        let bb10 = BasicBlock::Normal;
        let bb11 = BasicBlock::Normal;
        let bb12 = BasicBlock::Normal;
        let bb13 = BasicBlock::Normal;
        let bb14 = BasicBlock::Normal;
        let bb15 = BasicBlock::Normal;
        let bb16 = BasicBlock::Normal;
        let bb17 = BasicBlock::Normal;
        let bb18 = BasicBlock::Normal;
        let bb19 = BasicBlock::Normal;
        let bb20 = BasicBlock::Normal;
        let bb21 = BasicBlock::Cleanup;
        let bb22 = BasicBlock::Cleanup;
        let bb23 = BasicBlock::Cleanup;
        let bb24 = BasicBlock::Cleanup;
        let bb25 = BasicBlock::Cleanup;
        let bb26 = BasicBlock::Cleanup;
        let bb27 = BasicBlock::Cleanup;
        let bb28 = BasicBlock::Cleanup;
        let bb29 = BasicBlock::Cleanup;
        let bb30 = BasicBlock::Cleanup;
        let bb31 = BasicBlock::Normal;
        let bb32 = BasicBlock::Cleanup;
        let bb33 = BasicBlock::Normal;
        let bb34 = BasicBlock::Normal;
        let bb35 = BasicBlock::Normal;
        let bb15_panic = BasicBlock::Normal;
        let bb_diverged = BasicBlock::Normal;
        let bb34_panic = BasicBlock::Normal;
        let bb35_panic = BasicBlock::Normal;
        {
            let RET: Poll<u32>;
            let _3: u32;
            let _4: u32;
            let _5: u32;
            let _6: ();
            let _7: ();
            let _8: Option<u32>;
            let _9: u32;
            let _10: isize;
            let _11: u32;
            let _12: ();
            let _13: bool;
            let _14: u32;
            let _15: !;
            let _16: ();
            let _17: YieldNow;
            let _18: YieldNow;
            let _19: YieldNow;
            let _20: ();
            let _21: Poll<()>;
            let _22: Pin<&mut YieldNow>;
            let _23: &mut YieldNow;
            let _24: &mut YieldNow;
            let _25: &mut Context<'_>;
            let _26: &mut Context<'_>;
            let _27: &mut Context<'_>;
            let _28: isize;
            let _29: ();
            let _30: !;
            let _31: &mut Context<'_>;
            let _32: ();
            let _33: u32;
            let _34: (u32, bool);
            let _35: u32;
            let _36: !;
            let _37: ();
            let _38: !;
            let _39: u32;
            let _40: u32;
            let _41: &mut Coro_loops;
            let _never: !;
            let _anchor_ref: &'static ();
            let _anchor_ptr: *const ();
            let _anchor_false: bool;
            let _e0: u8;
            let _e1: *mut ManuallyDrop<V_loops_s2>;
            let _e2: *mut V_loops_s2;
            let _e3: *mut ManuallyDrop<V_loops_s2>;
            let _e4: *mut V_loops_s2;
            {
                coro_mir!({
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _41 = _1;
                        _e0 = Discriminant((*_41).u.tag.f);
                        _40 = _e0 as u32;
                        match Move(_40) { 0 => bb1, 1 => bb35, 2 => bb34, 3 => bb33, _ => bb13 }
                    };
                    { // bb1
                        StorageLive(_3);
                        _3 = (*_41).u.u0.f;
                        StorageLive(_4);
                        _4 = _3;
                        (*_41).u.s0.f = 0_u32;
                        StorageLive(_6);
                        Goto(bb2)
                    };
                    { // bb2
                        StorageLive(_8);
                        StorageLive(_9);
                        _9 = _4;
                        Call(_8 = half(Move(_9)), ReturnTo(bb3), UnwindCleanup(bb28))
                    };
                    { // bb3
                        StorageDead(_9);
                        _10 = Discriminant(_8);
                        match Move(_10) { 1 => bb4, _ => bb18 }
                    };
                    { // bb4
                        (*_41).u.s1.f = place!(Field::<u32>(Variant(_8, 1), 0));
                        StorageLive(_12);
                        StorageLive(_13);
                        StorageLive(_14);
                        _14 = (*_41).u.s1.f;
                        _13 = Move(_14) == 0_u32;
                        match Move(_13) { false => bb6, _ => bb5 }
                    };
                    { // bb5
                        StorageDead(_14);
                        _6 = ();
                        StorageDead(_13);
                        StorageDead(_12);
                        Goto(bb19)
                    };
                    { // bb6
                        StorageDead(_14);
                        _12 = ();
                        StorageDead(_13);
                        StorageDead(_12);
                        StorageLive(_16);
                        StorageLive(_17);
                        StorageLive(_18);
                        Call(_18 = yield_now(), ReturnTo(bb7), UnwindCleanup(bb25))
                    };
                    { // bb7
                        Call(_17 = <YieldNow as IntoFuture>::into_future(Move(_18)), ReturnTo(bb8), UnwindCleanup(bb25))
                    };
                    { // bb8
                        StorageDead(_18);
                        _e1 = &raw mut (*_41).u.s2;
                        _e2 = CastPtrToPtr(_e1);
                        (*_e2).f = Move(_17);
                        Goto(bb9)
                    };
                    { // bb9
                        StorageLive(_20);
                        StorageLive(_21);
                        StorageLive(_22);
                        StorageLive(_23);
                        StorageLive(_24);
                        _e3 = &raw mut (*_41).u.s2;
                        _e4 = CastPtrToPtr(_e3);
                        _24 = &mut (*_e4).f;
                        _23 = &mut (*_24);
                        Call(_22 = Pin::<&mut YieldNow>::new_unchecked(Move(_23)), ReturnTo(bb10), UnwindCleanup(bb23))
                    };
                    { // bb10
                        StorageDead(_23);
                        StorageLive(_25);
                        StorageLive(_26);
                        StorageLive(_27);
                        _27 = _2;
                        _26 = Move(_27);
                        Goto(bb11)
                    };
                    { // bb11
                        _25 = &mut (*_26);
                        StorageDead(_27);
                        Call(_21 = <YieldNow as Future>::poll(Move(_22), Move(_25)), ReturnTo(bb12), UnwindCleanup(bb22))
                    };
                    { // bb12
                        StorageDead(_25);
                        StorageDead(_22);
                        _28 = Discriminant(_21);
                        match Move(_28) { 0 => bb15, 1 => bb14, _ => bb13 }
                    };
                    { // bb13
                        Unreachable()
                    };
                    { // bb14
                        _20 = ();
                        StorageDead(_26);
                        StorageDead(_24);
                        StorageDead(_21);
                        StorageDead(_20);
                        StorageLive(_31);
                        StorageLive(_32);
                        _32 = ();
                        SetDiscriminant(RET, 1);
                        StorageDead(_3);
                        StorageDead(_4);
                        StorageDead(_6);
                        StorageDead(_8);
                        StorageDead(_16);
                        StorageDead(_17);
                        StorageDead(_31);
                        StorageDead(_32);
                        (*_41).u.tag.f = Tag_loops::V3;
                        Return()
                    };
                    { // bb15
                        StorageLive(_29);
                        _29 = place!(Field::<()>(Variant(_21, 0), 0));
                        _16 = _29;
                        StorageDead(_29);
                        StorageDead(_26);
                        StorageDead(_24);
                        StorageDead(_21);
                        StorageDead(_20);
                        StorageDead(_17);
                        StorageDead(_16);
                        StorageLive(_33);
                        _33 = (*_41).u.s1.f;
                        _34 = Checked((*_41).u.s0.f + _33);
                        match Move(_34.1) { false => bb17, _ => bb15_panic }
                    };
                    { // bb16
                        StorageDead(_32);
                        _2 = Move(_31);
                        StorageDead(_31);
                        _7 = ();
                        Goto(bb9)
                    };
                    { // bb17
                        (*_41).u.s0.f = Move(_34.0);
                        StorageDead(_33);
                        StorageLive(_35);
                        _35 = (*_41).u.s1.f;
                        _4 = Move(_35);
                        StorageDead(_35);
                        _7 = ();
                        StorageDead(_8);
                        Goto(bb2)
                    };
                    { // bb18
                        StorageLive(_37);
                        _6 = ();
                        StorageDead(_37);
                        Goto(bb19)
                    };
                    { // bb19
                        StorageDead(_8);
                        StorageDead(_6);
                        _39 = (*_41).u.s0.f;
                        StorageDead(_4);
                        StorageDead(_3);
                        Goto(bb31)
                    };
                    { // bb20
                        RET = Poll::<u32>::Ready(Move(_39));
                        (*_41).u.tag.f = Tag_loops::V1;
                        Return()
                    };
                    { // bb21
                        StorageDead(_33);
                        Goto(bb27)
                    };
                    { // bb22
                        StorageDead(_25);
                        StorageDead(_22);
                        StorageDead(_26);
                        Goto(bb24)
                    };
                    { // bb23
                        StorageDead(_23);
                        StorageDead(_22);
                        Goto(bb24)
                    };
                    { // bb24
                        StorageDead(_24);
                        StorageDead(_21);
                        StorageDead(_20);
                        Goto(bb26)
                    };
                    { // bb25
                        StorageDead(_18);
                        Goto(bb26)
                    };
                    { // bb26
                        StorageDead(_17);
                        StorageDead(_16);
                        Goto(bb27)
                    };
                    { // bb27
                        Goto(bb29)
                    };
                    { // bb28
                        StorageDead(_9);
                        Goto(bb29)
                    };
                    { // bb29
                        StorageDead(_8);
                        StorageDead(_6);
                        StorageDead(_4);
                        StorageDead(_3);
                        Goto(bb30)
                    };
                    { // bb30
                        Goto(bb32)
                    };
                    { // bb31
                        Goto(bb20)
                    };
                    { // bb32
                        (*_41).u.tag.f = Tag_loops::V2;
                        UnwindResume()
                    };
                    { // bb33
                        StorageLive(_3);
                        StorageLive(_4);
                        StorageLive(_6);
                        StorageLive(_8);
                        StorageLive(_16);
                        StorageLive(_17);
                        StorageLive(_31);
                        StorageLive(_32);
                        _31 = Move(_2);
                        Goto(bb16)
                    };
                    { // bb34
                        _anchor_ref = Static(COROSLIM_ANCHOR);
                        _anchor_ptr = &raw const (*_anchor_ref);
                        _anchor_false = _anchor_ptr == COROSLIM_NULL;
                        match _anchor_false { false => bb34_panic, _ => bb34 }
                    };
                    { // bb35
                        _anchor_ref = Static(COROSLIM_ANCHOR);
                        _anchor_ptr = &raw const (*_anchor_ref);
                        _anchor_false = _anchor_ptr == COROSLIM_NULL;
                        match _anchor_false { false => bb35_panic, _ => bb35 }
                    };
                    { // bb15_panic
                        Call(_never = core::panicking::panic_const::panic_const_add_overflow(), ReturnTo(bb_diverged), UnwindCleanup(bb21))
                    };
                    { // bb_diverged
                        Goto(bb_diverged)
                    };
                } RET _never bb_diverged; assert_panic_const_async_fn_resumed_panic UnwindContinue(), assert_panic_const_async_fn_resumed UnwindContinue())
            }
        }
    }
}

#[custom_mir(dialect = "runtime", phase = "initial")]
fn sum(_1: [u16; 2]) -> Coro_sum {
    {
        let bb0 = BasicBlock::Normal;
        {
            let RET: Coro_sum;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        RET.u.tag.f = Tag_sum::V0;
                        RET.u.u0.f = _1;
                        Return()
                    };
                    RET
                }
            }
        }
    }
}

#[custom_mir(dialect = "runtime", phase = "initial")]
#[inline]
#[rustc_no_mir_inline]
#[sanitize(address = "off")]
fn resume_sum(_1: &mut Coro_sum, _2: &mut Context<'_>) -> Poll<u32> {
    {
        let bb0 = BasicBlock::Normal;
        let bb1 = BasicBlock::Normal;
        let bb2 = BasicBlock::Normal;
        let bb3 = BasicBlock::Normal;
        let bb4 = BasicBlock::Normal;
        let bb5 = BasicBlock::Normal;
        let bb6 = BasicBlock::Normal;
        let bb7 = BasicBlock::Normal;
        let bb8 = BasicBlock::Normal;
        let bb9 = BasicBlock::Normal;
        let bb10 = BasicBlock::Normal;
        let bb11 = BasicBlock::Normal;
        let bb12 = BasicBlock::Normal;
        let bb13 = BasicBlock::Normal;
        let bb14 = BasicBlock::Normal;
        let bb15 = BasicBlock::Normal;
        let bb16 = BasicBlock::Cleanup;
        let bb17 = BasicBlock::Cleanup;
        let bb18 = BasicBlock::Cleanup;
        let bb19 = BasicBlock::Cleanup;
        let bb20 = BasicBlock::Cleanup;
        let bb21 = BasicBlock::Cleanup;
        let bb22 = BasicBlock::Cleanup;
        let bb23 = BasicBlock::Cleanup;
        let bb24 = BasicBlock::Cleanup;
        let bb25 = BasicBlock::Cleanup;
        let bb26 = BasicBlock::Cleanup;
        let bb27 = BasicBlock::Normal;
        let bb28 = BasicBlock::Cleanup;
        let bb29 = BasicBlock::Normal;
        let bb30 = BasicBlock::Normal;
        let bb31 = BasicBlock::Normal;
        let bb12_panic = BasicBlock::Normal;
        let bb10_panic = BasicBlock::Normal;
        let bb13_panic = BasicBlock::Normal;
        let bb_diverged = BasicBlock::Normal;
        let bb30_panic = BasicBlock::Normal;
        let bb31_panic = BasicBlock::Normal;
        {
            let RET: Poll<u32>;
            let _3: [u16; 2];
            let _4: ();
            let _5: YieldNow;
            let _6: YieldNow;
            let _7: YieldNow;
            let _8: ();
            let _9: ();
            let _10: Poll<()>;
            let _11: Pin<&mut YieldNow>;
            let _12: &mut YieldNow;
            let _13: &mut YieldNow;
            let _14: &mut Context<'_>;
            let _15: &mut Context<'_>;
            let _16: &mut Context<'_>;
            let _17: isize;
            let _18: ();
            let _19: !;
            let _20: &mut Context<'_>;
            let _21: ();
            let _22: u32;
            let _23: u16;
            let _24: usize;
            let _25: bool;
            let _26: u32;
            let _27: u16;
            let _28: usize;
            let _29: bool;
            let _30: (u32, bool);
            let _31: u32;
            let _32: u32;
            let _33: &mut Coro_sum;
            let _never: !;
            let _anchor_ref: &'static ();
            let _anchor_ptr: *const ();
            let _anchor_false: bool;
            let _e0: u8;
            let _e1: *mut ManuallyDrop<V_sum_s1>;
            let _e2: *mut V_sum_s1;
            let _e3: *mut ManuallyDrop<V_sum_s1>;
            let _e4: *mut V_sum_s1;
            {
                coro_mir!({
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _33 = _1;
                        _e0 = Discriminant((*_33).u.tag.f);
                        _32 = _e0 as u32;
                        match Move(_32) { 0 => bb1, 1 => bb31, 2 => bb30, 3 => bb29, _ => bb8 }
                    };
                    { // bb1
                        (*_33).u.s0.f = (*_33).u.u0.f;
                        StorageLive(_4);
                        StorageLive(_5);
                        StorageLive(_6);
                        Call(_6 = yield_now(), ReturnTo(bb2), UnwindCleanup(bb23))
                    };
                    { // bb2
                        Call(_5 = <YieldNow as IntoFuture>::into_future(Move(_6)), ReturnTo(bb3), UnwindCleanup(bb23))
                    };
                    { // bb3
                        StorageDead(_6);
                        _e1 = &raw mut (*_33).u.s1;
                        _e2 = CastPtrToPtr(_e1);
                        (*_e2).f = Move(_5);
                        Goto(bb4)
                    };
                    { // bb4
                        StorageLive(_9);
                        StorageLive(_10);
                        StorageLive(_11);
                        StorageLive(_12);
                        StorageLive(_13);
                        _e3 = &raw mut (*_33).u.s1;
                        _e4 = CastPtrToPtr(_e3);
                        _13 = &mut (*_e4).f;
                        _12 = &mut (*_13);
                        Call(_11 = Pin::<&mut YieldNow>::new_unchecked(Move(_12)), ReturnTo(bb5), UnwindCleanup(bb21))
                    };
                    { // bb5
                        StorageDead(_12);
                        StorageLive(_14);
                        StorageLive(_15);
                        StorageLive(_16);
                        _16 = _2;
                        _15 = Move(_16);
                        Goto(bb6)
                    };
                    { // bb6
                        _14 = &mut (*_15);
                        StorageDead(_16);
                        Call(_10 = <YieldNow as Future>::poll(Move(_11), Move(_14)), ReturnTo(bb7), UnwindCleanup(bb20))
                    };
                    { // bb7
                        StorageDead(_14);
                        StorageDead(_11);
                        _17 = Discriminant(_10);
                        match Move(_17) { 0 => bb10, 1 => bb9, _ => bb8 }
                    };
                    { // bb8
                        Unreachable()
                    };
                    { // bb9
                        _9 = ();
                        StorageDead(_15);
                        StorageDead(_13);
                        StorageDead(_10);
                        StorageDead(_9);
                        StorageLive(_20);
                        StorageLive(_21);
                        _21 = ();
                        SetDiscriminant(RET, 1);
                        StorageDead(_4);
                        StorageDead(_5);
                        StorageDead(_20);
                        StorageDead(_21);
                        (*_33).u.tag.f = Tag_sum::V3;
                        Return()
                    };
                    { // bb10
                        StorageLive(_18);
                        _18 = place!(Field::<()>(Variant(_10, 0), 0));
                        _4 = _18;
                        StorageDead(_18);
                        StorageDead(_15);
                        StorageDead(_13);
                        StorageDead(_10);
                        StorageDead(_9);
                        StorageDead(_5);
                        StorageDead(_4);
                        StorageLive(_22);
                        StorageLive(_23);
                        StorageLive(_24);
                        _24 = 0_usize;
                        _25 = _24 < 2_usize;
                        match Move(_25) { true => bb12, _ => bb10_panic }
                    };
                    { // bb11
                        StorageDead(_21);
                        _2 = Move(_20);
                        StorageDead(_20);
                        _8 = ();
                        Goto(bb4)
                    };
                    { // bb12
                        _23 = (*_33).u.s0.f[_24];
                        _22 = Move(_23) as u32;
                        StorageDead(_23);
                        StorageLive(_26);
                        StorageLive(_27);
                        StorageLive(_28);
                        _28 = 1_usize;
                        _29 = _28 < 2_usize;
                        match Move(_29) { true => bb13, _ => bb12_panic }
                    };
                    { // bb13
                        _27 = (*_33).u.s0.f[_28];
                        _26 = Move(_27) as u32;
                        StorageDead(_27);
                        _30 = Checked(_22 + _26);
                        match Move(_30.1) { false => bb14, _ => bb13_panic }
                    };
                    { // bb14
                        _31 = Move(_30.0);
                        StorageDead(_26);
                        StorageDead(_22);
                        StorageDead(_28);
                        StorageDead(_24);
                        Goto(bb27)
                    };
                    { // bb15
                        RET = Poll::<u32>::Ready(Move(_31));
                        (*_33).u.tag.f = Tag_sum::V1;
                        Return()
                    };
                    { // bb16
                        StorageDead(_27);
                        Goto(bb17)
                    };
                    { // bb17
                        StorageDead(_26);
                        StorageDead(_22);
                        StorageDead(_28);
                        Goto(bb19)
                    };
                    { // bb18
                        StorageDead(_23);
                        StorageDead(_22);
                        Goto(bb19)
                    };
                    { // bb19
                        StorageDead(_24);
                        Goto(bb25)
                    };
                    { // bb20
                        StorageDead(_14);
                        StorageDead(_11);
                        StorageDead(_15);
                        Goto(bb22)
                    };
                    { // bb21
                        StorageDead(_12);
                        StorageDead(_11);
                        Goto(bb22)
                    };
                    { // bb22
                        StorageDead(_13);
                        StorageDead(_10);
                        StorageDead(_9);
                        Goto(bb24)
                    };
                    { // bb23
                        StorageDead(_6);
                        Goto(bb24)
                    };
                    { // bb24
                        StorageDead(_5);
                        StorageDead(_4);
                        Goto(bb25)
                    };
                    { // bb25
                        Goto(bb26)
                    };
                    { // bb26
                        Goto(bb28)
                    };
                    { // bb27
                        Goto(bb15)
                    };
                    { // bb28
                        (*_33).u.tag.f = Tag_sum::V2;
                        UnwindResume()
                    };
                    { // bb29
                        StorageLive(_4);
                        StorageLive(_5);
                        StorageLive(_20);
                        StorageLive(_21);
                        _20 = Move(_2);
                        Goto(bb11)
                    };
                    { // bb30
                        _anchor_ref = Static(COROSLIM_ANCHOR);
                        _anchor_ptr = &raw const (*_anchor_ref);
                        _anchor_false = _anchor_ptr == COROSLIM_NULL;
                        match _anchor_false { false => bb30_panic, _ => bb30 }
                    };
                    { // bb31
                        _anchor_ref = Static(COROSLIM_ANCHOR);
                        _anchor_ptr = &raw const (*_anchor_ref);
                        _anchor_false = _anchor_ptr == COROSLIM_NULL;
                        match _anchor_false { false => bb31_panic, _ => bb31 }
                    };
                    { // bb12_panic
                        Call(_never = bounds_check_panic::<2>(_28), ReturnTo(bb_diverged), UnwindCleanup(bb16))
                    };
                    same_loc_args!(_never bb_diverged; bounds_check_panic::<2> [_24], UnwindCleanup(bb18); core::panicking::panic_const::panic_const_add_overflow [], UnwindCleanup(bb17));
                    { // bb_diverged
                        Goto(bb_diverged)
                    };
                } RET _never bb_diverged; assert_panic_const_async_fn_resumed_panic UnwindContinue(), assert_panic_const_async_fn_resumed UnwindContinue())
            }
        }
    }
}

#[custom_mir(dialect = "runtime", phase = "initial")]
fn arrays(_1: usize, _2: u32) -> Coro_arrays {
    {
        let bb0 = BasicBlock::Normal;
        {
            let RET: Coro_arrays;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        RET.u.tag.f = Tag_arrays::V0;
                        RET.u.u0.f = _1;
                        RET.u.u1.f = _2;
                        Return()
                    };
                    RET
                }
            }
        }
    }
}

#[custom_mir(dialect = "runtime", phase = "initial")]
#[inline]
#[rustc_no_mir_inline]
#[sanitize(address = "off")]
fn resume_arrays(_1: &mut Coro_arrays, _2: &mut Context<'_>) -> Poll<u32> {
    {
        let bb0 = BasicBlock::Normal;
        let bb1 = BasicBlock::Normal;
        let bb2 = BasicBlock::Normal;
        let bb3 = BasicBlock::Normal;
        let bb4 = BasicBlock::Normal;
        let bb5 = BasicBlock::Normal;
        let bb6 = BasicBlock::Normal;
        let bb7 = BasicBlock::Normal;
        let bb8 = BasicBlock::Normal;
        let bb9 = BasicBlock::Normal;
        let bb10 = BasicBlock::Normal;
        let bb11 = BasicBlock::Normal;
        let bb12 = BasicBlock::Normal;
        let bb13 = BasicBlock::Normal;
        let bb14 = BasicBlock::Normal;
        let bb15 = BasicBlock::Normal;
        let bb16 = BasicBlock::Normal;
        let bb17 = BasicBlock::Normal;
        let bb18 = BasicBlock::Normal;
        let bb19 = BasicBlock::Normal;
        let bb20 = BasicBlock::Normal;
        let bb21 = BasicBlock::Normal;
        let bb22 = BasicBlock::Cleanup;
        let bb23 = BasicBlock::Cleanup;
        let bb24 = BasicBlock::Cleanup;
        let bb25 = BasicBlock::Cleanup;
        let bb26 = BasicBlock::Cleanup;
        let bb27 = BasicBlock::Cleanup;
        let bb28 = BasicBlock::Cleanup;
        let bb29 = BasicBlock::Cleanup;
        let bb30 = BasicBlock::Cleanup;
        let bb31 = BasicBlock::Cleanup;
        let bb32 = BasicBlock::Cleanup;
        let bb33 = BasicBlock::Cleanup;
        let bb34 = BasicBlock::Cleanup;
        let bb35 = BasicBlock::Cleanup;
        let bb36 = BasicBlock::Cleanup;
        let bb37 = BasicBlock::Cleanup;
        let bb38 = BasicBlock::Cleanup;
        let bb39 = BasicBlock::Cleanup;
        let bb40 = BasicBlock::Normal;
        let bb41 = BasicBlock::Cleanup;
        let bb42 = BasicBlock::Normal;
        let bb43 = BasicBlock::Normal;
        let bb44 = BasicBlock::Normal;
        let bb1_panic = BasicBlock::Normal;
        let bb16_panic = BasicBlock::Normal;
        let bb2_panic = BasicBlock::Normal;
        let bb3_panic = BasicBlock::Normal;
        let bb13_panic = BasicBlock::Normal;
        let bb15_panic = BasicBlock::Normal;
        let bb17_panic = BasicBlock::Normal;
        let bb19_panic = BasicBlock::Normal;
        let bb_diverged = BasicBlock::Normal;
        let bb43_panic = BasicBlock::Normal;
        let bb44_panic = BasicBlock::Normal;
        {
            let RET: Poll<u32>;
            let _3: usize;
            let _4: u32;
            let _5: [u32; 3];
            let _6: u32;
            let _7: [u8; 4];
            let _8: usize;
            let _9: bool;
            let _10: u32;
            let _11: usize;
            let _12: bool;
            let _13: (u32, bool);
            let _14: ();
            let _15: YieldNow;
            let _16: YieldNow;
            let _17: YieldNow;
            let _18: ();
            let _19: ();
            let _20: Poll<()>;
            let _21: Pin<&mut YieldNow>;
            let _22: &mut YieldNow;
            let _23: &mut YieldNow;
            let _24: &mut Context<'_>;
            let _25: &mut Context<'_>;
            let _26: &mut Context<'_>;
            let _27: isize;
            let _28: ();
            let _29: !;
            let _30: &mut Context<'_>;
            let _31: ();
            let _32: u32;
            let _33: u32;
            let _34: u32;
            let _35: usize;
            let _36: bool;
            let _37: u32;
            let _38: (u32, bool);
            let _39: u32;
            let _40: u8;
            let _41: usize;
            let _42: bool;
            let _43: (u32, bool);
            let _44: u32;
            let _45: [u32; 3];
            let _46: usize;
            let _47: (u32, bool);
            let _48: u32;
            let _49: u32;
            let _50: &mut Coro_arrays;
            let _never: !;
            let _anchor_ref: &'static ();
            let _anchor_ptr: *const ();
            let _anchor_false: bool;
            let _e0: u8;
            let _e1: *mut ManuallyDrop<V_arrays_s4>;
            let _e2: *mut V_arrays_s4;
            let _e3: *mut ManuallyDrop<V_arrays_s4>;
            let _e4: *mut V_arrays_s4;
            {
                coro_mir!({
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _50 = _1;
                        _e0 = Discriminant((*_50).u.tag.f);
                        _49 = _e0 as u32;
                        match Move(_49) { 0 => bb1, 1 => bb44, 2 => bb43, 3 => bb42, _ => bb11 }
                    };
                    { // bb1
                        (*_50).u.s0.f = (*_50).u.u0.f;
                        (*_50).u.s1.f = (*_50).u.u1.f;
                        StorageLive(_6);
                        _6 = (*_50).u.s1.f;
                        (*_50).u.s2.f = [Move(_6), 2_u32, 3_u32];
                        StorageDead(_6);
                        (*_50).u.s3.f = [7_u8; 4];
                        StorageLive(_8);
                        _8 = (*_50).u.s0.f;
                        _9 = _8 < 3_usize;
                        match Move(_9) { true => bb2, _ => bb1_panic }
                    };
                    { // bb2
                        (*_50).u.s2.f[_8] = 5_u32;
                        StorageDead(_8);
                        StorageLive(_10);
                        _10 = (*_50).u.s1.f;
                        StorageLive(_11);
                        _11 = 1_usize;
                        _12 = _11 < 3_usize;
                        match Move(_12) { true => bb3, _ => bb2_panic }
                    };
                    { // bb3
                        _13 = Checked((*_50).u.s2.f[_11] + _10);
                        match Move(_13.1) { false => bb4, _ => bb3_panic }
                    };
                    { // bb4
                        (*_50).u.s2.f[_11] = Move(_13.0);
                        StorageDead(_10);
                        StorageDead(_11);
                        StorageLive(_14);
                        StorageLive(_15);
                        StorageLive(_16);
                        Call(_16 = yield_now(), ReturnTo(bb5), UnwindCleanup(bb33))
                    };
                    { // bb5
                        Call(_15 = <YieldNow as IntoFuture>::into_future(Move(_16)), ReturnTo(bb6), UnwindCleanup(bb33))
                    };
                    { // bb6
                        StorageDead(_16);
                        _e1 = &raw mut (*_50).u.s4;
                        _e2 = CastPtrToPtr(_e1);
                        (*_e2).f = Move(_15);
                        Goto(bb7)
                    };
                    { // bb7
                        StorageLive(_19);
                        StorageLive(_20);
                        StorageLive(_21);
                        StorageLive(_22);
                        StorageLive(_23);
                        _e3 = &raw mut (*_50).u.s4;
                        _e4 = CastPtrToPtr(_e3);
                        _23 = &mut (*_e4).f;
                        _22 = &mut (*_23);
                        Call(_21 = Pin::<&mut YieldNow>::new_unchecked(Move(_22)), ReturnTo(bb8), UnwindCleanup(bb31))
                    };
                    { // bb8
                        StorageDead(_22);
                        StorageLive(_24);
                        StorageLive(_25);
                        StorageLive(_26);
                        _26 = _2;
                        _25 = Move(_26);
                        Goto(bb9)
                    };
                    { // bb9
                        _24 = &mut (*_25);
                        StorageDead(_26);
                        Call(_20 = <YieldNow as Future>::poll(Move(_21), Move(_24)), ReturnTo(bb10), UnwindCleanup(bb30))
                    };
                    { // bb10
                        StorageDead(_24);
                        StorageDead(_21);
                        _27 = Discriminant(_20);
                        match Move(_27) { 0 => bb13, 1 => bb12, _ => bb11 }
                    };
                    { // bb11
                        Unreachable()
                    };
                    { // bb12
                        _19 = ();
                        StorageDead(_25);
                        StorageDead(_23);
                        StorageDead(_20);
                        StorageDead(_19);
                        StorageLive(_30);
                        StorageLive(_31);
                        _31 = ();
                        SetDiscriminant(RET, 1);
                        StorageDead(_14);
                        StorageDead(_15);
                        StorageDead(_30);
                        StorageDead(_31);
                        (*_50).u.tag.f = Tag_arrays::V3;
                        Return()
                    };
                    { // bb13
                        StorageLive(_28);
                        _28 = place!(Field::<()>(Variant(_20, 0), 0));
                        _14 = _28;
                        StorageDead(_28);
                        StorageDead(_25);
                        StorageDead(_23);
                        StorageDead(_20);
                        StorageDead(_19);
                        StorageDead(_15);
                        StorageDead(_14);
                        StorageLive(_32);
                        StorageLive(_33);
                        StorageLive(_34);
                        StorageLive(_35);
                        _35 = (*_50).u.s0.f;
                        _36 = _35 < 3_usize;
                        match Move(_36) { true => bb15, _ => bb13_panic }
                    };
                    { // bb14
                        StorageDead(_31);
                        _2 = Move(_30);
                        StorageDead(_30);
                        _18 = ();
                        Goto(bb7)
                    };
                    { // bb15
                        _34 = (*_50).u.s2.f[_35];
                        StorageLive(_37);
                        _37 = (*_50).u.s1.f;
                        _38 = Checked(_34 + _37);
                        match Move(_38.1) { false => bb16, _ => bb15_panic }
                    };
                    { // bb16
                        _33 = Move(_38.0);
                        StorageDead(_37);
                        StorageDead(_34);
                        StorageLive(_39);
                        StorageLive(_40);
                        StorageLive(_41);
                        _41 = 3_usize;
                        _42 = _41 < 4_usize;
                        match Move(_42) { true => bb17, _ => bb16_panic }
                    };
                    { // bb17
                        _40 = (*_50).u.s3.f[_41];
                        _39 = Move(_40) as u32;
                        StorageDead(_40);
                        _43 = Checked(_33 + _39);
                        match Move(_43.1) { false => bb18, _ => bb17_panic }
                    };
                    { // bb18
                        _32 = Move(_43.0);
                        StorageDead(_39);
                        StorageDead(_33);
                        StorageLive(_44);
                        StorageLive(_45);
                        _45 = (*_50).u.s2.f;
                        StorageLive(_46);
                        _46 = (*_50).u.s0.f;
                        Call(_44 = first(Move(_45), Move(_46)), ReturnTo(bb19), UnwindCleanup(bb22))
                    };
                    { // bb19
                        StorageDead(_46);
                        StorageDead(_45);
                        _47 = Checked(_32 + _44);
                        match Move(_47.1) { false => bb20, _ => bb19_panic }
                    };
                    { // bb20
                        _48 = Move(_47.0);
                        StorageDead(_44);
                        StorageDead(_32);
                        StorageDead(_41);
                        StorageDead(_35);
                        Goto(bb40)
                    };
                    { // bb21
                        RET = Poll::<u32>::Ready(Move(_48));
                        (*_50).u.tag.f = Tag_arrays::V1;
                        Return()
                    };
                    { // bb22
                        StorageDead(_46);
                        StorageDead(_45);
                        Goto(bb23)
                    };
                    { // bb23
                        StorageDead(_44);
                        Goto(bb26)
                    };
                    { // bb24
                        StorageDead(_40);
                        Goto(bb25)
                    };
                    { // bb25
                        StorageDead(_39);
                        StorageDead(_33);
                        Goto(bb26)
                    };
                    { // bb26
                        StorageDead(_32);
                        StorageDead(_41);
                        Goto(bb29)
                    };
                    { // bb27
                        StorageDead(_37);
                        Goto(bb28)
                    };
                    { // bb28
                        StorageDead(_34);
                        StorageDead(_33);
                        StorageDead(_32);
                        Goto(bb29)
                    };
                    { // bb29
                        StorageDead(_35);
                        Goto(bb38)
                    };
                    { // bb30
                        StorageDead(_24);
                        StorageDead(_21);
                        StorageDead(_25);
                        Goto(bb32)
                    };
                    { // bb31
                        StorageDead(_22);
                        StorageDead(_21);
                        Goto(bb32)
                    };
                    { // bb32
                        StorageDead(_23);
                        StorageDead(_20);
                        StorageDead(_19);
                        Goto(bb34)
                    };
                    { // bb33
                        StorageDead(_16);
                        Goto(bb34)
                    };
                    { // bb34
                        StorageDead(_15);
                        StorageDead(_14);
                        Goto(bb37)
                    };
                    { // bb35
                        StorageDead(_10);
                        StorageDead(_11);
                        Goto(bb37)
                    };
                    { // bb36
                        StorageDead(_8);
                        Goto(bb37)
                    };
                    { // bb37
                        Goto(bb38)
                    };
                    { // bb38
                        Goto(bb39)
                    };
                    { // bb39
                        Goto(bb41)
                    };
                    { // bb40
                        Goto(bb21)
                    };
                    { // bb41
                        (*_50).u.tag.f = Tag_arrays::V2;
                        UnwindResume()
                    };
                    { // bb42
                        StorageLive(_14);
                        StorageLive(_15);
                        StorageLive(_30);
                        StorageLive(_31);
                        _30 = Move(_2);
                        Goto(bb14)
                    };
                    { // bb43
                        _anchor_ref = Static(COROSLIM_ANCHOR);
                        _anchor_ptr = &raw const (*_anchor_ref);
                        _anchor_false = _anchor_ptr == COROSLIM_NULL;
                        match _anchor_false { false => bb43_panic, _ => bb43 }
                    };
                    { // bb44
                        _anchor_ref = Static(COROSLIM_ANCHOR);
                        _anchor_ptr = &raw const (*_anchor_ref);
                        _anchor_false = _anchor_ptr == COROSLIM_NULL;
                        match _anchor_false { false => bb44_panic, _ => bb44 }
                    };
                    { // bb1_panic
                        Call(_never = bounds_check_panic::<3>(_8), ReturnTo(bb_diverged), UnwindCleanup(bb36))
                    };
                    { // bb16_panic
                        Call(_never = bounds_check_panic::<4>(_41), ReturnTo(bb_diverged), UnwindCleanup(bb24))
                    };
                    same_loc_args!(_never bb_diverged; bounds_check_panic::<3> [_11], UnwindCleanup(bb35); core::panicking::panic_const::panic_const_add_overflow [], UnwindCleanup(bb35));
                    same_loc_args!(_never bb_diverged; bounds_check_panic::<3> [_35], UnwindCleanup(bb28); core::panicking::panic_const::panic_const_add_overflow [], UnwindCleanup(bb27); core::panicking::panic_const::panic_const_add_overflow [], UnwindCleanup(bb25); core::panicking::panic_const::panic_const_add_overflow [], UnwindCleanup(bb23));
                    { // bb_diverged
                        Goto(bb_diverged)
                    };
                } RET _never bb_diverged; assert_panic_const_async_fn_resumed_panic UnwindContinue(), assert_panic_const_async_fn_resumed UnwindContinue())
            }
        }
    }
}

#[custom_mir(dialect = "runtime", phase = "initial")]
#[inline]
#[rustc_no_mir_inline]
#[sanitize(address = "off")]
fn drop_opts(_1: *mut Coro_opts) -> () {
    {
        let bb0 = BasicBlock::Normal;
        let bb1 = BasicBlock::Normal;
        let bb2 = BasicBlock::Normal;
        let bb3 = BasicBlock::Normal;
        let bb4 = BasicBlock::Cleanup;
        let bb5 = BasicBlock::Cleanup;
        let bb6 = BasicBlock::Normal;
        let bb7 = BasicBlock::Normal;
        let bb8 = BasicBlock::Normal;
        let bb9 = BasicBlock::Normal;
        let bb10 = BasicBlock::Normal;
        let bb11 = BasicBlock::Normal;
        {
            let RET: ();
            let _2: &mut Context<'_>;
            let _3: u32;
            let _4: Option<u32>;
            let _5: u32;
            let _6: Result<Guard, u32>;
            let _7: u32;
            let _8: ();
            let _9: YieldNow;
            let _10: YieldNow;
            let _11: YieldNow;
            let _12: ();
            let _13: ();
            let _14: Poll<()>;
            let _15: Pin<&mut YieldNow>;
            let _16: &mut YieldNow;
            let _17: &mut YieldNow;
            let _18: &mut Context<'_>;
            let _19: &mut Context<'_>;
            let _20: &mut Context<'_>;
            let _21: isize;
            let _22: ();
            let _23: !;
            let _24: &mut Context<'_>;
            let _25: ();
            let _26: u32;
            let _27: isize;
            let _28: Guard;
            let _29: u32;
            let _30: isize;
            let _31: u32;
            let _32: u32;
            let _33: u32;
            let _34: (u32, bool);
            let _35: bool;
            let _36: bool;
            let _37: isize;
            let _38: isize;
            let _39: isize;
            let _40: isize;
            let _41: u32;
            let _42: u32;
            let _e0: u8;
            let _e1: *mut ManuallyDrop<V_opts_s1>;
            let _e2: *mut V_opts_s1;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _e0 = Discriminant((*_1).u.tag.f);
                        _42 = _e0 as u32;
                        match Move(_42) { 0 => bb7, 3 => bb10, _ => bb11 }
                    };
                    { // bb1
                        StorageDead(_25);
                        StorageDead(_24);
                        StorageDead(_9);
                        StorageDead(_8);
                        _e1 = &raw mut (*_1).u.s1;
                        _e2 = CastPtrToPtr(_e1);
                        Drop((*_e2).f, ReturnTo(bb2), UnwindCleanup(bb5))
                    };
                    { // bb2
                        _35 = false;
                        (*_1).u.s3.f = false;
                        StorageDead(_3);
                        Goto(bb8)
                    };
                    { // bb3
                        Return()
                    };
                    { // bb4
                        UnwindResume()
                    };
                    { // bb5
                        _35 = false;
                        (*_1).u.s3.f = false;
                        StorageDead(_3);
                        Goto(bb4)
                    };
                    { // bb6
                        Return()
                    };
                    { // bb7
                        Goto(bb9)
                    };
                    { // bb8
                        Goto(bb3)
                    };
                    { // bb9
                        Goto(bb6)
                    };
                    { // bb10
                        StorageLive(_3);
                        StorageLive(_8);
                        StorageLive(_9);
                        StorageLive(_24);
                        StorageLive(_25);
                        Goto(bb1)
                    };
                    { // bb11
                        Return()
                    };
                    RET
                }
            }
        }
    }
}

#[custom_mir(dialect = "runtime", phase = "initial")]
#[inline]
#[rustc_no_mir_inline]
#[sanitize(address = "off")]
fn drop_tries(_1: *mut Coro_tries) -> () {
    {
        let bb0 = BasicBlock::Normal;
        let bb1 = BasicBlock::Normal;
        let bb2 = BasicBlock::Normal;
        let bb3 = BasicBlock::Normal;
        let bb4 = BasicBlock::Normal;
        let bb5 = BasicBlock::Normal;
        let bb6 = BasicBlock::Normal;
        let bb7 = BasicBlock::Normal;
        let bb8 = BasicBlock::Normal;
        {
            let RET: ();
            let _2: &mut Context<'_>;
            let _3: u32;
            let _4: u32;
            let _5: core::ops::ControlFlow<Result<core::convert::Infallible, u8>, u32>;
            let _6: Result<u32, u8>;
            let _7: u32;
            let _8: isize;
            let _9: Result<core::convert::Infallible, u8>;
            let _10: !;
            let _11: Result<core::convert::Infallible, u8>;
            let _12: u32;
            let _13: ();
            let _14: YieldNow;
            let _15: YieldNow;
            let _16: YieldNow;
            let _17: ();
            let _18: ();
            let _19: Poll<()>;
            let _20: Pin<&mut YieldNow>;
            let _21: &mut YieldNow;
            let _22: &mut YieldNow;
            let _23: &mut Context<'_>;
            let _24: &mut Context<'_>;
            let _25: &mut Context<'_>;
            let _26: isize;
            let _27: ();
            let _28: !;
            let _29: &mut Context<'_>;
            let _30: ();
            let _31: u32;
            let _32: core::ops::ControlFlow<Result<core::convert::Infallible, u8>, u32>;
            let _33: Result<u32, u8>;
            let _34: u32;
            let _35: u32;
            let _36: (u32, bool);
            let _37: isize;
            let _38: Result<core::convert::Infallible, u8>;
            let _39: !;
            let _40: Result<core::convert::Infallible, u8>;
            let _41: u32;
            let _42: u32;
            let _43: Result<u32, u8>;
            let _44: u32;
            let _e0: u8;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _e0 = Discriminant((*_1).u.tag.f);
                        _44 = _e0 as u32;
                        match Move(_44) { 0 => bb4, 3 => bb7, _ => bb8 }
                    };
                    { // bb1
                        StorageDead(_30);
                        StorageDead(_29);
                        StorageDead(_14);
                        StorageDead(_13);
                        StorageDead(_3);
                        Goto(bb5)
                    };
                    { // bb2
                        Return()
                    };
                    { // bb3
                        Return()
                    };
                    { // bb4
                        Goto(bb6)
                    };
                    { // bb5
                        Goto(bb2)
                    };
                    { // bb6
                        Goto(bb3)
                    };
                    { // bb7
                        StorageLive(_3);
                        StorageLive(_13);
                        StorageLive(_14);
                        StorageLive(_29);
                        StorageLive(_30);
                        Goto(bb1)
                    };
                    { // bb8
                        Return()
                    };
                    RET
                }
            }
        }
    }
}

#[custom_mir(dialect = "runtime", phase = "initial")]
#[inline]
#[rustc_no_mir_inline]
#[sanitize(address = "off")]
fn drop_loops(_1: *mut Coro_loops) -> () {
    {
        let bb0 = BasicBlock::Normal;
        let bb1 = BasicBlock::Normal;
        let bb2 = BasicBlock::Normal;
        let bb3 = BasicBlock::Normal;
        let bb4 = BasicBlock::Normal;
        let bb5 = BasicBlock::Normal;
        let bb6 = BasicBlock::Normal;
        let bb7 = BasicBlock::Normal;
        let bb8 = BasicBlock::Normal;
        {
            let RET: ();
            let _2: &mut Context<'_>;
            let _3: u32;
            let _4: u32;
            let _5: u32;
            let _6: ();
            let _7: ();
            let _8: Option<u32>;
            let _9: u32;
            let _10: isize;
            let _11: u32;
            let _12: ();
            let _13: bool;
            let _14: u32;
            let _15: !;
            let _16: ();
            let _17: YieldNow;
            let _18: YieldNow;
            let _19: YieldNow;
            let _20: ();
            let _21: Poll<()>;
            let _22: Pin<&mut YieldNow>;
            let _23: &mut YieldNow;
            let _24: &mut YieldNow;
            let _25: &mut Context<'_>;
            let _26: &mut Context<'_>;
            let _27: &mut Context<'_>;
            let _28: isize;
            let _29: ();
            let _30: !;
            let _31: &mut Context<'_>;
            let _32: ();
            let _33: u32;
            let _34: (u32, bool);
            let _35: u32;
            let _36: !;
            let _37: ();
            let _38: !;
            let _39: u32;
            let _40: u32;
            let _e0: u8;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _e0 = Discriminant((*_1).u.tag.f);
                        _40 = _e0 as u32;
                        match Move(_40) { 0 => bb4, 3 => bb7, _ => bb8 }
                    };
                    { // bb1
                        StorageDead(_32);
                        StorageDead(_31);
                        StorageDead(_17);
                        StorageDead(_16);
                        StorageDead(_8);
                        StorageDead(_6);
                        StorageDead(_4);
                        StorageDead(_3);
                        Goto(bb5)
                    };
                    { // bb2
                        Return()
                    };
                    { // bb3
                        Return()
                    };
                    { // bb4
                        Goto(bb6)
                    };
                    { // bb5
                        Goto(bb2)
                    };
                    { // bb6
                        Goto(bb3)
                    };
                    { // bb7
                        StorageLive(_3);
                        StorageLive(_4);
                        StorageLive(_6);
                        StorageLive(_8);
                        StorageLive(_16);
                        StorageLive(_17);
                        StorageLive(_31);
                        StorageLive(_32);
                        Goto(bb1)
                    };
                    { // bb8
                        Return()
                    };
                    RET
                }
            }
        }
    }
}

#[custom_mir(dialect = "runtime", phase = "initial")]
#[inline]
#[rustc_no_mir_inline]
#[sanitize(address = "off")]
fn drop_sum(_1: *mut Coro_sum) -> () {
    {
        let bb0 = BasicBlock::Normal;
        let bb1 = BasicBlock::Normal;
        let bb2 = BasicBlock::Normal;
        let bb3 = BasicBlock::Normal;
        let bb4 = BasicBlock::Normal;
        let bb5 = BasicBlock::Normal;
        let bb6 = BasicBlock::Normal;
        let bb7 = BasicBlock::Normal;
        let bb8 = BasicBlock::Normal;
        {
            let RET: ();
            let _2: &mut Context<'_>;
            let _3: [u16; 2];
            let _4: ();
            let _5: YieldNow;
            let _6: YieldNow;
            let _7: YieldNow;
            let _8: ();
            let _9: ();
            let _10: Poll<()>;
            let _11: Pin<&mut YieldNow>;
            let _12: &mut YieldNow;
            let _13: &mut YieldNow;
            let _14: &mut Context<'_>;
            let _15: &mut Context<'_>;
            let _16: &mut Context<'_>;
            let _17: isize;
            let _18: ();
            let _19: !;
            let _20: &mut Context<'_>;
            let _21: ();
            let _22: u32;
            let _23: u16;
            let _24: usize;
            let _25: bool;
            let _26: u32;
            let _27: u16;
            let _28: usize;
            let _29: bool;
            let _30: (u32, bool);
            let _31: u32;
            let _32: u32;
            let _e0: u8;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _e0 = Discriminant((*_1).u.tag.f);
                        _32 = _e0 as u32;
                        match Move(_32) { 0 => bb4, 3 => bb7, _ => bb8 }
                    };
                    { // bb1
                        StorageDead(_21);
                        StorageDead(_20);
                        StorageDead(_5);
                        StorageDead(_4);
                        Goto(bb5)
                    };
                    { // bb2
                        Return()
                    };
                    { // bb3
                        Return()
                    };
                    { // bb4
                        Goto(bb6)
                    };
                    { // bb5
                        Goto(bb2)
                    };
                    { // bb6
                        Goto(bb3)
                    };
                    { // bb7
                        StorageLive(_4);
                        StorageLive(_5);
                        StorageLive(_20);
                        StorageLive(_21);
                        Goto(bb1)
                    };
                    { // bb8
                        Return()
                    };
                    RET
                }
            }
        }
    }
}

#[custom_mir(dialect = "runtime", phase = "initial")]
#[inline]
#[rustc_no_mir_inline]
#[sanitize(address = "off")]
fn drop_arrays(_1: *mut Coro_arrays) -> () {
    {
        let bb0 = BasicBlock::Normal;
        let bb1 = BasicBlock::Normal;
        let bb2 = BasicBlock::Normal;
        let bb3 = BasicBlock::Normal;
        let bb4 = BasicBlock::Normal;
        let bb5 = BasicBlock::Normal;
        let bb6 = BasicBlock::Normal;
        let bb7 = BasicBlock::Normal;
        let bb8 = BasicBlock::Normal;
        {
            let RET: ();
            let _2: &mut Context<'_>;
            let _3: usize;
            let _4: u32;
            let _5: [u32; 3];
            let _6: u32;
            let _7: [u8; 4];
            let _8: usize;
            let _9: bool;
            let _10: u32;
            let _11: usize;
            let _12: bool;
            let _13: (u32, bool);
            let _14: ();
            let _15: YieldNow;
            let _16: YieldNow;
            let _17: YieldNow;
            let _18: ();
            let _19: ();
            let _20: Poll<()>;
            let _21: Pin<&mut YieldNow>;
            let _22: &mut YieldNow;
            let _23: &mut YieldNow;
            let _24: &mut Context<'_>;
            let _25: &mut Context<'_>;
            let _26: &mut Context<'_>;
            let _27: isize;
            let _28: ();
            let _29: !;
            let _30: &mut Context<'_>;
            let _31: ();
            let _32: u32;
            let _33: u32;
            let _34: u32;
            let _35: usize;
            let _36: bool;
            let _37: u32;
            let _38: (u32, bool);
            let _39: u32;
            let _40: u8;
            let _41: usize;
            let _42: bool;
            let _43: (u32, bool);
            let _44: u32;
            let _45: [u32; 3];
            let _46: usize;
            let _47: (u32, bool);
            let _48: u32;
            let _49: u32;
            let _e0: u8;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _e0 = Discriminant((*_1).u.tag.f);
                        _49 = _e0 as u32;
                        match Move(_49) { 0 => bb4, 3 => bb7, _ => bb8 }
                    };
                    { // bb1
                        StorageDead(_31);
                        StorageDead(_30);
                        StorageDead(_15);
                        StorageDead(_14);
                        Goto(bb5)
                    };
                    { // bb2
                        Return()
                    };
                    { // bb3
                        Return()
                    };
                    { // bb4
                        Goto(bb6)
                    };
                    { // bb5
                        Goto(bb2)
                    };
                    { // bb6
                        Goto(bb3)
                    };
                    { // bb7
                        StorageLive(_14);
                        StorageLive(_15);
                        StorageLive(_30);
                        StorageLive(_31);
                        Goto(bb1)
                    };
                    { // bb8
                        Return()
                    };
                    RET
                }
            }
        }
    }
}


// ---- roots (coroslim emit --harness) ----
#[inline(never)]
fn poll_task<F: Future>(f: Pin<&mut F>, cx: &mut Context<'_>) -> Poll<F::Output> {
    f.poll(cx)
}
#[inline(never)]
unsafe fn free_task<F>(f: *mut F) {
    unsafe { core::ptr::drop_in_place(f) }
}
pub fn root_opts(cx: &mut Context<'_>) {
    let mut f = core::mem::ManuallyDrop::new(opts(core::hint::black_box(0)));
    let p = unsafe { Pin::new_unchecked(&mut *f) };
    core::hint::black_box(poll_task(p, cx));
    unsafe { free_task(&mut *f) };
}
pub fn root_tries(cx: &mut Context<'_>) {
    let mut f = core::mem::ManuallyDrop::new(tries(core::hint::black_box(0)));
    let p = unsafe { Pin::new_unchecked(&mut *f) };
    core::hint::black_box(poll_task(p, cx));
    unsafe { free_task(&mut *f) };
}
pub fn root_loops(cx: &mut Context<'_>) {
    let mut f = core::mem::ManuallyDrop::new(loops(core::hint::black_box(0)));
    let p = unsafe { Pin::new_unchecked(&mut *f) };
    core::hint::black_box(poll_task(p, cx));
    unsafe { free_task(&mut *f) };
}
pub fn root_sum(cx: &mut Context<'_>) {
    let mut f = core::mem::ManuallyDrop::new(sum(core::hint::black_box([0; 2])));
    let p = unsafe { Pin::new_unchecked(&mut *f) };
    core::hint::black_box(poll_task(p, cx));
    unsafe { free_task(&mut *f) };
}
pub fn root_arrays(cx: &mut Context<'_>) {
    let mut f = core::mem::ManuallyDrop::new(arrays(core::hint::black_box(0), core::hint::black_box(0)));
    let p = unsafe { Pin::new_unchecked(&mut *f) };
    core::hint::black_box(poll_task(p, cx));
    unsafe { free_task(&mut *f) };
}
