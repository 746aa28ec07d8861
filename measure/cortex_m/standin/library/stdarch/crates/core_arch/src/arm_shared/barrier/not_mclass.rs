// Stand-in written for coroslim (measure/cortex_m/build_core.py): the ARM-only barrier scopes
// of A/R-profile v7 (ACLE section 7.3), missing from the x86_64 rust-docs. M-profile cores accept
// SY only (common.rs); these are compiled where target_feature "v7" is set, so thumbv7em sees them.

#[unstable(feature = "stdarch_arm_barrier", issue = "117219")]
pub struct ISH;
#[unstable(feature = "stdarch_arm_barrier", issue = "117219")]
pub struct ISHST;
#[unstable(feature = "stdarch_arm_barrier", issue = "117219")]
pub struct NSH;
#[unstable(feature = "stdarch_arm_barrier", issue = "117219")]
pub struct NSHST;
#[unstable(feature = "stdarch_arm_barrier", issue = "117219")]
pub struct OSH;
#[unstable(feature = "stdarch_arm_barrier", issue = "117219")]
pub struct OSHST;
#[unstable(feature = "stdarch_arm_barrier", issue = "117219")]
pub struct ST;

dmb_dsb!(ISH);
dmb_dsb!(ISHST);
dmb_dsb!(NSH);
dmb_dsb!(NSHST);
dmb_dsb!(OSH);
dmb_dsb!(OSHST);
dmb_dsb!(ST);
