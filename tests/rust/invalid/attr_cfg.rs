// invalid (lint38): `cfg` decides whether rustc compiles the item at all: refused, not ignored
#[cfg(test)] //~ ERROR the attribute `cfg` is not supported
fn only_in_tests() -> u32 { 1 }
async fn foo() -> u32 { 2 }
