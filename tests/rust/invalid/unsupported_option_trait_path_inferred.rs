// invalid: a trait path call whose receiver is an Option still being inferred: rustc accepts it when
// Option implements the trait (here it does not: rustc's E0277); coroslim refuses trait path calls on
// Option at all (it segfaulted before: the partial instance's index was read as an enum item's)
trait Tm { fn m(&self) -> u32; }

fn g(n: u32) -> u32 {
    let o = Some(n);
    Tm::m(&o) //~ ERROR a trait path call on `Option<u32>` is not supported
}

fn main() { let _ = g(2); }
