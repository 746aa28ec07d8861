#![no_std]
#![feature(custom_mir, core_intrinsics, never_type, decl_macro, rustc_attrs, panic_internals, sanitize)]
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

// sums: async fn at 6:1; size 40, align 4, tag u8 at 37
#[derive(Clone, Copy)]
#[repr(u8)]
enum Tag_sums { V0 = 0, V1 = 1, V2 = 2, V3 = 3, }
#[derive(Clone, Copy)]
#[repr(C)]
struct V_sums_tag { _p: [u8; 37], f: Tag_sums }
#[derive(Clone, Copy)]
#[repr(C)]
struct V_sums_u0 { _p: [u8; 0], f: u32 }
const _: () = assert!(core::mem::offset_of!(V_sums_u0, f) == 0);
#[derive(Clone, Copy)]
#[repr(C)]
struct V_sums_u1 { _p: [u8; 4], f: u32 }
const _: () = assert!(core::mem::offset_of!(V_sums_u1, f) == 4);
#[derive(Clone, Copy)]
#[repr(C)]
struct V_sums_u2 { _p: [u8; 8], f: i32 }
const _: () = assert!(core::mem::offset_of!(V_sums_u2, f) == 8);
#[derive(Clone, Copy)]
#[repr(C)]
struct V_sums_u3 { _p: [u8; 12], f: i32 }
const _: () = assert!(core::mem::offset_of!(V_sums_u3, f) == 12);
#[derive(Clone, Copy)]
#[repr(C)]
struct V_sums_s0 { _p: [u8; 16], f: u32 }
const _: () = assert!(core::mem::offset_of!(V_sums_s0, f) == 16);
#[derive(Clone, Copy)]
#[repr(C)]
struct V_sums_s1 { _p: [u8; 20], f: u32 }
const _: () = assert!(core::mem::offset_of!(V_sums_s1, f) == 20);
#[derive(Clone, Copy)]
#[repr(C)]
struct V_sums_s2 { _p: [u8; 24], f: i32 }
const _: () = assert!(core::mem::offset_of!(V_sums_s2, f) == 24);
#[derive(Clone, Copy)]
#[repr(C)]
struct V_sums_s3 { _p: [u8; 28], f: i32 }
const _: () = assert!(core::mem::offset_of!(V_sums_s3, f) == 28);
#[derive(Clone, Copy)]
#[repr(C)]
struct V_sums_s4 { _p: [u8; 32], f: u32 }
const _: () = assert!(core::mem::offset_of!(V_sums_s4, f) == 32);
#[repr(C)]
struct V_sums_s5 { _p: [u8; 36], f: YieldNow }
const _: () = assert!(core::mem::offset_of!(V_sums_s5, f) == 36);
#[repr(C)]
union U_sums {
    tag: V_sums_tag,
    u0: V_sums_u0,
    u1: V_sums_u1,
    u2: V_sums_u2,
    u3: V_sums_u3,
    s0: V_sums_s0,
    s1: V_sums_s1,
    s2: V_sums_s2,
    s3: V_sums_s3,
    s4: V_sums_s4,
    s5: ManuallyDrop<V_sums_s5>,
    size: [u8; 40],
}
#[repr(C, align(4))]
struct Coro_sums { u: U_sums, _pinned: PhantomPinned }
const _: () = assert!(core::mem::size_of::<Coro_sums>() == 40 && core::mem::align_of::<Coro_sums>() == 4);
impl Future for Coro_sums {
    type Output = i32;
    #[inline(always)]
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<i32> {
        resume_sums(unsafe { self.get_unchecked_mut() }, cx)
    }
}
impl Drop for Coro_sums {
    #[inline(always)]
    fn drop(&mut self) {
        drop_sums(self)
    }
}

#[custom_mir(dialect = "runtime", phase = "initial")]
fn sums(_1: u32, _2: u32, _3: i32, _4: i32) -> Coro_sums {
    {
        let bb0 = BasicBlock::Normal;
        {
            let RET: Coro_sums;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        RET.u.tag.f = Tag_sums::V0;
                        RET.u.u0.f = _1;
                        RET.u.u1.f = _2;
                        RET.u.u2.f = _3;
                        RET.u.u3.f = _4;
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
fn resume_sums(_1: &mut Coro_sums, _2: &mut Context<'_>) -> Poll<i32> {
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
        let bb38 = BasicBlock::Cleanup;
        let bb39 = BasicBlock::Cleanup;
        let bb40 = BasicBlock::Cleanup;
        let bb41 = BasicBlock::Cleanup;
        let bb42 = BasicBlock::Cleanup;
        let bb43 = BasicBlock::Cleanup;
        let bb44 = BasicBlock::Cleanup;
        let bb45 = BasicBlock::Cleanup;
        let bb46 = BasicBlock::Normal;
        let bb47 = BasicBlock::Cleanup;
        let bb48 = BasicBlock::Normal;
        let bb49 = BasicBlock::Normal;
        let bb50 = BasicBlock::Normal;
        let bb13_panic = BasicBlock::Normal;
        let bb18_panic = BasicBlock::Normal;
        let bb19_panic = BasicBlock::Normal;
        let bb1_panic = BasicBlock::Normal;
        let bb2_panic = BasicBlock::Normal;
        let bb3_panic = BasicBlock::Normal;
        let bb15_panic = BasicBlock::Normal;
        let bb16_panic = BasicBlock::Normal;
        let bb17_panic = BasicBlock::Normal;
        let bb20_panic = BasicBlock::Normal;
        let bb21_panic = BasicBlock::Normal;
        let bb_diverged = BasicBlock::Normal;
        let bb49_panic = BasicBlock::Normal;
        let bb50_panic = BasicBlock::Normal;
        {
            let RET: Poll<i32>;
            let _3: u32;
            let _4: u32;
            let _5: i32;
            let _6: i32;
            let _7: u32;
            let _8: u32;
            let _9: u32;
            let _10: u32;
            let _11: (u32, bool);
            let _12: u32;
            let _13: (u32, bool);
            let _14: (u32, bool);
            let _15: ();
            let _16: YieldNow;
            let _17: YieldNow;
            let _18: YieldNow;
            let _19: ();
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
            let _34: u32;
            let _35: (u32, bool);
            let _36: i32;
            let _37: i32;
            let _38: i32;
            let _39: i32;
            let _40: bool;
            let _41: bool;
            let _42: bool;
            let _43: bool;
            let _44: (i32, bool);
            let _45: i32;
            let _46: i32;
            let _47: i32;
            let _48: u32;
            let _49: u32;
            let _50: u32;
            let _51: (u32, bool);
            let _52: (i32, bool);
            let _53: i32;
            let _54: i32;
            let _55: u32;
            let _56: i32;
            let _57: (i32, bool);
            let _58: i32;
            let _59: (i32, bool);
            let _60: i32;
            let _61: u32;
            let _62: &mut Coro_sums;
            let _never: !;
            let _e0: u8;
            let _e1: *mut ManuallyDrop<V_sums_s5>;
            let _e2: *mut V_sums_s5;
            let _e3: *mut ManuallyDrop<V_sums_s5>;
            let _e4: *mut V_sums_s5;
            {
                coro_mir!({
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _62 = _1;
                        _e0 = Discriminant((*_62).u.tag.f);
                        _61 = _e0 as u32;
                        match Move(_61) { 0 => bb1, 1 => bb50, 2 => bb49, 3 => bb48, _ => bb11 }
                    };
                    { // bb1
                        (*_62).u.s0.f = (*_62).u.u0.f;
                        (*_62).u.s1.f = (*_62).u.u1.f;
                        (*_62).u.s2.f = (*_62).u.u2.f;
                        (*_62).u.s3.f = (*_62).u.u3.f;
                        StorageLive(_8);
                        StorageLive(_9);
                        StorageLive(_10);
                        _10 = (*_62).u.s0.f;
                        _11 = Checked(_10 * 2_u32);
                        match Move(_11.1) { false => bb2, _ => bb1_panic }
                    };
                    { // bb2
                        _9 = Move(_11.0);
                        StorageDead(_10);
                        StorageLive(_12);
                        _12 = (*_62).u.s1.f;
                        _13 = Checked(_9 + _12);
                        match Move(_13.1) { false => bb3, _ => bb2_panic }
                    };
                    { // bb3
                        _8 = Move(_13.0);
                        StorageDead(_12);
                        StorageDead(_9);
                        _14 = Checked(_8 + 1_u32);
                        match Move(_14.1) { false => bb4, _ => bb3_panic }
                    };
                    { // bb4
                        (*_62).u.s4.f = Move(_14.0);
                        StorageDead(_8);
                        StorageLive(_15);
                        StorageLive(_16);
                        StorageLive(_17);
                        Call(_17 = yield_now(), ReturnTo(bb5), UnwindCleanup(bb38))
                    };
                    { // bb5
                        Call(_16 = <YieldNow as IntoFuture>::into_future(Move(_17)), ReturnTo(bb6), UnwindCleanup(bb38))
                    };
                    { // bb6
                        StorageDead(_17);
                        _e1 = &raw mut (*_62).u.s5;
                        _e2 = CastPtrToPtr(_e1);
                        (*_e2).f = Move(_16);
                        Goto(bb7)
                    };
                    { // bb7
                        StorageLive(_20);
                        StorageLive(_21);
                        StorageLive(_22);
                        StorageLive(_23);
                        StorageLive(_24);
                        _e3 = &raw mut (*_62).u.s5;
                        _e4 = CastPtrToPtr(_e3);
                        _24 = &mut (*_e4).f;
                        _23 = &mut (*_24);
                        Call(_22 = Pin::<&mut YieldNow>::new_unchecked(Move(_23)), ReturnTo(bb8), UnwindCleanup(bb36))
                    };
                    { // bb8
                        StorageDead(_23);
                        StorageLive(_25);
                        StorageLive(_26);
                        StorageLive(_27);
                        _27 = _2;
                        _26 = Move(_27);
                        Goto(bb9)
                    };
                    { // bb9
                        _25 = &mut (*_26);
                        StorageDead(_27);
                        Call(_21 = <YieldNow as Future>::poll(Move(_22), Move(_25)), ReturnTo(bb10), UnwindCleanup(bb35))
                    };
                    { // bb10
                        StorageDead(_25);
                        StorageDead(_22);
                        _28 = Discriminant(_21);
                        match Move(_28) { 0 => bb13, 1 => bb12, _ => bb11 }
                    };
                    { // bb11
                        Unreachable()
                    };
                    { // bb12
                        _20 = ();
                        StorageDead(_26);
                        StorageDead(_24);
                        StorageDead(_21);
                        StorageDead(_20);
                        StorageLive(_31);
                        StorageLive(_32);
                        _32 = ();
                        SetDiscriminant(RET, 1);
                        StorageDead(_15);
                        StorageDead(_16);
                        StorageDead(_31);
                        StorageDead(_32);
                        (*_62).u.tag.f = Tag_sums::V3;
                        Return()
                    };
                    { // bb13
                        StorageLive(_29);
                        _29 = place!(Field::<()>(Variant(_21, 0), 0));
                        _15 = _29;
                        StorageDead(_29);
                        StorageDead(_26);
                        StorageDead(_24);
                        StorageDead(_21);
                        StorageDead(_20);
                        StorageDead(_16);
                        StorageDead(_15);
                        StorageLive(_33);
                        StorageLive(_34);
                        _34 = (*_62).u.s4.f;
                        _35 = Checked(_34 + 1_u32);
                        match Move(_35.1) { false => bb15, _ => bb13_panic }
                    };
                    { // bb14
                        StorageDead(_32);
                        _2 = Move(_31);
                        StorageDead(_31);
                        _19 = ();
                        Goto(bb7)
                    };
                    { // bb15
                        _33 = Move(_35.0);
                        StorageDead(_34);
                        StorageLive(_36);
                        StorageLive(_37);
                        StorageLive(_38);
                        _38 = (*_62).u.s2.f;
                        StorageLive(_39);
                        _39 = (*_62).u.s3.f;
                        _40 = _39 == 0_i32;
                        match Move(_40) { false => bb16, _ => bb15_panic }
                    };
                    { // bb16
                        _41 = _39 == -1_i32;
                        _42 = _38 == -2147483648_i32;
                        _43 = Move(_41) & Move(_42);
                        match Move(_43) { false => bb17, _ => bb16_panic }
                    };
                    { // bb17
                        _37 = Move(_38) / Move(_39);
                        StorageDead(_39);
                        StorageDead(_38);
                        _44 = Checked(_37 + 3_i32);
                        match Move(_44.1) { false => bb18, _ => bb17_panic }
                    };
                    { // bb18
                        _36 = Move(_44.0);
                        StorageDead(_37);
                        StorageLive(_45);
                        StorageLive(_46);
                        _46 = (*_62).u.s2.f;
                        StorageLive(_47);
                        StorageLive(_48);
                        StorageLive(_49);
                        _49 = (*_62).u.s0.f;
                        StorageLive(_50);
                        _50 = (*_62).u.s1.f;
                        _51 = Checked(_49 * _50);
                        match Move(_51.1) { false => bb19, _ => bb18_panic }
                    };
                    { // bb19
                        _48 = Move(_51.0);
                        StorageDead(_50);
                        StorageDead(_49);
                        _47 = Move(_48) as i32;
                        StorageDead(_48);
                        _52 = Checked(_46 + _47);
                        match Move(_52.1) { false => bb20, _ => bb19_panic }
                    };
                    { // bb20
                        _45 = Move(_52.0);
                        StorageDead(_47);
                        StorageDead(_46);
                        StorageLive(_53);
                        StorageLive(_54);
                        StorageLive(_55);
                        _55 = _33;
                        _54 = Move(_55) as i32;
                        StorageDead(_55);
                        StorageLive(_56);
                        _56 = _36;
                        _57 = Checked(_54 + _56);
                        match Move(_57.1) { false => bb21, _ => bb20_panic }
                    };
                    { // bb21
                        _53 = Move(_57.0);
                        StorageDead(_56);
                        StorageDead(_54);
                        StorageLive(_58);
                        _58 = _45;
                        _59 = Checked(_53 + _58);
                        match Move(_59.1) { false => bb22, _ => bb21_panic }
                    };
                    { // bb22
                        _60 = Move(_59.0);
                        StorageDead(_58);
                        StorageDead(_53);
                        StorageDead(_45);
                        StorageDead(_36);
                        StorageDead(_33);
                        Goto(bb46)
                    };
                    { // bb23
                        RET = Poll::<i32>::Ready(Move(_60));
                        (*_62).u.tag.f = Tag_sums::V1;
                        Return()
                    };
                    { // bb24
                        StorageDead(_58);
                        Goto(bb26)
                    };
                    { // bb25
                        StorageDead(_56);
                        StorageDead(_54);
                        Goto(bb26)
                    };
                    { // bb26
                        StorageDead(_53);
                        Goto(bb29)
                    };
                    { // bb27
                        StorageDead(_50);
                        StorageDead(_49);
                        StorageDead(_48);
                        Goto(bb28)
                    };
                    { // bb28
                        StorageDead(_47);
                        StorageDead(_46);
                        Goto(bb29)
                    };
                    { // bb29
                        StorageDead(_45);
                        Goto(bb32)
                    };
                    { // bb30
                        StorageDead(_39);
                        StorageDead(_38);
                        Goto(bb31)
                    };
                    { // bb31
                        StorageDead(_37);
                        Goto(bb32)
                    };
                    { // bb32
                        StorageDead(_36);
                        Goto(bb34)
                    };
                    { // bb33
                        StorageDead(_34);
                        Goto(bb34)
                    };
                    { // bb34
                        StorageDead(_33);
                        Goto(bb44)
                    };
                    { // bb35
                        StorageDead(_25);
                        StorageDead(_22);
                        StorageDead(_26);
                        Goto(bb37)
                    };
                    { // bb36
                        StorageDead(_23);
                        StorageDead(_22);
                        Goto(bb37)
                    };
                    { // bb37
                        StorageDead(_24);
                        StorageDead(_21);
                        StorageDead(_20);
                        Goto(bb39)
                    };
                    { // bb38
                        StorageDead(_17);
                        Goto(bb39)
                    };
                    { // bb39
                        StorageDead(_16);
                        StorageDead(_15);
                        Goto(bb44)
                    };
                    { // bb40
                        StorageDead(_12);
                        Goto(bb42)
                    };
                    { // bb41
                        StorageDead(_10);
                        Goto(bb42)
                    };
                    { // bb42
                        StorageDead(_9);
                        Goto(bb43)
                    };
                    { // bb43
                        StorageDead(_8);
                        Goto(bb44)
                    };
                    { // bb44
                        Goto(bb45)
                    };
                    { // bb45
                        Goto(bb47)
                    };
                    { // bb46
                        Goto(bb23)
                    };
                    { // bb47
                        (*_62).u.tag.f = Tag_sums::V2;
                        UnwindResume()
                    };
                    { // bb48
                        StorageLive(_15);
                        StorageLive(_16);
                        StorageLive(_31);
                        StorageLive(_32);
                        _31 = Move(_2);
                        Goto(bb14)
                    };
                    { // bb49
                        Goto(bb49_panic)
                    };
                    { // bb50
                        Goto(bb50_panic)
                    };
                    { // bb13_panic
                        Call(_never = core::panicking::panic_const::panic_const_add_overflow(), ReturnTo(bb_diverged), UnwindCleanup(bb33))
                    };
                    { // bb18_panic
                        Call(_never = core::panicking::panic_const::panic_const_mul_overflow(), ReturnTo(bb_diverged), UnwindCleanup(bb27))
                    };
                    { // bb19_panic
                        Call(_never = core::panicking::panic_const::panic_const_add_overflow(), ReturnTo(bb_diverged), UnwindCleanup(bb28))
                    };
                    same_loc!(_never bb_diverged; core::panicking::panic_const::panic_const_mul_overflow, UnwindCleanup(bb41); core::panicking::panic_const::panic_const_add_overflow, UnwindCleanup(bb40); core::panicking::panic_const::panic_const_add_overflow, UnwindCleanup(bb43));
                    same_loc!(_never bb_diverged; core::panicking::panic_const::panic_const_div_by_zero, UnwindCleanup(bb30); core::panicking::panic_const::panic_const_div_overflow, UnwindCleanup(bb30); core::panicking::panic_const::panic_const_add_overflow, UnwindCleanup(bb31));
                    same_loc!(_never bb_diverged; core::panicking::panic_const::panic_const_add_overflow, UnwindCleanup(bb25); core::panicking::panic_const::panic_const_add_overflow, UnwindCleanup(bb24));
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
fn drop_sums(_1: *mut Coro_sums) -> () {
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
            let _5: i32;
            let _6: i32;
            let _7: u32;
            let _8: u32;
            let _9: u32;
            let _10: u32;
            let _11: (u32, bool);
            let _12: u32;
            let _13: (u32, bool);
            let _14: (u32, bool);
            let _15: ();
            let _16: YieldNow;
            let _17: YieldNow;
            let _18: YieldNow;
            let _19: ();
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
            let _34: u32;
            let _35: (u32, bool);
            let _36: i32;
            let _37: i32;
            let _38: i32;
            let _39: i32;
            let _40: bool;
            let _41: bool;
            let _42: bool;
            let _43: bool;
            let _44: (i32, bool);
            let _45: i32;
            let _46: i32;
            let _47: i32;
            let _48: u32;
            let _49: u32;
            let _50: u32;
            let _51: (u32, bool);
            let _52: (i32, bool);
            let _53: i32;
            let _54: i32;
            let _55: u32;
            let _56: i32;
            let _57: (i32, bool);
            let _58: i32;
            let _59: (i32, bool);
            let _60: i32;
            let _61: u32;
            let _e0: u8;
            {
                {
                    {
                        Goto(bb0)
                    };
                    { // bb0
                        _e0 = Discriminant((*_1).u.tag.f);
                        _61 = _e0 as u32;
                        match Move(_61) { 0 => bb4, 3 => bb7, _ => bb8 }
                    };
                    { // bb1
                        StorageDead(_32);
                        StorageDead(_31);
                        StorageDead(_16);
                        StorageDead(_15);
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
                        StorageLive(_15);
                        StorageLive(_16);
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


// ---- roots (coroslim emit --harness) ----
#[inline(never)]
fn poll_task<F: Future>(f: Pin<&mut F>, cx: &mut Context<'_>) -> Poll<F::Output> {
    f.poll(cx)
}
#[inline(never)]
unsafe fn free_task<F>(f: *mut F) {
    unsafe { core::ptr::drop_in_place(f) }
}
pub fn root_sums(cx: &mut Context<'_>) {
    let mut f = core::mem::ManuallyDrop::new(sums(core::hint::black_box(0), core::hint::black_box(0), core::hint::black_box(0), core::hint::black_box(0)));
    let p = unsafe { Pin::new_unchecked(&mut *f) };
    core::hint::black_box(poll_task(p, cx));
    unsafe { free_task(&mut *f) };
}
