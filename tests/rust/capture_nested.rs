// covers: async block captures in nested blocks and the names rustc's capture analysis does not capture
// (issue 22): a nested block's captures enter the enclosing block's at its place, in its order (an
// `async move` inner block makes the outer borrow what it moves); `let _ = x;` names x without capturing
// it (rustc builds nothing for it, and the aggregate's printed names shift: upvars_mentioned zipped with
// the upvars); a `match` captures its scrutinee where the first pattern that reads it is walked (after the
// earlier arms' bodies) and not at all when every pattern is `_`; by `&`, by `&mut` and a Guard by value
//@ args: nested_assign 2
//@ args: nested_move 3
//@ args: mention_only 4
//@ args: mention_and_use 5
//@ args: wildcard_match 6,7
//@ args: wildcard_then_literal 3,8,9
//@ args: wildcard_then_literal 1,8,9
//@ args: literal_match 0,4,5
//@ args: literal_match 2,4,5
//@ args: option_match 6
//@ args: guard_nested 7
enum Shape { Dot, Line(u32) }

// the inner block captures a (&mut) then b; the outer takes them in that order, then c
async fn nested_assign(x: u32) -> u32 {
    let mut a = 0;
    let b = x + 1;
    let c = x + 3;
    async {
        async { a += b; }.await;
        yield_now().await;
        a += c;
    }
    .await;
    a
}

// an `async move` inner block: the outer borrows b and a (by `&`, in the inner's order), then c by `&mut`
async fn nested_move(x: u32) -> u32 {
    let a = x;
    let b = x + 1;
    let mut c = 0;
    async {
        let h = async move { yield_now().await; b * 10 + a };
        c += h.await;
    }
    .await;
    c
}

// `let _ = a;`: a is not captured; rustc prints the one operand (b's reference) as `a: ..`
async fn mention_only(x: u32) -> u32 {
    let a = x;
    let b = x + 1;
    async { let _ = a; yield_now().await; b + 1 }.await
}

// `let _ = a;` with a captured by a later use: a PlaceMention of the upvar
async fn mention_and_use(x: u32) -> u32 {
    let a = x;
    let b = x + 1;
    async { let _ = a; yield_now().await; a + b }.await
}

// every pattern `_`: x is not captured, only y
async fn wildcard_match(x: u32, y: u32) -> u32 {
    async { let r = match x { _ => y }; yield_now().await; r }.await
}

// the literal arm after the `_` arm reads x: captured after y (the first arm's body)
async fn wildcard_then_literal(x: u32, y: u32, z: u32) -> u32 {
    async {
        let r = match x {
            _ => y,
            3 => z,
        };
        yield_now().await;
        r
    }
    .await
}

// the first arm's literal reads x before y and z
async fn literal_match(x: u32, y: u32, z: u32) -> u32 {
    async { let r = match x { 0 => y, _ => z }; yield_now().await; r }.await
}

// an Option's and an enum's variant patterns read their discriminants; a `_`-only match on the enum
// captures nothing
async fn option_match(x: u32) -> u32 {
    let o = Some(x);
    let s = Shape::Line(x + 1);
    let d = x + 2;
    async {
        let r = match o { None => d, Some(v) => v };
        let t = match s { _ => 1 };
        yield_now().await;
        let u = match s { Shape::Dot => 0, Shape::Line(w) => w };
        r + t + u
    }
    .await
}

// a Guard moved into the inner `async move` block: the outer captures it by value, after n's `&mut`
async fn guard_nested(x: u32) -> u32 {
    let g = guard(x);
    let mut n = x;
    async {
        n += 1;
        let inner = async move { yield_now().await; let k = g; observe(1); };
        inner.await;
        n += 2;
    }
    .await;
    n
}
