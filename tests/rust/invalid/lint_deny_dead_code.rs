// invalid (lint38): a crate-level `deny` makes dead_code an error: `check` rejects the program too
#![deny(dead_code)]
fn dead() -> u32 { 1 } //~ ERROR function `dead` is never used
async fn g() -> u32 { 1 }
