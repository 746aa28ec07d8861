// covers: reference patterns (issue 22, ergo29): `&x` / `&mut mut y` / `&_` at the top of an arm or
// `if let` (a by-value binding of the deref), mixed with default-mode arms and guards
enum E { A(u32), B { k: u8, v: u32 }, C }
fn mke(n: u32) -> E {
    if n == 0 { E::C } else if n % 2 == 0 { E::A(n) } else { E::B { k: (n % 9) as u8, v: n } }
}
fn opt(n: u32) -> Option<u32> {
    if n % 3 == 0 { None } else { Some(n) }
}
//@ args: refs 0
//@ args: refs 4
async fn refs(n: u32) -> u32 {
    let r = &n;
    let a = match r { &x => x + 1 };
    let mut m = n;
    let b = match &mut m { &mut mut y => { y += 2; y } };
    let o = opt(n);
    let c = match &o { &Some(v) => v, &None => 7 };
    let d = if let &Some(v) = &o { v } else { 3 };
    yield_now().await;
    let e = match &o { Some(w) if *w > 2 => *w, &_ => 9 };
    let f = match &n { 1 => 10, &k => k + 20 };
    let q = mke(n);
    let g = match &q { E::A(x) => *x, &E::B { k, .. } => k as u32, &_ => 0 };
    a + b + c + d + e + f + g
}
