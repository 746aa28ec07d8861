// covers: `w @ (p | q)` at the top with an or-pattern inside an alternative (issue 22, bind32): `w @ (Some(1 | 2) | None)`
// (every alternative binds nothing: merged, w once), with `k @ (1 | 2)` inside one (a leaf per alternative, k
// then v), if let, a guard, `let`, across an await
enum E { A(u32), B(u32), C }
//@ args: f 0
//@ args: f 1
//@ args: f 2
//@ args: f 5
async fn f(x: u32) -> u32 {
    let o = if x == 0 { None } else { Some(x) };
    let a = match o {
        w @ (Some(1 | 2) | None) => if let Some(v) = w { v } else { 9 },
        Some(k) => k + 20,
    };
    yield_now().await;
    let e = if x == 1 { E::A(x) } else if x == 2 { E::B(x) } else { E::C };
    let b = match e {
        v @ (E::A(k @ (1 | 2)) | E::B(k)) => k + match v { E::A(q) => q, E::B(q) => q * 3, E::C => 0 },
        _ => 40,
    };
    let c = if let w @ (Some(0..=1 | 5) | None) = o { if let Some(v) = w { v } else { 3 } } else { 4 };
    let d = match o { w @ (Some(1 | 2) | None) if x > 0 => 1, _ => 2 };
    let g @ (Some(1 | 2) | Some(_) | None) = o;
    a + b + c + d + if let Some(v) = g { v } else { 0 }
}
