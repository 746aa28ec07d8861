// covers (temp37): temporaries borrowed in an extending position of a `let` initializer other than its own
// `&e` (rustc's record_rvalue_scope_if_borrow_expr, region.rs: they live to the end of the block): a variant
// constructor's operand `Some(&mk(n))`, `Some(Some(&mk(n)))`, a block's tail `{ Some(&mk(n)) }`, `if` / `else`
// branches and `match` arms (a Guard temporary on one branch: a drop flag), fields under the borrow
// `&mkp(n).a`, in a nested block's let, `let _ = ..`; Guard temporaries held across awaits
// (saved locals), in an async block, in a loop with `continue` and in sync fns (the subset has no struct
// holding a reference, no tuple, no array of references); an annotated let (`let o: Option<&u32> =
// Some(&mk(n));`: the borrow reborrowed, its own value the statement's), a let inside a match arm of another's
// initializer, a `break` in a branch of the initializer; a variable's borrow `Some(&x)` in an else
// branch is not reborrowed (rustc checks each arm against the let's expectation, not an earlier arm's type)
struct P { a: u32, g: Guard }
fn mk(n: u32) -> u32 { n + 1 }
fn mkg(n: u32) -> Guard { guard(n) }
fn mkp(n: u32) -> P { P { a: n, g: guard(n + 10) } }
fn gv(_g: &Guard) -> u32 { 2 }
fn val(o: Option<&u32>) -> u32 { match o { Some(r) => *r, None => 0 } }
fn gvo(o: Option<&Guard>) -> u32 { match o { Some(g) => gv(g), None => 1 } }
fn lits(n: u32) -> u32 {
    let o = Some(&mk(n));
    val(o)
}
fn tails(n: u32, c: bool) -> u32 {
    let r = { Some(&mk(n)) };
    let t = { let x = Some(&mk(n + 2)); let y = val(x) + 1; if y > 0 { Some(&mk(y)) } else { None } };
    let b = if c { Some(&mk(1)) } else { Some(&mk(n)) };
    let m = match n { 0 => Some(&mk(7)), 1 => None, _ => Some(&mk(n)) };
    let q = Some(&mkp(n).a);
    let x = n + 1;
    let p = if c { Some(&x) } else if n > 3 { Some(&n) } else { Some(&mk(x)) };
    val(r) + val(t) + val(b) + val(m) + val(q) + val(p)
}
fn guards(n: u32, c: bool) -> u32 {
    let q = Some(&mkg(n));
    let b = if c { Some(&mkg(1)) } else { Some(&mkg(n + 1)) };
    let m = match n { 0 => Some(&mkg(7)), _ => None };
    let _ = Some(&mkg(n + 3));
    observe(n);
    gvo(q) + gvo(b) + if let Some(g) = m { gv(g) } else { 0 }
}
//@ args: held 3
//@ args: held 0
async fn held(n: u32) -> u32 {
    let o = Some(&mkg(n));
    let b = if n > 1 { Some(&mkg(1)) } else { None };
    yield_now().await;
    let t = { Some(&mkp(n).a) };
    let a = Some(Some(&mk(n + 1)));
    yield_now().await;
    let v = async {
        let w = Some(&mk(n + 4));
        yield_now().await;
        val(w)
    }.await;
    let mut s = 0;
    {
        let q = Some(&mkg(n + 5));
        yield_now().await;
        s += gvo(q);
    }
    observe(s);
    gvo(o) + gvo(b) + val(t) + match a { Some(x) => val(x), None => 0 } + v + s + lits(n) + tails(n, n > 2) + guards(n, n > 1)
}
//@ args: looped 3
async fn looped(n: u32) -> u32 {
    let mut i = 0;
    let mut s = 0;
    while i < n {
        let o = Some(&mkg(i));
        if i == 1 {
            i += 1;
            continue;
        }
        yield_now().await;
        s += gvo(o);
        i += 1;
    }
    s
}
fn annotated(n: u32) -> u32 {
    let o: Option<&u32> = Some(&mk(n));
    let g: Option<&Guard> = if n > 1 { Some(&mkg(n)) } else { None };
    val(o) + gvo(g)
}
fn nested(n: u32) -> u32 {
    let o = match n { 0 => { let q = Some(&mk(1)); let k = val(q); Some(&mk(k)) }, _ => None };
    val(o)
}
//@ args: broken 4
async fn broken(n: u32) -> u32 {
    let mut i = 0;
    let mut s = 0;
    loop {
        let o = if i > n { break } else { Some(&mkg(i)) };
        yield_now().await;
        s += gvo(o);
        i += 1;
    }
    s + annotated(n) + nested(n)
}
