// invalid: `S { k: a @ b, .. }` of a field that is not Copy: rustc's E0382 names the place (`s.k`);
// not in the subset (bind30)
struct S { k: Guard, j: u8 }
fn f(s: S) -> u32 {
    match s { S { k: a @ b, .. } => 0 } //~ ERROR not supported
}
