// warns: `n @ (1 | 2)` inside a field and `w @ (Some(1) | None)` unused: one warning each, at the binding (rustc 1.95; bind32)
fn f(o: Option<u32>) -> u32 {
    match o { Some(n @ (1 | 2)) => 1, _ => 0 }
}
fn g(o: Option<Option<u32>>) -> u32 {
    match o { Some(w @ (Some(1) | None)) => 1, _ => 0 }
}
fn main() { f(None); g(None); }
