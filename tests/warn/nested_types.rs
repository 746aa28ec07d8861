// warnings of types declared in bodies (items30): none for those of a fn never used (rustc reports the
// fn only), one for a struct of a live fn never constructed, the naming lint by the written name
fn dead(x: u32) -> u32 {
    struct S(u32);
    enum E { A(u32) }
    struct U(u32);
    let s = S(x);
    let E::A(k) = E::A(1);
    s.0 + k
}
fn live(x: u32) -> u32 {
    struct T(u32);
    struct V(u32);
    enum lower_case { A }
    let _l = lower_case::A;
    let v = V(x);
    v.0
}
fn main() { live(1); }
