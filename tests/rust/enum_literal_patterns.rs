// covers: literals inside variant patterns (issue 22 item 4), lowered as rustc 1.95's match tree: an
// integer literal tested by TestKind::SwitchInt (`switchInt(copy ((_4 as Some).0: u32))`, its targets in
// the order the values appear), a bool literal by TestKind::If (`Ok(true)`: [0: false, otherwise: true]),
// several literals of one field in one switch, a literal beside a binding of the same variant, a
// negative literal of a signed field, a literal under a nested variant (`B::P(A::X(7))`), a struct
// variant's field literal with a Guard moved out on that arm, literals in both fields of a variant, an
// await inside an arm, a non-move async block reading the enum
enum A { X(u32), Y, Z(u8) }
enum B { P(A), Q(u32), R }
enum E { N, T(u32, bool), S { k: u8, g: Guard } }
fn mka(n: u32) -> A { if n % 3 == 0 { A::X(n) } else if n % 3 == 1 { A::Y } else { A::Z(n as u8) } }
fn mkb(n: u32) -> B {
    if n > 2 { B::P(mka(n)) } else if n > 0 { B::Q(n) } else { B::R }
}
fn mke(n: u32) -> E {
    if n == 0 { E::N } else if n % 2 == 0 { E::T(n / 2, n % 4 == 0) } else { E::S { k: (n % 5) as u8, g: guard(n) } }
}
//@ args: opt 0
//@ args: opt 1
//@ args: opt 2
//@ args: opt 5
async fn opt(n: u32) -> u32 {
    let o = if n == 1 { None } else { Some(n) };
    yield_now().await;
    match o {
        Some(0) => 10,
        Some(5) => 15,
        Some(2) => 12,
        Some(k) => k + 100,
        None => 1,
    }
}
//@ args: res 0
//@ args: res 1
//@ args: res 2
async fn res(n: u32) -> u32 {
    let r: Result<bool, u8> = if n == 0 { Err(3) } else { Ok(n == 1) };
    yield_now().await;
    match r {
        Ok(true) => 1,
        Err(0) => 2,
        Ok(false) => 3,
        Err(e) => e as u32 + 10,
    }
}
//@ args: neg 0
//@ args: neg 1
//@ args: neg 7
async fn neg(n: u32) -> u32 {
    let o: Option<i32> = if n == 0 { None } else { Some(if n == 1 { -1 } else { n as i32 }) };
    yield_now().await;
    match o { Some(-1) => 1, Some(2147483647) => 2, Some(_) => 3, None => 4 }
}
//@ args: two 0
//@ args: two 2
//@ args: two 4
//@ args: two 6
//@ args: two 8
async fn two(n: u32) -> u32 {
    let e = mke(n);
    yield_now().await;
    match e {
        E::T(1, false) => 1,
        E::T(_, true) => 2,
        E::T(2, _) => 3,
        E::T(k, false) => k + 10,
        _ => 0,
    }
}
//@ args: sv 0
//@ args: sv 1
//@ args: sv 3
//@ args: sv 5
async fn sv(n: u32) -> u32 {
    let e = mke(n);
    yield_now().await;
    let r = match e {
        E::S { k: 0, g } => { let h = g; yield_now().await; 1 }
        E::S { k: 1, .. } => 2,
        E::S { k, .. } => k as u32 + 20,
        E::T(..) => 3,
        E::N => 4,
    };
    yield_now().await;
    r
}
//@ args: deep 0
//@ args: deep 1
//@ args: deep 7
//@ args: deep 9
async fn deep(n: u32) -> u32 {
    let b = mkb(n);
    yield_now().await;
    match b {
        B::P(A::X(9)) => 1,
        B::Q(1) => 2,
        B::P(A::X(k)) => k,
        B::P(A::Z(5)) => 4,
        _ => 5,
    }
}
//@ args: cap 0
//@ args: cap 2
//@ args: cap 5
async fn cap(n: u32) -> u32 {
    let o = if n == 0 { None } else { Some(n as u8) };
    let blk = async {
        yield_now().await;
        match o { Some(2) => 1, Some(k) => k as u32, None => 9 }
    };
    let r = blk.await;
    yield_now().await;
    r
}
fn sync_lit(o: Option<bool>) -> u32 {
    match o { Some(true) => 1, _ => 0 }
}
//@ args: syn 0
//@ args: syn 1
async fn syn(n: u32) -> u32 {
    let v = sync_lit(Some(n == 1)) + sync_lit(None);
    yield_now().await;
    v
}
