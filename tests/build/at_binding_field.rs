// `k @ p` inside a variant pattern (issue 22): the range's tests on the field, then in the arm's block
// `_k = copy ((_1 as Some).0: u32)`, the binding of the whole field, as rustc 1.95
fn f(o: Option<u32>) -> u32 {
    match o { Some(k @ 3..=9) => k + 1, Some(_) => 0, None => 1 }
}
