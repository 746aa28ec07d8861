// Under panic=abort an overflow inside a poll aborts the process: `coroslim check --panic=abort` compares
// every stage's trace up to the abort (it reported FAILED before, as if a pass were wrong).
//@ args: mid 100
async fn leaf(x: u8) -> u8 { x + 200 }
async fn mid(x: u8) -> u8 { let g = guard(x as u32); let y = leaf(x).await; y + 100 }
