// covers (issue 22): partial moves follow rustc's move paths: `s.a.x` and `s.a.g` moved one by one
// leave `s.a` itself initialised, so assigning into it is accepted (rustc's
// check_if_assigned_path_is_moved looks at the prefixes' own paths); a struct of more than 64
// move paths keeps one bit each (W has 81). The must-reject twins are
// tests/rust/invalid/struct_move_path_*.rs.
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
fn children_moved_then_assigned() -> u32 {
    let mut s = mk();
    let n = take(s.a.x) + take(s.a.g);
    s.a.x = guard(4);
    s.a.g = guard(5);
    let u = s;
    let t = u.a;
    n + u.b + take(t.x)
}
async fn assigned_back_across_await() -> u32 {
    let mut s = mk();
    let n = take(s.a.x);
    yield_now().await;
    s.a.x = guard(6);
    let m = take(s.a.g);
    s.a.g = guard(7);
    let u = s;
    n + m + u.b
}
async fn past_64_paths() -> u32 {
    let mut w = mkw();
    let n = take(w.i.g7);
    yield_now().await;
    let m = take(w.i.g6) + take(w.h.g7);
    w.i.g7 = guard(1);
    w.i.g6 = guard(2);
    w.h.g7 = guard(3);
    let all = w;
    n + m + take(all.a.g0)
}
