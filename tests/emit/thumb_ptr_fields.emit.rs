#![no_std]
#![feature(custom_mir, core_intrinsics, never_type, decl_macro, rustc_attrs, panic_internals, sanitize, offset_of_enum)]
#![allow(internal_features, warnings)]
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

struct Span { start: usize, len: u8, back: isize }
const _: () = assert!(core::mem::size_of::<Span>() == 12 && core::mem::align_of::<Span>() == 4
    && core::mem::offset_of!(Span, start) == 0
    && core::mem::offset_of!(Span, len) == 8
    && core::mem::offset_of!(Span, back) == 4);
struct Slot { tag: u16, at: usize }
const _: () = assert!(core::mem::size_of::<Slot>() == 8 && core::mem::align_of::<Slot>() == 4
    && core::mem::offset_of!(Slot, tag) == 4
    && core::mem::offset_of!(Slot, at) == 0);
enum Cmd { Stop, Seek(usize), Skip(u8, isize) }
const _: () = assert!(core::mem::size_of::<Cmd>() == 8 && core::mem::align_of::<Cmd>() == 4
    && core::mem::offset_of!(Cmd, Seek.0) == 4
    && core::mem::offset_of!(Cmd, Skip.0) == 1
    && core::mem::offset_of!(Cmd, Skip.1) == 4);
enum Loc { Here, There(u64) }
const _: () = assert!(core::mem::size_of::<Loc>() == 16 && core::mem::align_of::<Loc>() == 8
    && core::mem::offset_of!(Loc, There.0) == 8);
const _: () = assert!(core::mem::size_of::<Option<usize>>() == 8 && core::mem::align_of::<Option<usize>>() == 4
    && core::mem::offset_of!(Option<usize>, Some.0) == 4);
const _: () = assert!(core::mem::size_of::<Result<isize, u8>>() == 8 && core::mem::align_of::<Result<isize, u8>>() == 4
    && core::mem::offset_of!(Result<isize, u8>, Ok.0) == 4
    && core::mem::offset_of!(Result<isize, u8>, Err.0) == 1);
const _: () = assert!(core::mem::size_of::<Option<Loc>>() == 16 && core::mem::align_of::<Option<Loc>>() == 8
    && core::mem::offset_of!(Option<Loc>, Some.0) == 0);
const _: () = assert!(core::mem::size_of::<Option<&u32>>() == 4 && core::mem::align_of::<Option<&u32>>() == 4
    && core::mem::offset_of!(Option<&u32>, Some.0) == 0);
// items: async fn at 14:1; size 36, align 4, tag u8 at 33
#[derive(Clone, Copy)]
#[repr(u8)]
enum Tag_items { V0 = 0, V1 = 1, V2 = 2, V3 = 3, }
#[derive(Clone, Copy)]
#[repr(C)]
struct V_items_tag { _p: [u8; 33], f: Tag_items }
#[derive(Clone, Copy)]
#[repr(C)]
struct V_items_u0 { _p: [u8; 16], f: usize }
const _: () = assert!(core::mem::offset_of!(V_items_u0, f) == 16);
#[repr(C)]
struct V_items_s0 { _p: [u8; 20], f: Span }
const _: () = assert!(core::mem::offset_of!(V_items_s0, f) == 20);
#[repr(C)]
struct V_items_s1 { _p: [u8; 0], f: Slot }
const _: () = assert!(core::mem::offset_of!(V_items_s1, f) == 0);
#[repr(C)]
struct V_items_s2 { _p: [u8; 8], f: Cmd }
const _: () = assert!(core::mem::offset_of!(V_items_s2, f) == 8);
#[repr(C)]
struct V_items_s3 { _p: [u8; 32], f: YieldNow }
const _: () = assert!(core::mem::offset_of!(V_items_s3, f) == 32);
#[repr(C)]
union U_items {
    tag: V_items_tag,
    u0: V_items_u0,
    s0: ManuallyDrop<V_items_s0>,
    s1: ManuallyDrop<V_items_s1>,
    s2: ManuallyDrop<V_items_s2>,
    s3: ManuallyDrop<V_items_s3>,
    size: [u8; 36],
}
#[repr(C, align(4))]
struct Coro_items { u: U_items, _pinned: PhantomPinned }
const _: () = assert!(core::mem::size_of::<Coro_items>() == 36 && core::mem::align_of::<Coro_items>() == 4);
impl Future for Coro_items {
    type Output = usize;
    #[inline(always)]
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<usize> {
        resume_items(unsafe { self.get_unchecked_mut() }, cx)
    }
}
impl Drop for Coro_items {
    #[inline(always)]
    fn drop(&mut self) {
        drop_items(self)
    }
}

// instances: async fn at 22:1; size 48, align 8, tag u8 at 45
#[derive(Clone, Copy)]
#[repr(u8)]
enum Tag_instances { V0 = 0, V1 = 1, V2 = 2, V3 = 3, }
#[derive(Clone, Copy)]
#[repr(C)]
struct V_instances_tag { _p: [u8; 45], f: Tag_instances }
#[derive(Clone, Copy)]
#[repr(C)]
struct V_instances_u0 { _p: [u8; 32], f: usize }
const _: () = assert!(core::mem::offset_of!(V_instances_u0, f) == 32);
#[derive(Clone, Copy)]
#[repr(C)]
struct V_instances_s0 { _p: [u8; 36], f: u32 }
const _: () = assert!(core::mem::offset_of!(V_instances_s0, f) == 36);
#[derive(Clone, Copy)]
#[repr(C)]
struct V_instances_s1 { _p: [u8; 40], f: Option<&'static u32> }
const _: () = assert!(core::mem::offset_of!(V_instances_s1, f) == 40);
#[derive(Clone, Copy)]
#[repr(C)]
struct V_instances_s2 { _p: [u8; 16], f: Option<usize> }
const _: () = assert!(core::mem::offset_of!(V_instances_s2, f) == 16);
#[derive(Clone, Copy)]
#[repr(C)]
struct V_instances_s3 { _p: [u8; 24], f: Result<isize, u8> }
const _: () = assert!(core::mem::offset_of!(V_instances_s3, f) == 24);
#[repr(C)]
struct V_instances_s4 { _p: [u8; 0], f: Option<Loc> }
const _: () = assert!(core::mem::offset_of!(V_instances_s4, f) == 0);
#[repr(C)]
struct V_instances_s5 { _p: [u8; 44], f: YieldNow }
const _: () = assert!(core::mem::offset_of!(V_instances_s5, f) == 44);
#[repr(C)]
union U_instances {
    tag: V_instances_tag,
    u0: V_instances_u0,
    s0: V_instances_s0,
    s1: V_instances_s1,
    s2: V_instances_s2,
    s3: V_instances_s3,
    s4: ManuallyDrop<V_instances_s4>,
    s5: ManuallyDrop<V_instances_s5>,
    size: [u8; 48],
}
#[repr(C, align(8))]
struct Coro_instances { u: U_instances, _pinned: PhantomPinned }
const _: () = assert!(core::mem::size_of::<Coro_instances>() == 48 && core::mem::align_of::<Coro_instances>() == 8);
impl Future for Coro_instances {
    type Output = usize;
    #[inline(always)]
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<usize> {
        resume_instances(unsafe { self.get_unchecked_mut() }, cx)
    }
}
impl Drop for Coro_instances {
    #[inline(always)]
    fn drop(&mut self) {
        drop_instances(self)
    }
}

#[custom_mir(dialect = "runtime", phase = "initial")]
fn span(_1: usize) -> Span {
    {
        let bb0 = BasicBlock::Normal;
        {
            let RET: Span;
            let _2: usize;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        StorageLive(_2);
                        _2 = _1;
                        RET = Span { start: Move(_2), len: 2_u8, back: -1_isize };
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
fn cmd(_1: usize) -> Cmd {
    {
        let bb0 = BasicBlock::Normal;
        let bb1 = BasicBlock::Normal;
        let bb2 = BasicBlock::Normal;
        let bb3 = BasicBlock::Normal;
        let bb4 = BasicBlock::Normal;
        let bb5 = BasicBlock::Normal;
        let bb6 = BasicBlock::Normal;
        {
            let RET: Cmd;
            let _2: bool;
            let _3: usize;
            let _4: bool;
            let _5: usize;
            let _6: usize;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        StorageLive(_2);
                        StorageLive(_3);
                        _3 = _1;
                        _2 = Move(_3) == 0_usize;
                        match Move(_2) { false => bb2, _ => bb1 }
                    };
                    { // bb1
                        StorageDead(_3);
                        RET = Cmd::Stop {};
                        Goto(bb6)
                    };
                    { // bb2
                        StorageDead(_3);
                        StorageLive(_4);
                        StorageLive(_5);
                        _5 = _1;
                        _4 = Move(_5) == 1_usize;
                        match Move(_4) { false => bb4, _ => bb3 }
                    };
                    { // bb3
                        StorageDead(_5);
                        StorageLive(_6);
                        _6 = _1;
                        RET = Cmd::Seek { 0: Move(_6) };
                        StorageDead(_6);
                        Goto(bb5)
                    };
                    { // bb4
                        StorageDead(_5);
                        RET = Cmd::Skip { 0: 3_u8, 1: -2_isize };
                        Goto(bb5)
                    };
                    { // bb5
                        StorageDead(_4);
                        Goto(bb6)
                    };
                    { // bb6
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
fn find(_1: usize) -> Option<usize> {
    {
        let bb0 = BasicBlock::Normal;
        let bb1 = BasicBlock::Normal;
        let bb2 = BasicBlock::Normal;
        let bb3 = BasicBlock::Normal;
        {
            let RET: Option<usize>;
            let _2: bool;
            let _3: usize;
            let _4: usize;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        StorageLive(_2);
                        StorageLive(_3);
                        _3 = _1;
                        _2 = Move(_3) == 0_usize;
                        match Move(_2) { false => bb2, _ => bb1 }
                    };
                    { // bb1
                        StorageDead(_3);
                        RET = Option::<usize>::None {};
                        Goto(bb3)
                    };
                    { // bb2
                        StorageDead(_3);
                        StorageLive(_4);
                        _4 = _1;
                        RET = Option::<usize>::Some { 0: Move(_4) };
                        StorageDead(_4);
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
fn step(_1: usize) -> Result<isize, u8> {
    {
        let bb0 = BasicBlock::Normal;
        let bb1 = BasicBlock::Normal;
        let bb2 = BasicBlock::Normal;
        let bb3 = BasicBlock::Normal;
        {
            let RET: Result<isize, u8>;
            let _2: bool;
            let _3: usize;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        StorageLive(_2);
                        StorageLive(_3);
                        _3 = _1;
                        _2 = Move(_3) == 0_usize;
                        match Move(_2) { false => bb2, _ => bb1 }
                    };
                    { // bb1
                        StorageDead(_3);
                        RET = Result::<isize, u8>::Err { 0: 1_u8 };
                        Goto(bb3)
                    };
                    { // bb2
                        StorageDead(_3);
                        RET = Result::<isize, u8>::Ok { 0: -1_isize };
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
fn loc(_1: u64) -> Option<Loc> {
    {
        let bb0 = BasicBlock::Normal;
        let bb1 = BasicBlock::Normal;
        let bb2 = BasicBlock::Normal;
        let bb3 = BasicBlock::Normal;
        let bb4 = BasicBlock::Normal;
        let bb5 = BasicBlock::Normal;
        let bb6 = BasicBlock::Normal;
        {
            let RET: Option<Loc>;
            let _2: bool;
            let _3: u64;
            let _4: bool;
            let _5: u64;
            let _6: Loc;
            let _7: Loc;
            let _8: u64;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        StorageLive(_2);
                        StorageLive(_3);
                        _3 = _1;
                        _2 = Move(_3) == 0_u64;
                        match Move(_2) { false => bb2, _ => bb1 }
                    };
                    { // bb1
                        StorageDead(_3);
                        RET = Option::<Loc>::None {};
                        Goto(bb6)
                    };
                    { // bb2
                        StorageDead(_3);
                        StorageLive(_4);
                        StorageLive(_5);
                        _5 = _1;
                        _4 = Move(_5) == 1_u64;
                        match Move(_4) { false => bb4, _ => bb3 }
                    };
                    { // bb3
                        StorageDead(_5);
                        StorageLive(_6);
                        _6 = Loc::Here {};
                        RET = Option::<Loc>::Some { 0: Move(_6) };
                        StorageDead(_6);
                        Goto(bb5)
                    };
                    { // bb4
                        StorageDead(_5);
                        StorageLive(_7);
                        StorageLive(_8);
                        _8 = _1;
                        _7 = Loc::There { 0: Move(_8) };
                        StorageDead(_8);
                        RET = Option::<Loc>::Some { 0: Move(_7) };
                        StorageDead(_7);
                        Goto(bb5)
                    };
                    { // bb5
                        StorageDead(_4);
                        Goto(bb6)
                    };
                    { // bb6
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
fn items(_1: usize) -> Coro_items {
    {
        let bb0 = BasicBlock::Normal;
        {
            let RET: Coro_items;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        RET.u.tag.f = Tag_items::V0;
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
fn resume_items(_1: &mut Coro_items, _2: &mut Context<'_>) -> Poll<usize> {
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
        let bb_diverged = BasicBlock::Normal;
        let bb21_panic = BasicBlock::Normal;
        {
            let RET: Poll<usize>;
            let _3: usize;
            let _4: Span;
            let _5: usize;
            let _6: Slot;
            let _7: usize;
            let _8: Cmd;
            let _9: usize;
            let _10: ();
            let _11: YieldNow;
            let _12: YieldNow;
            let _13: YieldNow;
            let _14: ();
            let _15: ();
            let _16: Poll<()>;
            let _17: Pin<&mut YieldNow>;
            let _18: &mut YieldNow;
            let _19: &mut YieldNow;
            let _20: &mut Context<'_>;
            let _21: &mut Context<'_>;
            let _22: &mut Context<'_>;
            let _23: isize;
            let _24: ();
            let _25: !;
            let _26: &mut Context<'_>;
            let _27: ();
            let _28: usize;
            let _29: isize;
            let _30: usize;
            let _31: u8;
            let _32: u8;
            let _33: usize;
            let _34: usize;
            let _35: usize;
            let _36: usize;
            let _37: u8;
            let _38: usize;
            let _39: usize;
            let _40: usize;
            let _41: u32;
            let _42: &mut Coro_items;
            let _never: !;
            let _anchor_ref: &'static ();
            let _anchor_ptr: *const ();
            let _anchor_false: bool;
            let _e0: u8;
            let _e1: *mut ManuallyDrop<V_items_s0>;
            let _e2: *mut V_items_s0;
            let _e3: *mut ManuallyDrop<V_items_s1>;
            let _e4: *mut V_items_s1;
            let _e5: *mut ManuallyDrop<V_items_s2>;
            let _e6: *mut V_items_s2;
            let _e7: *mut ManuallyDrop<V_items_s3>;
            let _e8: *mut V_items_s3;
            let _e9: *mut ManuallyDrop<V_items_s3>;
            let _e10: *mut V_items_s3;
            let _e11: *mut ManuallyDrop<V_items_s2>;
            let _e12: *mut V_items_s2;
            let _e13: *mut ManuallyDrop<V_items_s2>;
            let _e14: *mut V_items_s2;
            let _e15: *mut ManuallyDrop<V_items_s2>;
            let _e16: *mut V_items_s2;
            let _e17: *mut ManuallyDrop<V_items_s0>;
            let _e18: *mut V_items_s0;
            let _e19: *mut ManuallyDrop<V_items_s0>;
            let _e20: *mut V_items_s0;
            let _e21: *mut ManuallyDrop<V_items_s1>;
            let _e22: *mut V_items_s1;
            {
                coro_mir!({
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _42 = _1;
                        _e0 = Discriminant((*_42).u.tag.f);
                        _41 = _e0 as u32;
                        match Move(_41) { 0 => bb1, 1 => bb21, 3 => bb20, _ => bb10 }
                    };
                    { // bb1
                        StorageLive(_3);
                        _3 = (*_42).u.u0.f;
                        StorageLive(_5);
                        _5 = _3;
                        _e1 = &raw mut (*_42).u.s0;
                        _e2 = CastPtrToPtr(_e1);
                        Call((*_e2).f = span(Move(_5)), ReturnTo(bb2), UnwindUnreachable())
                    };
                    { // bb2
                        StorageDead(_5);
                        StorageLive(_7);
                        _7 = _3;
                        _e3 = &raw mut (*_42).u.s1;
                        _e4 = CastPtrToPtr(_e3);
                        (*_e4).f = Slot { tag: 1_u16, at: Move(_7) };
                        StorageDead(_7);
                        StorageLive(_9);
                        _9 = _3;
                        _e5 = &raw mut (*_42).u.s2;
                        _e6 = CastPtrToPtr(_e5);
                        Call((*_e6).f = cmd(Move(_9)), ReturnTo(bb3), UnwindUnreachable())
                    };
                    { // bb3
                        StorageDead(_9);
                        StorageLive(_10);
                        StorageLive(_11);
                        StorageLive(_12);
                        Call(_12 = yield_now(), ReturnTo(bb4), UnwindUnreachable())
                    };
                    { // bb4
                        Call(_11 = <YieldNow as IntoFuture>::into_future(Move(_12)), ReturnTo(bb5), UnwindUnreachable())
                    };
                    { // bb5
                        StorageDead(_12);
                        _e7 = &raw mut (*_42).u.s3;
                        _e8 = CastPtrToPtr(_e7);
                        (*_e8).f = Move(_11);
                        Goto(bb6)
                    };
                    { // bb6
                        StorageLive(_15);
                        StorageLive(_16);
                        StorageLive(_17);
                        StorageLive(_18);
                        StorageLive(_19);
                        _e9 = &raw mut (*_42).u.s3;
                        _e10 = CastPtrToPtr(_e9);
                        _19 = &mut (*_e10).f;
                        _18 = &mut (*_19);
                        Call(_17 = Pin::<&mut YieldNow>::new_unchecked(Move(_18)), ReturnTo(bb7), UnwindUnreachable())
                    };
                    { // bb7
                        StorageDead(_18);
                        StorageLive(_20);
                        StorageLive(_21);
                        StorageLive(_22);
                        _22 = _2;
                        _21 = Move(_22);
                        Goto(bb8)
                    };
                    { // bb8
                        _20 = &mut (*_21);
                        StorageDead(_22);
                        Call(_16 = <YieldNow as Future>::poll(Move(_17), Move(_20)), ReturnTo(bb9), UnwindUnreachable())
                    };
                    { // bb9
                        StorageDead(_20);
                        StorageDead(_17);
                        _23 = Discriminant(_16);
                        match Move(_23) { 0 => bb12, 1 => bb11, _ => bb10 }
                    };
                    { // bb10
                        Unreachable()
                    };
                    { // bb11
                        _15 = ();
                        StorageDead(_21);
                        StorageDead(_19);
                        StorageDead(_16);
                        StorageDead(_15);
                        StorageLive(_26);
                        StorageLive(_27);
                        _27 = ();
                        SetDiscriminant(RET, 1);
                        StorageDead(_3);
                        StorageDead(_10);
                        StorageDead(_11);
                        StorageDead(_26);
                        StorageDead(_27);
                        (*_42).u.tag.f = Tag_items::V3;
                        Return()
                    };
                    { // bb12
                        StorageLive(_24);
                        _24 = place!(Field::<()>(Variant(_16, 0), 0));
                        _10 = _24;
                        StorageDead(_24);
                        StorageDead(_21);
                        StorageDead(_19);
                        StorageDead(_16);
                        StorageDead(_15);
                        StorageDead(_11);
                        StorageDead(_10);
                        StorageLive(_28);
                        _e11 = &raw mut (*_42).u.s2;
                        _e12 = CastPtrToPtr(_e11);
                        _29 = Discriminant((*_e12).f);
                        match Move(_29) { 0 => bb16, 1 => bb15, 2 => bb14, _ => bb10 }
                    };
                    { // bb13
                        StorageDead(_27);
                        _2 = Move(_26);
                        StorageDead(_26);
                        _14 = ();
                        Goto(bb6)
                    };
                    { // bb14
                        StorageLive(_31);
                        _e13 = &raw mut (*_42).u.s2;
                        _e14 = CastPtrToPtr(_e13);
                        _31 = place!(Field::<u8>(Variant((*_e14).f, 2), 0));
                        StorageLive(_32);
                        _32 = _31;
                        _28 = Move(_32) as usize;
                        StorageDead(_32);
                        StorageDead(_31);
                        Goto(bb17)
                    };
                    { // bb15
                        StorageLive(_30);
                        _e15 = &raw mut (*_42).u.s2;
                        _e16 = CastPtrToPtr(_e15);
                        _30 = place!(Field::<usize>(Variant((*_e16).f, 1), 0));
                        _28 = _30;
                        StorageDead(_30);
                        Goto(bb17)
                    };
                    { // bb16
                        _28 = 0_usize;
                        Goto(bb17)
                    };
                    { // bb17
                        StorageLive(_33);
                        StorageLive(_34);
                        StorageLive(_35);
                        _e17 = &raw mut (*_42).u.s0;
                        _e18 = CastPtrToPtr(_e17);
                        _35 = (*_e18).f.start;
                        StorageLive(_36);
                        StorageLive(_37);
                        _e19 = &raw mut (*_42).u.s0;
                        _e20 = CastPtrToPtr(_e19);
                        _37 = (*_e20).f.len;
                        _36 = Move(_37) as usize;
                        StorageDead(_37);
                        _34 = Move(_35) + Move(_36);
                        StorageDead(_36);
                        StorageDead(_35);
                        StorageLive(_38);
                        _e21 = &raw mut (*_42).u.s1;
                        _e22 = CastPtrToPtr(_e21);
                        _38 = (*_e22).f.at;
                        _33 = Move(_34) + Move(_38);
                        StorageDead(_38);
                        StorageDead(_34);
                        StorageLive(_39);
                        _39 = _28;
                        _40 = Move(_33) + Move(_39);
                        StorageDead(_39);
                        StorageDead(_33);
                        StorageDead(_28);
                        StorageDead(_3);
                        Goto(bb19)
                    };
                    { // bb18
                        RET = Poll::<usize>::Ready(Move(_40));
                        (*_42).u.tag.f = Tag_items::V1;
                        Return()
                    };
                    { // bb19
                        Goto(bb18)
                    };
                    { // bb20
                        StorageLive(_3);
                        StorageLive(_10);
                        StorageLive(_11);
                        StorageLive(_26);
                        StorageLive(_27);
                        _26 = Move(_2);
                        Goto(bb13)
                    };
                    { // bb21
                        _anchor_ref = Static(COROSLIM_ANCHOR);
                        _anchor_ptr = &raw const (*_anchor_ref);
                        _anchor_false = _anchor_ptr == COROSLIM_NULL;
                        match _anchor_false { false => bb21_panic, _ => bb21 }
                    };
                    { // bb_diverged
                        Goto(bb_diverged)
                    };
                } RET _never bb_diverged; assert_panic_const_async_fn_resumed UnwindUnreachable())
            }
        }
    }
}

#[custom_mir(dialect = "runtime", phase = "initial")]
fn instances(_1: usize) -> Coro_instances {
    {
        let bb0 = BasicBlock::Normal;
        {
            let RET: Coro_instances;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        RET.u.tag.f = Tag_instances::V0;
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
fn resume_instances(_1: &mut Coro_instances, _2: &mut Context<'_>) -> Poll<usize> {
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
        let bb25 = BasicBlock::Normal;
        let bb26 = BasicBlock::Normal;
        let bb27 = BasicBlock::Normal;
        let bb28 = BasicBlock::Normal;
        let bb29 = BasicBlock::Normal;
        let bb30 = BasicBlock::Normal;
        let bb31 = BasicBlock::Normal;
        let bb32 = BasicBlock::Normal;
        let bb33 = BasicBlock::Normal;
        let bb34 = BasicBlock::Normal;
        let bb35 = BasicBlock::Normal;
        let bb36 = BasicBlock::Normal;
        let bb_diverged = BasicBlock::Normal;
        let bb36_panic = BasicBlock::Normal;
        {
            let RET: Poll<usize>;
            let _3: usize;
            let _4: u32;
            let _5: usize;
            let _6: Option<&u32>;
            let _7: bool;
            let _8: usize;
            let _9: &u32;
            let _10: &u32;
            let _11: Option<usize>;
            let _12: usize;
            let _13: Result<isize, u8>;
            let _14: usize;
            let _15: Option<Loc>;
            let _16: u64;
            let _17: usize;
            let _18: ();
            let _19: YieldNow;
            let _20: YieldNow;
            let _21: YieldNow;
            let _22: ();
            let _23: ();
            let _24: Poll<()>;
            let _25: Pin<&mut YieldNow>;
            let _26: &mut YieldNow;
            let _27: &mut YieldNow;
            let _28: &mut Context<'_>;
            let _29: &mut Context<'_>;
            let _30: &mut Context<'_>;
            let _31: isize;
            let _32: ();
            let _33: !;
            let _34: &mut Context<'_>;
            let _35: ();
            let _36: usize;
            let _37: isize;
            let _38: &u32;
            let _39: u32;
            let _40: usize;
            let _41: isize;
            let _42: usize;
            let _43: usize;
            let _44: isize;
            let _45: isize;
            let _46: isize;
            let _47: u8;
            let _48: u8;
            let _49: usize;
            let _50: isize;
            let _51: Loc;
            let _52: isize;
            let _53: u64;
            let _54: u64;
            let _55: usize;
            let _56: usize;
            let _57: usize;
            let _58: usize;
            let _59: usize;
            let _60: usize;
            let _61: usize;
            let _62: u32;
            let _63: &mut Coro_instances;
            let _never: !;
            let _anchor_ref: &'static ();
            let _anchor_ptr: *const ();
            let _anchor_false: bool;
            let _e0: u8;
            let _e1: *mut ManuallyDrop<V_instances_s4>;
            let _e2: *mut V_instances_s4;
            let _e3: *mut ManuallyDrop<V_instances_s5>;
            let _e4: *mut V_instances_s5;
            let _e5: *mut ManuallyDrop<V_instances_s5>;
            let _e6: *mut V_instances_s5;
            let _e7: *mut ManuallyDrop<V_instances_s4>;
            let _e8: *mut V_instances_s4;
            let _e9: *mut ManuallyDrop<V_instances_s4>;
            let _e10: *mut V_instances_s4;
            {
                coro_mir!({
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _63 = _1;
                        _e0 = Discriminant((*_63).u.tag.f);
                        _62 = _e0 as u32;
                        match Move(_62) { 0 => bb1, 1 => bb36, 3 => bb35, _ => bb14 }
                    };
                    { // bb1
                        StorageLive(_3);
                        _3 = (*_63).u.u0.f;
                        StorageLive(_5);
                        _5 = _3;
                        (*_63).u.s0.f = Move(_5) as u32;
                        StorageDead(_5);
                        StorageLive(_7);
                        StorageLive(_8);
                        _8 = _3;
                        _7 = Move(_8) == 0_usize;
                        match Move(_7) { false => bb3, _ => bb2 }
                    };
                    { // bb2
                        StorageDead(_8);
                        (*_63).u.s1.f = Option::<&u32>::None {};
                        Goto(bb4)
                    };
                    { // bb3
                        StorageDead(_8);
                        StorageLive(_9);
                        StorageLive(_10);
                        _10 = &(*_63).u.s0.f;
                        _9 = &(*_10);
                        (*_63).u.s1.f = Option::<&u32>::Some { 0: Move(_9) };
                        StorageDead(_9);
                        StorageDead(_10);
                        Goto(bb4)
                    };
                    { // bb4
                        StorageDead(_7);
                        StorageLive(_12);
                        _12 = _3;
                        Call((*_63).u.s2.f = find(Move(_12)), ReturnTo(bb5), UnwindUnreachable())
                    };
                    { // bb5
                        StorageDead(_12);
                        StorageLive(_14);
                        _14 = _3;
                        Call((*_63).u.s3.f = step(Move(_14)), ReturnTo(bb6), UnwindUnreachable())
                    };
                    { // bb6
                        StorageDead(_14);
                        StorageLive(_16);
                        StorageLive(_17);
                        _17 = _3;
                        _16 = Move(_17) as u64;
                        StorageDead(_17);
                        _e1 = &raw mut (*_63).u.s4;
                        _e2 = CastPtrToPtr(_e1);
                        Call((*_e2).f = loc(Move(_16)), ReturnTo(bb7), UnwindUnreachable())
                    };
                    { // bb7
                        StorageDead(_16);
                        StorageLive(_18);
                        StorageLive(_19);
                        StorageLive(_20);
                        Call(_20 = yield_now(), ReturnTo(bb8), UnwindUnreachable())
                    };
                    { // bb8
                        Call(_19 = <YieldNow as IntoFuture>::into_future(Move(_20)), ReturnTo(bb9), UnwindUnreachable())
                    };
                    { // bb9
                        StorageDead(_20);
                        _e3 = &raw mut (*_63).u.s5;
                        _e4 = CastPtrToPtr(_e3);
                        (*_e4).f = Move(_19);
                        Goto(bb10)
                    };
                    { // bb10
                        StorageLive(_23);
                        StorageLive(_24);
                        StorageLive(_25);
                        StorageLive(_26);
                        StorageLive(_27);
                        _e5 = &raw mut (*_63).u.s5;
                        _e6 = CastPtrToPtr(_e5);
                        _27 = &mut (*_e6).f;
                        _26 = &mut (*_27);
                        Call(_25 = Pin::<&mut YieldNow>::new_unchecked(Move(_26)), ReturnTo(bb11), UnwindUnreachable())
                    };
                    { // bb11
                        StorageDead(_26);
                        StorageLive(_28);
                        StorageLive(_29);
                        StorageLive(_30);
                        _30 = _2;
                        _29 = Move(_30);
                        Goto(bb12)
                    };
                    { // bb12
                        _28 = &mut (*_29);
                        StorageDead(_30);
                        Call(_24 = <YieldNow as Future>::poll(Move(_25), Move(_28)), ReturnTo(bb13), UnwindUnreachable())
                    };
                    { // bb13
                        StorageDead(_28);
                        StorageDead(_25);
                        _31 = Discriminant(_24);
                        match Move(_31) { 0 => bb16, 1 => bb15, _ => bb14 }
                    };
                    { // bb14
                        Unreachable()
                    };
                    { // bb15
                        _23 = ();
                        StorageDead(_29);
                        StorageDead(_27);
                        StorageDead(_24);
                        StorageDead(_23);
                        StorageLive(_34);
                        StorageLive(_35);
                        _35 = ();
                        SetDiscriminant(RET, 1);
                        StorageDead(_3);
                        StorageDead(_18);
                        StorageDead(_19);
                        StorageDead(_34);
                        StorageDead(_35);
                        (*_63).u.tag.f = Tag_instances::V3;
                        Return()
                    };
                    { // bb16
                        StorageLive(_32);
                        _32 = place!(Field::<()>(Variant(_24, 0), 0));
                        _18 = _32;
                        StorageDead(_32);
                        StorageDead(_29);
                        StorageDead(_27);
                        StorageDead(_24);
                        StorageDead(_23);
                        StorageDead(_19);
                        StorageDead(_18);
                        StorageLive(_36);
                        _37 = Discriminant((*_63).u.s1.f);
                        match Move(_37) { 0 => bb18, 1 => bb19, _ => bb14 }
                    };
                    { // bb17
                        StorageDead(_35);
                        _2 = Move(_34);
                        StorageDead(_34);
                        _22 = ();
                        Goto(bb10)
                    };
                    { // bb18
                        _36 = 9_usize;
                        Goto(bb20)
                    };
                    { // bb19
                        StorageLive(_38);
                        _38 = place!(Field::<&u32>(Variant((*_63).u.s1.f, 1), 0));
                        StorageLive(_39);
                        _39 = (*_38);
                        _36 = Move(_39) as usize;
                        StorageDead(_39);
                        StorageDead(_38);
                        Goto(bb20)
                    };
                    { // bb20
                        StorageLive(_40);
                        _41 = Discriminant((*_63).u.s2.f);
                        match Move(_41) { 0 => bb21, 1 => bb22, _ => bb14 }
                    };
                    { // bb21
                        _40 = 1_usize;
                        Goto(bb23)
                    };
                    { // bb22
                        StorageLive(_42);
                        _42 = place!(Field::<usize>(Variant((*_63).u.s2.f, 1), 0));
                        _40 = _42;
                        StorageDead(_42);
                        Goto(bb23)
                    };
                    { // bb23
                        StorageLive(_43);
                        _44 = Discriminant((*_63).u.s3.f);
                        match Move(_44) { 0 => bb25, 1 => bb24, _ => bb14 }
                    };
                    { // bb24
                        StorageLive(_47);
                        _47 = place!(Field::<u8>(Variant((*_63).u.s3.f, 1), 0));
                        StorageLive(_48);
                        _48 = _47;
                        _43 = Move(_48) as usize;
                        StorageDead(_48);
                        StorageDead(_47);
                        Goto(bb26)
                    };
                    { // bb25
                        StorageLive(_45);
                        _45 = place!(Field::<isize>(Variant((*_63).u.s3.f, 0), 0));
                        StorageLive(_46);
                        _46 = _45;
                        _43 = Move(_46) as usize;
                        StorageDead(_46);
                        StorageDead(_45);
                        Goto(bb26)
                    };
                    { // bb26
                        StorageLive(_49);
                        _e7 = &raw mut (*_63).u.s4;
                        _e8 = CastPtrToPtr(_e7);
                        _50 = Discriminant((*_e8).f);
                        match Move(_50) { 0 => bb27, 1 => bb28, _ => bb14 }
                    };
                    { // bb27
                        _49 = 3_usize;
                        Goto(bb32)
                    };
                    { // bb28
                        StorageLive(_51);
                        _e9 = &raw mut (*_63).u.s4;
                        _e10 = CastPtrToPtr(_e9);
                        _51 = Move(place!(Field::<Loc>(Variant((*_e10).f, 1), 0)));
                        _52 = Discriminant(_51);
                        match Move(_52) { 0 => bb29, 1 => bb30, _ => bb14 }
                    };
                    { // bb29
                        _49 = 2_usize;
                        Goto(bb31)
                    };
                    { // bb30
                        StorageLive(_53);
                        _53 = place!(Field::<u64>(Variant(_51, 1), 0));
                        StorageLive(_54);
                        _54 = _53;
                        _49 = Move(_54) as usize;
                        StorageDead(_54);
                        StorageDead(_53);
                        Goto(bb31)
                    };
                    { // bb31
                        StorageDead(_51);
                        Goto(bb32)
                    };
                    { // bb32
                        StorageLive(_55);
                        StorageLive(_56);
                        StorageLive(_57);
                        _57 = _36;
                        StorageLive(_58);
                        _58 = _40;
                        _56 = Move(_57) + Move(_58);
                        StorageDead(_58);
                        StorageDead(_57);
                        StorageLive(_59);
                        _59 = _43;
                        _55 = Move(_56) + Move(_59);
                        StorageDead(_59);
                        StorageDead(_56);
                        StorageLive(_60);
                        _60 = _49;
                        _61 = Move(_55) + Move(_60);
                        StorageDead(_60);
                        StorageDead(_55);
                        StorageDead(_49);
                        StorageDead(_43);
                        StorageDead(_40);
                        StorageDead(_36);
                        StorageDead(_3);
                        Goto(bb34)
                    };
                    { // bb33
                        RET = Poll::<usize>::Ready(Move(_61));
                        (*_63).u.tag.f = Tag_instances::V1;
                        Return()
                    };
                    { // bb34
                        Goto(bb33)
                    };
                    { // bb35
                        StorageLive(_3);
                        StorageLive(_18);
                        StorageLive(_19);
                        StorageLive(_34);
                        StorageLive(_35);
                        _34 = Move(_2);
                        Goto(bb17)
                    };
                    { // bb36
                        _anchor_ref = Static(COROSLIM_ANCHOR);
                        _anchor_ptr = &raw const (*_anchor_ref);
                        _anchor_false = _anchor_ptr == COROSLIM_NULL;
                        match _anchor_false { false => bb36_panic, _ => bb36 }
                    };
                    { // bb_diverged
                        Goto(bb_diverged)
                    };
                } RET _never bb_diverged; assert_panic_const_async_fn_resumed UnwindUnreachable())
            }
        }
    }
}

#[custom_mir(dialect = "runtime", phase = "initial")]
#[inline]
#[rustc_no_mir_inline]
#[sanitize(address = "off")]
fn drop_items(_1: *mut Coro_items) -> () {
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
            let _4: Span;
            let _5: usize;
            let _6: Slot;
            let _7: usize;
            let _8: Cmd;
            let _9: usize;
            let _10: ();
            let _11: YieldNow;
            let _12: YieldNow;
            let _13: YieldNow;
            let _14: ();
            let _15: ();
            let _16: Poll<()>;
            let _17: Pin<&mut YieldNow>;
            let _18: &mut YieldNow;
            let _19: &mut YieldNow;
            let _20: &mut Context<'_>;
            let _21: &mut Context<'_>;
            let _22: &mut Context<'_>;
            let _23: isize;
            let _24: ();
            let _25: !;
            let _26: &mut Context<'_>;
            let _27: ();
            let _28: usize;
            let _29: isize;
            let _30: usize;
            let _31: u8;
            let _32: u8;
            let _33: usize;
            let _34: usize;
            let _35: usize;
            let _36: usize;
            let _37: u8;
            let _38: usize;
            let _39: usize;
            let _40: usize;
            let _41: u32;
            let _e0: u8;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _e0 = Discriminant((*_1).u.tag.f);
                        _41 = _e0 as u32;
                        match Move(_41) { 0 => bb4, 3 => bb7, _ => bb8 }
                    };
                    { // bb1
                        StorageDead(_27);
                        StorageDead(_26);
                        StorageDead(_11);
                        StorageDead(_10);
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
                        StorageLive(_10);
                        StorageLive(_11);
                        StorageLive(_26);
                        StorageLive(_27);
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
fn drop_instances(_1: *mut Coro_instances) -> () {
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
            let _5: usize;
            let _6: Option<&u32>;
            let _7: bool;
            let _8: usize;
            let _9: &u32;
            let _10: &u32;
            let _11: Option<usize>;
            let _12: usize;
            let _13: Result<isize, u8>;
            let _14: usize;
            let _15: Option<Loc>;
            let _16: u64;
            let _17: usize;
            let _18: ();
            let _19: YieldNow;
            let _20: YieldNow;
            let _21: YieldNow;
            let _22: ();
            let _23: ();
            let _24: Poll<()>;
            let _25: Pin<&mut YieldNow>;
            let _26: &mut YieldNow;
            let _27: &mut YieldNow;
            let _28: &mut Context<'_>;
            let _29: &mut Context<'_>;
            let _30: &mut Context<'_>;
            let _31: isize;
            let _32: ();
            let _33: !;
            let _34: &mut Context<'_>;
            let _35: ();
            let _36: usize;
            let _37: isize;
            let _38: &u32;
            let _39: u32;
            let _40: usize;
            let _41: isize;
            let _42: usize;
            let _43: usize;
            let _44: isize;
            let _45: isize;
            let _46: isize;
            let _47: u8;
            let _48: u8;
            let _49: usize;
            let _50: isize;
            let _51: Loc;
            let _52: isize;
            let _53: u64;
            let _54: u64;
            let _55: usize;
            let _56: usize;
            let _57: usize;
            let _58: usize;
            let _59: usize;
            let _60: usize;
            let _61: usize;
            let _62: u32;
            let _e0: u8;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _e0 = Discriminant((*_1).u.tag.f);
                        _62 = _e0 as u32;
                        match Move(_62) { 0 => bb4, 3 => bb7, _ => bb8 }
                    };
                    { // bb1
                        StorageDead(_35);
                        StorageDead(_34);
                        StorageDead(_19);
                        StorageDead(_18);
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
                        StorageLive(_18);
                        StorageLive(_19);
                        StorageLive(_34);
                        StorageLive(_35);
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
pub fn root_items(cx: &mut Context<'_>) {
    let mut f = core::mem::ManuallyDrop::new(items(core::hint::black_box(0)));
    let p = unsafe { Pin::new_unchecked(&mut *f) };
    core::hint::black_box(poll_task(p, cx));
    unsafe { free_task(&mut *f) };
}
pub fn root_instances(cx: &mut Context<'_>) {
    let mut f = core::mem::ManuallyDrop::new(instances(core::hint::black_box(0)));
    let p = unsafe { Pin::new_unchecked(&mut *f) };
    core::hint::black_box(poll_task(p, cx));
    unsafe { free_task(&mut *f) };
}
