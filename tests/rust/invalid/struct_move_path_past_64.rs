// invalid: the 81st move path of W moved, then used: one bit per path past 64 (E0382)
struct A { x: Guard, g: Guard }
struct S { a: A, b: u32 }
fn take(g: Guard) -> u32 {
    1
}
fn mk() -> S {
    S { a: A { x: guard(1), g: guard(2) }, b: 3 }
}
struct E { g0: Guard, g1: Guard, g2: Guard, g3: Guard, g4: Guard, g5: Guard, g6: Guard, g7: Guard }
struct W { a: E, b: E, c: E, d: E, e: E, f: E, g: E, h: E, i: E }
fn mke(n: u32) -> E {
    E { g0: guard(n + 0), g1: guard(n + 1), g2: guard(n + 2), g3: guard(n + 3), g4: guard(n + 4), g5: guard(n + 5), g6: guard(n + 6), g7: guard(n + 7) }
}
fn mkw() -> W {
    W { a: mke(0), b: mke(10), c: mke(20), d: mke(30), e: mke(40), f: mke(50), g: mke(60), h: mke(70), i: mke(80) }
}
fn f() -> u32 {
    let w = mkw();
    let n = take(w.i.g7);
    let m = take(w.i.g6);
    n + m + take(w.i.g7) //~ ERROR [E0382] use of moved value: `w.i.g7`
}
