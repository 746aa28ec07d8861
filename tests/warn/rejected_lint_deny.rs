// lint38: a `deny` makes a lint an error: the program is rejected, the first denied lint the error,
// the other lints (denied: errors; warned: warnings) after it
#![deny(dead_code)]

fn dead() {}

#[deny(unused_variables)]
async fn strict(n: u32) -> u32 { let x = n; n }

#[warn(dead_code)]
fn only_warned() {}

async fn loose(n: u32) -> u32 { let y = n; n }
