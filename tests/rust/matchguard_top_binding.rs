// covers: match guards on bindings at the top of a pattern (bind27 x guard27, found at their merge: an
// assertion in the guard's binding code): `n if ..`, `k @ 1..=3 if ..`, `s @ Some(v) if ..`, `n @ (2..=5) if
// ..` with an await in the body, a guard with a block and a side effect, `w @ None if ..` moving a Guard in
// the body; the whole place bound for the guard after its subpattern's bindings, as rustc's by-value
// binding
//@ args: f 0
//@ args: f 2
//@ args: f 3
//@ args: f 7
//@ args: h 0
//@ args: h 1
//@ args: h 9
async fn f(x: u32) -> u32 {
    match x {
        n if n > 3 => n + 1,
        k @ 1..=3 if k != 2 => k * 2,
        _ => 0,
    }
}
async fn g(o: Option<u32>) -> u32 {
    match o {
        s @ Some(v) if v > 2 => { let _ = s; v }
        Some(v) => v,
        None => 0,
    }
}
async fn h(x: u32) -> u32 {
    let v = async { 5 }.await;
    match x + v {
        0 | 1 => 9,
        n @ (2..=5) if n % 2 == 0 => { yield_now().await; n }
        n if { observe(n); n > 4 } => n,
        m => m + 1,
    }
}
async fn k(o: Option<u32>, g: Guard) -> u32 {
    let r = match o {
        w @ Some(3..=9) if x_of(w) > 4 => 1,
        w @ None if { observe(7); true } => { let h = g; 2 }
        _ => 3,
    };
    r
}
fn x_of(o: Option<u32>) -> u32 { match o { Some(v) => v, None => 0 } }
