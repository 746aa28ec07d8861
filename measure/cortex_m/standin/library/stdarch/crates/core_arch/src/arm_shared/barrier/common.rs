// Stand-in written for coroslim (measure/cortex_m/build_core.py): the installed rust-docs render
// core's source for x86_64 only, so this ARM-only file of core 1.95 is missing. It declares the
// barrier scope every ARMv6-M/v7 core accepts, SY (full system, ACLE section 7.3), through the
// dmb_dsb! macro of barrier/mod.rs, with ISB, as the original does. Only core::arch::arm::__dmb,
// __dsb and __isb use it; no async code coroslim emits does.

/// Full system is the required shareability domain, reads and writes are the
/// required access types
#[unstable(feature = "stdarch_arm_barrier", issue = "117219")]
pub struct SY;

dmb_dsb!(SY);

#[unstable(feature = "stdarch_arm_barrier", issue = "117219")]
impl super::super::sealed::Isb for SY {
    #[inline(always)]
    unsafe fn __isb(&self) {
        super::isb(super::arg::SY)
    }
}
