// covers: `x @ (p | q)` with a guard (`k @ (1 | 2) if k > 1`: rustc's subcandidates bind nothing and are
// merged, one guarded leaf) and with bindings inside its alternatives (`w @ (E::A(k) | E::B(k))`: the
// subcandidates bind, are not merged, each leaf binds k then w, as `w @ E::A(k) | w @ E::B(k)`; a
// value that is not Copy moved by w after k's copy), in match (guards too), if let, while let, async
// blocks by `&` and by move (issue 22, bind30); beside other arms with or-patterns (lower_or_match: a merged `w @ (Some(_) | None)` binds w once in its leaf)
enum E { A(u32), B(u32), C }
enum G { A(Guard, u32), B(u32), C }
fn mke(n: u32) -> E { if n % 3 == 0 { E::A(n) } else if n % 3 == 1 { E::B(n + 1) } else { E::C } }
fn mkg(n: u32) -> G { if n % 3 == 0 { G::A(guard(n), n) } else if n % 3 == 1 { G::B(n + 1) } else { G::C } }
//@ args: guards 0
//@ args: guards 1
//@ args: guards 2
//@ args: guards 5
async fn guards(x: u32) -> u32 {
    yield_now().await;
    let a = match x { k @ (1 | 2) if k > 1 => k * 10, k @ (0 | 5) if k == 0 => 3, n => n + 1 };
    let o = if x == 0 { None } else { Some(x) };
    let b = match o { w @ (Some(1..=3) | None) if x > 0 => if let Some(v) = w { v } else { 50 }, _ => 7 };
    let g = mkg(x);
    let c = match g { v @ (G::A(..) | G::C) if x < 4 => if let G::C = v { 8 } else { 9 }, _ => 10 };
    yield_now().await;
    a + b + c
}
//@ args: binds 0
//@ args: binds 1
//@ args: binds 2
//@ args: binds 4
async fn binds(x: u32) -> u32 {
    let e = mke(x);
    yield_now().await;
    let a = match e { w @ (E::A(k) | E::B(k)) => k + if let E::A(z) = w { z } else { 0 }, E::C => 1 };
    let e2 = mke(x + 1);
    let b = if let w @ (E::A(k) | E::B(k)) = e2 { k * 2 + if let E::B(_) = w { 5 } else { 6 } } else { 9 };
    let c = match mke(x) { w @ (E::A(k) | E::B(k)) if k > 2 => k + if let E::A(_) = w { 1 } else { 2 }, _ => 3 };
    let h = mkg(x);
    let d = match h { v @ (G::A(_, k) | G::B(k)) => k + if let G::A(..) = v { 100 } else { 200 }, G::C => 4 };
    let mut i = x;
    let mut s = 0;
    while let w @ (E::A(k) | E::B(k)) = mke(i) { s += k + if let E::A(_) = w { 1 } else { 0 }; i = i + 2; if i > 9 { break; } yield_now().await; }
    yield_now().await;
    a + b + c + d + s
}
//@ args: cap 3
//@ args: cap 4
async fn cap(x: u32) -> u32 {
    let e = mke(x);
    let f = async move { match e { w @ (E::A(k) | E::B(k)) => k + if let E::A(_) = w { 1 } else { 2 }, E::C => 0 } };
    let o = Some(x);
    let g = async { match o { w @ (Some(k @ 0..=3) | Some(k)) => k + if let Some(z) = w { z } else { 0 }, None => 0 } };
    yield_now().await;
    f.await + g.await
}
//@ args: beside 0
//@ args: beside 2
//@ args: beside 5
async fn beside(x: u32) -> u32 {
    let o = if x == 0 { None } else { Some(x) };
    yield_now().await;
    let a = match o { Some(1 | 2) => 10, w @ Some(_) | w @ None => if let Some(v) = w { v } else { 20 } };
    let b = match o { Some(3 | 4) => 10, w @ (Some(_) | None) => if let Some(v) = w { v } else { 20 } };
    let c = match o { Some(3 | 4) => 10, w @ (Some(_) | None) if x != 2 => if let Some(v) = w { v } else { 20 }, _ => 30 };
    let d = match x { 3 | 4 => 1, k @ (0 | 5) if k > 0 => k, k @ (1 | 2) => k * 3, _ => 0 };
    a + b + c + d
}
