// invalid: a variant pattern of another enum in `let` (E0308)
enum W { A(u32) }
enum U { A(u32) }
fn f(u: U) -> u32 {
    let W::A(k) = u; //~ ERROR [E0308] mismatched types
    k
}
