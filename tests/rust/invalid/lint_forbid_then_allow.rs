// invalid (lint38): a level under a `forbid` of the same lint: rustc's E0453
#[forbid(dead_code)]
#[allow(dead_code)] //~ ERROR allow(dead_code) incompatible with previous forbid
fn f() -> u32 { 1 }
async fn g() -> u32 { f() }
