// invalid: `&mut` of a field a `ref` binding holds (E0502)
struct S { k: u32, v: u32 }
async fn f(n: u32) -> u32 {
    let mut s = S { k: n, v: 2 };
    let S { ref k, ref v } = s;
    let q = &mut s.v; //~ ERROR [E0502] cannot borrow `s.v` as mutable because it is also borrowed as immutable
    *q += *k;
    *v
}
